import { describe, expect, it } from "vitest";
import { sessionOutdated } from "./session-age";

describe("sessionOutdated", () => {
  const changed = new Date("2026-11-26T12:00:00Z");

  it("keeps every session of a password never changed, old ones included", () => {
    expect(sessionOutdated(0, null)).toBe(false);
    expect(sessionOutdated(Date.parse("2020-01-01T00:00:00Z"), null)).toBe(false);
  });

  it("ends sessions signed in before the change, and those that never said when", () => {
    expect(sessionOutdated(changed.getTime() - 1, changed)).toBe(true);
    expect(sessionOutdated(0, changed)).toBe(true);
  });

  it("keeps the session signed in with the new password", () => {
    expect(sessionOutdated(changed.getTime(), changed)).toBe(false);
    expect(sessionOutdated(changed.getTime() + 5_000, changed)).toBe(false);
  });
});
