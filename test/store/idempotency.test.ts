import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { dialects } from "./dialects";
import { emailLog, useStore, type Caller } from "./store-harness";

type Entry = { entryNo: number; contactNo: string; canceled: boolean; loggedItemId: string; userId: string };

describe.each(dialects())("idempotency and dedupe on %s", (_name, dialect) => {
  const store = useStore(dialect);

  const activeBySource = async (who: Caller, source: string) => {
    const res = await store.call(who, {
      method: "GET",
      url: `/api/v1/logged-items?source=${encodeURIComponent(source)}`,
    });
    const items = res.json().loggedItems as Array<{ item: { id: string }; entries: Entry[] }>;
    return { items, active: items.flatMap((i) => i.entries).filter((e) => !e.canceled) };
  };

  const op = fc.oneof(
    fc.record({
      type: fc.constant("log" as const),
      key: fc.constantFrom("k1", "k2", "k3", "fresh"),
      source: fc.constantFrom("<a@x>", "<b@x>"),
      contacts: fc.subarray(["CT101", "CT102", "CT201"], { minLength: 1 }),
      user: fc.constantFrom("alex.rivera@cronus.example", "maria.ivanova@cronus.example"),
    }),
    fc.record({ type: fc.constant("cancel" as const), pick: fc.nat() }),
  );

  it("random repeats, replays, conflicts and cancels never make a second active entry per source and contact", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const t = await store.tenant();
        const callers = new Map<string, Caller>();
        const callerFor = async (user: string) =>
          callers.get(user) ?? callers.set(user, await t.as(user)).get(user)!;
        const firstAnswer = new Map<string, { body: string; status: number; payload: string }>();
        const written: Entry[] = [];
        for (const step of ops) {
          if (step.type === "cancel") {
            const entry = written[step.pick % Math.max(written.length, 1)];
            if (entry === undefined) continue;
            // Users cancel their own entries.
            const res = await store.call(await callerFor(entry.userId), {
              method: "POST",
              url: `/api/v1/interactions/${entry.entryNo}/cancel`,
            });
            expect([200, 409]).toContain(res.statusCode);
            continue;
          }
          const key = step.key === "fresh" ? randomUUID() : `${t.tenant}-${step.key}`;
          const payload = emailLog(step.source, { contacts: step.contacts });
          // Keys are per user: one user's keys stand in for a device's outbox.
          const res = await store.log(
            await callerFor(step.key === "fresh" ? step.user : "alex.rivera@cronus.example"),
            payload,
            key,
          );
          const seen = firstAnswer.get(key);
          if (seen === undefined) {
            expect([200, 201]).toContain(res.statusCode);
            firstAnswer.set(key, {
              body: res.body,
              status: res.statusCode,
              payload: JSON.stringify(payload),
            });
            written.push(...(res.json().entries as Entry[]));
          } else if (seen.payload === JSON.stringify(payload)) {
            expect(res.statusCode).toBe(seen.status);
            expect(res.body).toBe(seen.body);
          } else {
            expect(res.statusCode).toBe(409);
          }
        }
        const loggedItemIds = new Set<string>();
        for (const source of ["<a@x>", "<b@x>"]) {
          const { items, active } = await activeBySource(t.user, source);
          const contacts = active.map((e) => e.contactNo);
          expect(new Set(contacts).size).toBe(contacts.length);
          for (const i of items) loggedItemIds.add(i.item.id);
        }
        // Every accepted key that wrote something maps to exactly one stored logged item, and no two keys share one.
        const itemsOfKeys = [...firstAnswer.values()]
          .map((a) => JSON.parse(a.body).loggedItem?.id)
          .filter(Boolean);
        expect(new Set(itemsOfKeys).size).toBe(itemsOfKeys.length);
        for (const id of itemsOfKeys) expect(loggedItemIds.has(id)).toBe(true);
        expect(loggedItemIds.size).toBe(itemsOfKeys.length);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it("20 parallel submissions of one source with different keys make exactly one entry per contact", async () => {
    const t = await store.tenant();
    const users = await Promise.all(Array.from({ length: 20 }, (_, i) => t.as(`user${i}@cronus.example`)));
    const answers = await Promise.all(
      users.map((u) => store.log(u, emailLog("<race@x>", { contacts: ["CT101", "CT102", "CT201"] }))),
    );
    expect(answers.every((a) => a.statusCode === 200 || a.statusCode === 201)).toBe(true);
    const { active } = await activeBySource(t.user, "<race@x>");
    expect(active.map((e) => e.contactNo).sort()).toEqual(["CT101", "CT102", "CT201"]);
    const written = answers.flatMap((a) => a.json().entries as Entry[]);
    expect(written).toHaveLength(3);
  });

  it("parallel submissions with one key write once and all answer the same", async () => {
    const t = await store.tenant();
    const key = randomUUID();
    const body = emailLog("<same-key@x>", { contacts: ["CT101", "CT201"] });
    const answers = await Promise.all(Array.from({ length: 10 }, () => store.log(t.user, body, key)));
    const ok = answers.filter((a) => a.statusCode === 201);
    expect(ok).toHaveLength(10);
    expect(new Set(ok.map((a) => a.body)).size).toBe(1);
    const { items, active } = await activeBySource(t.user, "<same-key@x>");
    expect(items).toHaveLength(1);
    expect(active).toHaveLength(2);
  });
});
