import { ActionButton, DefaultButton, Text } from "../fluent";
import { Suspense, useState, type ReactNode } from "react";
import type { Contact } from "../../../contracts";
import type { ParticipantView } from "../../use-cases/item-context";
import { FlexStack } from "../flex-stack";
import { BulkContactForm, ContactForm, LazyPartBoundary } from "../lazy-parts";
import { Skeleton } from "../skeleton";
import { useTaskpane } from "../taskpane-context";
import { nameOf, ParticipantRow } from "./participant-row";
import type { ParticipantChoice } from "./use-log-choices";

/** From this many unknown people on, they fold into one group that can be created in one go. */
export const FOLD_UNKNOWN_FROM = 3;

/** The order rows come in: people the user can log to first, then the rest. */
const ORDER: Record<ParticipantView["state"], number> = {
  matched: 0,
  ambiguous: 1,
  company: 2,
  pending: 3,
  excluded: 4,
  invalid: 5,
  unknown: 6,
  colleague: 7,
};

export interface ParticipantListProps {
  participants: ParticipantView[];
  choices: Record<string, ParticipantChoice>;
  onChoice(participant: ParticipantView, choice: ParticipantChoice): void;
  /** People the user just created or gave the address to, by that address. */
  onCreated(created: Record<string, Contact>): void;
}

/**
 * The item's participants, known contacts first. Colleagues fold into one line; unknown people, from
 * three on, into one group ("12 people not in your contacts") with one button to create them all.
 */
export function ParticipantList({ participants, choices, onChoice, onCreated }: ParticipantListProps) {
  const { t } = useTaskpane().translator;
  const [creating, setCreating] = useState<string | undefined>();
  const ordered = [...participants].sort((a, b) => ORDER[a.state] - ORDER[b.state]);
  const colleagues = ordered.filter((p) => p.state === "colleague");
  const unknown = ordered.filter((p) => p.state === "unknown");
  const folded = unknown.length >= FOLD_UNKNOWN_FROM;
  const rows = ordered.filter((p) => p.state !== "colleague" && !(folded && p.state === "unknown"));

  const row = (participant: ParticipantView): ReactNode =>
    creating === participant.email ? (
      <li key={participant.email} style={{ listStyle: "none" }}>
        <LazyForm>
          <ContactForm
            participant={participant}
            onCreated={(contact) => {
              setCreating(undefined);
              onCreated({ [participant.email]: contact });
            }}
            onCancel={() => setCreating(undefined)}
          />
        </LazyForm>
      </li>
    ) : (
      <ParticipantRow
        key={participant.email}
        participant={participant}
        choice={choices[participant.email] ?? { include: false }}
        onChoice={(choice) => onChoice(participant, choice)}
        onCreate={() => setCreating(participant.email)}
        onAdopted={(contact) => onCreated({ [participant.email]: contact })}
      />
    );

  return (
    <FlexStack gap={8}>
      {rows.length > 0 && <ul style={{ padding: 0, margin: 0 }}>{rows.map(row)}</ul>}
      {folded && <UnknownGroup people={unknown} row={row} onCreated={onCreated} />}
      {colleagues.length > 0 && (
        <Text block variant="small">
          {t("log.colleagues", { count: colleagues.length, names: colleagues.map(nameOf).join(", ") })}
        </Text>
      )}
    </FlexStack>
  );
}

function UnknownGroup({
  people,
  row,
  onCreated,
}: {
  people: ParticipantView[];
  row(participant: ParticipantView): ReactNode;
  onCreated(created: Record<string, Contact>): void;
}) {
  const { t } = useTaskpane().translator;
  const [open, setOpen] = useState(false);
  const [bulk, setBulk] = useState(false);
  const count = people.length;
  return (
    <section aria-labelledby="tp-unknown-group">
      <Text as="h3" id="tp-unknown-group" variant="medium" block styles={{ root: { fontWeight: 600 } }}>
        {t("log.unknownGroup", { count })}
      </Text>
      {bulk ? (
        <LazyForm>
          <BulkContactForm
            people={people}
            onDone={(created) => {
              setBulk(false);
              onCreated(created);
            }}
            onCancel={() => setBulk(false)}
          />
        </LazyForm>
      ) : (
        <FlexStack horizontal gap={8}>
          <DefaultButton text={t("log.createAll", { count })} onClick={() => setBulk(true)} />
          <ActionButton aria-expanded={open} onClick={() => setOpen((shown) => !shown)}>
            {open ? t("log.hideUnknown") : t("log.showUnknown")}
          </ActionButton>
        </FlexStack>
      )}
      {open && !bulk && <ul style={{ padding: 0, margin: "8px 0 0" }}>{people.map(row)}</ul>}
    </section>
  );
}

/** A form loaded when first asked for, with a skeleton meanwhile. */
function LazyForm({ children }: { children: ReactNode }) {
  const { t } = useTaskpane().translator;
  return (
    <LazyPartBoundary message={t("app.partUnavailable")}>
      <Suspense fallback={<Skeleton label={t("app.loading")} />}>{children}</Suspense>
    </LazyPartBoundary>
  );
}
