/** Why a file could not become a harness item; the message is shown to the user as it is. */
export interface ImportError {
  code: "HARNESS_UNSUPPORTED_FILE" | "HARNESS_UNREADABLE_FILE" | "HARNESS_NO_EVENT";
  message: string;
}

/** A stable `?item=` name for an imported file: "file-" and the file name as a slug. */
export function importedItemName(fileName: string): string {
  const slug = fileName
    .toLowerCase()
    .replace(/[^a-z0-9а-яё]+/giu, "-")
    .replace(/^-+|-+$/g, "");
  return `file-${slug || "item"}`;
}
