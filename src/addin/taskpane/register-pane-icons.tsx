import { registerIcons } from "./fluent";

const icon = (path: string) => (
  <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
    <path d={path} fill="currentColor" />
  </svg>
);

/**
 * The Fluent icons the pane shows (the checkbox tick, the dropdown chevron), inline: Fluent's icon font
 * comes from a CDN the pane may not reach, and without it checkboxes show no tick and dropdowns no caret.
 */
export function registerPaneIcons(): void {
  registerIcons({
    icons: {
      CheckMark: icon("M6.2 11.7 2.5 8l.9-.9 2.8 2.8 6.4-6.4.9.9z"),
      ChevronDown: icon("M2.6 5.3 3.4 4.5 8 9.1l4.6-4.6.8.8L8 10.7z"),
    },
  });
}
