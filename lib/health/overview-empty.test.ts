import { describe, expect, it } from "vitest";
import { overviewEmptyState } from "./overview-empty";

describe("overviewEmptyState", () => {
  it("says what the words matched nothing in", () => {
    expect(overviewEmptyState({ q: "garden", view: "declines", band: "thriving" })).toEqual({
      title: "No group that declined in the Thriving band matches “garden”.",
      hint: "Try fewer words, part of a name, or another band.",
    });
  });

  it("a band with no decline speaks of that band only: groups in other bands may have declined", () => {
    const { title, hint } = overviewEmptyState({ view: "declines", band: "thriving" });
    expect(title).toBe("No group in the Thriving band lost ground over the last 30 days.");
    expect(hint).toBe("Every group in the Thriving band held or rose over the last 30 days; try another band.");
    expect(overviewEmptyState({ view: "declines" }).hint).toBe("Every group's score held or rose over the last 30 days.");
  });

  it("an empty band, or nothing at all", () => {
    expect(overviewEmptyState({ view: "all", band: "dormant" })).toEqual({ title: "No group is in the Dormant band.", hint: "Try another band." });
    expect(overviewEmptyState({ view: "all" }).title).toBe("No group to show.");
  });
});
