import type { ChangeEvent } from "react";
import type { HarnessItem } from "../harness-item";
import { importFile } from "../import/import-file";

/** The stable accessible name scripts use to drive the file control. */
export const OPEN_FILE_LABEL = "Open .eml or .ics file";

/** A file picker that turns any chosen .eml/.ics into a harness item, or reports why it cannot. */
export function OpenFileControl(props: {
  onItem: (item: HarnessItem) => void;
  onError: (message: string) => void;
}) {
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    try {
      const result = await importFile(file.name, await file.arrayBuffer());
      if (result.ok) props.onItem({ ...result.value, origin: file.name });
      else props.onError(result.error.message);
    } catch (error) {
      // importFile never throws by design; this guard keeps a parser bug from taking the page down.
      props.onError(
        `${file.name} could not be opened: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      input.value = "";
    }
  };
  return (
    <label
      style={{
        display: "inline-flex",
        alignItems: "center",
        padding: "4px 12px",
        border: "1px solid #8a8886",
        borderRadius: 2,
        cursor: "pointer",
      }}
    >
      {OPEN_FILE_LABEL}
      <input
        type="file"
        aria-label={OPEN_FILE_LABEL}
        accept=".eml,.ics,message/rfc822,text/calendar"
        onChange={(event) => void onChange(event)}
        style={{ position: "absolute", width: 1, height: 1, opacity: 0, overflow: "hidden" }}
      />
    </label>
  );
}
