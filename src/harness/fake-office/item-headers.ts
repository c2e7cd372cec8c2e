import type { HarnessItem } from "../harness-item";

/** The header block of a read message, as getAllInternetHeadersAsync returns it. */
export function headerText(item: HarnessItem): string {
  const headers: Record<string, string> = { ...item.headers };
  const person = (p: { name: string; address: string }) =>
    p.name ? `"${p.name}" <${p.address}>` : p.address;
  if (item.from !== undefined) headers.from ??= person(item.from);
  if (item.to.length > 0) headers.to ??= item.to.map(person).join(", ");
  if (item.cc.length > 0) headers.cc ??= item.cc.map(person).join(", ");
  headers.subject ??= item.subject;
  if (item.internetMessageId !== undefined) headers["message-id"] ??= item.internetMessageId;
  headers.date ??= new Date(item.dateTimeCreated).toUTCString();
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\r\n");
}
