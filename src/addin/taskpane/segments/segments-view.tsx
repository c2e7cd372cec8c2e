import { DefaultButton, PrimaryButton, Text, TextField } from "../fluent";
import { useCallback, useEffect, useState } from "react";
import type { LoggedSegment, SegmentList } from "../../../contracts";
import { failureText } from "../../use-cases/failure-text";
import {
  cancelLoggedSegment,
  createSegmentFromItem,
  loadSegments,
  suggestedSegmentNo,
} from "../../use-cases/segments";
import { FlexStack } from "../flex-stack";
import { FormError } from "../form-error";
import { Skeleton } from "../skeleton";
import { useTaskpane } from "../taskpane-context";
import type { ItemContextState } from "../use-item-context";
import { LogToSegment } from "./log-to-segment";
import { storableText } from "../../../domain/storable-text";
import { FIELD_LIMITS } from "../../../contracts/field-limits";

type Header = SegmentList["items"][number];

/**
 * The Segments tab: make a segment of the open item's participants, log one interaction to a segment's
 * every contact (Log to segment), and cancel a logged segment whole. Each action keeps one
 * Idempotency-Key for its retries.
 */
export default function SegmentsView({ item }: { item: ItemContextState }) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const context = item.status === "ready" ? item.context : undefined;
  const [data, setData] = useState<{ segments: Header[]; logged: LoggedSegment[] } | undefined>();
  const [problem, setProblem] = useState<string>();
  const [no, setNo] = useState(() => suggestedSegmentNo(Date.now()));
  const [description, setDescription] = useState(() =>
    storableText(context?.snapshot.subject ?? "", FIELD_LIMITS.description),
  );
  const [keys, setKeys] = useState(() => ({ create: deps.newId() }));
  const [cancelKeys] = useState(() => new Map<string, string>());

  const load = useCallback(() => {
    void loadSegments(deps).then((loaded) => {
      setData(loaded.ok ? loaded.value : { segments: [], logged: [] });
      setProblem(loaded.ok ? undefined : t("fail.load", { reason: failureText(translator, loaded.error) }));
    });
  }, [deps, t, translator]);
  useEffect(load, [load]);

  async function create() {
    if (context === undefined) return;
    const made = await createSegmentFromItem(
      deps,
      context,
      no.trim().toUpperCase(),
      description,
      keys.create,
    );
    if (!made.ok) return setProblem(t("fail.create", { reason: failureText(translator, made.error) }));
    setKeys({ create: deps.newId() });
    setNo(suggestedSegmentNo(Date.now() + 1));
    announce(t("segments.created", { no: made.value.segment.no, count: made.value.segment.lines.length }));
    load();
  }

  async function cancel(logged: LoggedSegment) {
    const key = cancelKeys.get(logged.id) ?? deps.newId();
    cancelKeys.set(logged.id, key);
    const done = await cancelLoggedSegment(deps, logged.id, key);
    if (!done.ok) return setProblem(t("fail.cancel", { reason: failureText(translator, done.error) }));
    announce(t("segments.canceled", { description: logged.description }));
    load();
  }

  return (
    <FlexStack gap={12}>
      <Text as="h1" variant="large" block>
        {t("segments.heading")}
      </Text>
      {context !== undefined && (
        <section aria-labelledby="tp-new-segment">
          <Text as="h2" id="tp-new-segment" variant="mediumPlus" block>
            {t("segments.fromItem")}
          </Text>
          <FlexStack gap={6}>
            <TextField
              label={t("segments.no")}
              value={no}
              maxLength={20}
              onChange={(_e, v) => setNo(v ?? "")}
            />
            <TextField
              label={t("segments.description")}
              value={description}
              maxLength={FIELD_LIMITS.description}
              onChange={(_e, v) => setDescription(v ?? "")}
            />
            <FlexStack horizontal gap={8}>
              <PrimaryButton
                text={t("segments.create")}
                disabled={no.trim() === "" || description.trim() === ""}
                onClick={() => void create()}
              />
            </FlexStack>
          </FlexStack>
        </section>
      )}
      <FormError message={problem} />
      {data === undefined && <Skeleton label={t("app.loading")} lines={3} />}
      {data?.segments.length === 0 && <Text block>{t("segments.empty")}</Text>}
      {data !== undefined && data.segments.length > 0 && (
        <ul aria-label={t("segments.heading")} style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {data.segments.map((segment) => (
            <li
              key={segment.no}
              style={{ borderBottom: "1px solid rgba(128,128,128,0.35)", padding: "8px 0" }}
            >
              <Text as="h3" variant="medium" block style={{ fontWeight: 600 }}>
                {segment.no} · {segment.description}
              </Text>
              <LogToSegment
                segmentNo={segment.no}
                context={context}
                defaultDescription={segment.description}
                onLogged={load}
              />
            </li>
          ))}
        </ul>
      )}
      {data !== undefined && data.logged.length > 0 && (
        <section aria-labelledby="tp-logged-segments">
          <Text as="h2" id="tp-logged-segments" variant="mediumPlus" block>
            {t("segments.logged")}
          </Text>
          <ul aria-label={t("segments.logged")} style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {data.logged.map((logged) => (
              <li key={logged.id} style={{ padding: "6px 0" }}>
                <Text block>
                  {logged.segmentNo} · {logged.description} ·{" "}
                  {logged.canceled ? t("history.canceled") : t("segments.entries", { count: logged.entries })}
                </Text>
                {!logged.canceled && (
                  <DefaultButton
                    styles={{ root: { marginTop: 4 } }}
                    text={t("segments.cancel")}
                    ariaLabel={t("segments.cancelNamed", { description: logged.description })}
                    onClick={() => void cancel(logged)}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </FlexStack>
  );
}
