import { useTheme } from "./fluent";
import type { ReactNode } from "react";

type Tone = "info" | "warning" | "error";

/** Background and accent per tone, light and dark: the text is the theme's body colour on both. */
const TONES: Record<
  Tone,
  { light: string; dark: string; accent: (palette: ReturnType<typeof useTheme>["palette"]) => string }
> = {
  info: { light: "#eff6fc", dark: "#0b1927", accent: (palette) => palette.themePrimary },
  warning: { light: "#fff4ce", dark: "#433519", accent: (palette) => palette.yellowDark },
  error: { light: "#fde7e9", dark: "#442726", accent: (palette) => palette.redDark },
};

/**
 * A plain themed banner (Fluent's MessageBar would add its icon and menu machinery to the initial
 * bundle for the same job). Its colours are chosen for the theme's body text in light and dark themes
 * alike. A note, not a live region: results are announced by the pane's one status line.
 */
export function NoticeBanner({
  tone,
  children,
  actions,
}: {
  tone: Tone;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const { palette, isInverted } = useTheme();
  const colours = TONES[tone];
  return (
    <div
      role="note"
      style={{
        display: "flex",
        flexWrap: "wrap",
        alignItems: "center",
        gap: 8,
        padding: "8px 12px",
        borderLeft: `4px solid ${colours.accent(palette)}`,
        background: isInverted ? colours.dark : colours.light,
        color: palette.neutralPrimary,
      }}
    >
      <span style={{ flex: "1 1 12em" }}>{children}</span>
      {actions}
    </div>
  );
}
