import { nextCap } from "../../../../src/store/http/load-shedding";

describe("the shedding cap", () => {
  it("shrinks by a quarter per sample while the loop runs behind, never below 4", () => {
    const caps = [128];
    for (let i = 0; i < 20; i += 1) caps.push(nextCap(caps.at(-1) as number, true, 128));
    expect(caps.slice(0, 5)).toEqual([128, 96, 72, 54, 40]);
    expect(caps.at(-1)).toBe(4);
  });

  it("grows back while the loop keeps up, never past maxInFlight", () => {
    const caps = [4];
    for (let i = 0; i < 60; i += 1) caps.push(nextCap(caps.at(-1) as number, false, 128));
    expect(caps.slice(0, 5)).toEqual([4, 5, 6, 7, 8]);
    expect(caps.at(-1)).toBe(128);
    // About 3.5 s of samples from the floor to the full cap.
    expect(caps.indexOf(128)).toBeLessThan(40);
  });

  it("a cap configured below the floor stays as configured", () => {
    expect(nextCap(2, true, 2)).toBe(2);
    expect(nextCap(2, false, 2)).toBe(2);
  });
});
