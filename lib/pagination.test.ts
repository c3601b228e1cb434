import { describe, expect, it } from "vitest";
import { PAGE_MAX, pageExists, pageNumberSchema } from "./pagination";

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

describe("pageNumberSchema (?page=)", () => {
  it("reads a positive whole number; anything else is page 1", () => {
    expect(pageNumberSchema.parse("3")).toBe(3);
    expect(pageNumberSchema.parse(undefined)).toBe(1);
    for (const stray of ["", "abc", "0", "-2", "1.5", "1e400"]) expect(pageNumberSchema.parse(stray), stray).toBe(1);
  });

  it("keeps a page far past the end as a page past the end, so the list answers 404", () => {
    expect(pageNumberSchema.parse("99999")).toBe(99_999);
    expect(pageNumberSchema.parse("99999999999999999999")).toBe(PAGE_MAX);
    expect(pageExists(pageNumberSchema.parse("99999999999999999999"), 1_000, 20)).toBe(false);
  });
});
