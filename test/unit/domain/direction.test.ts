import { directionOf } from "../../../src/domain/direction";
import { internalDomainsOf, isInternal } from "../../../src/domain/internal-domains";
import { alex, anna, buildSnapshot, maria, user } from "./build-snapshot";

const internal = new Set(["cronus.example"]);
const OUT = { informationFlow: "outbound", initiatedBy: "us" };
const IN = { informationFlow: "inbound", initiatedBy: "them" };

describe("internal domains", () => {
  it("takes the user's, the shared owner's and the configured domains, normalised", () => {
    const domains = internalDomainsOf({ user: alex, sharedOwner: user("desk@Cronus-Support.Example") }, [
      "@Cronus.De",
      "Кронус.рф",
      "not a domain",
    ]);
    expect([...domains].sort()).toEqual([
      "cronus-support.example",
      "cronus.de",
      "cronus.example",
      "xn--j1agchhl.xn--p1ai",
    ]);
  });

  it.each([
    ["alex.rivera@cronus.example", true],
    ["Alex.Rivera@CRONUS.EXAMPLE", true],
    ["someone@eu.cronus.example", true],
    ["someone@notcronus.example", false],
    ["someone@cronus.example.evil.example", false],
    ["anna.petrova@fabrikam.example", false],
    ["not an address", false],
  ])("%s internal: %s", (address, expected) => {
    expect(isInternal(address, internal)).toBe(expected);
  });
});

describe("directionOf", () => {
  it.each([
    ["a message from a colleague is outbound", buildSnapshot({ from: maria, to: [anna] }), OUT],
    ["a message from outside is inbound", buildSnapshot({ from: anna, to: [alex] }), IN],
    ["the sender stands in when from is missing", buildSnapshot({ sender: anna }), IN],
    ["a message being written is ours", buildSnapshot({ mode: "compose", to: [anna] }), OUT],
    [
      "a meeting organised by a colleague is outbound",
      buildSnapshot({ kind: "appointment", organizer: maria }),
      OUT,
    ],
    ["a meeting organised outside is inbound", buildSnapshot({ kind: "appointment", organizer: anna }), IN],
    ["a meeting being organised is ours", buildSnapshot({ kind: "appointment", mode: "compose" }), OUT],
    ["no originator is unknown", buildSnapshot({ to: [anna] }), undefined],
    ["an invalid originator is unknown", buildSnapshot({ from: user("/o=Exchange/cn=x") }), undefined],
  ])("%s", (_name, snapshot, expected) => {
    expect(directionOf(snapshot, internal)).toEqual(expected);
  });

  it("reads a shared mailbox's mail by the shared owner's side", () => {
    const shared = user("sales@cronus.example", "Sales");
    const mailbox = { user: alex, sharedOwner: shared };
    const domains = internalDomainsOf(mailbox, []);
    expect(directionOf(buildSnapshot({ mailbox, from: anna, to: [shared] }), domains)).toEqual(IN);
    expect(directionOf(buildSnapshot({ mailbox, from: shared, sender: alex, to: [anna] }), domains)).toEqual(
      OUT,
    );
  });

  it("treats a shared mailbox on another internal domain as ours", () => {
    const shared = user("desk@cronus-support.example");
    const mailbox = { user: alex, sharedOwner: shared };
    expect(
      directionOf(buildSnapshot({ mailbox, from: shared, to: [anna] }), internalDomainsOf(mailbox, [])),
    ).toEqual(OUT);
  });
});
