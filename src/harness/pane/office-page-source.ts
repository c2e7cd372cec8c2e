import { fail, ok, type Result } from "../../domain/result";

/** Microsoft's CDN office.js, as every built page references it. */
const OFFICE_CDN_SCRIPT =
  /<script\b([^>]*?)\bsrc\s*=\s*(["'])https:\/\/appsforoffice\.microsoft\.com\/[^"']*office\.js\2([^>]*)>/gi;

/**
 * The HTML of a built add-in page with the CDN office.js swapped for the harness's fake and a <base>
 * so its relative URLs still resolve when the page is shown through `srcdoc`.
 */
export function rewriteOfficePage(html: string, pageUrl: string, fakeUrl: string): string {
  const swapped = html.replace(OFFICE_CDN_SCRIPT, (_match, before: string, quote: string, after: string) => {
    return `<script${before}src=${quote}${fakeUrl}${quote}${after}>`;
  });
  const base = `<base href="${new URL(".", pageUrl).href}">`;
  return /<head[^>]*>/i.test(swapped)
    ? swapped.replace(/<head[^>]*>/i, (head) => `${head}${base}`)
    : `${base}${swapped}`;
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
