import type { Compilable, Kysely } from "kysely";
import type { Database } from "../database";
import { runCompiled } from "../run-compiled";

/** A value a prepared query's arguments may take: a scalar, or a list (an `in (…)`). */
type Argument = string | number | null | readonly (string | number)[];

/** Stands for an argument (or one element of a list argument) while the query is compiled. */
class Slot {
  constructor(
    readonly argument: number,
    readonly element?: number,
  ) {}
}

interface Shape {
  sql: string;
  /** The compiled parameters: a slot, filled from the arguments on each run, or a constant of the query. */
  parameters: readonly unknown[];
}

/** Shapes kept per query and connection: one per length of its list arguments. */
const SHAPES_PER_QUERY = 32;

/**
 * A query built with the query builder once per shape (the lengths of its list arguments) and database,
 * then run from its compiled text with each call's arguments. For the reads every log makes: building
 * and compiling a query node by node costs more CPU and garbage than SQLite's own work on it.
 *
 * `build` must use each argument only as a value of the query (compared to, listed in `in`), never read
 * it: while compiling it is given stand-ins, which the compiled parameters are then filled from.
 */
export function preparedQuery<Args extends readonly Argument[], Row>(
  build: (db: Kysely<Database>, ...args: Args) => Compilable<Row>,
): (db: Kysely<Database>, ...args: Args) => Promise<Row[]> {
  // Keyed by the dialect's adapter: a connection and its transactions share it, and it decides the text.
  const shapes = new WeakMap<object, Map<string, Shape>>();
  return async (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    const key = args.map((a) => (Array.isArray(a) ? a.length : "")).join(",");
    let known = shapes.get(adapter);
    let shape = known?.get(key);
    if (shape === undefined) {
      const stand = args.map((a, i) =>
        Array.isArray(a) ? a.map((_, j) => new Slot(i, j)) : new Slot(i),
      ) as unknown as Args;
      const compiled = build(db, ...stand).compile();
      shape = { sql: compiled.sql, parameters: compiled.parameters };
      if (known === undefined) shapes.set(adapter, (known = new Map()));
      if (known.size < SHAPES_PER_QUERY) known.set(key, shape);
    }
    const parameters = shape.parameters.map((p) => {
      if (!(p instanceof Slot)) return p;
      const value = args[p.argument];
      return p.element === undefined ? value : (value as readonly unknown[])[p.element];
    });
    return (await runCompiled(db, shape.sql, parameters)) as Row[];
  };
}
