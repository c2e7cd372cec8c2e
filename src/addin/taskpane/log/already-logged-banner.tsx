import { DefaultButton } from "../fluent";
import type { SourceStatus } from "../../../contracts";
import { NoticeBanner } from "../notice-banner";
import { useTaskpane } from "../taskpane-context";

/** "Already logged by Maria on 20 Nov to Anna, John", with Cancel: nobody logs the same item twice unknowingly. */
export function AlreadyLoggedBanner({
  status,
  onCancel,
}: {
  status: SourceStatus;
  onCancel(id: string): void;
}) {
  const { translator } = useTaskpane();
  const { t, formatDate } = translator;
  return (
    <>
      {status.loggedItems.map(({ item, entries }) => {
        const contacts = [...new Set(entries.map((entry) => entry.contactName ?? entry.contactNo))].join(
          ", ",
        );
        return (
          <NoticeBanner
            key={item.id}
            tone="info"
            actions={<DefaultButton text={t("banner.cancel")} onClick={() => onCancel(item.id)} />}
          >
            {t("banner.alreadyLogged", {
              who: item.createdByName ?? item.createdBy,
              date: formatDate(item.createdAt),
              contacts,
            })}
          </NoticeBanner>
        );
      })}
    </>
  );
}
