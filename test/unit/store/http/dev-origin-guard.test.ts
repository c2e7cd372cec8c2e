import { isLoopbackHost, isSameOriginOrNone } from "../../../../src/store/http/dev-origin-guard";

describe("dev mode's Host and Origin checks", () => {
  it.each([
    "localhost",
    "localhost:3000",
    "LOCALHOST:1",
    "127.0.0.1",
    "127.0.0.1:3000",
    "127.1.2.3:80",
    "[::1]",
    "[::1]:3000",
  ])("answers the loopback name %s", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    undefined,
    "",
    "attacker.example",
    "attacker.example:3000",
    "localhost.attacker.example",
    "127.0.0.1.attacker.example",
    "evil.localhost", // a rebinding name may end in anything but the exact loopback names
    "[::2]:3000",
    "0.0.0.0:3000",
    "192.168.1.5",
    "localhost:3000:1",
  ])("refuses the Host %j", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });

  it.each([
    [undefined, "127.0.0.1:3000", true],
    ["http://127.0.0.1:3000", "127.0.0.1:3000", true],
    ["https://localhost:3001", "localhost:3001", true],
    ["http://localhost:3000", "127.0.0.1:3000", false],
    ["https://attacker.example", "127.0.0.1:3000", false],
    ["null", "127.0.0.1:3000", false],
    ["file://", "127.0.0.1:3000", false],
    ["not a url", "127.0.0.1:3000", false],
  ])("Origin %j with Host %s: same origin or none is %s", (origin, host, expected) => {
    expect(isSameOriginOrNone(origin, host)).toBe(expected);
  });
});
