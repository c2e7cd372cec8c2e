import { harnessPerTest, runRibbonLog, type HarnessSession } from "./harness-browser";

jest.setTimeout(60_000);

/** Each sample and a participant its taskpane must show (by display name or address). */
const SAMPLES: Array<[string, RegExp]> = [
  ["received-anna", /Анна Петрова|anna\.petrova@fabrikam\.example/i],
  ["sent-lisa", /Lisa Chen|lisa\.chen@contoso\.example/i],
  ["unknown-sender", /New Person|new\.person@northwind\.example/i],
  ["meeting-attendee", /Иван Сидоров|ivan\.sidorov@roga-kopyta\.example/i],
  ["meeting-organizer", /John Smith|john\.smith@fabrikam\.example/i],
  ["compose-lisa", /Lisa Chen|lisa\.chen@contoso\.example/i],
  ["meeting-40", /Lisa Chen|lisa\.chen@contoso\.example/i],
  ["newsletter", /Industry Newsletter|digest@newsletter\.example/i],
];

const harness = harnessPerTest();
let session: HarnessSession | undefined;

describe("the harness", () => {
  it.each(SAMPLES)("opens sample %s and the taskpane shows its participants", async (item, participant) => {
    session = await harness.open({ item });
    await session.pane.getByText(participant).first().waitFor({ timeout: 20_000 });
    expect(session.pageErrors).toEqual([]);
  });

  it("runs the real Log command from the ribbon and the command completes its event", async () => {
    session = await harness.open({ item: "received-anna", paneClosed: true });
    const verdict = await runRibbonLog(session.page);
    expect(verdict).toMatch(/Log command completed/);
    const bar = session.page.getByRole("region", { name: "Notification bar" });
    await bar.getByText(/\S/).first().waitFor({ timeout: 10_000 });
    expect(session.pageErrors).toEqual([]);
  });

  it("warns when a function command never calls event.completed()", async () => {
    // A script file, not an inline script: the pages' Content-Security-Policy runs no inline script.
    const hanging = `<!doctype html><html><head><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
      <script src="hanging-command.js"></script></head><body></body></html>`;
    session = await harness.open({
      item: "received-anna",
      paneClosed: true,
      commandTimeoutMs: 500,
      prepare: async (context) => {
        await context.route("**/commands.html", (route) =>
          route.fulfill({ contentType: "text/html", body: hanging }),
        );
        await context.route("**/hanging-command.js", (route) =>
          route.fulfill({
            contentType: "text/javascript",
            body: 'Office.actions.associate("logItem", function () {});',
          }),
        );
      },
    });
    expect(await runRibbonLog(session.page)).toMatch(/did not call event\.completed\(\) within 0\.5 s/);
  });

  it("serves the switches to the add-in as Office.context: language, theme and mailbox user", async () => {
    session = await harness.open({ item: "sent-lisa", lang: "ru-RU", theme: "dark", user: "maria" });
    const frame = await session.paneFrame();
    await frame.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office === "object");
    const seen = await frame.evaluate(() => ({
      language: Office.context.displayLanguage,
      dark: (Office.context.officeTheme as unknown as { isDarkTheme: boolean }).isDarkTheme,
      user: Office.context.mailbox.userProfile.emailAddress,
      subject: (Office.context.mailbox.item as Office.MessageRead).subject,
    }));
    expect(seen).toEqual({
      language: "ru-RU",
      dark: true,
      user: "maria.ivanova@cronus.example",
      subject: "Contoso renewal: next steps",
    });
  });

  it("Go offline makes the taskpane's requests fail like a pulled cable, and back online restores them", async () => {
    session = await harness.open({ item: "received-anna" });
    const frame = await session.paneFrame();
    await frame.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office === "object");
    await frame.evaluate(() => {
      const w = window as unknown as { events: string[] };
      w.events = [];
      window.addEventListener("offline", () => w.events.push("offline"));
      window.addEventListener("online", () => w.events.push("online"));
    });
    const probe = () =>
      frame.evaluate(async () => {
        const viaFetch = await fetch("/api/v1/health").then(
          (response) => `status ${response.status}`,
          (error: Error) => error.name,
        );
        const viaXhr = await new Promise<string>((resolve) => {
          const request = new XMLHttpRequest();
          request.open("GET", "/api/v1/health");
          request.onload = () => resolve(`status ${request.status}`);
          request.onerror = () => resolve("network error");
          request.send();
        });
        return { viaFetch, viaXhr, onLine: navigator.onLine };
      });
    await session.page.getByRole("switch", { name: "Go offline" }).click();
    expect(await probe()).toEqual({ viaFetch: "TypeError", viaXhr: "network error", onLine: false });
    await session.page.getByRole("switch", { name: "Go offline" }).click();
    expect(await probe()).toEqual({ viaFetch: "status 200", viaXhr: "status 200", onLine: true });
    expect(await frame.evaluate(() => (window as unknown as { events: string[] }).events)).toEqual([
      "offline",
      "online",
    ]);
  });

  it("fires ItemChanged in the pinned taskpane when another item is selected", async () => {
    session = await harness.open({ item: "received-anna" });
    const frame = await session.paneFrame();
    await frame.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office === "object");
    await frame.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const w = window as unknown as { subjects: string[] };
          w.subjects = [];
          Office.context.mailbox.addHandlerAsync(
            Office.EventType.ItemChanged,
            () => w.subjects.push((Office.context.mailbox.item as Office.MessageRead).subject),
            () => resolve(),
          );
        }),
    );
    await session.page.getByRole("option", { name: /Contoso renewal/ }).click();
    await frame.waitForFunction(() => (window as unknown as { subjects: string[] }).subjects.length > 0);
    expect(await frame.evaluate(() => (window as unknown as { subjects: string[] }).subjects)).toEqual([
      "Contoso renewal: next steps",
    ]);
  });

  it("answers a file it cannot read with a clear message, never a crash", async () => {
    session = await harness.open({ item: "received-anna", paneClosed: true });
    await session.page.getByLabel("Open .eml or .ics file").setInputFiles({
      name: "broken.ics",
      mimeType: "text/calendar",
      buffer: Buffer.from("BEGIN:VCALENDAR\r\nnot a property line\r\n"),
    });
    await session.page
      .getByRole("alert")
      .getByText(/broken\.ics/)
      .waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
