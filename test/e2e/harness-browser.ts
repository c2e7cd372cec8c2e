import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type FrameLocator,
  type Page,
} from "playwright-core";
import { e2eStore } from "./e2e-store";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Headless Chromium builds its omnibox popup as a web page of its own in another renderer, which takes a
  // core for ~1 s after every new window: an Outlook webview has no omnibox, so the pane must not share
  // this 2-core machine with it (host ready → participants: ~650 → ~400 ms without it).
  "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup",
];
/** Accessible title of the taskpane iframe in harness.html. */
export const TASKPANE_TITLE = "Touchpoint taskpane";
export const ALEX = "alex.rivera@cronus.example";

/** Launches headless Debian Chromium (or TOUCHPOINT_CHROMIUM); a missing browser says how to get one. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.TOUCHPOINT_CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with \`bash scripts/prepare-machine.sh\` ` +
        "(or point TOUCHPOINT_CHROMIUM at a Chromium binary).",
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface HarnessOptions {
  item?: string;
  lang?: "en-US" | "ru-RU";
  theme?: "light" | "dark";
  user?: "alex" | "maria" | "olga";
  /** The pane at a phone's 360 px (Outlook mobile) instead of the desktop side pane. */
  device?: "desktop" | "phone";
  /** Start with the taskpane closed (it opens by default). */
  paneClosed?: boolean;
  /** How long the ribbon waits for event.completed() before warning (default 20 s). */
  commandTimeoutMs?: number;
  /** Runs on the new context before the harness loads (extra routes, init scripts). */
  prepare?: (context: BrowserContext) => Promise<unknown>;
  /** Open the sample as an item of this run's own (see ownCopy); harnessPerTest gives each test one. */
  run?: string;
}

/** One harness page in its own browser context, with what the tests need around it. */
export interface HarnessSession {
  context: BrowserContext;
  page: Page;
  /** The real taskpane, inside the harness's iframe. */
  pane: FrameLocator;
  /** Uncaught errors in the harness page or its frames, and console errors, as they happen. */
  pageErrors: Error[];
  consoleErrors: string[];
  /** The taskpane frame itself, for evaluate() inside it. */
  paneFrame(): Promise<Frame>;
  close(): Promise<void>;
}

/**
 * Opens `harness.html?item=…` on the e2e store in a new context. Microsoft's CDN office.js is routed to
 * the harness's fake and any other off-machine request is refused, so nothing leaves the machine.
 */
export async function openHarness(browser: Browser, options: HarnessOptions = {}): Promise<HarnessSession> {
  const { url } = e2eStore();
  const context = await browser.newContext({ locale: options.lang ?? "en-US", serviceWorkers: "block" });
  const fake = await officeFakeScript();
  await context.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fake }),
  );
  await context.route(
    (target) =>
      !/^(127\.0\.0\.1|localhost|appsforoffice\.microsoft\.com)$/.test(target.hostname) &&
      /^https?:$/.test(target.protocol),
    (route) => route.abort("internetdisconnected"),
  );
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  const consoleErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  const query = new URLSearchParams();
  if (options.item !== undefined) query.set("item", options.item);
  if (options.lang !== undefined) query.set("lang", options.lang);
  if (options.theme !== undefined) query.set("theme", options.theme);
  if (options.user !== undefined) query.set("user", options.user);
  if (options.device !== undefined) query.set("device", options.device);
  if (options.paneClosed === true) query.set("pane", "closed");
  if (options.run !== undefined) query.set("run", options.run);
  if (options.commandTimeoutMs !== undefined) query.set("commandTimeout", String(options.commandTimeoutMs));
  await options.prepare?.(context);
  await page.goto(`${url}/harness.html?${query.toString()}`);
  const frameSelector = `iframe[title="${TASKPANE_TITLE}"]`;
  return {
    context,
    page,
    pane: page.frameLocator(frameSelector),
    pageErrors,
    consoleErrors,
    async paneFrame() {
      const handle = await page.locator(frameSelector).elementHandle();
      const frame = await handle?.contentFrame();
      if (frame === null || frame === undefined) throw new Error("The harness shows no taskpane frame.");
      return frame;
    },
    close: () => context.close(),
  };
}

let fakeScript: Promise<string> | undefined;

/** The built fake office.js (as the store serves it), served in place of Microsoft's CDN script. */
export function officeFakeScript(): Promise<string> {
  fakeScript ??= fetch(`${e2eStore().url}/office-fake.js`).then(async (response) => {
    if (!response.ok)
      throw new Error(`office-fake.js is not served (${response.status}): is dist/ built with the harness?`);
    return response.text();
  });
  return fakeScript;
}

/** A dev-auth token for a demo user (POST /api/v1/dev/token). */
export async function devToken(user = ALEX, role?: "Admin"): Promise<string> {
  const response = await fetch(`${e2eStore().url}/api/v1/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ user, tenant: "dev", ...(role ? { role } : {}) }),
  });
  if (!response.ok) throw new Error(`dev token for ${user}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Reads the store API as a demo user: `readApi("/logged-items?source=…")` → parsed JSON and status. */
export async function readApi<T = unknown>(path: string, user = ALEX): Promise<{ status: number; body: T }> {
  const response = await fetch(`${e2eStore().url}/api/v1${path.startsWith("/") ? path : `/${path}`}`, {
    headers: { authorization: `Bearer ${await devToken(user)}` },
  });
  const text = await response.text();
  return { status: response.status, body: (text === "" ? undefined : JSON.parse(text)) as T };
}

/** Opens a file through the harness's "Open .eml or .ics file" control. */
export async function openFile(page: Page, filePath: string): Promise<void> {
  await page.getByLabel("Open .eml or .ics file").setInputFiles(filePath);
}

/** Clicks the ribbon's Log button and waits for the harness's verdict on the function command. */
export async function runRibbonLog(page: Page, timeoutMs = 25_000): Promise<string> {
  await page.getByRole("button", { name: "Log", exact: true }).click();
  const status = page
    .getByRole("status", { name: "Command status" })
    .filter({ hasText: /Log command (completed|failed)|did not call event\.completed/ });
  await status.waitFor({ timeout: timeoutMs });
  return (await status.textContent()) ?? "";
}

/**
 * One Chromium per test file and a fresh harness session per test: registers the jest hooks that
 * launch and close them; `open` starts the test's session (closed after the test). Every test opens
 * its samples under a run of its own (`run()`), so what it finds logged is what it logged itself.
 */
export function harnessPerTest(): {
  open(options?: HarnessOptions): Promise<HarnessSession>;
  run(): string;
} {
  let browser: Browser | undefined;
  let sessions: HarnessSession[] = [];
  let run = "";
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(() => {
    run = `r${randomUUID().slice(0, 8)}`;
  });
  afterEach(async () => {
    await Promise.all(sessions.map((s) => s.close()));
    sessions = [];
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(options) {
      if (browser === undefined) throw new Error("harnessPerTest(): the browser is not launched yet");
      const session = await openHarness(browser, { run, ...options });
      sessions.push(session);
      return session;
    },
    run: () => run,
  };
}
