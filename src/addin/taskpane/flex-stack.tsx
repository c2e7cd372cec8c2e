import type { ReactNode } from "react";

/** A flex column (or row) with a gap: all the pane needs of Fluent's Stack, without its weight in the first bundle. */
export function FlexStack({
  horizontal = false,
  gap,
  alignEnd = false,
  children,
}: {
  horizontal?: boolean;
  gap: number;
  alignEnd?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      style={{
        display: "flex",
        flexDirection: horizontal ? "row" : "column",
        flexWrap: horizontal ? "wrap" : "nowrap",
        gap,
        ...(alignEnd ? { alignItems: "flex-end" } : {}),
      }}
    >
      {children}
    </div>
  );
}
