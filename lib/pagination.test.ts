import { describe, expect, it } from "vitest";
import { pageExists } from "./pagination";

describe("pageExists", () => {
  it("page 1 always exists, even for an empty list", () => {
    expect(pageExists(1, 0, 20)).toBe(true);
    expect(pageExists(1, 500, 20)).toBe(true);
  });

  it("later pages exist while they hold at least one row", () => {
    expect(pageExists(2, 21, 20)).toBe(true);
    expect(pageExists(2, 20, 20)).toBe(false);
    expect(pageExists(3, 41, 20)).toBe(true);
    expect(pageExists(3, 40, 20)).toBe(false);
    expect(pageExists(9999, 45, 20)).toBe(false);
    expect(pageExists(2, 0, 20)).toBe(false);
  });

  it("nothing before page 1 or between pages exists", () => {
    expect(pageExists(0, 45, 20)).toBe(false);
    expect(pageExists(-1, 45, 20)).toBe(false);
    expect(pageExists(1.5, 45, 20)).toBe(false);
  });
});
