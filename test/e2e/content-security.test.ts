import type { BrowserContext, Page } from "playwright-core";
import { e2eStore } from "./e2e-store";
import { harnessPerTest, officeFakeScript, runRibbonLog } from "./harness-browser";

jest.setTimeout(90_000);

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every CSP violation of every page and frame of the context, as the browser reports it. */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push(
        `${event.violatedDirective} ${event.blockedURI} (${document.URL.slice(0, 60)})`,
      );
    });
  });
}

async function violations(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    all.push(...((await frame.evaluate(() => window.__cspViolations ?? []).catch(() => [])) as string[]));
  }
  return all;
}

const harness = harnessPerTest();

describe("the pages under their Content-Security-Policy", () => {
  it("the harness, the taskpane in it, its lazy views and the ribbon command run without one violation", async () => {
    const session = await harness.open({ item: "received-anna", prepare: recordViolations });
    const policy = (await session.page.request.get(`${e2eStore().url}/harness.html`)).headers()[
      "content-security-policy"
    ];
    expect(policy).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    await session.pane
      .getByText(/Анна Петрова|anna\.petrova@fabrikam\.example/)
      .first()
      .waitFor({ timeout: 20_000 });
    await session.pane.getByRole("tab", { name: /History/ }).click();
    await session.pane.getByRole("tab", { name: /Settings/ }).click();
    await session.pane
      .getByText(/never log|store/i)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await runRibbonLog(session.page)).toMatch(/Log command completed/);
    expect(await violations(session.page)).toEqual([]);
    expect(session.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it.each(["taskpane.html", "commands.html", "auth-dialog.html"])(
    "%s, opened as Outlook opens it, runs without one violation",
    async (page) => {
      const session = await harness.open({ paneClosed: true, prepare: recordViolations });
      const fake = await officeFakeScript();
      const tab = await session.context.newPage();
      const errors: string[] = [];
      tab.on("console", (message) => message.type() === "error" && errors.push(message.text()));
      await tab.route("https://appsforoffice.microsoft.com/**", (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fake }),
      );
      const response = await tab.goto(`${e2eStore().url}/${page}`);
      expect(response?.headers()["content-security-policy"]).toMatch(
        /frame-ancestors 'self' https:\/\/outlook\.office\.com/,
      );
      await tab.waitForLoadState("networkidle");
      expect(await violations(tab)).toEqual([]);
      expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    },
  );
});
