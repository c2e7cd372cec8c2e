/** @jest-environment jsdom */
import { rewriteOfficePage } from "../../../src/harness/pane/office-page-source";

const quoted = `<!doctype html><html><head><meta charset="utf-8"><script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="taskpane.js"></script></head><body></body></html>`;
const minified = `<!doctype html><html lang=en><head><meta charset=utf-8><title>Touchpoint</title><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script></head><body><div id=root></div><script src=taskpane.c753bb74.js></script></body></html>`;
const scripts = (html: string) =>
  Array.from(new DOMParser().parseFromString(html, "text/html").querySelectorAll("script")).map((s) =>
    s.getAttribute("src"),
  );

describe("rewriteOfficePage", () => {
  it("swaps Microsoft's CDN office.js for the fake and keeps the page's own scripts in order", () => {
    const page = rewriteOfficePage(
      quoted,
      "http://127.0.0.1:3000/taskpane.html",
      "http://127.0.0.1:3000/office-fake.js",
    );
    expect(page).not.toContain("appsforoffice.microsoft.com");
    expect(scripts(page)).toEqual(["http://127.0.0.1:3000/office-fake.js", "taskpane.js"]);
  });

  it("reads a minified page with unquoted attributes as a browser does", () => {
    const page = rewriteOfficePage(minified, "http://127.0.0.1:3000/taskpane.html", "/office-fake.js");
    expect(scripts(page)).toEqual(["/office-fake.js", "taskpane.c753bb74.js"]);
  });

  it("adds a base first in <head> so the page's relative URLs resolve from its own folder", () => {
    const page = rewriteOfficePage(quoted, "http://127.0.0.1:3000/addin/taskpane.html", "/office-fake.js");
    const head = new DOMParser().parseFromString(page, "text/html").head;
    expect(head.firstElementChild?.outerHTML).toBe('<base href="http://127.0.0.1:3000/addin/">');
  });
});
