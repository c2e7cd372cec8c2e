import { ActionButton, Text } from "../fluent";
import { failureText } from "../../use-cases/failure-text";
import { LogFollowUp, OutboxStatus } from "../lazy-parts";
import { NoticeBanner } from "../notice-banner";
import { Skeleton } from "../skeleton";
import { useTaskpane } from "../taskpane-context";
import type { ItemContextState } from "../use-item-context";
import { LogForm } from "./log-form";
import { useSyncSnapshot } from "./use-sync-snapshot";

/** The Log tab: the item's participants and the entry to write, and what is still in the outbox. */
export function LogView({
  item,
  reload,
  onFindContact,
}: {
  item: ItemContextState;
  reload(): void;
  /** Opens the contact search (History's search box). */
  onFindContact?(): void;
}) {
  const { translator } = useTaskpane();
  const { t } = translator;
  const snapshot = useSyncSnapshot();
  if (item.status === "loading")
    return (
      <>
        <Text as="h1" variant="large" block>
          {t("tab.log")}
        </Text>
        <Skeleton label={t("app.loading")} lines={6} />
      </>
    );
  if (item.status === "failed") {
    return (
      <>
        <Text as="h1" variant="large" block>
          {t("tab.log")}
        </Text>
        <NoticeBanner tone="warning">
          {item.error.code === "ADDIN_NO_ITEM"
            ? t("notify.noItem")
            : t("fail.read", { reason: failureText(translator, item.error) })}
        </NoticeBanner>
        <OutboxStatus snapshot={snapshot} templates={[]} groups={[]} />
      </>
    );
  }
  // A new key per item resets every choice when the pinned pane moves to another item. A draft keeps its
  // key when logging marks it (its source key appears then), so the log's status stays on screen.
  const { context } = item;
  const formKey =
    context.snapshot.mode === "compose" && context.snapshot.kind === "message"
      ? `draft:${context.snapshot.itemId ?? ""}`
      : (context.sourceKey ?? context.snapshot.itemId ?? "item");
  return (
    <>
      {onFindContact && <ActionButton text={t("search.open")} onClick={onFindContact} />}
      <LogForm key={formKey} context={item.context} snapshot={snapshot} reload={reload} />
      {item.context.sourceKey && (
        <LogFollowUp target={{ sourceKey: item.context.sourceKey }} label={item.context.snapshot.subject} />
      )}
    </>
  );
}
