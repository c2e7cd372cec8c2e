// Entry of the redirect bridge page (auth-redirect.html), the redirect URI of the app registration. Entra ID
// sends its answer here; MSAL 5 hands it to the window that asked (the popup's opener or the silent
// iframe's parent, over a BroadcastChannel) or, after a redirect, back to the page that started it.
// It needs neither office.js nor the add-in's code, and must be served without Cross-Origin-Opener-Policy
// (which would cut the popup off from its opener) and with Cache-Control: no-store (it carries the code).
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

const UNFINISHED = {
  en: "Touchpoint sign-in could not finish in this window. Close it and sign in again.",
  ru: "Вход в Touchpoint не удалось завершить в этом окне. Закройте его и войдите снова.",
};

broadcastResponseToMainFrame().catch(() => {
  const russian = navigator.language.toLowerCase().startsWith("ru");
  document.documentElement.lang = russian ? "ru" : "en";
  document.body.textContent = russian ? UNFINISHED.ru : UNFINISHED.en;
});
