import { describe, expect, it } from "vitest";
import { formatAbsolute, formatRelative } from "./time";

const now = new Date("2026-11-25T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("formatRelative", () => {
  it("reads like a person would say it", () => {
    expect(formatRelative(ago(10), now)).toBe("just now");
    expect(formatRelative(ago(120), now)).toBe("2 minutes ago");
    expect(formatRelative(ago(3 * 3600), now)).toBe("3 hours ago");
    expect(formatRelative(ago(24 * 3600), now)).toBe("yesterday");
    expect(formatRelative(ago(10 * 24 * 3600), now)).toBe("last week");
    expect(formatRelative(ago(90 * 24 * 3600), now)).toBe("3 months ago");
    expect(formatRelative(new Date(now.getTime() + 2 * 24 * 3600 * 1000), now)).toBe("in 2 days");
  });
});

describe("formatAbsolute", () => {
  it("is explicit about the zone", () => {
    expect(formatAbsolute(now)).toBe("Wed, 25 Nov 2026, 12:00 UTC");
    expect(formatAbsolute(now, "Europe/Paris")).toBe("Wed, 25 Nov 2026, 13:00 CET");
    expect(formatAbsolute(now, "America/New_York")).toBe("Wed, 25 Nov 2026, 07:00 GMT-5");
  });
});
