/**
 * A query string whose arrays repeat their key (`contact=A&contact=B`), as the store reads them; axios
 * would write `contact[]=`. Undefined values are left out.
 */
export function queryString(query: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as Array<[string, unknown]>) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(key, String(one));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}
