// Seeded, reproducible bulk data for the read benchmarks, written straight into the store's tables:
// `contacts` people under `contacts/10` companies (one web domain each), every person with a primary
// address, one contact with `entries` interaction log entries, and one company whose 5,000 people share
// `companyEntries` entries (Business Central's Contact Company No. on each).
// Usage: node bench/large-data.mjs sqlite DIR CONTACTS ENTRIES [COMPANY_ENTRIES]
//      | postgres URL CONTACTS ENTRIES [COMPANY_ENTRIES]
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

const [dialect, target, contactsText, entriesText, companyEntriesText = "0"] = process.argv.slice(2);
const total = Number(contactsText);
const entries = Number(entriesText);
const companyEntries = Number(companyEntriesText);
const tenant = "dev";
const companies = Math.max(1, Math.floor(total / 10));
const historyContact = "BC0000002";
// The company with many people: the first `companyPeople` people after the companies work there.
const historyCompany = "BC0000003";
const companyPeople = Math.min(5_000, total - companies);

// A small seeded generator (mulberry32) keeps every run's data identical.
let seed = 0x7a11;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const first = [
  "anna",
  "ivan",
  "john",
  "lisa",
  "olga",
  "peter",
  "maria",
  "sergey",
  "emma",
  "lucas",
  "mila",
  "oleg",
];
const last = ["petrova", "smith", "chen", "ivanov", "garcia", "muller", "sidorov", "novak", "kim", "rossi"];
const pad = (n) => String(n).padStart(7, "0");

function* contactRows() {
  for (let i = 1; i <= total; i += 1) {
    const no = `BC${pad(i)}`;
    if (i <= companies) {
      const domain = `company${i}.bench.example`;
      yield { no, type: "company", name: `Company ${i} Ltd`, company: null, email: `info@${domain}`, domain };
    } else {
      const drawn = 1 + Math.floor(random() * companies);
      const company = companyEntries > 0 && i <= companies + companyPeople ? 3 : drawn;
      const f = first[Math.floor(random() * first.length)];
      const l = last[Math.floor(random() * last.length)];
      const email = `${f}.${l}.${i}@company${company}.bench.example`;
      yield { no, type: "person", name: `${f} ${l} ${i}`, company: `BC${pad(company)}`, email, domain: null };
    }
  }
}

// The contact's entries first, then the company's, spread over its people; ten minutes apart.
function* entryRows() {
  const start = Date.parse("2020-01-01T00:00:00Z");
  for (let i = 1; i <= entries + companyEntries; i += 1) {
    const at = new Date(start + i * 600_000).toISOString();
    const ofCompany = i > entries;
    yield {
      id: `bench-item-${i}`,
      source: `msgid:bench-history-${i}@bench.example`,
      at,
      entryNo: 1_000_000 + i,
      contact: ofCompany ? `BC${pad(companies + 1 + (i % companyPeople))}` : historyContact,
      company: ofCompany ? historyCompany : null,
    };
  }
}

const contactSql = `insert into contacts (tenant_id, no, type, name, search_name, company_no, email, domains, privacy_blocked) values ($1,$2,$3,$4,$5,$6,$7,$8,0)`;
const emailSql = `insert into contact_emails (tenant_id, email, contact_no, is_primary) values ($1,$2,$3,1)`;
const domainSql = `insert into company_domains (tenant_id, domain, contact_no) values ($1,$2,$3)`;
const itemSql = `insert into logged_items (tenant_id, id, source_key, kind, subject, occurred_at, created_by, created_at, canceled) values ($1,$2,$3,'email',$4,$5,'bench@cronus.example',$5,0)`;
const entrySql = `insert into interaction_entries (tenant_id, entry_no, logged_item_id, source_key, contact_no, contact_company_no, template_code, group_code, description, subject, occurred_at, information_flow, initiated_by, cost_lcy, duration_min, evaluation, attempt_failed, correspondence_type, user_id, email_logged, postponed, canceled, created_at, salesperson_code) values ($1,$2,$3,$4,$5,$9,'EMAIL','SYSTEM',$6,$6,$7,'outbound','us',8,1,'none',0,'email','bench@cronus.example',1,0,$8,$7,$10)`;

// The parameters of each statement above, for one generated row: both loaders bind the same values.
const contactParams = (c) => [
  tenant,
  c.no,
  c.type,
  c.name,
  c.name.toLowerCase(),
  c.company,
  c.email,
  JSON.stringify(c.domain ? [c.domain] : []),
];
const emailParams = (c) => [tenant, c.email, c.no];
const domainParams = (c) => [tenant, c.domain, c.no];
const itemParams = (e) => [tenant, e.id, e.source, `History ${e.entryNo}`, e.at];
const entryParams = (e) => [
  tenant,
  e.entryNo,
  e.id,
  e.source,
  e.contact,
  `History ${e.entryNo}`,
  e.at,
  e.entryNo % 50 === 0 ? 1 : 0,
  e.company,
  // Twelve salespeople, so the statistics report by salesperson has keys to group.
  `SP${String(e.entryNo % 12).padStart(2, "0")}`,
];

// The loaders write entries straight into the table, so they also fill the maintained statistics the store
// keeps on every write: the same buckets, by contact, company, template, group and salesperson, month and day.
// They replace the tenant's statistics with a recount of every entry: the throughput run logged entries
// (and kept their statistics) in the same tenant before the bulk load.
const statisticsSql = [
  `delete from interaction_statistics where tenant_id = '${tenant}'`,
  ...[
    ["contact", "contact_no", true],
    ["company", "contact_company_no", true],
    ["template", "template_code", false],
    ["group", "group_code", false],
    ["salesperson", "salesperson_code", false],
  ].flatMap(([dimension, column, byTemplate]) =>
    [
      ["month", 7],
      ["day", 10],
    ].map(
      ([grain, length]) =>
        `insert into interaction_statistics (tenant_id, dimension, dimension_key, grain, period, template_code,
        group_code, canceled, shard, entries, failed, cost_lcy, duration_min)
       select tenant_id, '${dimension}', ${column}, '${grain}', substr(occurred_at, 1, ${length}),
         ${byTemplate ? "template_code, group_code" : "'', ''"}, canceled, 0, count(*), sum(attempt_failed),
         sum(cost_lcy), sum(duration_min)
       from interaction_entries where tenant_id = '${tenant}' and postponed = 0 and ${column} is not null
       group by tenant_id, ${column}, substr(occurred_at, 1, ${length}), ${byTemplate ? "template_code, group_code, " : ""}canceled`,
    ),
  ),
];

function loadSqlite() {
  const db = new Database(join(target, "touchpoint.sqlite"));
  db.pragma("journal_mode = WAL");
  // better-sqlite3 binds numbered parameters (?1, ?2 …) from an object keyed by number.
  const q = (s) => {
    const statement = db.prepare(s.replace(/\$(\d+)/g, "?$1"));
    return { run: (...values) => statement.run(Object.fromEntries(values.map((v, i) => [i + 1, v]))) };
  };
  const [contact, email, domain, item, entry] = [contactSql, emailSql, domainSql, itemSql, entrySql].map(q);
  db.transaction(() => {
    for (const c of contactRows()) {
      contact.run(...contactParams(c));
      email.run(...emailParams(c));
      if (c.domain) domain.run(...domainParams(c));
    }
    for (const e of entryRows()) {
      item.run(...itemParams(e));
      entry.run(...entryParams(e));
    }
    for (const text of statisticsSql) db.exec(text);
    // Entry numbers written by hand: the tenant's counter goes past them, as the store's own would.
    db.prepare(
      `insert into counters (tenant_id, name, value) values (?, 'entry_no', ?) on conflict (tenant_id, name) do update set value = max(counters.value, excluded.value)`,
    ).run(tenant, 1_000_000 + entries + companyEntries);
  })();
  db.pragma("optimize");
  db.exec("analyze");
  db.close();
}

async function loadPostgres() {
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  const batch = async (rows, sqlText, toParams) => {
    // One multi-row insert per 1,000 rows keeps the load to a few seconds per million.
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      const width = toParams(chunk[0]).length;
      const head = sqlText.slice(0, sqlText.indexOf(" values "));
      const tail = sqlText.slice(sqlText.indexOf(" values ") + 8);
      const rowsSql = chunk
        .map((_, r) => tail.replace(/\$(\d+)/g, (_, k) => `$${r * width + Number(k)}`))
        .join(",");
      await client.query(`${head} values ${rowsSql}`, chunk.flatMap(toParams));
    }
  };
  await client.query("begin");
  let buffer = [];
  const flushContacts = async () => {
    await batch(buffer, contactSql, contactParams);
    await batch(buffer, emailSql, emailParams);
    const companyRows = buffer.filter((c) => c.domain);
    if (companyRows.length > 0) await batch(companyRows, domainSql, domainParams);
    buffer = [];
  };
  for (const c of contactRows()) {
    buffer.push(c);
    if (buffer.length === 20_000) await flushContacts();
  }
  if (buffer.length > 0) await flushContacts();
  // Entries in slices, so a million of them never sit in memory at once.
  let slice = [];
  const flushEntries = async () => {
    await batch(slice, itemSql, itemParams);
    await batch(slice, entrySql, entryParams);
    slice = [];
  };
  for (const e of entryRows()) {
    slice.push(e);
    if (slice.length === 20_000) await flushEntries();
  }
  if (slice.length > 0) await flushEntries();
  for (const text of statisticsSql) await client.query(text);
  // Entry numbers written by hand: the sequence goes past them, so a later log never collides.
  await client.query(
    "select setval('interaction_entry_no_seq', greatest((select last_value from interaction_entry_no_seq), $1))",
    [1_000_000 + entries + companyEntries],
  );
  await client.query("commit");
  await client.query("analyze");
  await client.end();
}

const started = performance.now();
if (dialect === "postgres") await loadPostgres();
else loadSqlite();
process.stdout.write(JSON.stringify({ seconds: (performance.now() - started) / 1000 }) + "\n");
