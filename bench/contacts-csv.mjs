// A seeded Business Central contacts CSV for the import benchmark: `count` people under `count/50`
// companies named by name (the import reuses or creates them), every person with an address.
// Usage: node bench/contacts-csv.mjs COUNT FILE
import { createWriteStream } from "node:fs";
import { once } from "node:events";

export async function writeContactsCsv(count, file) {
  const out = createWriteStream(file);
  const companies = Math.max(1, Math.floor(count / 50));
  const write = async (line) => {
    if (!out.write(line)) await once(out, "drain");
  };
  await write("Name;Type;Company Name;E-Mail;Phone No.;Job Title;Salesperson Code\n");
  for (let i = 1; i <= count; i += 1) {
    const company = 1 + ((i * 7919) % companies);
    await write(
      `Person ${i} Import;Person;Import Company ${company};person.${i}@import${company}.example;+1 555 ${String(i).padStart(7, "0")};Buyer;JR\n`,
    );
  }
  out.end();
  await once(out, "finish");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, file] = process.argv.slice(2);
  await writeContactsCsv(Number(count), file);
}
