import type { HarnessItem } from "../harness-item";

const label = (item: HarnessItem) => {
  const who =
    item.kind === "message" ? (item.from?.name ?? item.from?.address ?? "") : (item.organizer?.name ?? "");
  const what = item.kind === "appointment" ? "Meeting" : item.mode === "compose" ? "Draft" : "Email";
  return { who, what };
};

/** The mailbox's item list; choosing an entry opens it (and fires ItemChanged under a pinned pane). */
export function ItemList(props: {
  items: HarnessItem[];
  selected: string | undefined;
  onSelect: (item: HarnessItem) => void;
}) {
  return (
    <ul
      role="listbox"
      aria-label="Mailbox items"
      style={{ listStyle: "none", margin: 0, padding: 0, overflow: "auto" }}
    >
      {props.items.map((item) => {
        const { who, what } = label(item);
        const selected = item.name === props.selected;
        return (
          <li
            key={item.name}
            role="option"
            aria-selected={selected}
            data-item={item.name}
            tabIndex={0}
            onClick={() => props.onSelect(item)}
            onKeyDown={(event) => {
              if (event.key === "Enter" || event.key === " ") props.onSelect(item);
            }}
            style={{
              padding: "8px 12px",
              cursor: "pointer",
              borderBottom: "1px solid rgba(128,128,128,0.3)",
              background: selected ? "rgba(0,120,212,0.18)" : undefined,
            }}
          >
            <div style={{ fontSize: 12, opacity: 0.8 }}>
              {what} · {who}
            </div>
            <div
              style={{ fontWeight: 600, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}
            >
              {item.subject || "(no subject)"}
            </div>
            {item.origin !== "sample" && <div style={{ fontSize: 11, opacity: 0.7 }}>{item.origin}</div>}
          </li>
        );
      })}
    </ul>
  );
}
