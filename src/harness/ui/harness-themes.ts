import { createTheme, type Theme } from "@fluentui/react";

/** Fluent themes for the harness chrome, following its Light/Dark switch like Outlook's own UI. */
export const harnessThemes: Record<"light" | "dark", Theme> = {
  light: createTheme({}),
  dark: createTheme({
    palette: {
      themePrimary: "#479ef5",
      themeDarkAlt: "#62abf5",
      themeDark: "#96c6fa",
      neutralPrimary: "#ffffff",
      neutralPrimaryAlt: "#e0e0e0",
      neutralSecondary: "#d0d0d0",
      neutralTertiary: "#a0a0a0",
      neutralDark: "#f4f4f4",
      neutralLight: "#3a3a3a",
      neutralLighter: "#2b2b2b",
      neutralLighterAlt: "#262626",
      black: "#f8f8f8",
      white: "#1f1f1f",
    },
  }),
};
