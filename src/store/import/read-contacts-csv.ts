import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { StringDecoder } from "node:string_decoder";
import { setImmediate as nextTurn } from "node:timers/promises";
import { parse } from "csv-parse";
import type { ContactImportRow, ImportReject, ParsedContacts } from "./contact-import-row";
import { contactColumns, guessDelimiter, recordToRow, type Columns } from "./parse-contacts-csv";

/** Where a contacts CSV comes from: opened once to check it, and once more to import it. */
export type OpenText = () => AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/** A streamed contacts CSV: why it cannot be read as a whole, or its rows in parts. */
export type ContactsCsv = { invalidFile: string } | { parts: AsyncIterable<ParsedContacts> };

/**
 * Reads a contacts CSV as a stream, in parts of `partSize` rows, so a file of any length takes the memory
 * of one part. The file is read twice: a first pass checks that it is readable as CSV and has a usable
 * header — a file that is not is refused whole, before any row is written, as the in-memory parser
 * refuses it — and the second pass yields its rows.
 */
export async function readContactsCsv(open: OpenText, partSize: number): Promise<ContactsCsv> {
  let header: Columns | undefined;
  try {
    for await (const { record } of records(open, false)) {
      if (header === undefined) {
        const columns = contactColumns(record);
        if (typeof columns === "string") return { invalidFile: columns };
        header = columns;
      }
    }
  } catch (error) {
    return { invalidFile: `not readable as CSV: ${(error as Error).message}` };
  }
  if (header === undefined) return { invalidFile: "the file is empty" };
  return { parts: rowsInParts(open, header, partSize) };
}

async function* rowsInParts(open: OpenText, columns: Columns, size: number): AsyncGenerator<ParsedContacts> {
  let rows: ContactImportRow[] = [];
  let rejects: ImportReject[] = [];
  let first = true;
  for await (const { record, info } of records(open, true)) {
    if (first) {
      first = false;
      continue;
    }
    const result = recordToRow(record, columns, info.lines);
    if ("reason" in result) rejects.push(result);
    else rows.push(result);
    if (rows.length + rejects.length >= size) {
      yield { rows, rejects };
      rows = [];
      rejects = [];
    }
  }
  if (rows.length + rejects.length > 0) yield { rows, rejects };
}

/**
 * The records of the file, with the delimiter its first line uses; with `info`, each with the line it
 * ends on (the checking pass goes without: csv-parse's per-record info costs a few per cent of an import).
 */
async function* records(open: OpenText, info: boolean): AsyncGenerator<CsvRecord> {
  const text = decoded(open())[Symbol.asyncIterator]();
  let head = "";
  let ended = false;
  while (!/[\r\n]/.test(head)) {
    const next = await text.next();
    if (next.done) {
      ended = true;
      break;
    }
    head += next.value;
  }
  // Streams and async generators hand on their chunks in microtasks, which never let the event loop
  // turn: without a pause per slice the checking pass would parse the whole file in one go while every
  // other request waited.
  async function* whole(): AsyncGenerator<string> {
    yield head;
    if (ended) return;
    for (let next = await text.next(); next.done !== true; next = await text.next()) {
      await nextTurn();
      yield next.value;
    }
  }
  const parser = parse({
    bom: true,
    delimiter: guessDelimiter(head),
    relax_column_count: true,
    skip_empty_lines: true,
    info,
  });
  const fed = pipeline(Readable.from(whole()), parser);
  fed.catch(() => undefined);
  for await (const record of parser) yield (info ? record : { record, info: { lines: 0 } }) as CsvRecord;
  await fed;
}

async function* decoded(input: ReturnType<OpenText>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of input)
    yield typeof chunk === "string" ? chunk : decoder.write(Buffer.from(chunk));
  const rest = decoder.end();
  if (rest !== "") yield rest;
}
