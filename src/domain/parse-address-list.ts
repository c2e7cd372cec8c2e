import type { EmailUser } from "./item-snapshot";

/** One mailbox being read: its display-name words, its raw address text, its `<…>` part and comments. */
interface Mailbox {
  phrase: string;
  raw: string;
  angle: string | undefined;
  comments: string[];
}

const emptyMailbox = (): Mailbox => ({ phrase: "", raw: "", angle: undefined, comments: [] });

/**
 * The mailboxes of an RFC 5322 address-list header value (To, Cc, From, …), in order: `"Name" <a@b>`,
 * bare `a@b (Name)`, groups (`Team: a@b, c@d;`, members kept, group name dropped), empty groups
 * (`undisclosed-recipients:;`), quoted names holding commas or semicolons, Outlook's `;` separator,
 * comments anywhere, obsolete routes (`<@relay:a@b>`), folding whitespace around an address's dots and
 * `@` (`jdoe@test . example`), and quoted local parts (`"john doe"@example.org`, kept quoted). Encoded
 * words (RFC 2047) are decoded by the caller. Addresses are returned as written otherwise (not
 * normalised), so an invalid one still reaches the user.
 */
export function parseAddressList(text: string): EmailUser[] {
  const found: EmailUser[] = [];
  let mailbox = emptyMailbox();
  let inGroup = false;
  let inAngle = false;
  const flush = (): void => {
    const user = toEmailUser(mailbox);
    if (user) found.push(user);
    mailbox = emptyMailbox();
    inAngle = false;
  };

  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"') {
      const quoted = readDelimited(text, i, '"');
      const slice = text.slice(i, quoted.end);
      if (inAngle) mailbox.angle += slice;
      else {
        mailbox.phrase += quoted.content;
        mailbox.raw += slice;
      }
      i = quoted.end;
      continue;
    }
    if (ch === "(") {
      const comment = readComment(text, i);
      if (!inAngle) mailbox.comments.push(comment.content);
      i = comment.end;
      continue;
    }
    if (inAngle) {
      if (ch === ">") inAngle = false;
      else mailbox.angle += ch;
    } else if (ch === "<") {
      // A second `<…>` in one mailbox is malformed; the last one is taken, as most clients do.
      mailbox.angle = "";
      inAngle = true;
    } else if (ch === "[") {
      const literal = readDelimited(text, i, "]");
      const slice = text.slice(i, literal.end);
      mailbox.phrase += slice;
      mailbox.raw += slice;
      i = literal.end;
      continue;
    } else if (ch === ",") {
      flush();
    } else if (ch === ";") {
      flush();
      inGroup = false;
    } else if (ch === ":" && !inGroup) {
      // The words so far were a group's name, not a mailbox.
      mailbox = emptyMailbox();
      inGroup = true;
    } else {
      mailbox.phrase += ch;
      mailbox.raw += ch;
    }
    i += 1;
  }
  flush();
  return found;
}

function toEmailUser(mailbox: Mailbox): EmailUser | undefined {
  const commentName = clean(mailbox.comments.join(" "));
  if (mailbox.angle !== undefined) {
    const address = stripRoute(outsideQuotes(mailbox.angle, () => ""));
    const name = clean(mailbox.phrase) || commentName;
    return address.length > 0 || name.length > 0 ? { name, address } : undefined;
  }
  const address = bareAddress(mailbox.raw);
  return address.length > 0 ? { name: commentName, address } : undefined;
}

/**
 * An address written without angle brackets. Obsolete syntax lets folding whitespace sit between the
 * words of an address (`jdoe@test . example`): whitespace next to a dot or the `@` goes. Other
 * whitespace stays, so `John jdoe@x.test` is kept as written (and shown as not an address).
 */
function bareAddress(raw: string): string {
  const text = raw.trim();
  if (!text.includes("@")) return text;
  return outsideQuotes(text, (run, before, after) =>
    /[.@]$/.test(before) || /^[.@]/.test(after) ? "" : run,
  );
}

/**
 * Rewrites each run of whitespace outside quoted strings with `replace(run, textBefore, textAfter)`;
 * quoted strings (with their escapes) are kept exactly.
 */
function outsideQuotes(
  text: string,
  replace: (run: string, before: string, after: string) => string,
): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"') {
      const end = readDelimited(text, i, '"').end;
      out += text.slice(i, end);
      i = end;
    } else if (/\s/.test(ch)) {
      let end = i;
      while (end < text.length && /\s/.test(text.charAt(end))) end += 1;
      out += replace(text.slice(i, end), out, text.slice(end));
      i = end;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** Drops an obsolete source route (`@relay.test,@hop.test:user@host.test` → `user@host.test`). */
function stripRoute(address: string): string {
  if (!address.startsWith("@")) return address;
  const colon = address.indexOf(":");
  return colon < 0 ? address : address.slice(colon + 1);
}

/** Collapses folding and runs of whitespace. */
function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A quoted string or domain literal from `start` (the opening char) with its backslash escapes undone. */
function readDelimited(text: string, start: number, close: string): { content: string; end: number } {
  let content = "";
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === "\\" && i + 1 < text.length) {
      content += text.charAt(i + 1);
      i += 2;
      continue;
    }
    if (ch === close) return { content, end: i + 1 };
    content += ch;
    i += 1;
  }
  // Unterminated: the rest of the value belongs to it, which is what a lenient reader can do.
  return { content, end: text.length };
}

/** A comment from `start` (its opening parenthesis), nested comments kept as text. */
function readComment(text: string, start: number): { content: string; end: number } {
  let content = "";
  let depth = 1;
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === "\\" && i + 1 < text.length) {
      content += text.charAt(i + 1);
      i += 2;
      continue;
    }
    if (ch === "(") depth += 1;
    if (ch === ")") depth -= 1;
    if (depth === 0) return { content, end: i + 1 };
    content += ch;
    i += 1;
  }
  return { content, end: text.length };
}
