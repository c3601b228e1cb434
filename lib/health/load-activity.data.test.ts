import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { preparePostContent } from "@/lib/discussions/post-content";
import { addMember, makeGroup, makeUser } from "@/test/fixtures";
import { computeGroupHealth, type HealthReport, type MetricScore } from "./index";
import { loadGroupActivity } from "./load-activity";
import { recomputeGroups } from "./recompute";
import { listGroupsDueForRecompute, loadHealthHistory, markHealthDirty } from "./snapshots";
import { backfillSnapshots } from "./recompute";

/**
 * A small group built in the real database, loaded by the loader, scored by the engine, and
 * checked against values computed by hand from the contract's formulas.
 */
const NOW = new Date("2026-06-15T12:00:00Z");
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const at = (daysAgo: number, plusHours = 0) => new Date(NOW.getTime() - daysAgo * DAY + plusHours * HOUR);

/** n distinct words, so bodies are neither near-duplicates nor short by accident. */
let wordSeed = 0;
function words(n: number): string {
  return Array.from({ length: n }, () => `word${(wordSeed++).toString(36)}`).join(" ");
}

function metric(report: HealthReport, key: string): MetricScore {
  const found = report.dimensions.flatMap((d) => d.metrics).find((m) => m.key === key);
  if (!found) throw new Error(`no metric ${key}`);
  return found;
}

describe("loadGroupActivity + computeGroupHealth", () => {
  let groupId: string;
  let ids: { a: string; b: string; c: string; banned: string; outsider: string };
  let t1: number;
  let t2: number;

  beforeAll(async () => {
    const [a, b, c, banned, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser(), makeUser()]);
    ids = { a: a.id, b: b.id, c: c.id, banned: banned.id, outsider: outsider.id };
    const group = await makeGroup(a.id, { createdAt: at(200) });
    groupId = group.id;
    await db.membership.update({ where: { groupId_userId: { groupId, userId: a.id } }, data: { joinedAt: at(200) } });
    for (const user of [b, c, banned]) {
      await addMember(groupId, user.id);
      await db.membership.update({ where: { groupId_userId: { groupId, userId: user.id } }, data: { joinedAt: at(150) } });
    }
    await db.membership.update({ where: { groupId_userId: { groupId, userId: banned.id } }, data: { status: "banned" } });

    const post = (threadId: number, authorId: string, parentId: number | null, createdAt: Date, body: string, deletedAt: Date | null = null) =>
      db.post.create({ data: { threadId, authorId, parentId, createdAt, deletedAt, ...preparePostContent(body) }, select: { id: true } });

    // T1: A opens (60 words: substantive), B answers 2 h later, C answers B 3 h after that.
    t1 = (await db.thread.create({ data: { groupId, authorId: a.id, title: "T1", slug: "t1", createdAt: at(10), lastActivityAt: at(10, 5) } })).id;
    const opener1 = await post(t1, a.id, null, at(10), words(60));
    const replyB = await post(t1, b.id, opener1.id, at(10, 2), words(10));
    await post(t1, c.id, replyB.id, at(10, 5), words(10));
    // T2: B opens (8 words); only a deleted post, a banned member and an outsider "answer".
    t2 = (await db.thread.create({ data: { groupId, authorId: b.id, title: "T2", slug: "t2", createdAt: at(5), lastActivityAt: at(5, 3) } })).id;
    const opener2 = await post(t2, b.id, null, at(5), words(8));
    await post(t2, c.id, opener2.id, at(5, 1), words(12), at(5, 2));
    await post(t2, banned.id, opener2.id, at(5, 2), words(12));
    await post(t2, outsider.id, opener2.id, at(5, 3), words(12));
    // After NOW: must be ignored by a computation as of NOW.
    await post(t2, a.id, opener2.id, new Date(NOW.getTime() + DAY), words(20));
    // C likes A's opener.
    await db.reaction.create({ data: { postId: opener1.id, userId: c.id, createdAt: at(9) } });
  });

  it("loads features only, active members only, and nothing after now", async () => {
    const activity = await loadGroupActivity(groupId, NOW);
    expect(activity).not.toBeNull();
    expect(new Set(activity!.memberIds)).toEqual(new Set([ids.a, ids.b, ids.c]));
    expect(activity!.threads.map((t) => t.id).sort()).toEqual([String(t1), String(t2)].sort());
    expect(activity!.posts).toHaveLength(7);
    expect(activity!.posts.filter((p) => !p.visible)).toHaveLength(1);
    expect(activity!.posts.every((p) => !("body" in p))).toBe(true);
    const opener = activity!.posts.find((p) => p.parentId === null && p.authorId === ids.a)!;
    expect(opener.features.wordCount).toBe(60);
    expect(opener.features.substantive).toBe(true);
    expect(opener.features.minhash).toHaveLength(64);
    expect(activity!.reactions).toEqual([{ postId: opener.id, userId: ids.c, createdAt: at(9) }]);
  });

  it("scores the group as computed by hand", async () => {
    const report = computeGroupHealth((await loadGroupActivity(groupId, NOW))!, NOW);
    // 4 QMs: A's opener, B's reply, C's reply, B's second opener. Deleted, banned and outsider posts count for nothing.
    const shrunk = (x: number, n: number, target: number) => (x + 5 * (target / 2)) / (n + 5);
    const score = (x: number, n: number, target: number) => 100 * Math.min(1, shrunk(x, n, target) / target);

    // Responsiveness: T1 and T2 are QM-opened and older than 24 h; only T1 got a member's QM reply within 48 h.
    const responsiveness = metric(report, "responsiveness");
    expect(responsiveness.sample).toBe(2);
    expect(responsiveness.value).toBeCloseTo(0.5, 10);
    expect(responsiveness.score).toBeCloseTo(score(1, 2, 0.9), 6);
    expect(responsiveness.provisional).toBe(true);

    // Engagement: A, B and C all wrote a QM → 3 of 3 members.
    const engagement = metric(report, "engagement");
    expect(engagement.value).toBeCloseTo(1, 10);
    expect(engagement.score).toBeCloseTo(score(3, 3, 0.25), 6);

    // Substance: 1 substantive QM (60 words) of 4.
    const substance = metric(report, "substance");
    expect(substance.sample).toBe(4);
    expect(substance.value).toBeCloseTo(0.25, 10);
    expect(substance.score).toBeCloseTo(50, 6);

    // Depth: T1 has a QM reply, 3 authors and a QM answering a QM reply.
    const depth = metric(report, "depth");
    expect([depth.sample, depth.value]).toEqual([1, 1]);
    expect(depth.score).toBeCloseTo(score(1, 1, 0.5), 6);

    // Reciprocity: pairs {A,B} (B answered A) and {B,C} (C answered B); neither answered back.
    const reciprocity = metric(report, "reciprocity");
    expect([reciprocity.sample, reciprocity.value]).toEqual([2, 0]);
    expect(reciprocity.score).toBeCloseTo(score(0, 2, 0.4), 6);

    // Frequency: Σ 2^(−age/15 d) ÷ (30/7) × min(1, Neff/3), shares A 1/4, B 1/2, C 1/4.
    const weight = (hoursAgo: number) => 2 ** (-hoursAgo / 24 / 15);
    const sum = weight(240) + weight(238) + weight(235) + weight(120);
    const entropy = -(0.25 * Math.log(0.25) * 2 + 0.5 * Math.log(0.5));
    const frequency = metric(report, "frequency");
    expect(frequency.value).toBeCloseTo((sum / (30 / 7)) * Math.min(1, Math.exp(entropy) / 3), 6);
    expect(frequency.score).toBeCloseTo(100 * (1 - Math.exp(-frequency.value! / 10)), 6);

    // Fewer than 5 QMs in 30 days: the whole report is provisional. No meetup, no project.
    expect(report.provisional).toBe(true);
    expect(report.dimensions.find((d) => d.key === "meetups")?.score).toBe(0);
    expect(report.dimensions.find((d) => d.key === "projects")?.score).toBe(0);
    const total = report.dimensions.flatMap((d) => d.metrics).reduce((s, m) => s + m.contribution, 0);
    expect(total).toBeCloseTo(report.overall, 2);
  });

  it("saves reports, marks activity dirty, and recomputes only what is due", async () => {
    expect(await listGroupsDueForRecompute(NOW, 5 * 60_000, 1000)).toContain(groupId);
    await recomputeGroups([groupId], NOW);
    const saved = await db.groupHealth.findUniqueOrThrow({ where: { groupId } });
    expect(saved.dirtySince).toBeNull();
    expect(await listGroupsDueForRecompute(NOW, 5 * 60_000, 1000)).not.toContain(groupId);

    await markHealthDirty(groupId);
    const dirty = await db.groupHealth.findUniqueOrThrow({ where: { groupId } });
    expect(dirty.dirtySince).not.toBeNull();
    // Computed at NOW (in the past): more than 5 minutes ago, so due again.
    expect(await listGroupsDueForRecompute(new Date(), 5 * 60_000, 1000)).toContain(groupId);
    // …but not if it was computed less than 5 minutes before.
    expect(await listGroupsDueForRecompute(new Date(NOW.getTime() + 60_000), 5 * 60_000, 1000)).not.toContain(groupId);
  });

  it("backfills 90 daily snapshots once, for the trend chart", async () => {
    expect(await backfillSnapshots(groupId, NOW)).toBe(89); // today's came from the recompute
    expect(await backfillSnapshots(groupId, NOW)).toBe(0);
    const history = await loadHealthHistory(groupId, NOW);
    expect(history).toHaveLength(90);
    // 19 days ago, before T1 was opened, the group had no activity at all: richness is 0
    // (no evidence is not health); activity is low but not 0, since shrinkage pulls "0 of 3
    // members engaged" toward the neutral prior, as the contract intends.
    expect(history[70]!.richness).toBe(0);
    expect(history[70]!.activity).toBeLessThan(history.at(-1)!.activity);
    expect(history[70]!.overall).toBeLessThan(history.at(-1)!.overall);
    expect(history[70]!.band).toBe("dormant");
  });
});
