import { DefaultButton, Text } from "../fluent";
import { useEffect, useState } from "react";
import type { SyncSnapshot } from "../../ports/sync-port";
import { FlexStack } from "../flex-stack";
import { useTaskpane } from "../taskpane-context";

/**
 * What is still in the outbox: how many logs wait, whether sign-in is needed, and each log the store
 * refused, to retry or discard. Nothing is dropped without the user seeing it.
 */
export function OutboxStatus() {
  const { deps, translator } = useTaskpane();
  const { t } = translator;
  const [snapshot, setSnapshot] = useState<SyncSnapshot | undefined>();

  useEffect(() => {
    let live = true;
    void deps.sync.snapshot().then((first) => live && setSnapshot(first));
    const unsubscribe = deps.sync.subscribe((next) => live && setSnapshot(next));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [deps]);

  if (!snapshot || snapshot.pending === 0) return null;
  const dead = snapshot.entries.filter((entry) => entry.state === "dead");
  const waiting = snapshot.pending - dead.length;
  return (
    <section aria-label={t("outbox.pending", { count: snapshot.pending })}>
      <FlexStack gap={4}>
        {waiting > 0 && <Text block>{t("outbox.pending", { count: waiting })}</Text>}
        {snapshot.waitingForSignIn && <Text block>{t("outbox.signIn")}</Text>}
        {dead.map((entry) => (
          <FlexStack key={entry.id} horizontal gap={8}>
            <Text>{t("outbox.dead", { label: entry.label, code: entry.lastError?.code ?? "?" })}</Text>
            <DefaultButton
              text={t("outbox.retry")}
              ariaLabel={`${t("outbox.retry")}: ${entry.label}`}
              onClick={() => void deps.sync.retry(entry.id).then(() => deps.sync.drainNow())}
            />
            <DefaultButton
              text={t("outbox.discard")}
              ariaLabel={`${t("outbox.discard")}: ${entry.label}`}
              onClick={() => void deps.sync.discard(entry.id)}
            />
          </FlexStack>
        ))}
      </FlexStack>
    </section>
  );
}
