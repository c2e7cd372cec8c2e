import type { Frame } from "playwright-core";
import { harnessPerTest, type HarnessSession } from "./harness-browser";

jest.setTimeout(90_000);

// Outlook on iOS and Android shows the pane at the phone's full width. The harness's phone size puts the
// real pane at 360 px (a small phone); every control a finger uses must be 44 × 44 px at least, and
// nothing may need sideways scrolling.
const harness = harnessPerTest();
const TOUCH = 44;
const DELIVERED = /Logged to .+ as |Saved/;

interface Layout {
  width: number;
  scrollWidth: number;
  targets: Array<{ name: string; width: number; height: number }>;
}

/** The pane's width, how wide its content is, and the size of every control a finger can hit. */
function measure(frame: Frame): Promise<Layout> {
  return frame.evaluate(() => {
    const interactive =
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="tab"], [role="combobox"], [role="checkbox"], [role="link"]';
    const targets = [...document.querySelectorAll<HTMLElement>(interactive)]
      .map((element) => {
        // A checkbox is hit through its label, which Fluent draws as the box and its text.
        const input = element instanceof HTMLInputElement ? element : undefined;
        const hit =
          input && ["checkbox", "radio"].includes(input.type) ? (input.labels?.[0] ?? element) : element;
        const box = hit.getBoundingClientRect();
        const name = (element.getAttribute("aria-label") ?? element.textContent ?? element.tagName).trim();
        return {
          name: `${element.tagName.toLowerCase()} "${name.slice(0, 40)}"`,
          width: box.width,
          height: box.height,
        };
      })
      .filter((target) => target.width > 0 && target.height > 0);
    return { width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, targets };
  });
}

async function expectPhoneLayout(session: HarnessSession, view: string): Promise<void> {
  const layout = await measure(await session.paneFrame());
  expect({ view, width: layout.width, scrollWidth: layout.scrollWidth }).toEqual({
    view,
    width: 360,
    scrollWidth: 360,
  });
  // At least the three tabs: a measurement that found nothing would pass for the wrong reason.
  expect(layout.targets.length).toBeGreaterThanOrEqual(3);
  const small = layout.targets.filter((t) => t.width < TOUCH || t.height < TOUCH);
  expect({ view, small }).toEqual({ view, small: [] });
}

/** Opens a tab and waits until its view has drawn something other than a spinner. */
async function openTab(session: HarnessSession, name: RegExp): Promise<void> {
  await session.pane.getByRole("tab", { name }).click();
  await session.pane.getByRole("tabpanel", { name }).waitFor();
  await (
    await session.paneFrame()
  ).waitForFunction(
    () => {
      const panel = document.querySelector('[role="tabpanel"]');
      return (
        panel !== null && panel.textContent?.trim() !== "" && panel.querySelector(".ms-Spinner") === null
      );
    },
    undefined,
    { timeout: 20_000 },
  );
}

describe.each([
  ["light", "en-US", { log: /^Log$/, history: /^History$/, settings: /^Settings$/ }],
  ["dark", "ru-RU", { log: /^Запись$/, history: /^История$/, settings: /^Настройки$/ }],
] as const)("the pane on a phone (%s, %s)", (theme, lang, tabs) => {
  it.each(["received-anna", "sent-lisa", "unknown-sender", "meeting-attendee"])(
    "%s: Log, History and Settings fit 360 px with 44 px targets",
    async (item) => {
      const session = await harness.open({ item, device: "phone", theme, lang });
      await session.pane.getByRole("tab", { name: tabs.log }).waitFor({ timeout: 20_000 });
      await session.pane
        .getByRole("heading")
        .or(session.pane.getByRole("checkbox"))
        .first()
        .waitFor({ timeout: 20_000 });
      await expectPhoneLayout(session, `${item} log`);
      await openTab(session, tabs.history);
      await expectPhoneLayout(session, `${item} history`);
      await openTab(session, tabs.settings);
      await expectPhoneLayout(session, `${item} settings`);
      expect(session.pageErrors).toEqual([]);
    },
  );
});

test("on a phone the Log button is reached by scrolling the pane, and logs", async () => {
  const session = await harness.open({ item: "received-anna", device: "phone" });
  const button = session.pane.getByRole("button", { name: "Log interaction" });
  await button.waitFor({ timeout: 20_000 });
  const frame = await session.paneFrame();
  // The opportunity section above the button comes with it: arriving later, it pushed the button down.
  expect(await frame.locator('section[aria-labelledby="tp-links"]').count()).toBe(1);
  // Its choices have loaded (what a user waits for before logging).
  await frame.waitForFunction(
    () => document.querySelectorAll('section[aria-labelledby="tp-links"] select:not([disabled])').length > 0,
    undefined,
    { timeout: 20_000 },
  );
  await button.scrollIntoViewIfNeeded();
  const box = await button.evaluate((b) => {
    const r = b.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  });
  const viewport = await frame.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(viewport.height);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(viewport.width);
  expect(box.height).toBeGreaterThanOrEqual(TOUCH);
  await button.click();
  await session.pane.getByRole("status").filter({ hasText: DELIVERED }).waitFor({ timeout: 20_000 });
});

test("the desktop pane keeps Outlook's compact controls: the touch sizes apply to a phone only", async () => {
  const session = await harness.open({ item: "received-anna" });
  const button = session.pane.getByRole("button", { name: "Log interaction" });
  await button.waitFor({ timeout: 20_000 });
  const layout = await measure(await session.paneFrame());
  expect(layout.width).toBe(380);
  expect((await button.boundingBox())?.height).toBe(32);
});
