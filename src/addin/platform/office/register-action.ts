/** What a function command's handler gets: Outlook waits for `completed()` on every path. */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

/**
 * Associates a ribbon function command id of the manifest with its handler. Outside Office (no
 * `Office.actions`) nothing is registered, and false says so.
 */
export function registerAction(
  actionId: string,
  handler: (event: CommandEvent) => Promise<void>,
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): boolean {
  if (!office?.actions?.associate) return false;
  office.actions.associate(actionId, handler);
  return true;
}
