import { DefaultButton, PrimaryButton } from "../fluent";
import { useState } from "react";
import type { SourceStatus } from "../../../contracts";
import { NoticeBanner } from "../notice-banner";
import { useTaskpane } from "../taskpane-context";

/**
 * "Already logged by Maria on 20 Nov to Anna, John", with Cancel: nobody logs the same item twice
 * unknowingly. Canceling asks first, naming whose log it is: it may well be a colleague's.
 */
export function AlreadyLoggedBanner({
  status,
  onCancel,
}: {
  status: SourceStatus;
  onCancel(id: string): void;
}) {
  const { translator } = useTaskpane();
  const { t, formatDate } = translator;
  const [confirming, setConfirming] = useState<string | undefined>();
  return (
    <>
      {status.loggedItems.map(({ item, entries }) => {
        const contacts = [...new Set(entries.map((entry) => entry.contactName ?? entry.contactNo))].join(
          ", ",
        );
        const who = item.createdByName ?? item.createdBy;
        const date = formatDate(item.createdAt);
        if (confirming === item.id)
          return (
            <NoticeBanner
              key={item.id}
              tone="warning"
              actions={
                <>
                  <PrimaryButton
                    text={t("banner.confirmYes")}
                    onClick={() => {
                      setConfirming(undefined);
                      onCancel(item.id);
                    }}
                  />
                  <DefaultButton
                    autoFocus
                    text={t("banner.confirmNo")}
                    onClick={() => setConfirming(undefined)}
                  />
                </>
              }
            >
              {t("banner.confirm", { who, date })}
            </NoticeBanner>
          );
        return (
          <NoticeBanner
            key={item.id}
            tone="info"
            actions={<DefaultButton text={t("banner.cancel")} onClick={() => setConfirming(item.id)} />}
          >
            {t("banner.alreadyLogged", { who, date, contacts })}
          </NoticeBanner>
        );
      })}
    </>
  );
}
