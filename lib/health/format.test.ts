import { describe, expect, it } from "vitest";
import { changeDirection, DECLINE_BELOW, describeTrend, formatChange, RISE_FROM, tooEarlyToTell } from "./format";

describe("describeTrend", () => {
  const day = (d: number) => new Date(Date.UTC(2026, 10, d));

  it("speaks of one snapshot in the singular, as the only one so far", () => {
    expect(describeTrend([{ day: day(26), overall: 54.6 }])).toBe("Overall score 54 on 26 Nov, the only daily snapshot so far.");
  });

  it("goes from the first day's score to the last, counting the snapshots", () => {
    expect(describeTrend([{ day: day(24), overall: 40 }, { day: day(25), overall: 47.2 }, { day: day(26), overall: 61.5 }])).toBe(
      "Overall score from 40 on 24 Nov to 61 on 26 Nov, over 3 daily snapshots.",
    );
  });

  it("says when there is none", () => {
    expect(describeTrend([])).toBe("No daily snapshot yet.");
  });
});

describe("tooEarlyToTell", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 3600 * 1000);
  it("holds for a provisional score of a group under 30 days old, and only then", () => {
    expect(tooEarlyToTell(true, daysAgo(29), now)).toBe(true);
    expect(tooEarlyToTell(true, daysAgo(30), now)).toBe(false);
    expect(tooEarlyToTell(false, daysAgo(2), now)).toBe(false);
  });
});

describe("changeDirection", () => {
  it("agrees with what formatChange prints: a change that shows as 0.0 is steady, not a decline or a rise", () => {
    expect(changeDirection(-0.03)).toBe("steady");
    expect(formatChange(-0.03)).toBe("0.0");
    expect(changeDirection(0.03)).toBe("steady");
    expect(changeDirection(DECLINE_BELOW)).toBe("steady");
    expect(changeDirection(DECLINE_BELOW - 0.001)).toBe("decline");
    expect(changeDirection(RISE_FROM)).toBe("rise");
    expect(formatChange(RISE_FROM)).toBe("+0.1");
    expect(changeDirection(RISE_FROM - 0.001)).toBe("steady");
    expect(changeDirection(null)).toBe("steady");
    expect(changeDirection(-3)).toBe("decline");
    expect(changeDirection(4.2)).toBe("rise");
  });

  it("matches the printed sign for every change between −1 and 1, by thousandths", () => {
    for (let thousandths = -1000; thousandths <= 1000; thousandths++) {
      const change = thousandths / 1000;
      const printed = formatChange(change);
      const shown = printed.startsWith("−") ? "decline" : printed.startsWith("+") ? "rise" : "steady";
      expect(changeDirection(change), `${change} prints ${printed}`).toBe(shown);
    }
  });
});
