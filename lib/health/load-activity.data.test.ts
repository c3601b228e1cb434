import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { preparePostContent } from "@/lib/discussions/post-content";
import { cancelMeetup, rsvpToMeetup, setCheckIn } from "@/lib/meetups/mutations";
import { makeMeetup } from "@/lib/meetups/test-fixtures";
import { changeProjectStatus, joinProject, postProjectUpdate } from "@/lib/projects/mutations";
import { makeProject } from "@/lib/projects/test-fixtures";
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

describe("loadGroupActivity + computeGroupHealth: history, meetups and projects", () => {
  // Five members A–E and F, who checks in and joins a project, then is banned. NOW is a
  // Monday, 12:00 UTC: complete week k runs from 7k + 0.5 to 7k − 6.5 days before NOW.
  //
  //   days ago  thread  QMs (author)                     week
  //   45, 44    T4      C opens, D answers, A answers C  7   good (3 authors)
  //   33        T3      A opens, B answers               5   good
  //   20        T5      B opens alone                    3   one author
  //   10        T6      A opens, E answers               2   good
  //   3         T1      A, B, C: 50 tokens each, MATTR 0.6, 0.8, 1.0      1   good
  //
  //   meetup  start       organiser  checked in (going)  linked  what it is
  //   M1      47 d ago    A          A B C               T4      held; C and A wrote within 14 days: followed through
  //   M2      12 d ago    B          B C E F(banned)     T6      held; only E of them wrote: under 14 days, waits
  //   M3      20 d ago    C          A (going A B D)     —       half-held
  //   M4      in 10 days  D          —                   —       cancelled
  //   M5      in 30 days  E          —                   —       upcoming
  //   M6      100 d ago   D          A B C               —       outside the 90-day window
  //
  //   project  status                 contributors  updates (days ago)  source
  //   PR1      active                 A B           100, 20             T3
  //   PR2      completed 50 days ago  C D           120, 60             —
  //   PR3      active                 A E           150                 —
  //   PR4      active                 A             10                  —   (one contributor)
  //   PR5      proposed               B C           5                   —
  //   PR6      active                 C F(banned)   5                   —   (one member contributor)
  let groupId: string;

  const mattrText = (types: number, prefix: string) => Array.from({ length: 50 }, (_, i) => `${prefix}${i % types}`).join(" ");

  beforeAll(async () => {
    const [a, b, c, d, e, f] = await Promise.all(Array.from({ length: 6 }, () => makeUser()));
    groupId = (await makeGroup(a!.id, { createdAt: at(200) })).id;
    // B–E may schedule meetups: the health model does not care who may, only who did.
    for (const user of [b, c, d, e]) await addMember(groupId, user!.id, "organizer");
    await addMember(groupId, f!.id);
    await db.membership.updateMany({ where: { groupId }, data: { joinedAt: at(200) } });
    const [A, B, C, D, E, F] = [a, b, c, d, e, f].map((user) => user!.id) as [string, string, string, string, string, string];

    const thread = async (authorId: string, createdAt: Date) =>
      (await db.thread.create({ data: { groupId, authorId, title: "T", slug: "t", createdAt, lastActivityAt: createdAt } })).id;
    const post = async (threadId: number, authorId: string, parentId: number | null, createdAt: Date, body = words(8)) =>
      (await db.post.create({ data: { threadId, authorId, parentId, createdAt, ...preparePostContent(body) }, select: { id: true } })).id;

    const t4 = await thread(C, at(45));
    const t4open = await post(t4, C, null, at(45));
    await post(t4, D, t4open, at(45, 1));
    await post(t4, A, t4open, at(44));
    const t3 = await thread(A, at(33));
    await post(t3, B, await post(t3, A, null, at(33)), at(33, 1));
    await post(await thread(B, at(20)), B, null, at(20));
    const t6 = await thread(A, at(10));
    await post(t6, E, await post(t6, A, null, at(10)), at(10, 1));
    const t1 = await thread(A, at(3));
    const t1open = await post(t1, A, null, at(3), mattrText(30, "alpha"));
    const t1b = await post(t1, B, t1open, at(3, 1), mattrText(40, "beta"));
    await post(t1, C, t1b, at(3, 2), mattrText(50, "gamma"));

    // Meetups through the real mutations, each with its own clock.
    const meetup = async (organizerId: string, daysAgo: number, threadIds: number[] = []) =>
      (await makeMeetup(organizerId, groupId, { startsAt: at(daysAgo), threadIds }, at(daysAgo + 1))).id;
    const checkIn = async (meetupId: number, organizerId: string, daysAgo: number, attendees: string[]) => {
      for (const attendee of attendees) await setCheckIn(organizerId, meetupId, attendee, true, at(daysAgo, 1));
    };
    const m1 = await meetup(A, 47, [t4]);
    await checkIn(m1, A, 47, [A, B, C]);
    const m2 = await meetup(B, 12, [t6]);
    await checkIn(m2, B, 12, [B, C, E, F]);
    const m3 = await meetup(C, 20);
    for (const user of [A, B, D]) await rsvpToMeetup(user, m3, "going", at(21));
    await checkIn(m3, C, 20, [A]);
    const m4 = await meetup(D, -10);
    await cancelMeetup(D, m4, "Venue closed", at(1));
    await meetup(E, -30);
    const m6 = await meetup(D, 100);
    await checkIn(m6, D, 100, [A, B, C]);
    // The mutations stamp rows with the wall clock; the loader leaves out anything written after NOW.
    await db.$executeRaw`UPDATE "Meetup" SET "createdAt" = ${at(150)} WHERE "groupId" = ${groupId}`;
    await db.$executeRaw`UPDATE "Rsvp" SET "updatedAt" = ${at(21)} WHERE "meetupId" = ${m3}`;

    // Projects through the real mutations, then dated.
    const project = async (lead: string, others: string[], updates: [string, number][], options: { status?: "active" | "proposed"; sourceThreadId?: number } = {}) => {
      const { projectId } = await makeProject(lead, groupId, { status: options.status ?? "active", ...(options.sourceThreadId ? { sourceThreadId: options.sourceThreadId } : {}) });
      for (const user of others) await joinProject(user, projectId);
      for (const [author, daysAgo] of updates) {
        const { updateId } = await postProjectUpdate(author, projectId, `Progress, ${daysAgo} days ago.`);
        await db.projectUpdate.update({ where: { id: updateId }, data: { createdAt: at(daysAgo) } });
      }
      await db.project.update({ where: { id: projectId }, data: { createdAt: at(170) } });
      await db.projectMember.updateMany({ where: { projectId }, data: { joinedAt: at(170) } });
      return projectId;
    };
    await project(A, [B], [[A, 100], [B, 20]], { sourceThreadId: t3 });
    const pr2 = await project(C, [D], [[C, 120], [D, 60]]);
    await changeProjectStatus(C, pr2, "completed", at(50));
    await project(A, [E], [[A, 150]]);
    await project(A, [], [[A, 10]]);
    await project(B, [C], [[B, 5]], { status: "proposed" });
    await project(C, [F], [[C, 5]]);

    await db.membership.update({ where: { groupId_userId: { groupId, userId: F } }, data: { status: "banned" } });
  });

  it("loads the meetups and projects as the engine needs them", async () => {
    const activity = (await loadGroupActivity(groupId, NOW))!;
    expect(activity.memberIds).toHaveLength(5);
    expect(activity.meetups).toHaveLength(6);
    expect(activity.meetups.filter((m) => m.cancelled)).toHaveLength(1);
    expect(activity.meetups.map((m) => m.checkedInIds.length).sort()).toEqual([0, 0, 1, 3, 3, 4]);
    expect(activity.meetups.flatMap((m) => m.goingIds)).toHaveLength(3);
    expect(activity.projects).toHaveLength(6);
    expect(activity.projects.map((p) => p.status).sort()).toEqual(["active", "active", "active", "active", "completed", "proposed"]);
    expect(activity.projects.flatMap((p) => p.updates)).toHaveLength(8);
    expect(activity.projects.filter((p) => p.sourceThreadId !== null)).toHaveLength(1);
  });

  it("recomputing a past day, a project completed since was still under way", async () => {
    const completed = (await loadGroupActivity(groupId, NOW))!.projects.find((p) => p.status === "completed")!;
    expect(completed.completedAt).toEqual(at(50));
    const before = (await loadGroupActivity(groupId, at(60)))!.projects.find((p) => p.id === completed.id);
    expect(before).toMatchObject({ status: "active", completedAt: null });
    const after = (await loadGroupActivity(groupId, at(40)))!.projects.find((p) => p.id === completed.id);
    expect(after).toMatchObject({ status: "completed", completedAt: at(50) });
  });

  it("scores history, meetups and projects as computed by hand", async () => {
    const report = computeGroupHealth((await loadGroupActivity(groupId, NOW))!, NOW);
    const shrunk = (x: number, n: number, target: number) => (x + 5 * (target / 2)) / (n + 5);
    const score = (x: number, n: number, target: number) => 100 * Math.min(1, shrunk(x, n, target) / target);
    const dimension = (key: string) => report.dimensions.find((dim) => dim.key === key)!;

    // Regularity: weeks 1, 2, 5 and 7 of the last 13 had QMs from two or more authors.
    expect(metric(report, "regularity")).toMatchObject({ value: 4 / 13, sample: 13, provisional: false });
    expect(metric(report, "regularity").score).toBeCloseTo(score(4, 13, 0.85), 6);

    // Retention: A, B, C and D wrote 30–60 days ago; A, B and C wrote again (D did not).
    expect(metric(report, "retention")).toMatchObject({ value: 0.75, sample: 4, provisional: true });
    expect(metric(report, "retention").score).toBeCloseTo(score(3, 4, 0.6), 6);

    // Lexical diversity: T1's three 50-token posts, MATTR 30/50, 40/50, 50/50; the median is 0.8.
    const lexical = metric(report, "lexicalDiversity");
    expect(lexical).toMatchObject({ sample: 3, provisional: true });
    expect(lexical.value).toBeCloseTo(0.8, 10);
    expect(lexical.score).toBeCloseTo((100 * (0.8 - 0.5)) / 0.35, 6);

    // Cadence: M1 and M2 held, M3 half-held; M6 is 100 days old, M4 cancelled, M5 to come.
    const cadence = 2 ** (-47 / 45) + 2 ** (-12 / 45) + 0.5 * 2 ** (-20 / 45);
    expect(metric(report, "cadence")).toMatchObject({ sample: 3, provisional: false });
    expect(metric(report, "cadence").value).toBeCloseTo(cadence, 10);
    expect(metric(report, "cadence").score).toBeCloseTo(100 * (1 - Math.exp(-cadence)), 6);
    // Reach: A, B, C, E checked in at held meetups (F is banned, M3's A does not count), of 5 writers in 90 days.
    expect(metric(report, "reach")).toMatchObject({ value: 0.8, sample: 5, provisional: false });
    expect(metric(report, "reach").score).toBeCloseTo(score(4, 5, 0.5), 6);
    // Follow-through: M1 is followed; M2 (12 days) is not yet, and waits outside the sample.
    expect(metric(report, "followThrough")).toMatchObject({ value: 1, sample: 1, provisional: true });
    expect(metric(report, "followThrough").score).toBeCloseTo(score(1, 1, 0.5), 6);
    // Organisers: A (M1), B (M2), C (M3 half-held) and E (M5 upcoming); D's are cancelled or too old.
    expect(metric(report, "organizers")).toMatchObject({ value: 4, score: 100 });
    expect(dimension("meetups").score).toBeCloseTo((100 * (1 - Math.exp(-cadence)) + score(4, 5, 0.5) + score(1, 1, 0.5) + 100) / 4, 6);

    // Live projects: PR1 and PR2 (completed in the window); PR3 went quiet; PR4–PR6 never live.
    const live = 100 * (1 - Math.exp(-2));
    expect(metric(report, "liveProjects")).toMatchObject({ value: 2, sample: 2 });
    expect(metric(report, "liveProjects").score).toBeCloseTo(live, 6);
    // Team breadth: A, B, C, D contribute to live projects, of 5 writers in 90 days.
    expect(metric(report, "teamBreadth")).toMatchObject({ value: 0.8, sample: 5, score: 100 });
    // Spawned: PR1 of the 2 live projects came from a thread of the group.
    expect(metric(report, "spawnedFromDiscussion")).toMatchObject({ value: 0.5, sample: 2, provisional: true });
    expect(metric(report, "spawnedFromDiscussion").score).toBeCloseTo(score(1, 2, 1), 6);
    // Continuity: PR1, PR2 and PR3 were live 90–180 days ago; PR1 and PR2 carried on.
    expect(metric(report, "continuity")).toMatchObject({ value: 2 / 3, sample: 3, provisional: true });
    expect(metric(report, "continuity").score).toBeCloseTo(score(2, 3, 0.7), 6);
    expect(dimension("projects").score).toBeCloseTo((live + 100 + score(1, 2, 1) + score(2, 3, 0.7)) / 4, 6);
  });
});

describe("loadGroupActivity: a project born from an old discussion", () => {
  it("still counts as spawned from a thread of the group when the thread is older than the posts loaded", async () => {
    const [a, b] = await Promise.all([makeUser(), makeUser()]);
    const groupId = (await makeGroup(a.id, { createdAt: at(300) })).id;
    await addMember(groupId, b.id);
    await db.membership.updateMany({ where: { groupId }, data: { joinedAt: at(300) } });
    // The discussion ended 150 days ago, long before the 105 days of posts the loader reads.
    const old = await db.thread.create({ data: { groupId, authorId: a.id, title: "Old idea", slug: "old-idea", createdAt: at(150), lastActivityAt: at(149) } });
    await db.post.create({ data: { threadId: old.id, authorId: a.id, createdAt: at(150), ...preparePostContent(words(20)) } });
    const { projectId } = await makeProject(a.id, groupId, { sourceThreadId: old.id });
    await joinProject(b.id, projectId);
    const { updateId } = await postProjectUpdate(b.id, projectId, "Still going strong.");
    await db.projectUpdate.update({ where: { id: updateId }, data: { createdAt: at(5) } });
    await db.project.update({ where: { id: projectId }, data: { createdAt: at(140) } });
    await db.projectMember.updateMany({ where: { projectId }, data: { joinedAt: at(140) } });

    const activity = (await loadGroupActivity(groupId, NOW))!;
    expect(activity.posts).toHaveLength(0);
    expect(activity.projects.map((p) => p.sourceThreadId)).toEqual([String(old.id)]);
    // The source thread is listed (without its posts), so the engine can tell it is the group's.
    expect(activity.threads).toEqual([{ id: String(old.id), authorId: a.id, createdAt: at(150) }]);
    const report = computeGroupHealth(activity, NOW);
    expect(metric(report, "liveProjects").value).toBe(1);
    expect(metric(report, "spawnedFromDiscussion")).toMatchObject({ value: 1, sample: 1 });
  });
});

describe("loadGroupActivity: a like given lately to an older post", () => {
  it("counts toward engagement though the post is older than the posts loaded and its thread is quiet", async () => {
    const [a, b, c] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const groupId = (await makeGroup(a.id, { createdAt: at(300) })).id;
    for (const user of [b, c]) await addMember(groupId, user.id);
    await db.membership.updateMany({ where: { groupId }, data: { joinedAt: at(300) } });
    // A's post of 150 days ago, in a thread nobody wrote in since: B liked it 5 days ago, C 40
    // days ago (outside the 30-day window).
    const old = await db.thread.create({ data: { groupId, authorId: a.id, title: "Old", slug: "old", createdAt: at(150), lastActivityAt: at(150) } });
    const post = await db.post.create({ data: { threadId: old.id, authorId: a.id, createdAt: at(150), ...preparePostContent(words(20)) }, select: { id: true } });
    await db.reaction.create({ data: { postId: post.id, userId: b.id, createdAt: at(5) } });
    await db.reaction.create({ data: { postId: post.id, userId: c.id, createdAt: at(40) } });

    const activity = (await loadGroupActivity(groupId, NOW))!;
    expect(activity.posts.map((p) => p.id)).toEqual([String(post.id)]);
    expect(activity.posts[0]).toMatchObject({ authorId: a.id, visible: true });
    const report = computeGroupHealth(activity, NOW);
    // "Reacted to another member's post in W": B only, of 3 members.
    expect(metric(report, "engagement")).toMatchObject({ value: 1 / 3, sample: 3 });
    // The old post counts in no windowed metric.
    expect(metric(report, "frequency").value).toBe(0);
    expect(metric(report, "substance").sample).toBe(0);

    // As of a day before the like, nobody engaged; and a like on a deleted post counts for nothing.
    expect(metric(computeGroupHealth((await loadGroupActivity(groupId, at(6)))!, at(6)), "engagement").value).toBe(0);
    await db.post.update({ where: { id: post.id }, data: { deletedAt: at(100) } });
    expect(metric(computeGroupHealth((await loadGroupActivity(groupId, NOW))!, NOW), "engagement").value).toBe(0);
  });
});
