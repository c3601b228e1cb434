import { describe, expect, it } from "vitest";
import { DAY_MS } from "./constants";
import { estimateJaccard } from "./hash";
import { prepare } from "./qualify";
import { createRng, generateSyntheticActivity } from "./synthetic";
import { DAY, HOUR, NOW, at, features, uniqueText } from "./test-helpers";
import type { GroupActivity, PostFeatures } from "./types";

/** The QM rules written the slow, obvious way: every earlier QM of the author is compared. */
function reference(activity: GroupActivity, nowMs: number): Map<string, { qm: boolean; counted: boolean }> {
  const members = new Set(activity.memberIds);
  const posts = activity.posts
    .filter((p) => p.createdAt.getTime() <= nowMs)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const qms: { author: string; t: number; f: PostFeatures }[] = [];
  const perDay = new Map<string, number>();
  const out = new Map<string, { qm: boolean; counted: boolean }>();
  for (const p of posts) {
    const t = p.createdAt.getTime();
    const f = p.features;
    let qm = members.has(p.authorId) && p.visible && f.wordCount >= 5;
    if (qm) {
      qm = !qms.some(
        (q) =>
          q.author === p.authorId &&
          t - q.t <= 7 * DAY_MS &&
          (q.f.textHash === f.textHash || (f.minhash.length === 64 && estimateJaccard(q.f.minhash, f.minhash) >= 0.8)),
      );
    }
    let counted = false;
    if (qm) {
      qms.push({ author: p.authorId, t, f });
      const key = `${p.authorId}:${Math.floor(t / DAY_MS)}`;
      const n = (perDay.get(key) ?? 0) + 1;
      perDay.set(key, n);
      counted = n <= 10;
    }
    out.set(p.id, { qm, counted });
  }
  return out;
}

function expectSameAsReference(activity: GroupActivity): { qm: number; duplicates: number; nearDuplicates: number } {
  const ctx = prepare(activity, NOW.getTime());
  const ref = reference(activity, NOW.getTime());
  let qm = 0;
  let duplicates = 0;
  let nearDuplicates = 0;
  const hashes = new Set<string>();
  for (const p of ctx.posts) {
    expect({ id: p.id, qm: p.qm, counted: p.counted }).toEqual({ id: p.id, ...ref.get(p.id) });
    if (p.qm) {
      qm++;
      hashes.add(`${p.author}:${p.features.textHash}`);
    } else if (p.visible && p.features.wordCount >= 5 && p.author >= 0) {
      duplicates++;
      if (!hashes.has(`${p.author}:${p.features.textHash}`)) nearDuplicates++;
    }
  }
  return { qm, duplicates, nearDuplicates };
}

/** Features with a chosen signature, to probe the 0.8 threshold exactly. */
function withSignature(sig: number[], hash: string): PostFeatures {
  return { wordCount: 10, substantive: false, hasArtifact: false, mattr: null, textHash: hash, minhash: sig, version: 1 };
}

describe("near-duplicate detection", () => {
  const base = Array.from({ length: 64 }, (_, i) => 1000 + i);
  // Differ on the first k components: the hardest case for the 13-component pre-filter.
  const differing = (k: number) => base.map((v, i) => (i < k ? 5000 + i : v));

  function activityWith(history: number, k: number): GroupActivity {
    const posts: GroupActivity["posts"] = [];
    // `history` unrelated QMs first, so the author is scanned (few) or indexed (many).
    for (let i = 0; i < history; i++) {
      const sig = Array.from({ length: 64 }, (_, j) => 100_000 + i * 64 + j);
      posts.push({ id: `h${i}`, threadId: "t", authorId: "m1", parentId: null, createdAt: at(6 * DAY - i * 60_000), visible: true, features: withSignature(sig, `h${i}`) });
    }
    posts.push({ id: "a", threadId: "t", authorId: "m1", parentId: null, createdAt: at(3 * DAY), visible: true, features: withSignature(base, "a") });
    posts.push({ id: "b", threadId: "t", authorId: "m1", parentId: null, createdAt: at(2 * DAY), visible: true, features: withSignature(differing(k), "b") });
    return { groupId: "g", createdAt: at(400 * DAY), memberIds: ["m1"], threads: [], posts, reactions: [], meetups: [], projects: [] };
  }

  for (const history of [0, 100]) {
    it(`uses ≥ 0.8 of equal components exactly (${history === 0 ? "window scan" : "prolific author's index"})`, () => {
      const qmOf = (k: number) => prepare(activityWith(history, k), NOW.getTime()).postById.get("b")!.qm;
      expect(qmOf(12)).toBe(false); // 52 / 64 = 0.8125: near-duplicate
      expect(qmOf(13)).toBe(true); // 51 / 64 = 0.797: distinct
      expect(qmOf(0)).toBe(false);
    });
  }

  it("matches a pairwise reference on mutated copies, for scanned and prolific authors", () => {
    const rng = createRng(5);
    const bases = Array.from({ length: 30 }, (_, i) => uniqueText(3000 + i, 60).split(" "));
    const posts: GroupActivity["posts"] = [];
    for (let i = 0; i < 900; i++) {
      const author = i % 9 === 0 ? "quiet" : i % 2 ? "loud1" : "loud2";
      const words = [...(bases[Math.floor(rng() * bases.length)] as string[])];
      // 0–4 changed words: estimated similarities on both sides of 0.8.
      const changes = Math.floor(rng() * 5);
      for (let c = 0; c < changes; c++) words[Math.floor(rng() * words.length)] = `x${Math.floor(rng() * 50)}`;
      posts.push({
        id: `p${i}`, threadId: "t", authorId: author, parentId: null,
        createdAt: at(Math.floor(rng() * 20 * DAY) + HOUR), visible: rng() > 0.03,
        features: features(words.join(" ")),
      });
    }
    const activity: GroupActivity = { groupId: "g", createdAt: at(400 * DAY), memberIds: ["quiet", "loud1", "loud2"], threads: [], posts, reactions: [], meetups: [], projects: [] };
    const { qm, duplicates, nearDuplicates } = expectSameAsReference(activity);
    expect(qm).toBeGreaterThan(100);
    expect(duplicates).toBeGreaterThan(100);
    expect(nearDuplicates).toBeGreaterThan(50);
  });

  it("matches the reference on a synthetic group", () => {
    const activity = generateSyntheticActivity({ seed: 3, now: NOW, members: 30, threads: 60, posts: 2500, olderPosts: 500, bodyPool: 150 });
    const { qm, duplicates } = expectSameAsReference(activity);
    expect(qm).toBeGreaterThan(1000);
    expect(duplicates).toBeGreaterThan(10);
  });
});
