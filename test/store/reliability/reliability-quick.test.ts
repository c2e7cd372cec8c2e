import { allHeld, QUICK, reliabilityTable, runReliability } from "../../reliability/reliability-suite";

jest.setTimeout(300_000);

// The quick size of `npm run test:reliability`: one kill -9 per database under sustained logging, two
// stores racing on one PostgreSQL, and 1,000 requests fuzzed from the OpenAPI document per database.
describe("reliability (quick)", () => {
  it("loses no acknowledged log, duplicates none, answers no 5xx, and a refused request writes nothing", async () => {
    const reports = await runReliability(QUICK);
    console.log(`reliability (quick)\n${reliabilityTable(reports)}`);
    for (const r of reports) {
      expect(r.kill.kills).toBe(QUICK.kills);
      expect(r.kill.acknowledged).toBeGreaterThan(0);
      expect(r.fuzz.tried).toBeGreaterThanOrEqual(QUICK.fuzzCases * 0.99);
      expect({ database: r.database, samples: r.fuzz.samples.slice(0, 5) }).toEqual({
        database: r.database,
        samples: [],
      });
    }
    expect(allHeld(reports)).toBe(true);
  });
});
