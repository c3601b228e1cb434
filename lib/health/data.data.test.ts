/**
 * The health pages' reads against a real PostgreSQL: who may open what (every health route and
 * export goes through `groupHealthAccess` / `overviewAccess`), the moderator overview's sorts,
 * filters, views and pages, groups never scored, and the dashboard's history and evidence.
 */
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadGroup, type ViewerRef } from "@/lib/groups/data";
import { replyToPost } from "@/lib/discussions/mutations";
import { postPermalink } from "@/lib/discussions/paths";
import { HEALTH_RECOMPUTE_JOB } from "@/lib/jobs/queue";
import { JOBS } from "@/lib/jobs/registry";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { seesMemberEvidence } from "./advice";
import { overviewCsv } from "./csv";
import { exportHealthOverview, groupHealthAccess, listHealthOverview, loadGroupHealthDashboard, loadGroupHealthHistory, OVERVIEW_PAGE_SIZE, overviewAccess } from "./data";
import { overviewQuerySchema, OVERVIEW_SORTS } from "./schema";
import type { Band } from "./types";

const DAY = 24 * 3600_000;
const viewerOf = (user: { id: string; isSiteAdmin: boolean }): ViewerRef => ({ id: user.id, isSiteAdmin: user.isSiteAdmin });
const query = (params: Record<string, string> = {}) => overviewQuerySchema.parse(params);

type Scores = { overall: number; band: Band; activity: number; richness: number; meetups: number; projects: number; change30: number | null };

/** Jobs sent to the recompute queue for one group (the dashboard's requests). */
async function recomputeRequests(groupId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`SELECT COUNT(*)::int AS count FROM pgboss.job WHERE name = ${HEALTH_RECOMPUTE_JOB} AND data->>'groupId' = ${groupId}`;
  return row!.count;
}

async function saveHealth(groupId: string, scores: Scores) {
  await db.groupHealth.create({ data: { groupId, computedAt: new Date(), provisional: false, report: {}, ...scores } });
}

describe("health overview", () => {
  let moderator: ViewerRef;
  let admin: ViewerRef;
  let plain: ViewerRef;
  /** The moderator's groups, with the scores stored for them (null: never scored). */
  const mine: { name: string; lastActivityDaysAgo: number; scores: Scores | null; visibility?: "private" }[] = [
    { name: "Alpha", lastActivityDaysAgo: 1, scores: { overall: 80, band: "thriving", activity: 70, richness: 90, meetups: 60, projects: 10, change30: -5 } },
    { name: "Bravo", lastActivityDaysAgo: 3, scores: { overall: 60, band: "healthy", activity: 90, richness: 50, meetups: 80, projects: 40, change30: 3 } },
    { name: "Charlie", lastActivityDaysAgo: 2, scores: { overall: 40, band: "needs-attention", activity: 30, richness: 70, meetups: 20, projects: 90, change30: -12 } },
    { name: "Delta", lastActivityDaysAgo: 5, scores: { overall: 20, band: "dormant", activity: 10, richness: 20, meetups: 40, projects: 30, change30: null } },
    { name: "Echo", lastActivityDaysAgo: 4, scores: null },
    { name: "Foxtrot", lastActivityDaysAgo: 6, scores: { overall: 76, band: "thriving", activity: 50, richness: 30, meetups: 10, projects: 60, change30: -0.04 }, visibility: "private" },
  ];
  const names = async (viewer: ViewerRef, params: Record<string, string> = {}) => (await listHealthOverview(viewer, query(params))).rows.map((row) => row.group.name);

  beforeAll(async () => {
    const [mod, other, siteAdmin, member] = await Promise.all([makeUser(), makeUser(), makeUser({ isSiteAdmin: true }), makeUser()]);
    moderator = viewerOf(mod);
    admin = viewerOf(siteAdmin);
    plain = viewerOf(member);
    const now = Date.now();
    for (const [i, spec] of mine.entries()) {
      // Owned by someone else; the moderator was appointed (Alpha is the moderator's own group).
      const group = await makeGroup(i === 0 ? mod.id : other.id, { name: spec.name, visibility: spec.visibility });
      if (i !== 0) await addMember(group.id, mod.id, "moderator");
      await addMember(group.id, member.id, "member");
      await db.group.update({ where: { id: group.id }, data: { lastActivityAt: new Date(now - spec.lastActivityDaysAgo * DAY) } });
      if (spec.scores) await saveHealth(group.id, spec.scores);
    }
    // Groups the moderator does not moderate: someone else's, one where they only organize,
    // and one where they were a moderator until banned.
    const scores: Scores = { overall: 50, band: "needs-attention", activity: 50, richness: 50, meetups: 50, projects: 50, change30: -1 };
    for (const [name, role] of [["Elsewhere", null], ["Organized", "organizer"], ["Banned", "moderator"]] as const) {
      const group = await makeGroup(other.id, { name });
      if (role) await addMember(group.id, mod.id, role);
      if (name === "Banned") await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: mod.id } }, data: { status: "banned" } });
      await saveHealth(group.id, scores);
    }
  });

  it("lists only the groups the viewer owns or moderates, scored or not; a site admin sees every group", async () => {
    const { rows, total } = await listHealthOverview(moderator, query());
    expect(total).toBe(6);
    expect(rows.map((row) => row.group.name).sort()).toEqual(mine.map((g) => g.name).sort());
    expect(rows.find((row) => row.group.name === "Echo")).toMatchObject({ health: null });
    expect((await listHealthOverview(admin, query())).total).toBe(await db.group.count());
    expect(await names(admin, { sort: "name", dir: "asc" })).toEqual([...mine.map((g) => g.name), "Elsewhere", "Organized", "Banned"].sort());
  });

  it("sorts by every column, both ways, in the database; a group not scored yet comes last on any score", async () => {
    const value = (spec: (typeof mine)[number], sort: (typeof OVERVIEW_SORTS)[number]): number | string | null => {
      if (sort === "name") return spec.name;
      if (sort === "lastActivity") return -spec.lastActivityDaysAgo;
      if (!spec.scores) return null;
      if (sort === "band") return ["dormant", "needs-attention", "healthy", "thriving"].indexOf(spec.scores.band) * 1000 + spec.scores.overall;
      return spec.scores[sort];
    };
    for (const sort of OVERVIEW_SORTS) {
      for (const dir of ["asc", "desc"] as const) {
        const sign = dir === "asc" ? 1 : -1;
        const expected = [...mine]
          .sort((a, b) => {
            const [x, y] = [value(a, sort), value(b, sort)];
            if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
            return sign * (x < y ? -1 : x > y ? 1 : 0);
          })
          .map((g) => g.name);
        expect(await names(moderator, { sort, dir }), `${sort} ${dir}`).toEqual(expected);
      }
    }
  });

  it("sorts by band in the bands' order, not alphabetically, and by score within a band", async () => {
    expect(await names(moderator, { sort: "band", dir: "desc" })).toEqual(["Alpha", "Foxtrot", "Bravo", "Charlie", "Delta", "Echo"]);
    expect(await names(moderator, { sort: "band", dir: "asc" })).toEqual(["Delta", "Charlie", "Bravo", "Foxtrot", "Alpha", "Echo"]);
    // The default order: by overall, highest first; the name sort is A→Z by default.
    expect(await names(moderator)).toEqual(["Alpha", "Foxtrot", "Bravo", "Charlie", "Delta", "Echo"]);
    expect(query({ sort: "band" }).dir).toBe("desc");
  });

  it("filters by band, and the biggest-declines view lists the groups that lost ground, the largest loss first", async () => {
    expect(await names(moderator, { band: "thriving" })).toEqual(["Alpha", "Foxtrot"]);
    expect(await names(moderator, { band: "dormant" })).toEqual(["Delta"]);
    expect((await listHealthOverview(moderator, query({ band: "healthy" }))).total).toBe(1);
    // Foxtrot's −0.04 shows as "0.0": not a decline anyone could see.
    expect(await names(moderator, { view: "declines" })).toEqual(["Charlie", "Alpha"]);
    expect(await names(moderator, { view: "declines", band: "thriving" })).toEqual(["Alpha"]);
    // A site admin's declines include every group that lost ground, still largest loss first.
    const declines = await names(admin, { view: "declines" });
    expect(declines.slice(0, 2)).toEqual(["Charlie", "Alpha"]);
    expect(declines.slice(2).sort()).toEqual(["Banned", "Elsewhere", "Organized"]);
  });

  it("exports every matching row in the page's order, only the viewer's groups", async () => {
    const csv = parse(overviewCsv(await exportHealthOverview(moderator, query({ sort: "overall", dir: "desc" }))), { columns: true }) as Record<string, string>[];
    expect(csv.map((row) => row.group)).toEqual(["Alpha", "Foxtrot", "Bravo", "Charlie", "Delta", "Echo"]);
    expect(csv.find((row) => row.group === "Echo")).toMatchObject({ band: "not-scored", overall: "" });
    for (const hidden of ["Elsewhere", "Organized", "Banned"]) expect(csv.map((row) => row.group)).not.toContain(hidden);
    expect((await exportHealthOverview(moderator, query({ band: "thriving" }))).map((row) => row.group.name)).toEqual(["Alpha", "Foxtrot"]);
    expect(await exportHealthOverview(admin, query())).toHaveLength(await db.group.count());
  });

  it("the overview and its export are for moderators, owners and site admins only", async () => {
    expect(await overviewAccess(null)).toBe("sign-in");
    expect(await overviewAccess(plain)).toBe("forbidden");
    expect(await overviewAccess(moderator)).toBe("ok");
    expect(await overviewAccess(admin)).toBe("ok");
    // An organizer only, or a banned moderator, is no moderator.
    const organizer = viewerOf(await makeUser());
    const group = await db.group.findFirstOrThrow({ where: { name: "Organized" } });
    await addMember(group.id, organizer.id, "organizer");
    expect(await overviewAccess(organizer)).toBe("forbidden");
  });

  it("paginates on the server: page 2 continues page 1 without overlap", async () => {
    const bulk = await makeUser();
    const base = Date.now();
    const groups = Array.from({ length: OVERVIEW_PAGE_SIZE + 5 }, (_, i) => ({
      id: `bulk-${String(i).padStart(3, "0")}`,
      slug: `bulk-${i}`,
      name: `Bulk ${String(i).padStart(3, "0")}`,
      description: "bulk",
      descriptionHtml: "<p>bulk</p>",
      createdById: bulk.id,
      lastActivityAt: new Date(base - i * 60_000),
    }));
    await db.group.createMany({ data: groups });
    await db.membership.createMany({ data: groups.map((g) => ({ groupId: g.id, userId: bulk.id, role: "owner" as const })) });
    await db.groupHealth.createMany({
      data: groups.map((g, i) => ({ groupId: g.id, computedAt: new Date(), overall: 100 - i, band: "healthy", provisional: false, activity: i, richness: 0, meetups: 0, projects: 0, report: {} })),
    });
    const viewer = viewerOf(bulk);
    const first = await listHealthOverview(viewer, query());
    const second = await listHealthOverview(viewer, query({ page: "2" }));
    expect(first.total).toBe(55);
    expect(second.total).toBe(55);
    expect(first.rows).toHaveLength(OVERVIEW_PAGE_SIZE);
    expect(second.rows.map((row) => row.group.name)).toEqual(["Bulk 050", "Bulk 051", "Bulk 052", "Bulk 053", "Bulk 054"]);
    expect(await names(viewer, { page: "2", sort: "activity", dir: "asc" })).toEqual(["Bulk 050", "Bulk 051", "Bulk 052", "Bulk 053", "Bulk 054"]);
    expect((await listHealthOverview(viewer, query({ page: "3" }))).rows).toEqual([]);
    // The export is every row, not one page.
    expect(await exportHealthOverview(viewer, query({ page: "2" }))).toHaveLength(55);
  });

  it("finds groups by name, case and accents aside, with any sort, band, view, page, and in the export", async () => {
    const other = await makeUser();
    const accented = await makeGroup(other.id, { name: "Réparation Vélo" });
    await addMember(accented.id, moderator.id, "moderator");
    expect(await names(moderator, { q: "ALPHA" })).toEqual(["Alpha"]);
    expect(await names(moderator, { q: "reparation velo" })).toEqual(["Réparation Vélo"]);
    expect(await names(moderator, { q: "Vélo alpha" })).toEqual([]);
    // Names with an "a", in each order, filter and view the page offers.
    expect(await names(moderator, { q: "a", sort: "name" })).toEqual(["Alpha", "Bravo", "Charlie", "Delta", "Réparation Vélo"]);
    expect(await names(moderator, { q: "a", sort: "lastActivity" })).toEqual(["Réparation Vélo", "Alpha", "Charlie", "Bravo", "Delta"]);
    expect(await names(moderator, { q: "a", band: "thriving" })).toEqual(["Alpha"]);
    expect(await names(moderator, { q: "a", view: "declines" })).toEqual(["Charlie", "Alpha"]);
    expect((await listHealthOverview(moderator, query({ q: "a" }))).total).toBe(5);
    // Only among the groups the viewer may read; a site admin finds any.
    expect(await names(moderator, { q: "elsewhere" })).toEqual([]);
    expect(await names(admin, { q: "elsewhere" })).toEqual(["Elsewhere"]);
    // A typed % or _ is a character, not a wildcard.
    expect(await names(admin, { q: "%" })).toEqual([]);
    expect((await exportHealthOverview(moderator, query({ q: "a", sort: "name", dir: "desc" }))).map((row) => row.group.name)).toEqual(["Réparation Vélo", "Delta", "Charlie", "Bravo", "Alpha"]);

    // Paginated as the whole list is (the bulk groups were inserted without their search text).
    await db.$executeRaw`UPDATE "Group" SET "searchText" = lower(name) WHERE id LIKE 'bulk-%'`;
    const [first, second] = await Promise.all([listHealthOverview(admin, query({ q: "bulk", sort: "name" })), listHealthOverview(admin, query({ q: "bulk", sort: "name", page: "2" }))]);
    expect([first.total, first.rows.length, second.total]).toEqual([OVERVIEW_PAGE_SIZE + 5, OVERVIEW_PAGE_SIZE, OVERVIEW_PAGE_SIZE + 5]);
    expect(second.rows.map((row) => row.group.name)).toEqual(["Bulk 050", "Bulk 051", "Bulk 052", "Bulk 053", "Bulk 054"]);
  });
});

describe("who may open a group's health page and its history export", () => {
  const users: Record<string, ViewerRef> = {};
  let publicSlug: string;
  let privateSlug: string;
  let otherSlug: string;

  beforeAll(async () => {
    for (const key of ["owner", "moderator", "organizer", "member", "outsider", "otherModerator", "bannedModerator"]) users[key] = viewerOf(await makeUser());
    users.admin = viewerOf(await makeUser({ isSiteAdmin: true }));
    const group = await makeGroup(users.owner!.id);
    const secret = await makeGroup(users.owner!.id, { visibility: "private" });
    const other = await makeGroup(users.otherModerator!.id);
    [publicSlug, privateSlug, otherSlug] = [group.slug, secret.slug, other.slug];
    for (const g of [group, secret]) {
      await addMember(g.id, users.moderator!.id, "moderator");
      await addMember(g.id, users.organizer!.id, "organizer");
      await addMember(g.id, users.member!.id, "member");
      await addMember(g.id, users.bannedModerator!.id, "moderator");
      await db.membership.update({ where: { groupId_userId: { groupId: g.id, userId: users.bannedModerator!.id } }, data: { status: "banned" } });
    }
    // The moderator of this group is a plain member of the other one.
    await addMember(other.id, users.moderator!.id, "member");
  });

  const access = async (slug: string, who: string | null) => {
    const viewer = who ? users[who]! : null;
    return groupHealthAccess(await loadGroup(slug, viewer), viewer);
  };

  it("owners, moderators and site admins may", async () => {
    for (const who of ["owner", "moderator", "admin"]) {
      expect(await access(publicSlug, who), who).toBe("ok");
      expect(await access(privateSlug, who), who).toBe("ok");
    }
  });

  it("a moderator of another group, an organizer, a member, a banned moderator and a non-member get 403", async () => {
    expect(await access(otherSlug, "moderator")).toBe("forbidden");
    expect(await access(publicSlug, "otherModerator")).toBe("forbidden");
    for (const who of ["organizer", "member", "bannedModerator", "outsider"]) expect(await access(publicSlug, who), who).toBe("forbidden");
    for (const who of ["organizer", "member"]) expect(await access(privateSlug, who), who).toBe("forbidden");
  });

  it("a private group does not exist for non-members (404); signed-out visitors are sent to sign in, or get 404 for a private group", async () => {
    expect(await access(privateSlug, "outsider")).toBe("not-found");
    expect(await access(privateSlug, "otherModerator")).toBe("not-found");
    expect(await access(privateSlug, "bannedModerator")).toBe("not-found");
    expect(await access(privateSlug, null)).toBe("not-found");
    expect(await access(publicSlug, null)).toBe("sign-in");
    expect(await access("no-such-group", "admin")).toBe("not-found");
  });
});

describe("a group's dashboard and history", () => {
  const setup = async (ageDays: number) => {
    const [owner, writer, admin] = await Promise.all([makeUser(), makeUser({ name: "Quiet Writer" }), makeUser({ isSiteAdmin: true })]);
    const group = await makeGroup(owner.id, { createdAt: new Date(Date.now() - ageDays * DAY) });
    await addMember(group.id, writer.id);
    // Three threads nobody answered: the writer is a member "never answered".
    for (const topic of ["soil", "seeds", "compost"]) await makeThread(writer.id, group.id, `About ${topic}`, `A long enough question about ${topic} for the whole group to consider.`);
    return { group, owner, writer, admin };
  };

  it("never backfills snapshots before the group existed; a 20-day-old group has no 30-day change or drivers", async () => {
    const { group } = await setup(20);
    const { backfillSnapshots, recomputeGroups } = await import("./recompute");
    const createdAt = (await db.group.findUniqueOrThrow({ where: { id: group.id } })).createdAt;
    const createdDay = Date.UTC(createdAt.getUTCFullYear(), createdAt.getUTCMonth(), createdAt.getUTCDate());
    const now = new Date();
    // A "Dormant 0" of 30 days ago, before the group existed, left by an earlier backfill: no
    // baseline for the overview's change or the dashboard's, and the backfill removes it.
    const monthAgo = new Date(now.getTime() - 30 * DAY);
    const monthAgoDay = new Date(Date.UTC(monthAgo.getUTCFullYear(), monthAgo.getUTCMonth(), monthAgo.getUTCDate()));
    await db.healthSnapshot.create({ data: { groupId: group.id, day: monthAgoDay, computedAt: monthAgo, overall: 0, band: "dormant", provisional: true, activity: 0, richness: 0, meetups: 0, projects: 0, report: { groupId: group.id, computedAt: monthAgo, overall: 0, band: "dormant", provisional: true, dimensions: [] } } });
    await recomputeGroups([group.id], now);
    expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } })).change30).toBeNull();
    expect((await loadGroupHealthDashboard(group, { memberEvidence: true }, now))!.change30).toBeNull();

    const filled = await backfillSnapshots(group.id, now);
    const days = (await db.healthSnapshot.findMany({ where: { groupId: group.id }, orderBy: { day: "asc" }, select: { day: true } })).map((s) => s.day.getTime());
    expect(days[0]).toBe(createdDay);
    expect(days).toHaveLength(21);
    expect(filled).toBe(20); // today's came from the recompute
    await recomputeGroups([group.id], now);
    expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } })).change30).toBeNull();

    const dashboard = (await loadGroupHealthDashboard(group, { memberEvidence: true }, now))!;
    expect(dashboard.previous).toBeNull();
    expect(dashboard.change30).toBeNull();
    expect(dashboard.drivers).toEqual([]);
    expect(dashboard.history[0]!.day.getTime()).toBe(createdDay);
    expect(await backfillSnapshots(group.id, now)).toBe(0);
  });

  it("after activity, the dashboard serves the stored review while it is under 10 minutes old, then serves it as it is and asks the recompute job for a newer one", async () => {
    const { group, owner, writer } = await setup(100);
    const { recomputeGroups } = await import("./recompute");
    const now = new Date();
    await recomputeGroups([group.id], now);
    const stored = await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } });
    expect(stored.evidence).toMatchObject({ computedAt: now.toISOString(), unansweredMemberCount: 1, unansweredMembers: [{ id: writer.id, messages: 3 }], upcomingMeetup: false, lastHeldAt: null });

    // The owner answers the writer: the stored review does not know yet.
    const thread = await db.thread.findFirstOrThrow({ where: { groupId: group.id, authorId: writer.id }, include: { posts: { take: 1 } } });
    await replyToPost(owner.id, { threadId: thread.id, parentId: thread.posts[0]!.id, body: "Welcome! Here is a long enough answer to your question about the soil." });
    const kinds = (dashboard: { advice: { kind: string }[] }) => dashboard.advice.map((a) => a.kind);
    const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

    const cached = (await loadGroupHealthDashboard(group, { memberEvidence: true }, minutesLater(5)))!;
    expect(cached.report.computedAt.getTime()).toBe(now.getTime());
    expect(cached.refreshing).toBe(false);
    // Current, but the reply came after it: the page says an update follows.
    expect(cached.updatePending).toBe(true);
    expect(cached.report.overall).toBeCloseTo(stored.overall, 9);
    expect(kinds(cached)).toContain("unanswered-members");
    expect(cached.history.at(-1)!.overall).toBeCloseTo(stored.overall, 9);
    // The history export agrees with whichever report the page shows.
    expect((await loadGroupHealthHistory(group.id, minutesLater(5))).at(-1)!.overall).toBeCloseTo(stored.overall, 9);
    expect(await recomputeRequests(group.id)).toBe(0);

    // Over 10 minutes old with activity since: served as it is, never computed in the request.
    const stale = (await loadGroupHealthDashboard(group, { memberEvidence: true }, minutesLater(11)))!;
    expect(stale.report.computedAt.getTime()).toBe(now.getTime());
    expect(stale.refreshing).toBe(true);
    expect(kinds(stale)).toContain("unanswered-members");
    expect((await loadGroupHealthHistory(group.id, minutesLater(11))).at(-1)!.overall).toBeCloseTo(stored.overall, 9);
    expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } })).computedAt).toEqual(now);
    // One job asked for, however many views (here the page and the export) meet the stale review.
    expect(await recomputeRequests(group.id)).toBe(1);

    // The recompute job handles it as the workers would: stored, and the next view reads it.
    const job = JOBS.find((j) => j.name === HEALTH_RECOMPUTE_JOB)!;
    expect(await job.run(minutesLater(12), { groupId: group.id })).toContain("recomputed");
    const saved = await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } });
    expect(saved).toMatchObject({ computedAt: minutesLater(12), dirtySince: null });
    expect(saved.evidence).toMatchObject({ computedAt: minutesLater(12).toISOString(), unansweredMemberCount: 0 });
    const next = (await loadGroupHealthDashboard(group, { memberEvidence: true }, minutesLater(13)))!;
    expect(next.report.computedAt.getTime()).toBe(minutesLater(12).getTime());
    expect(next.refreshing).toBe(false);
    expect(next.updatePending).toBe(false);
    expect(kinds(next)).not.toContain("unanswered-members");
    // A request met by a review current again (the every-minute run got there first) recomputes nothing.
    expect(await job.run(minutesLater(14), { groupId: group.id })).toBeNull();
  });

  it("a quiet group's stored review serves the dashboard for an hour, then is served as it is while the job recomputes it", async () => {
    const { group } = await setup(100);
    const { recomputeGroups } = await import("./recompute");
    const now = new Date();
    await recomputeGroups([group.id], now);
    const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const view = async (minutes: number) => (await loadGroupHealthDashboard(group, { memberEvidence: true }, minutesLater(minutes)))!;

    // Nothing happened since: only time passing changes the review, by little within an hour.
    expect(await view(50)).toMatchObject({ refreshing: false, report: { computedAt: now } });
    expect(await recomputeRequests(group.id)).toBe(0);
    expect(await view(61)).toMatchObject({ refreshing: true, report: { computedAt: now } });
    expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } })).computedAt).toEqual(now);
    expect(await recomputeRequests(group.id)).toBe(1);
  });

  it("a group with no stored review is computed on its first view and stored, with no job asked for", async () => {
    const { group } = await setup(100);
    const now = new Date();
    const first = (await loadGroupHealthDashboard(group, { memberEvidence: true }, now))!;
    expect(first).toMatchObject({ refreshing: false, report: { computedAt: now } });
    expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } })).computedAt).toEqual(now);
    expect(await recomputeRequests(group.id)).toBe(0);
  });

  it("a 100-day-old group compares with 30 days ago", async () => {
    const { group } = await setup(100);
    const { backfillSnapshots, recomputeGroups } = await import("./recompute");
    const now = new Date();
    expect(await backfillSnapshots(group.id, now)).toBe(90);
    await recomputeGroups([group.id], now);
    expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } })).change30).not.toBeNull();
    const dashboard = (await loadGroupHealthDashboard(group, { memberEvidence: true }, now))!;
    expect(dashboard.change30).toBeCloseTo(dashboard.report.overall - dashboard.previous!.overall, 9);
    expect(dashboard.drivers).toHaveLength(3);
  });

  it("the history export has exactly the chart's rows, today's being the live report", async () => {
    const { group, owner } = await setup(100);
    const { backfillSnapshots } = await import("./recompute");
    // Today's snapshot is taken a minute ago, before the owner's post: stale by now.
    await backfillSnapshots(group.id, new Date(Date.now() - 60_000));
    await makeThread(owner.id, group.id, "Welcome", "Welcome everyone, please introduce yourselves and your gardens here.");
    const now = new Date();
    const dashboard = (await loadGroupHealthDashboard(group, { memberEvidence: true }, now))!;
    const exported = await loadGroupHealthHistory(group.id, now);
    expect(exported).toEqual(dashboard.history);
    expect(exported).toHaveLength(90);
    expect(exported.at(-1)).toMatchObject({ overall: dashboard.report.overall, band: dashboard.report.band });
    const stored = await db.healthSnapshot.findMany({ where: { groupId: group.id }, orderBy: { day: "desc" }, take: 1 });
    expect(stored[0]!.day.getTime()).toBe(exported.at(-1)!.day.getTime());
    // The stale snapshot of the day was replaced by the review the dashboard computed and stored.
    expect(stored[0]!.computedAt).toEqual(now);
    expect(stored[0]!.overall).toBeCloseTo(dashboard.report.overall, 9);
  });

  it("names members never answered only to the group's own owner and moderators, not to a site admin from outside", async () => {
    const { group, owner, writer, admin } = await setup(100);
    const moderator = await makeUser();
    await addMember(group.id, moderator.id, "moderator");
    // The owner and the moderator were never answered either; the advice is theirs, not about them.
    for (const author of [owner, moderator]) {
      for (const topic of ["rules", "welcome", "events"]) await makeThread(author.id, group.id, `About ${topic}`, `A long enough note about ${topic} for the whole group to read and discuss.`);
    }
    const latest = await db.post.findFirstOrThrow({ where: { authorId: writer.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    const now = new Date(Date.now() + 1000);
    const advice = async (viewer: ViewerRef) => {
      const loaded = (await loadGroup(group.slug, viewer))!;
      const dashboard = (await loadGroupHealthDashboard(group, { memberEvidence: seesMemberEvidence(loaded.actor) }, now))!;
      return dashboard.advice.find((a) => a.kind === "unanswered-members");
    };
    for (const viewer of [owner, moderator]) {
      // The link leads to the writer's latest unanswered message in this group, to answer it.
      expect(await advice(viewerOf(viewer))).toEqual({ kind: "unanswered-members", count: 1, members: [{ id: writer.id, name: "Quiet Writer", href: postPermalink(group.slug, latest.id), messages: 3 }] });
    }
    const outsideAdmin = await advice(viewerOf(admin));
    expect(outsideAdmin).toEqual({ kind: "unanswered-members", count: 1, members: [] });
    expect(JSON.stringify(outsideAdmin)).not.toContain(writer.id);
  });
});
