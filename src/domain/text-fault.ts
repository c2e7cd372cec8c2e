/** C0 control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const ANY_SURROGATE = /[\ud800-\udfff]/;

const hex = (unit: number) => `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;

/** The first surrogate that is not half of a pair, or undefined (a scan only when there is any). */
function loneSurrogate(text: string): number | undefined {
  if (!ANY_SURROGATE.test(text)) return undefined;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i += 1;
    else return unit;
  }
  return undefined;
}

/**
 * Why a text may not be stored, or undefined when it may. One policy for every database: PostgreSQL
 * refuses NUL in text, SQLite keeps it, and both would store other control characters that no user
 * typed; a lone surrogate has no UTF-8 form and would come back as U+FFFD.
 */
export function textFault(text: string): string | undefined {
  const control = FORBIDDEN_CONTROL.exec(text);
  if (control !== null) return `contains the control character ${hex(control[0].charCodeAt(0))}`;
  const surrogate = loneSurrogate(text);
  if (surrogate !== undefined) return `contains an unpaired surrogate ${hex(surrogate)}`;
  return undefined;
}
