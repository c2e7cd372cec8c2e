import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { devToken, TASKPANE_TITLE, type HarnessSession, ALEX } from "./harness-browser";
import { e2eStore } from "./e2e-store";

/** A code as it must never reach the user's eyes. */
export const CODE_TEXT = /\b(ADDIN|STORE)_[A-Z_]+\b/;

/** What the user can read of Touchpoint right now: the pane's text and the item's notification bar. */
export async function visibleTouchpointText(session: HarnessSession): Promise<string> {
  const frame = await session.paneFrame();
  const pane = await frame.evaluate(() => document.body.innerText);
  const bar = await session.page.getByRole("region", { name: "Notification bar" }).innerText();
  return `${pane}\n${bar}`;
}

/**
 * Every axe violation, of any impact, inside the taskpane: `rule: targets`. The harness around it is
 * Outlook's stand-in, not the add-in, and is left out.
 */
export async function paneViolations(session: HarnessSession): Promise<string[]> {
  const frameSelector = `iframe[title="${TASKPANE_TITLE}"]`;
  const results = await new AxeBuilder({ page: session.page }).include(frameSelector).analyze();
  return results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => String(n.target[0]).includes(TASKPANE_TITLE)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.slice(1).join(" ")).join(", ")}`);
}

const folder = mkdtempSync(path.join(tmpdir(), "touchpoint-e2e-mail-"));

export interface MailPeople {
  from: string;
  to?: string[];
  cc?: string[];
}

/** Writes an email no other test shares (its own Message-ID unless `withoutMessageId`); returns its file and key. */
export function uniqueEmail(
  label: string,
  people: MailPeople = {
    from: "Anna Petrova <anna.petrova@fabrikam.example>",
    to: [`Alex Rivera <${ALEX}>`],
  },
  /** `draft`: saved unsent ("X-Unsent: 1"), so the harness opens it in compose form, with no Message-ID. */
  options: { withoutMessageId?: boolean; draft?: boolean } = {},
): { file: string; key: string; subject: string } {
  const id = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const file = path.join(folder, `${id}.eml`);
  const subject = `Touchpoint ${label} ${id.slice(-6)}`;
  writeFileSync(
    file,
    [
      `From: ${people.from}`,
      ...(people.to ? [`To: ${people.to.join(", ")}`] : []),
      ...(people.cc ? [`Cc: ${people.cc.join(", ")}`] : []),
      `Subject: ${subject}`,
      ...(options.draft ? ["X-Unsent: 1"] : []),
      ...(options.withoutMessageId || options.draft ? [] : [`Message-ID: <${id}@fabrikam.example>`]),
      "Date: Tue, 24 Nov 2026 08:00:00 +0000",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Prices attached.",
      "",
    ].join("\r\n"),
  );
  return { file, key: `msgid:${id}@fabrikam.example`, subject };
}

/** Calls the store's API as a demo user; the body is JSON. */
export async function callApi<T = unknown>(
  method: string,
  apiPath: string,
  body?: unknown,
  user = ALEX,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${e2eStore().url}/api/v1${apiPath}`, {
    method,
    headers: {
      authorization: `Bearer ${await devToken(user)}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text === "" ? undefined : JSON.parse(text)) as T };
}
