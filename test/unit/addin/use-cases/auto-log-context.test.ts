import type { AddressMatch } from "../../../../src/contracts";
import { ok } from "../../../../src/domain/result";
import {
  AUTO_LOG_REFRESH_MS,
  learnFromItem,
  refreshAutoLogContext,
  rememberLoggedThread,
} from "../../../../src/addin/use-cases/auto-log-context";
import {
  EMPTY_AUTO_LOG_CONTEXT,
  type AutoLogContext,
} from "../../../../src/addin/ports/auto-log-context-port";
import { createOfficeRuntimeAutoLogContext } from "../../../../src/addin/platform/storage/office-runtime-auto-log-context";

const contact = { no: "CT000002" } as AddressMatch["contacts"][number];
const match = (
  address: string,
  kind: AddressMatch["kind"],
  extra: Partial<AddressMatch> = {},
): AddressMatch => ({
  address,
  normalized: address,
  kind,
  contacts: kind === "email" ? [contact] : [],
  ...extra,
});

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: async (key: string) => map.get(key) ?? null,
    setItem: async (key: string, value: string) => void map.set(key, value),
    removeItem: async (key: string) => void map.delete(key),
  };
}

describe("the auto-log context the taskpane shares with the on-send runtime", () => {
  it("learns each address's match: a contact is known, privacy-blocked and never-log are kept apart, an internal domain joins the internal list", () => {
    const learned = learnFromItem(EMPTY_AUTO_LOG_CONTEXT, {
      matches: [
        match("anna.petrova@fabrikam.example", "email"),
        match("nora@private.example", "excluded", { excludedReason: "privacy_blocked" }),
        match("digest@newsletter.example", "excluded", { excludedReason: "never_log" }),
        match("nobody@nowhere.example", "none"),
        match("maria.ivanova@cronus.example", "internal"),
        match("sales@contoso.example", "domain"),
      ],
      logged: false,
    });
    expect(learned.contacts).toEqual({
      "anna.petrova@fabrikam.example": "known",
      "nora@private.example": "privacy_blocked",
      "digest@newsletter.example": "never_log",
      "nobody@nowhere.example": "none",
    });
    expect(learned.internalDomains).toEqual(["cronus.example"]);
    expect(learned.loggedThreads).toEqual([]);
  });

  it("remembers the conversation of an item shown as logged, once, newest last", () => {
    const once = learnFromItem(EMPTY_AUTO_LOG_CONTEXT, {
      matches: [],
      conversationId: "conv-1",
      logged: true,
    });
    const twice = rememberLoggedThread(rememberLoggedThread(once, "conv-2"), "conv-1");
    expect(twice.loggedThreads).toEqual(["conv-2", "conv-1"]);
  });

  it("keeps at most 500 logged conversations, dropping the oldest", () => {
    let context: AutoLogContext = EMPTY_AUTO_LOG_CONTEXT;
    for (let i = 0; i < 510; i++) context = rememberLoggedThread(context, `conv-${i}`);
    expect(context.loggedThreads).toHaveLength(500);
    expect(context.loggedThreads[0]).toBe("conv-10");
  });

  it("reads the policy and the never-log list when older than the refresh interval, and not before", async () => {
    const storage = memoryStorage();
    const port = createOfficeRuntimeAutoLogContext(storage);
    let reads = 0;
    const store = {
      tenantSettings: async () => {
        reads++;
        return ok({ autoLogPolicy: "on" as const });
      },
      neverLog: async () =>
        ok({
          items: [
            { value: "Digest@Newsletter.example", kind: "address" as const, scope: "user" as const },
            { value: "Spam.Example", kind: "domain" as const, scope: "tenant" as const },
          ],
        }),
    };
    await refreshAutoLogContext(port, store, 1_000_000);
    expect(await port.read()).toMatchObject({
      policy: "on",
      neverLog: { addresses: ["digest@newsletter.example"], domains: ["spam.example"] },
      refreshedAt: 1_000_000,
    });
    await refreshAutoLogContext(port, store, 1_000_000 + AUTO_LOG_REFRESH_MS - 1);
    expect(reads).toBe(1);
    await refreshAutoLogContext(port, store, 1_000_000 + AUTO_LOG_REFRESH_MS);
    expect(reads).toBe(2);
  });

  it("a stored context from another version keeps only well-typed fields; broken JSON reads as none", async () => {
    const storage = memoryStorage();
    const port = createOfficeRuntimeAutoLogContext(storage);
    storage.map.set(
      "touchpoint.autolog.context",
      JSON.stringify({
        policy: "always",
        contacts: { "a@b.example": "known", "c@d.example": 7 },
        loggedThreads: [1, "t"],
      }),
    );
    expect(await port.read()).toEqual({
      ...EMPTY_AUTO_LOG_CONTEXT,
      contacts: { "a@b.example": "known" },
      loggedThreads: ["t"],
    });
    storage.map.set("touchpoint.autolog.context", "{not json");
    expect(await port.read()).toBeUndefined();
  });
});
