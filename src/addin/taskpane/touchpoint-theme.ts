import { createTheme, type ITheme } from "./fluent";

const dark = createTheme({
  palette: {
    themePrimary: "#479ef5",
    themeLighterAlt: "#03060a",
    themeLighter: "#0b1927",
    themeLight: "#153049",
    themeTertiary: "#2b5f92",
    themeSecondary: "#3f8bd6",
    themeDarkAlt: "#5aa8f6",
    themeDark: "#74b6f7",
    themeDarker: "#9acbf9",
    neutralLighterAlt: "#282828",
    neutralLighter: "#313131",
    neutralLight: "#3f3f3f",
    neutralQuaternaryAlt: "#484848",
    neutralQuaternary: "#4f4f4f",
    neutralTertiaryAlt: "#6d6d6d",
    neutralTertiary: "#c8c8c8",
    neutralSecondary: "#d0d0d0",
    neutralPrimaryAlt: "#dadada",
    neutralPrimary: "#ffffff",
    neutralDark: "#f4f4f4",
    black: "#f8f8f8",
    white: "#1f1f1f",
  },
  // Inverted: Fluent then derives its semantic colours (error text, input borders, …) for a dark page.
  isInverted: true,
});
const light = createTheme({});

/** The Fluent theme matching Office's: dark palette when Office is dark. */
export function touchpointTheme(mode: "light" | "dark"): ITheme {
  return mode === "dark" ? dark : light;
}
