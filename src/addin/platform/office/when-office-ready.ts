/** Resolves once Office.js is ready (at once outside Office, so the page still renders and says why). */
export async function whenOfficeReady(
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): Promise<{ inOffice: boolean }> {
  if (!office?.onReady) return { inOffice: false };
  const info = await office.onReady();
  return { inOffice: info.host !== null && info.host !== undefined };
}
