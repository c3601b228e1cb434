import { describe, expect, it } from "vitest";
import { computeGroupHealth } from "./compute";
import { createRng, generateSyntheticActivity } from "./synthetic";
import { NOW } from "./test-helpers";

describe("generateSyntheticActivity", () => {
  const options = { seed: 7, now: NOW, members: 60, threads: 90, posts: 1500, olderPosts: 500, bodyPool: 80 };

  it("is deterministic for a seed and differs across seeds", () => {
    expect(generateSyntheticActivity(options)).toEqual(generateSyntheticActivity(options));
    expect(generateSyntheticActivity({ ...options, seed: 8 }).posts[0]).not.toEqual(generateSyntheticActivity(options).posts[0]);
  });

  it("puts the requested number of posts in the window, never after now", () => {
    const a = generateSyntheticActivity(options);
    const start = NOW.getTime() - 30 * 86_400_000;
    const inWindow = a.posts.filter((p) => p.createdAt.getTime() > start && !p.id.startsWith("x"));
    expect(inWindow.length).toBeGreaterThanOrEqual(1500);
    expect(a.posts.every((p) => p.createdAt.getTime() <= NOW.getTime())).toBe(true);
    expect(a.memberIds).toHaveLength(60);
    expect(a.threads.length).toBeGreaterThanOrEqual(90);
    const report = computeGroupHealth(a, NOW);
    expect(report.overall).toBeGreaterThan(0);
  });

  it("uses its own seeded PRNG in [0, 1)", () => {
    const r = createRng(1);
    const xs = Array.from({ length: 1000 }, () => r());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRng(1)()).toBe(xs[0]);
  });
});
