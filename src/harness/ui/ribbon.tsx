import { DefaultButton, PrimaryButton, Stack, Toggle } from "@fluentui/react";
import type { HarnessItem } from "../harness-item";
import type { HarnessDevice, HarnessHost, HarnessLanguage, HarnessTheme } from "../host/harness-host";
import { mailboxUser, mailboxUsers } from "../samples/mailbox-users";
import { OpenFileControl } from "./open-file-control";

interface RibbonProps {
  host: HarnessHost;
  paneOpen: boolean;
  onTogglePane: () => void;
  onLog: () => void;
  logRunning: boolean;
  /** Sends the item being written (runs the add-in's OnMessageSend / OnAppointmentSend handler first). */
  onSend: () => void;
  sendRunning: boolean;
  onImported: (item: HarnessItem) => void;
  onImportError: (message: string) => void;
}

/** Outlook's ribbon, reduced to the add-in's two buttons, Send and the harness's switches. */
export function Ribbon(props: RibbonProps) {
  const { host } = props;
  const select = (
    label: string,
    value: string,
    options: Array<[string, string]>,
    onChange: (value: string) => void,
  ) => (
    <label style={{ display: "inline-flex", gap: 4, alignItems: "center" }}>
      {label}
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Stack
      horizontal
      wrap
      verticalAlign="center"
      tokens={{ childrenGap: 12 }}
      role="toolbar"
      aria-label="Ribbon"
      styles={{ root: { padding: "6px 12px", borderBottom: "1px solid rgba(128,128,128,0.4)" } }}
    >
      <PrimaryButton text="Touchpoint" aria-pressed={props.paneOpen} onClick={props.onTogglePane} />
      <DefaultButton
        text="Log"
        disabled={props.logRunning || host.item === undefined}
        onClick={props.onLog}
      />
      <DefaultButton
        text="Send"
        disabled={props.sendRunning || host.item?.mode !== "compose"}
        onClick={props.onSend}
      />
      <OpenFileControl onItem={props.onImported} onError={props.onImportError} />
      {select(
        "Language",
        host.language,
        [
          ["en-US", "English (en-US)"],
          ["ru-RU", "Русский (ru-RU)"],
        ],
        (value) => host.set("language", value as HarnessLanguage),
      )}
      {select(
        "Theme",
        host.theme,
        [
          ["light", "Light"],
          ["dark", "Dark"],
        ],
        (value) => host.set("theme", value as HarnessTheme),
      )}
      {select(
        "Device",
        host.device,
        [
          ["desktop", "Desktop"],
          ["phone", "Phone (360 px)"],
        ],
        (value) => host.set("device", value as HarnessDevice),
      )}
      {select(
        "Mailbox user",
        host.user.key,
        mailboxUsers.map((user) => [user.key, user.name]),
        (value) => host.set("user", mailboxUser(value)),
      )}
      <Toggle
        label="Go offline"
        inlineLabel
        checked={host.offline}
        onChange={(_e, checked) => host.set("offline", checked === true)}
      />
      <Toggle
        label="Pin pane"
        inlineLabel
        checked={host.pinned}
        onChange={(_e, checked) => host.set("pinned", checked === true)}
      />
    </Stack>
  );
}
