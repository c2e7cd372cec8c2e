import { launchBrowser } from "./harness-browser";
import { e2eStore } from "./e2e-store";
import type { Browser } from "playwright-core";

jest.setTimeout(30_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The bridge's real work (handing Entra ID's answer to the window that asked) needs Entra ID; what runs
// here is that the built page loads MSAL's bridge and nothing else, and tells a person what to do when
// it was opened without an answer.
test.each([
  ["en-US", /could not finish in this window/],
  ["ru-RU", /не удалось завершить в этом окне/],
])(
  "the sign-in redirect bridge opened without an answer says so in %s, loading no office.js",
  async (locale, text) => {
    const context = await browser.newContext({ locale });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (request) => requests.push(new URL(request.url()).pathname));
      const errors: Error[] = [];
      page.on("pageerror", (error) => errors.push(error));
      await page.goto(`${e2eStore().url}/auth-redirect.html`);
      await page.getByText(text).waitFor();
      expect(requests.filter((path) => path.endsWith(".js"))).toEqual([
        expect.stringMatching(/^\/auth-redirect\.[0-9a-f]{8}\.js$/),
      ]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  },
);
