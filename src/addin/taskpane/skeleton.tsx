import { Shimmer, ShimmerElementType } from "./fluent";
import { visuallyHidden } from "./visually-hidden";

/**
 * A loading state shaped like what is coming (lines of text, a field), with its label for screen readers;
 * the space it takes is the space the content will take, so nothing jumps when it arrives.
 */
export function Skeleton({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div aria-busy="true" style={{ display: "flex", flexDirection: "column", gap: 10, padding: "4px 0" }}>
      <span style={visuallyHidden}>{label}</span>
      {Array.from({ length: lines }, (_, index) => (
        <Shimmer
          key={index}
          width={index % 3 === 2 ? "60%" : "100%"}
          shimmerElements={[{ type: ShimmerElementType.line, height: index === 0 ? 20 : 14 }]}
        />
      ))}
    </div>
  );
}
