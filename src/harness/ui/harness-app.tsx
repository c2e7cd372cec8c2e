import { MessageBar, MessageBarType, Stack, Text, ThemeProvider } from "@fluentui/react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { HarnessItem } from "../harness-item";
import type { HarnessHost } from "../host/harness-host";
import { sentCopy } from "../host/sent-copy";
import { runLogCommand, type LogRun } from "../pane/run-log-command";
import { runSendEvent, type SendRun } from "../pane/run-send-event";
import { harnessThemes } from "./harness-themes";
import { ItemList } from "./item-list";
import { ReadingPane } from "./reading-pane";
import { Ribbon } from "./ribbon";
import { TaskpaneFrame } from "./taskpane-frame";
import { useHost } from "./use-host";

/** How long the harness waits for event.completed() before warning (Outlook itself gives up later). */
export const COMMAND_TIMEOUT_MS = 20_000;
/** The pane's width: Outlook's desktop side pane here, and a small phone's screen (Outlook mobile shows the
 * pane full width). */
export const PANE_WIDTH = { desktop: 380, phone: 360 } as const;

const logStatus = (run: LogRun | undefined): { text: string; type: MessageBarType } | undefined => {
  if (run === undefined) return undefined;
  if (run.state === "running") return { text: "Log command running…", type: MessageBarType.info };
  if (run.state === "completed") {
    const notice = run.firstNoticeMs === undefined ? "" : `; first notice after ${run.firstNoticeMs} ms`;
    return { text: `Log command completed (${run.milliseconds} ms${notice})`, type: MessageBarType.success };
  }
  if (run.state === "never-completed") {
    return {
      text: `Warning: the Log command did not call event.completed() within ${run.seconds} s`,
      type: MessageBarType.severeWarning,
    };
  }
  return { text: `Log command failed: ${run.message}`, type: MessageBarType.error };
};

const sendStatus = (run: SendRun | undefined): { text: string; type: MessageBarType } | undefined => {
  if (run === undefined) return undefined;
  if (run.state === "running") return { text: "Sending…", type: MessageBarType.info };
  if (run.state === "completed")
    return run.allowEvent
      ? { text: `Sent (send handler completed in ${run.milliseconds} ms)`, type: MessageBarType.success }
      : { text: "Not sent: the send handler stopped it", type: MessageBarType.warning };
  if (run.state === "never-completed")
    return {
      text: `Warning: the send handler did not call event.completed() within ${run.seconds} s; not sent`,
      type: MessageBarType.severeWarning,
    };
  return { text: `Send failed: ${run.message}`, type: MessageBarType.error };
};

/** The mock Outlook window: ribbon, item list, reading pane and the real taskpane. */
export function HarnessApp({
  host,
  samples,
  paneInitiallyOpen,
  commandTimeoutMs = COMMAND_TIMEOUT_MS,
}: {
  host: HarnessHost;
  samples: readonly HarnessItem[];
  paneInitiallyOpen: boolean;
  commandTimeoutMs?: number | undefined;
}) {
  useHost(host);
  const [items, setItems] = useState<HarnessItem[]>([...samples]);
  const [paneOpen, setPaneOpen] = useState(paneInitiallyOpen);
  const [logRun, setLogRun] = useState<LogRun>();
  const [sendRun, setSendRun] = useState<SendRun>();
  const sendFrame = useRef<HTMLIFrameElement>(null);
  const [importError, setImportError] = useState<string>();
  const commandFrame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    host.displayForm = (itemId) => {
      const target = items.find((item) => item.itemId === itemId || `AAMkHarness-${item.name}` === itemId);
      if (target !== undefined) host.selectItem(target);
    };
  }, [host, items]);

  const onLog = useCallback(() => {
    if (commandFrame.current === null) return;
    setLogRun({ state: "running" });
    void runLogCommand(host, commandFrame.current, commandTimeoutMs).then(setLogRun);
  }, [host, commandTimeoutMs]);

  // Send as Outlook does: the on-send handler runs first; allowed, the sent copy is filed and opened.
  const onSend = useCallback(() => {
    const draft = host.item;
    if (sendFrame.current === null || draft === undefined) return;
    setSendRun({ state: "running" });
    void runSendEvent(host, sendFrame.current, commandTimeoutMs).then((run) => {
      setSendRun(run);
      if (run.state !== "completed" || !run.allowEvent) return;
      const sent = sentCopy(draft, host.user);
      setItems((current) => [sent, ...current.filter((other) => other.name !== draft.name)]);
      host.selectItem(sent);
    });
  }, [host, commandTimeoutMs]);

  const onImported = (item: HarnessItem) => {
    setImportError(undefined);
    setItems((current) => [item, ...current.filter((other) => other.name !== item.name)]);
    host.selectItem(item);
  };

  const item = host.item;
  const dark = host.theme === "dark";
  const status = sendStatus(sendRun) ?? logStatus(logRun);
  const loadKey = [host.language, host.theme, host.user.key, host.pinned ? "" : (item?.name ?? "")].join("|");
  return (
    <ThemeProvider
      theme={harnessThemes[host.theme]}
      style={{
        display: "flex",
        flexDirection: "column",
        height: "100%",
        background: dark ? "#1f1f1f" : "#faf9f8",
        color: dark ? "#fff" : "#242424",
      }}
    >
      <Stack
        horizontal
        verticalAlign="center"
        styles={{ root: { padding: "4px 12px", background: "#0f6cbd", color: "#fff" } }}
      >
        <Text styles={{ root: { color: "#fff", fontWeight: 600 } }}>
          Outlook (Touchpoint harness) — {host.user.name}
        </Text>
      </Stack>
      <Ribbon
        host={host}
        paneOpen={paneOpen}
        onTogglePane={() => setPaneOpen((open) => !open)}
        onLog={onLog}
        logRunning={logRun?.state === "running"}
        onSend={onSend}
        sendRunning={sendRun?.state === "running"}
        onImported={onImported}
        onImportError={setImportError}
      />
      <div role="status" aria-label="Command status" aria-live="polite">
        {status !== undefined && <MessageBar messageBarType={status.type}>{status.text}</MessageBar>}
      </div>
      <div role="alert">
        {importError !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setImportError(undefined)}>
            {importError}
          </MessageBar>
        )}
      </div>
      <div style={{ display: "flex", flex: 1, minHeight: 0 }}>
        <nav
          style={{
            width: 280,
            borderRight: "1px solid rgba(128,128,128,0.4)",
            display: "flex",
            flexDirection: "column",
          }}
        >
          <ItemList items={items} selected={item?.name} onSelect={(next) => host.selectItem(next)} />
        </nav>
        <main style={{ flex: 1, minWidth: 0, display: "flex" }}>
          <ReadingPane
            item={item}
            notifications={item === undefined ? [] : host.notificationsOf(item.name)}
          />
        </main>
        {paneOpen && (
          <aside
            style={{
              width: PANE_WIDTH[host.device],
              flex: host.device === "phone" ? "none" : undefined,
              borderLeft: "1px solid rgba(128,128,128,0.4)",
            }}
            aria-label="Taskpane"
            data-device={host.device}
          >
            <TaskpaneFrame host={host} loadKey={loadKey} />
          </aside>
        )}
      </div>
      <iframe ref={commandFrame} title="Touchpoint commands" hidden aria-hidden="true" />
      <iframe ref={sendFrame} title="Touchpoint on-send" hidden aria-hidden="true" />
    </ThemeProvider>
  );
}
