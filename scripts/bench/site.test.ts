import { describe, expect, it } from "vitest";
import { fitToTotal, threadPlan } from "./site";

describe("benchmark site sizes", () => {
  it("plans ceil(posts / 8) threads, the last one holding the remainder", () => {
    expect(threadPlan(10_000, 2_000_000)).toEqual({ threads: 250_000, lastThreadPosts: 8 });
    expect(threadPlan(50, 40_003)).toEqual({ threads: 5_001, lastThreadPosts: 3 });
  });

  it("refuses sizes that cannot give every group a thread", () => {
    expect(() => threadPlan(10_000, 100_000)).toThrow("needs at least 2 groups and 103,992 posts for 10000 groups (got 100000)");
    expect(() => threadPlan(1, 2_000_000)).toThrow("needs at least 2 groups");
  });

  it("fits counts to an exact total, evenly, never under the minimum, deterministically", () => {
    const drawn = [1, 5, 1, 9, 2, 1, 7, 3];
    for (const total of [8, 20, 29, 30, 45, 100]) {
      const fitted = fitToTotal(drawn, total);
      expect(fitted.reduce((sum, n) => sum + n, 0)).toBe(total);
      expect(Math.min(...fitted)).toBeGreaterThanOrEqual(1);
      expect(fitToTotal(drawn, total)).toEqual(fitted);
    }
    expect(fitToTotal(drawn, 29)).toEqual(drawn);
    // Two more: the first and the middle of the list; one fewer: a count above the minimum.
    expect(fitToTotal(drawn, 31)).toEqual([2, 5, 1, 9, 3, 1, 7, 3]);
    expect(fitToTotal(drawn, 28)).toEqual([1, 4, 1, 9, 2, 1, 7, 3]);
    expect(() => fitToTotal(drawn, 7)).toThrow("Cannot fit 8 counts of at least 1 into 7.");
  });
});
