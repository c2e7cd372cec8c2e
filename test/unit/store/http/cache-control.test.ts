import { cacheControlFor } from "../../../../src/store/http/static-files";

describe("how long a browser keeps each built file", () => {
  it.each([
    ["taskpane.1a2b3c4d.js", "public, max-age=31536000, immutable"],
    ["/dist/123.deadbeef.js", "public, max-age=31536000, immutable"],
    ["taskpane.1a2b3c4d.js.LICENSE.txt", "public, max-age=31536000, immutable"],
    ["assets/icon-16.png", "public, max-age=86400"],
    ["/srv/dist/assets/icon-128.png", "public, max-age=86400"],
    ["taskpane.html", "no-cache"],
    ["harness.html", "no-cache"],
    ["launchevent.js", "no-cache"], // a fixed name Outlook loads: it must revalidate
    ["office-fake.js", "no-cache"],
    ["manifest.xml", "no-cache"],
  ])("%s: %s", (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});
