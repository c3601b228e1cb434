import { Prisma } from "@/lib/generated/prisma/client";
import type { db, Tx } from "@/lib/db";

/**
 * A group's last activity (`Group.lastActivityAt`: the directory's "Last activity", its sort
 * order, and the health overview's column) is the latest of: a post (a thread started, a reply),
 * a meetup scheduled, someone checked in at a meetup, a project started, a project update posted
 * (decision 017). It is a column, kept in the same transaction as each of those writes, so the
 * directory sorts 10,000 groups on an index instead of taking five maxima per group.
 */

/**
 * Moves the group's last activity forward to `at`, never back: GREATEST is taken on the row as
 * it stands after waiting for its lock, so a later activity that committed first is kept.
 */
export async function recordGroupActivity(tx: Tx, groupId: string, at: Date): Promise<void> {
  await tx.$executeRaw`UPDATE "Group" SET "lastActivityAt" = GREATEST("lastActivityAt", ${at}) WHERE id = ${groupId}`;
}

/**
 * Gives the group back the last activity it has without something just deleted (a thread), when
 * the group's last activity was that thing's (`notAfter`, its own last activity): a deleted spam
 * thread must not keep a group "active now", but an activity elsewhere that committed meanwhile
 * moved it later and is never undone (PostgreSQL re-checks the condition on the row it waited for).
 * The same five kinds as above, with deleted threads, projects and updates left out. Only thread
 * deletion moves it back: deleting a project or an update leaves it where it is, as a deleted
 * post does (its thread still had that activity).
 */
export async function recomputeGroupActivity(tx: Tx, groupId: string, notAfter: Date): Promise<void> {
  await tx.$executeRaw`UPDATE "Group" g SET "lastActivityAt" = ${LATEST_ACTIVITY} WHERE g.id = ${groupId} AND g."lastActivityAt" <= ${notAfter}`;
}

/** Every group's last activity from what is stored: for the seed, which writes rows directly. */
export async function recomputeAllGroupActivity(client: Tx | typeof db): Promise<number> {
  return client.$executeRaw`UPDATE "Group" g SET "lastActivityAt" = ${LATEST_ACTIVITY}`;
}

/** The latest activity of group `g` (PostgreSQL's GREATEST skips the kinds it has none of). */
const LATEST_ACTIVITY = Prisma.sql`GREATEST(g."createdAt",
  (SELECT max(t."lastActivityAt") FROM "Thread" t WHERE t."groupId" = g.id AND t."deletedAt" IS NULL),
  (SELECT max(m."createdAt") FROM "Meetup" m WHERE m."groupId" = g.id),
  (SELECT max(c."createdAt") FROM "CheckIn" c JOIN "Meetup" m ON m.id = c."meetupId" WHERE m."groupId" = g.id),
  (SELECT max(p."createdAt") FROM "Project" p WHERE p."groupId" = g.id AND p."deletedAt" IS NULL),
  (SELECT max(u."createdAt") FROM "ProjectUpdate" u JOIN "Project" p ON p.id = u."projectId"
    WHERE p."groupId" = g.id AND p."deletedAt" IS NULL AND u."deletedAt" IS NULL))`;
