import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import type { HarnessItem } from "../../src/harness/harness-item";
import { importFile } from "../../src/harness/import/import-file";
import { launchBrowser, openFile, openHarness, type HarnessSession } from "./harness-browser";

jest.setTimeout(60_000);

// Real-world .eml/.ics files (test/fixtures/third-party/SOURCES.md).
const fixtures = resolve(__dirname, "../fixtures/third-party");
const files = ["eml", "ics"].flatMap((folder) =>
  readdirSync(join(fixtures, folder)).map((name) => join(fixtures, folder, name)),
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const participants = (item: HarnessItem) =>
  [
    item.from,
    item.organizer,
    ...item.to,
    ...item.cc,
    ...item.requiredAttendees,
    ...item.optionalAttendees,
  ].filter((person): person is NonNullable<typeof person> => person !== undefined && person.address !== "");

let browser: Browser;
let session: HarnessSession;

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openHarness(browser, { item: "received-anna" });
});
afterAll(async () => {
  await session?.close();
  await browser?.close();
});

describe("the fixture corpus through the harness", () => {
  it("holds the 11 messages and 9 calendar files it was written for", () => {
    expect(files.filter((path) => path.endsWith(".eml"))).toHaveLength(11);
    expect(files.filter((path) => path.endsWith(".ics"))).toHaveLength(9);
  });

  it.each(files.map((path) => [path.slice(fixtures.length + 1), path]))(
    "%s opens and yields its participants, or a clear message",
    async (_name, path) => {
      const bytes = readFileSync(path);
      const expected = await importFile(
        path,
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      // Park the pane on a sample no corpus file shares, so what it shows next is the file's, not stale.
      await session.page.getByRole("option", { name: /This week in industry news/ }).click();
      await session.pane
        .getByText(/Industry Newsletter|digest@newsletter\.example/i)
        .first()
        .waitFor({ timeout: 20_000 });
      await openFile(session.page, path);
      const fileName = path.slice(path.lastIndexOf("/") + 1);
      if (!expected.ok) {
        await session.page
          .getByRole("alert")
          .getByText(new RegExp(escape(fileName)))
          .waitFor();
      } else {
        const people = participants(expected.value);
        const reading = session.page.getByRole("main");
        await reading
          .getByText(expected.value.subject || "(no subject)", { exact: false })
          .first()
          .waitFor();
        for (const person of people.slice(0, 10)) {
          await reading
            .getByText(new RegExp(escape(person.address), "i"))
            .first()
            .waitFor();
        }
        if (people.length > 0) {
          // Each by name or address, or (three or more strangers) folded into one group that counts them.
          const anyone = new RegExp(
            [
              ...people.flatMap((p) => [p.address, p.name].filter((s) => s !== "").map(escape)),
              "\\d+ people not in your contacts",
            ].join("|"),
            "i",
          );
          await session.pane.getByText(anyone).first().waitFor({ timeout: 20_000 });
        }
      }
      expect(session.pageErrors).toEqual([]);
    },
  );
});
