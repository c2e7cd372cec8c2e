import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { normalizeAddress } from "../../../src/domain/normalize-address";
import { parseAddressList } from "../../../src/domain/parse-address-list";

/**
 * A corpus test over third-party address vectors (is_email by Dominic Sayers, hapi/address; see
 * test/fixtures/third-party/SOURCES.md). Touchpoint's rules are narrower than RFC 5322 on
 * purpose; the cases it deliberately treats differently:
 * - quoted local parts (`"john smith"@x`), comments inside an address and domain literals
 *   (`a@[1.2.3.4]`) are rejected: no business mailbox uses them, and they hide spaces and `@`;
 * - single-label domains (`test@io`) and numeric top labels (`a@iana.123`) are rejected: they are never
 *   external mailboxes a contact could have;
 * - whitespace around an address (spaces, CR, LF) is trimmed, not rejected: pasted addresses carry it;
 * - emoji and symbols in domain labels are rejected (IDNA 2008 disallows them);
 * - vectors that depend on validator options (TLD allow-lists, minDomainSegments) are not compared.
 */
const folder = resolve(__dirname, "../../fixtures/third-party/address-vectors");

interface IsEmailCase {
  address: string;
  category: string;
  diagnosis: string;
  id: string;
}
interface HapiValid {
  email: string;
  expected: boolean;
  options?: unknown;
}
interface HapiError {
  email: string;
  options?: unknown;
}

const read = <T>(name: string): T => JSON.parse(readFileSync(join(folder, name), "utf8")) as T;
/** is_email writes control characters as their Unicode control pictures (␍ for CR, ␀ for NUL). */
const fromControlPictures = (text: string): string =>
  text
    .replace(/[\u2400-\u241f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x2400))
    .replace(/\u2421/g, "\u007f");
/** Surrounding whitespace is trimmed on purpose (see above). */
const trimmedOnPurpose = (text: string): boolean => text !== text.trim();
const HAS_WHITESPACE_OR_CONTROL = /[\s\p{Cc}]/u;

describe("address vectors corpus", () => {
  const isEmail = read<IsEmailCase[]>("isemail-tests.json");
  const hapi = read<{ isEmailValid: HapiValid[]; analyzeEmail_errors: HapiError[] }>(
    "hapi-address-email-vectors.json",
  );

  it("reads the whole of both vector sets", () => {
    expect(isEmail).toHaveLength(164);
    expect(hapi.isEmailValid).toHaveLength(229);
  });

  it("rejects every is_email error case, trimming surrounding whitespace on purpose", () => {
    const errors = isEmail.filter((c) => c.category === "ISEMAIL_ERR");
    expect(errors.length).toBeGreaterThan(50);
    for (const c of errors) {
      const raw = fromControlPictures(c.address);
      const key = normalizeAddress(raw);
      if (trimmedOnPurpose(raw)) {
        if (key !== undefined) expect(key).not.toMatch(HAS_WHITESPACE_OR_CONTROL);
      } else {
        expect({ id: c.id, key }).toEqual({ id: c.id, key: undefined });
      }
    }
  });

  it("normalises every plain valid is_email address except single-label domains", () => {
    const valid = isEmail.filter(
      (c) => c.category === "ISEMAIL_VALID_CATEGORY" || c.category === "ISEMAIL_DNSWARN",
    );
    const singleLabel = (address: string): boolean => !address.slice(address.lastIndexOf("@")).includes(".");
    for (const c of valid) {
      const key = normalizeAddress(c.address);
      if (singleLabel(c.address)) expect(key).toBeUndefined();
      else expect({ id: c.id, key }).toEqual({ id: c.id, key: c.address.toLowerCase() });
    }
  });

  it("never throws on any is_email case, and what it accepts is stable", () => {
    for (const c of isEmail) {
      const key = normalizeAddress(fromControlPictures(c.address));
      if (key !== undefined) expect(normalizeAddress(key)).toBe(key);
    }
  });

  it("never throws on hapi vectors and agrees with them where no option or deliberate difference applies", () => {
    for (const c of hapi.analyzeEmail_errors) {
      const key = normalizeAddress(c.email);
      if (c.options === undefined && !trimmedOnPurpose(c.email))
        expect({ email: c.email, key }).toEqual({ email: c.email, key: undefined });
    }
    for (const c of hapi.isEmailValid) {
      const key = normalizeAddress(c.email);
      const emojiDomain = /@.*\p{Extended_Pictographic}/u.test(c.email);
      if (c.options !== undefined || trimmedOnPurpose(c.email) || emojiDomain) continue;
      expect({ email: c.email, valid: key !== undefined }).toEqual({ email: c.email, valid: c.expected });
    }
  });

  it("reads every is_email address written with comments or folding whitespace as the plain address", () => {
    // What RFC 5322 makes of them: comments (nested too) and folding whitespace dropped. Quoted local
    // parts and domain literals are left to the normalisation cases above.
    const cfws = isEmail.filter(
      (c) =>
        /CFWS|DEPREC_FWS|DEPREC_COMMENT|DEPREC_CTEXT/.test(c.diagnosis) &&
        !c.address.includes('"') &&
        !c.address.includes("["),
    );
    expect(cfws.length).toBeGreaterThan(15);
    const plain = (text: string) => text.replace(/\((?:[^()]|\([^()]*\))*\)/g, "").replace(/\s+/g, "");
    for (const c of cfws) {
      const raw = fromControlPictures(c.address);
      const read = parseAddressList(raw);
      expect({ id: c.id, read: read.map((m) => m.address) }).toEqual({ id: c.id, read: [plain(raw)] });
    }
  });
});
