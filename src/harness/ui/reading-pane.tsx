import { MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import type { HarnessItem, HarnessPerson } from "../harness-item";
import type { HarnessNotification } from "../host/harness-host";

const people = (list: HarnessPerson[]) =>
  list.map((p) => (p.name ? `${p.name} <${p.address}>` : p.address)).join("; ");

const barType: Record<string, MessageBarType> = {
  errorMessage: MessageBarType.error,
  progressIndicator: MessageBarType.info,
  informationalMessage: MessageBarType.success,
  insightMessage: MessageBarType.info,
};

/** The open item as Outlook's reading pane shows it, under the add-in's notification bar. */
export function ReadingPane({
  item,
  notifications,
}: {
  item: HarnessItem | undefined;
  notifications: HarnessNotification[];
}) {
  if (item === undefined) return <Text>Select an item to read it.</Text>;
  const rows: Array<[string, string]> =
    item.kind === "message"
      ? [
          ["From", item.from === undefined ? "" : people([item.from, ...(item.coAuthors ?? [])])],
          ["To", people(item.to)],
          ["Cc", people(item.cc)],
          ["Sent", new Date(item.dateTimeCreated).toLocaleString()],
        ]
      : [
          ["Organizer", item.organizer === undefined ? "" : people([item.organizer])],
          ["Required", people(item.requiredAttendees)],
          ["Optional", people(item.optionalAttendees)],
          [
            "When",
            `${item.start ? new Date(item.start).toLocaleString() : "?"} – ${item.end ? new Date(item.end).toLocaleString() : "?"}`,
          ],
          ["Where", item.location ?? ""],
          ["Rooms", people(item.rooms ?? [])],
          ["Repeats", item.recurrence ?? ""],
        ];
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { padding: 12, overflow: "auto", minWidth: 0 } }}>
      <div role="region" aria-label="Notification bar" aria-live="polite">
        {notifications.map((note) => (
          <MessageBar key={note.key} messageBarType={barType[note.type] ?? MessageBarType.info}>
            {note.message}
          </MessageBar>
        ))}
      </div>
      <Text as="h2" variant="xLarge">
        {item.mode === "compose" ? "Draft: " : ""}
        {item.subject || "(no subject)"}
      </Text>
      <dl style={{ display: "grid", gridTemplateColumns: "max-content 1fr", gap: "4px 12px", margin: 0 }}>
        {rows
          .filter(([, value]) => value.length > 0)
          .map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <dt style={{ fontWeight: 600 }}>{label}</dt>
              <dd style={{ margin: 0, overflowWrap: "anywhere" }}>{value}</dd>
            </div>
          ))}
      </dl>
      <pre style={{ whiteSpace: "pre-wrap", fontFamily: "inherit", margin: "8px 0 0" }}>{item.body}</pre>
    </Stack>
  );
}
