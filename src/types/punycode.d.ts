// The userland punycode package (imported as "punycode/" so it is never Node's deprecated built-in).
declare module "punycode/" {
  export function toASCII(domain: string): string;
  export function toUnicode(domain: string): string;
}
