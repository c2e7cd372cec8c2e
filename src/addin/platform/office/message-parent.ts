/**
 * Sends a message from an Office dialog page to the add-in that opened it; false outside a dialog
 * (the page was opened directly), so the caller can say so instead of failing silently.
 */
export function messageParent(
  message: string,
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): boolean {
  const ui = office?.context?.ui;
  if (ui?.messageParent === undefined) return false;
  ui.messageParent(message);
  return true;
}
