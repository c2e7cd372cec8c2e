import type { FastifyInstance } from "fastify";

/**
 * Who may frame the pages: our own origin and the Microsoft 365 hosts that run Office add-ins. The
 * Outlook and Microsoft 365 rows of Microsoft's list for embedded apps ("Content Security Policy
 * headers", MicrosoftDocs/msteams-docs, msteams-platform/includes/tabs/content-security-policy-headers.md:
 * outlook.office.com, outlook.office365.com, outlook.live.com, outlook-sdf.*, *.microsoft365.com,
 * *.office.com, *.cloud.microsoft), plus Office on the web (*.officeapps.live.com, *.officeapps.com) and
 * Microsoft's own hosts (*.microsoft.com, *.office365.com) where Outlook's web clients also live.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook.live.com",
  "https://outlook-sdf.office.com",
  "https://outlook-sdf.office365.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://*.officeapps.live.com",
  "https://*.officeapps.com",
  "https://*.microsoft.com",
];

/**
 * The pages' policy. No inline script anywhere. office.js comes from Microsoft's CDN and loads its host
 * scripts from there (and, on some hosts, MicrosoftAjax from ajax.aspnetcdn.com; see OfficeDev/office-js
 * issue 1005 for the hosts found in practice); MSAL talks to login.microsoftonline.com. Fluent UI injects
 * its styles at run time, so styles may be inline, and it fetches Segoe UI from Microsoft's font CDN.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data: https://res-1.cdn.office.net https://res.cdn.office.net",
  "connect-src 'self' https://login.microsoftonline.com https://browser.pipe.aria.microsoft.com",
  "frame-src 'self' https://login.microsoftonline.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`,
].join("; ");

/** The API answers data, never a document: nothing may load from it or frame it. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

const HSTS = "max-age=31536000; includeSubDomains";

/** Security headers on every answer, API and static pages alike (HSTS only when served over TLS). */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", (req, reply, payload, done) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "strict-origin-when-cross-origin");
    if (req.protocol === "https") reply.header("strict-transport-security", HSTS);
    const type = String(reply.getHeader("content-type") ?? "");
    reply.header("content-security-policy", type.startsWith("text/html") ? PAGE_POLICY : API_POLICY);
    done(null, payload);
  });
}
