import { useTheme } from "./fluent";
import type { ReactNode } from "react";

/**
 * A plain themed banner (Fluent's MessageBar would add its icon and menu machinery to the initial
 * bundle for the same job). A note, not a live region: results are announced by the pane's one status line.
 */
export function NoticeBanner({
  tone,
  children,
  actions,
}: {
  tone: "info" | "warning";
  children: ReactNode;
  actions?: ReactNode;
}) {
  const { palette, semanticColors } = useTheme();
  return (
    <div
      role="note"
      style={{
        display: "flex",
        flexWrap: "wrap",
        alignItems: "center",
        gap: 8,
        padding: "8px 12px",
        borderLeft: `4px solid ${tone === "warning" ? palette.yellowDark : palette.themePrimary}`,
        background: tone === "warning" ? semanticColors.warningBackground : semanticColors.infoBackground,
        color: tone === "warning" ? semanticColors.warningText : semanticColors.bodyText,
      }}
    >
      <span style={{ flex: "1 1 12em" }}>{children}</span>
      {actions}
    </div>
  );
}
