import { fail, ok, type Result } from "../../domain/result";

/** Microsoft's CDN office.js, as every built page references it. */
const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\/.*office\.js$/i;

/**
 * The HTML of a built add-in page with the CDN office.js swapped for the harness's fake and a <base>
 * so its relative URLs still resolve when the page is shown through `srcdoc`. Parsed with the browser's
 * own HTML parser, so minified pages (unquoted attributes) are read as a browser reads them.
 */
export function rewriteOfficePage(html: string, pageUrl: string, fakeUrl: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const script of Array.from(doc.querySelectorAll("script[src]"))) {
    if (OFFICE_CDN.test(script.getAttribute("src") ?? "")) script.setAttribute("src", fakeUrl);
  }
  const base = doc.createElement("base");
  base.setAttribute("href", new URL(".", pageUrl).href);
  doc.head.prepend(base);
  return `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

/** Fetches a built page (taskpane.html, commands.html) and rewrites it for the harness. */
export async function officePageSource(
  pageUrl: string,
  fakeUrl: string,
): Promise<Result<string, { code: "HARNESS_PAGE_MISSING"; message: string }>> {
  try {
    const response = await fetch(pageUrl, { cache: "no-store" });
    if (!response.ok) {
      return fail({
        code: "HARNESS_PAGE_MISSING",
        message: `${pageUrl} answered ${response.status}: is the add-in built (npm run build)?`,
      });
    }
    return ok(rewriteOfficePage(await response.text(), pageUrl, fakeUrl));
  } catch (error) {
    return fail({
      code: "HARNESS_PAGE_MISSING",
      message: `${pageUrl} could not be loaded: ${String(error)}`,
    });
  }
}
