import { rewriteOfficePage } from "../../../src/harness/pane/office-page-source";

const built = `<!doctype html><html><head><meta charset="utf-8"><script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="taskpane.js"></script></head><body></body></html>`;

describe("rewriteOfficePage", () => {
  it("swaps Microsoft's CDN office.js for the fake and keeps the page's own scripts", () => {
    const page = rewriteOfficePage(
      built,
      "http://127.0.0.1:3000/taskpane.html",
      "http://127.0.0.1:3000/office-fake.js",
    );
    expect(page).not.toContain("appsforoffice.microsoft.com");
    expect(page).toContain(
      '<script type="text/javascript" src="http://127.0.0.1:3000/office-fake.js"></script>',
    );
    expect(page).toContain('<script defer src="taskpane.js">');
  });

  it("adds a base so the page's relative URLs resolve from its own folder", () => {
    const page = rewriteOfficePage(built, "http://127.0.0.1:3000/addin/taskpane.html", "/office-fake.js");
    expect(page).toContain('<head><base href="http://127.0.0.1:3000/addin/">');
  });
});
