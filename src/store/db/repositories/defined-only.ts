/** A row's fields with the absent ones (null in the database, undefined here) left out. */
export const definedOnly = <T extends object>(value: { [K in keyof T]: T[K] | undefined }): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
