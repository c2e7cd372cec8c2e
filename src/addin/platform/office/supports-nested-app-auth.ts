/** True when this Outlook brokers Entra ID tokens for add-ins (nested app authentication). */
export function supportsNestedAppAuth(
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): boolean {
  return office?.context?.requirements?.isSetSupported?.("NestedAppAuth", "1.1") === true;
}
