/**
 * Loads `GroupActivity` for the health engine from the database: stored post features only,
 * never bodies, in a fixed number of queries per batch of groups (no query per post, thread,
 * meetup or project). A full recompute loads groups in batches; one group is a batch of one.
 *
 * Raw SQL rather than the query builder: a full recompute reads over a million post rows, and
 * selecting exactly the columns the engine needs, in one pass, is what keeps it fast. Posts
 * and reactions (the many-row reads) go to the pg pool directly in array mode: Prisma's
 * per-row mapping cost ~25 µs a row, half a second for a 20,000-post group.
 */
import pg from "pg";
import { db as defaultDb, poolOf, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { columnsToFeatures } from "./feature-columns";
import type { GroupActivity } from "./types";

const DAY_MS = 24 * 3600 * 1000;

/**
 * How far back posts are read. Regularity looks at the last 13 complete weeks (up to 97 days
 * back), near-duplicates compare with the author's previous 7 days: 105 days covers both.
 * Threads active in the last 30 days are read whole, because discussion depth counts every
 * author of the thread since it began.
 */
export const POST_HORIZON_DAYS = 105;
const ACTIVE_THREAD_DAYS = 30;
/** Meetups and projects are judged over 90 days, and their previous window over 90 more. */
const MEETUP_PAST_DAYS = 180;
const MEETUP_FUTURE_DAYS = 90;
const PROJECT_UPDATE_DAYS = 180;

export interface LoadOptions {
  /** Extra days of history, for computing several past days from one load (snapshot backfill). */
  extraHistoryDays?: number;
}

/** `timestamp(3)` columns hold UTC (Prisma's convention); pg would read them as local time. */
const TIMESTAMP_OID = 1114;
function utcTimestamp(value: string): Date {
  return new Date(`${value.replace(" ", "T")}Z`);
}
const utcTypes = {
  getTypeParser: ((oid: number, format?: string) => (oid === TIMESTAMP_OID ? utcTimestamp : pg.types.getTypeParser(oid, format as "text"))) as pg.CustomTypesConfig["getTypeParser"],
};

async function rows<T extends unknown[]>(pool: pg.Pool, text: string, values: unknown[]): Promise<T[]> {
  const result = await pool.query<T>({ text, values, rowMode: "array", types: utcTypes });
  return result.rows;
}

// Column order of the posts query.
type PostRow = [
  id: number, threadId: number, authorId: string, parentId: number | null, createdAt: Date, deletedAt: Date | null,
  groupId: string, threadAuthorId: string, threadCreatedAt: Date, threadDeletedAt: Date | null,
  featuresVersion: number, wordCount: number, substantive: boolean, hasArtifact: boolean, mattr: number | null, textHash: string, minhash: Uint8Array | null,
];

/** What the engine needs of a post, its thread and its stored features: the columns of `PostRow`. */
const POST_COLUMNS = `SELECT p.id, p."threadId", p."authorId", p."parentId", p."createdAt", p."deletedAt",
       t."groupId", t."authorId", t."createdAt", t."deletedAt",
       p."featuresVersion", p."wordCount", p.substantive, p."hasArtifact", p.mattr, p."textHash", p.minhash
FROM "Post" p JOIN "Thread" t ON t.id = p."threadId"`;

function emptyActivity(groupId: string, createdAt: Date): GroupActivity {
  return { groupId, createdAt, memberIds: [], threads: [], posts: [], reactions: [], meetups: [], projects: [] };
}

/**
 * Activity of several groups as of `now`. Members are the group's active (not banned) members
 * who had joined by `now`; posts, reactions, RSVPs and check-ins after `now` are left out, so
 * a past day can be recomputed (the engine also ignores anything after `now`).
 */
export async function loadGroupActivities(groupIds: string[], now: Date, options: LoadOptions = {}, db: Db = defaultDb): Promise<Map<string, GroupActivity>> {
  const result = new Map<string, GroupActivity>();
  if (groupIds.length === 0) return result;
  const ids = Prisma.join(groupIds);
  const pool = poolOf(db);
  const extra = (options.extraHistoryDays ?? 0) * DAY_MS;
  const postsSince = new Date(now.getTime() - POST_HORIZON_DAYS * DAY_MS - extra);
  const activeSince = new Date(now.getTime() - ACTIVE_THREAD_DAYS * DAY_MS - extra);
  const meetupsFrom = new Date(now.getTime() - MEETUP_PAST_DAYS * DAY_MS - extra);
  const meetupsTo = new Date(now.getTime() + MEETUP_FUTURE_DAYS * DAY_MS);
  const updatesSince = new Date(now.getTime() - PROJECT_UPDATE_DAYS * DAY_MS - extra);

  const [groups, members, posts, reactions, meetups, rsvps, checkIns, meetupThreads, projects, projectMembers, projectUpdates] = await Promise.all([
    db.$queryRaw<{ id: string; createdAt: Date }[]>`SELECT id, "createdAt" FROM "Group" WHERE id IN (${ids})`,
    db.$queryRaw<{ groupId: string; userId: string }[]>`
      SELECT "groupId", "userId" FROM "Membership"
      WHERE "groupId" IN (${ids}) AND status = 'active' AND "joinedAt" <= ${now}`,
    rows<PostRow>(
      pool,
      `${POST_COLUMNS}
       WHERE t."groupId" = ANY($1::text[]) AND p."createdAt" <= $2::timestamp
         AND (p."createdAt" >= $3::timestamp OR t."lastActivityAt" >= $4::timestamp)`,
      [groupIds, now.toISOString(), postsSince.toISOString(), activeSince.toISOString()],
    ),
    rows<[groupId: string, postId: number, userId: string, createdAt: Date]>(
      pool,
      `SELECT t."groupId", r."postId", r."userId", r."createdAt"
       FROM "Reaction" r JOIN "Post" p ON p.id = r."postId" JOIN "Thread" t ON t.id = p."threadId"
       WHERE t."groupId" = ANY($1::text[]) AND r."createdAt" <= $2::timestamp AND r."createdAt" >= $3::timestamp`,
      [groupIds, now.toISOString(), activeSince.toISOString()],
    ),
    db.$queryRaw<{ id: number; groupId: string; organizerId: string; startsAt: Date; cancelledAt: Date | null }[]>`
      SELECT id, "groupId", "organizerId", "startsAt", "cancelledAt" FROM "Meetup"
      WHERE "groupId" IN (${ids}) AND "startsAt" >= ${meetupsFrom} AND "startsAt" <= ${meetupsTo} AND "createdAt" <= ${now}`,
    db.$queryRaw<{ meetupId: number; userId: string }[]>`
      SELECT r."meetupId", r."userId" FROM "Rsvp" r JOIN "Meetup" m ON m.id = r."meetupId"
      WHERE m."groupId" IN (${ids}) AND m."startsAt" >= ${meetupsFrom} AND r.status = 'going' AND r."updatedAt" <= ${now}`,
    db.$queryRaw<{ meetupId: number; userId: string }[]>`
      SELECT c."meetupId", c."userId" FROM "CheckIn" c JOIN "Meetup" m ON m.id = c."meetupId"
      WHERE m."groupId" IN (${ids}) AND m."startsAt" >= ${meetupsFrom} AND c."createdAt" <= ${now}`,
    db.$queryRaw<{ meetupId: number; threadId: number }[]>`
      SELECT mt."meetupId", mt."threadId" FROM "MeetupThread" mt JOIN "Meetup" m ON m.id = mt."meetupId"
      WHERE m."groupId" IN (${ids}) AND m."startsAt" >= ${meetupsFrom}`,
    // The source thread comes along: a project born from a discussion that ended months ago
    // is still "spawned from a thread of the group", though none of its posts is loaded. A
    // thread deleted by `now` is no longer one of the group's threads; a project (or update)
    // deleted by `now` counts for nothing, as a deleted post (decision 005 §9).
    db.$queryRaw<{ id: number; groupId: string; sourceThreadId: number | null; status: GroupActivity["projects"][number]["status"]; completedAt: Date | null; sourceAuthorId: string | null; sourceCreatedAt: Date | null }[]>`
      SELECT p.id, p."groupId", p."sourceThreadId", p.status::text AS status, p."completedAt",
             t."authorId" AS "sourceAuthorId", t."createdAt" AS "sourceCreatedAt"
      FROM "Project" p LEFT JOIN "Thread" t ON t.id = p."sourceThreadId" AND t."groupId" = p."groupId" AND t."createdAt" <= ${now}
        AND (t."deletedAt" IS NULL OR t."deletedAt" > ${now})
      WHERE p."groupId" IN (${ids}) AND p."createdAt" <= ${now} AND (p."deletedAt" IS NULL OR p."deletedAt" > ${now})`,
    db.$queryRaw<{ projectId: number; userId: string }[]>`
      SELECT pm."projectId", pm."userId" FROM "ProjectMember" pm JOIN "Project" p ON p.id = pm."projectId"
      WHERE p."groupId" IN (${ids}) AND pm."joinedAt" <= ${now}`,
    db.$queryRaw<{ projectId: number; authorId: string; createdAt: Date }[]>`
      SELECT u."projectId", u."authorId", u."createdAt" FROM "ProjectUpdate" u JOIN "Project" p ON p.id = u."projectId"
      WHERE p."groupId" IN (${ids}) AND u."createdAt" >= ${updatesSince} AND u."createdAt" <= ${now} AND (u."deletedAt" IS NULL OR u."deletedAt" > ${now})`,
  ]);

  // Engagement counts a like given in the window to a post of any age ("reacted to another
  // member's post in W"), and the engine needs the post to know whose it is: the few older posts
  // liked lately, outside the horizon and in quiet threads, are read by id (primary key lookups).
  const loaded = new Set(posts.map((row) => row[0]));
  const liked = [...new Set(reactions.map((row) => row[1]).filter((postId) => !loaded.has(postId)))];
  if (liked.length > 0) {
    for (const row of await rows<PostRow>(pool, `${POST_COLUMNS} WHERE p.id = ANY($1::int[]) AND p."createdAt" <= $2::timestamp`, [liked, now.toISOString()])) posts.push(row);
  }

  for (const group of groups) result.set(group.id, emptyActivity(group.id, group.createdAt));
  const get = (groupId: string) => result.get(groupId)!;

  for (const member of members) get(member.groupId).memberIds.push(member.userId);

  const seenThreads = new Set<number>();
  for (const [id, threadId, authorId, parentId, createdAt, deletedAt, groupId, threadAuthorId, threadCreatedAt, threadDeletedAt, featuresVersion, wordCount, substantive, hasArtifact, mattr, textHash, minhash] of posts) {
    const activity = get(groupId);
    // A thread deleted by `now` (decision 009) counts as its deleted posts do: for nothing. It is
    // not one of the group's threads (no "unanswered thread", no project spawned from it), and
    // its posts are invisible. A past day recomputed before the deletion still sees it.
    const threadGone = threadDeletedAt !== null && threadDeletedAt <= now;
    if (!seenThreads.has(threadId)) {
      seenThreads.add(threadId);
      if (!threadGone) activity.threads.push({ id: String(threadId), authorId: threadAuthorId, createdAt: threadCreatedAt });
    }
    activity.posts.push({
      id: String(id),
      threadId: String(threadId),
      authorId,
      parentId: parentId === null ? null : String(parentId),
      createdAt,
      // Deleted (or removed by a moderator) before `now`, itself or with its thread: counts for nothing.
      visible: (deletedAt === null || deletedAt > now) && !threadGone,
      features: columnsToFeatures({ featuresVersion, wordCount, substantive, hasArtifact, mattr, textHash, minhash }),
    });
  }

  for (const [groupId, postId, userId, createdAt] of reactions) get(groupId).reactions.push({ postId: String(postId), userId, createdAt });

  const going = groupRows(rsvps, (row) => row.meetupId);
  const checked = groupRows(checkIns, (row) => row.meetupId);
  const linked = groupRows(meetupThreads, (row) => row.meetupId);
  for (const meetup of meetups) {
    get(meetup.groupId).meetups.push({
      id: String(meetup.id),
      organizerIds: [meetup.organizerId],
      startsAt: meetup.startsAt,
      cancelled: meetup.cancelledAt !== null && meetup.cancelledAt <= now,
      goingIds: (going.get(meetup.id) ?? []).map((row) => row.userId),
      checkedInIds: (checked.get(meetup.id) ?? []).map((row) => row.userId),
      linkedThreadIds: (linked.get(meetup.id) ?? []).map((row) => String(row.threadId)),
    });
  }

  const contributors = groupRows(projectMembers, (row) => row.projectId);
  const updates = groupRows(projectUpdates, (row) => row.projectId);
  for (const project of projects) {
    if (project.sourceThreadId !== null && project.sourceAuthorId !== null && project.sourceCreatedAt !== null && !seenThreads.has(project.sourceThreadId)) {
      seenThreads.add(project.sourceThreadId);
      get(project.groupId).threads.push({ id: String(project.sourceThreadId), authorId: project.sourceAuthorId, createdAt: project.sourceCreatedAt });
    }
    // Recomputing a past day: a project completed since was still under way then. (Other
    // status changes keep no date, so they read as they are today.)
    const completedLater = project.completedAt !== null && project.completedAt > now;
    get(project.groupId).projects.push({
      id: String(project.id),
      sourceThreadId: project.sourceThreadId === null ? null : String(project.sourceThreadId),
      status: completedLater ? "active" : project.status,
      completedAt: completedLater ? null : project.completedAt,
      contributorIds: (contributors.get(project.id) ?? []).map((row) => row.userId),
      updates: (updates.get(project.id) ?? []).map((row) => ({ authorId: row.authorId, createdAt: row.createdAt })),
    });
  }
  return result;
}

/** Rows by a key, each list in the rows' order (Node 20 has no `Map.groupBy`). */
function groupRows<T, K>(rows: T[], keyOf: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

export async function loadGroupActivity(groupId: string, now: Date, options: LoadOptions = {}, db: Db = defaultDb): Promise<GroupActivity | null> {
  return (await loadGroupActivities([groupId], now, options, db)).get(groupId) ?? null;
}

/**
 * Each group's owners and moderators (active members): the people a dashboard's advice is
 * for, whom it does not list among the members "never answered" (`gatherEvidence`). Kept out of
 * `GroupActivity`, whose shape the health contract fixes and whose engine knows no roles.
 */
export async function loadGroupStaff(groupIds: string[], db: Db = defaultDb): Promise<Map<string, string[]>> {
  const staff = new Map<string, string[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return staff;
  const rows = await db.membership.findMany({ where: { groupId: { in: groupIds }, status: "active", role: { in: ["owner", "moderator"] } }, select: { groupId: true, userId: true } });
  for (const row of rows) staff.get(row.groupId)?.push(row.userId);
  return staff;
}
