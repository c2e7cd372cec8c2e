import { useEffect, useRef, useState } from "react";
import type { SyncSnapshot } from "../../ports/sync-port";
import type { LogStatus } from "../../use-cases/log-status";
import { loadLogActions } from "../lazy-parts";
import { useTaskpane } from "../taskpane-context";

type LogActions = Awaited<ReturnType<typeof loadLogActions>>;

/**
 * Follows one log from the moment it is saved: its one state at any time (saved and waiting, sending,
 * logged, needs attention) is said on the pane's status line, and `onLogged` runs once when it lands.
 */
export function useLogStatus(
  id: string | undefined,
  snapshot: SyncSnapshot | undefined,
  templateName: (code: string) => string | undefined,
  onLogged: () => void,
): LogStatus | undefined {
  const { translator, announce } = useTaskpane();
  // The words for a log's states come with the code that logs it (a chunk the first view does without).
  const [actions, setActions] = useState<LogActions | undefined>();
  useEffect(() => {
    if (id !== undefined) void loadLogActions().then(setActions, () => undefined);
  }, [id]);
  const found =
    id === undefined || snapshot === undefined || actions === undefined
      ? undefined
      : actions.logStatusOf(snapshot, id);
  const [last, setLast] = useState<{ id: string; state: LogStatus["state"] } | undefined>();
  // The last state seen, kept as React's "state derived while rendering" (set only when it changed).
  if (id !== undefined && found !== undefined && (last?.id !== id || last.state !== found.state))
    setLast({ id, state: found.state });
  // Sent by another runtime's drain (the ribbon's, sharing this outbox): it left the outbox without
  // passing through this one's "logged" list, and it was on its way, so it landed.
  const vanished = found === undefined && last !== undefined && last.id === id && last.state !== "attention";
  const status: LogStatus | undefined = vanished ? { state: "logged" } : found;
  const text =
    status === undefined || actions === undefined
      ? undefined
      : actions.logStatusText(status, translator, templateName);
  const landed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (text !== undefined) announce(text);
  }, [text, announce]);
  useEffect(() => {
    if (status?.state === "logged" && id !== undefined && landed.current !== id) {
      landed.current = id;
      onLogged();
    }
  }, [status?.state, id, onLogged]);
  return status;
}
