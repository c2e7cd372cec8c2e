// The floor for POST /interactions: the same three rows one log writes (logged item, entry, idempotency
// key), inserted straight through the same driver with the same durability settings, one transaction each,
// one after another. Run as its own process: `node bench/floor.mjs sqlite DIR N` | `postgres URL N`.
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

const [dialect, target, countText] = process.argv.slice(2);
const count = Number(countText ?? 5000);
const tenant = "floor";
const now = () => new Date().toISOString();
const response = JSON.stringify({
  entries: [{ entryNo: 1, contactNo: "CT000001", description: "x".repeat(60) }],
});

function row(i) {
  const id = randomUUID();
  const at = now();
  return {
    item: [tenant, id, `msgid:floor-${i}@bench`, "email", `Subject ${i}`, at, "floor@bench", at],
    entry: [
      tenant,
      id,
      `msgid:floor-${i}@bench`,
      "CT000001",
      "EMAIL",
      "SYSTEM",
      `Subject ${i}`,
      `Subject ${i}`,
      at,
    ],
    key: [tenant, "floor@bench", randomUUID(), "h".repeat(64), 201, response, at],
  };
}

const itemSql = `insert into logged_items (tenant_id, id, source_key, kind, subject, occurred_at, created_by, created_at, canceled) values ($1,$2,$3,$4,$5,$6,$7,$8,0)`;
const entryCols = `tenant_id, entry_no, logged_item_id, source_key, contact_no, template_code, group_code, description, subject, occurred_at, information_flow, initiated_by, cost_lcy, duration_min, evaluation, attempt_failed, correspondence_type, user_id, email_logged, postponed, canceled, created_at`;
const keySql = `insert into idempotency_keys (tenant_id, user_id, key, request_hash, status_code, response_json, created_at) values ($1,$2,$3,$4,$5,$6,$7)`;

async function sqlite() {
  const db = new Database(join(target, "touchpoint.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  const item = db.prepare(itemSql.replace(/\$\d+/g, "?"));
  const entry = db.prepare(
    `insert into interaction_entries (${entryCols}) values (?, (select coalesce(max(entry_no),0)+1 from interaction_entries where tenant_id = ?), ?,?,?,?,?,?,?,?,'outbound','us',8,1,'none',0,'email','floor@bench',1,0,0,?)`,
  );
  const key = db.prepare(keySql.replace(/\$\d+/g, "?"));
  const one = db.transaction((r) => {
    item.run(...r.item);
    const [t, id, source, contact, tpl, grp, desc, subj, at] = r.entry;
    entry.run(t, t, id, source, contact, tpl, grp, desc, subj, at, at);
    key.run(...r.key);
  });
  const started = performance.now();
  for (let i = 0; i < count; i += 1) one(row(i));
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return count / seconds;
}

async function postgres() {
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const r = row(i);
    await client.query("begin");
    await client.query(itemSql, r.item);
    const [t, id, source, contact, tpl, grp, desc, subj, at] = r.entry;
    await client.query(
      `insert into interaction_entries (${entryCols}) values ($1, nextval('interaction_entry_no_seq'), $2,$3,$4,$5,$6,$7,$8,$9,'outbound','us',8,1,'none',0,'email','floor@bench',1,0,0,$9)`,
      [t, id, source, contact, tpl, grp, desc, subj, at],
    );
    await client.query(keySql, r.key);
    await client.query("commit");
  }
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return count / seconds;
}

const perSecond = dialect === "postgres" ? await postgres() : await sqlite();
process.stdout.write(JSON.stringify({ perSecond }) + "\n");
