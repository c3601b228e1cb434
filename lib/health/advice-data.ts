/**
 * Facts the dashboard's advice reads when the page is shown, beyond the stored evidence. The
 * evidence is gathered from a `GroupActivity`, which holds posts from 105 days back and meetups
 * from 180 days back only (what the scores need): a group silent for 200 days would be told
 * "Nobody has written yet", and one whose last meetup is 200 days old "No meetup held yet".
 * Three small queries for one group answer over its whole history instead.
 */
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdviceFacts, ThreadFollowUp } from "./advice";
import { CHECK_IN_CLOSES_AFTER_MS, checkInClosesAt } from "@/lib/meetups/check-in";
import { MEETUP_MIN_CHECKINS } from "./constants";

/**
 * The facts as of `now`: the last visible post by a member and the start of the last meetup
 * held (not cancelled, started, ≥ 3 members checked in), at any age; whether a meetup is
 * scheduled, however far ahead; the latest meetup still open for check-in with too few members
 * checked in to count as held; and for `threadIds` (the busiest threads, which the advice
 * suggests taking offline or turning into a project) the latest meetup linked to each and the
 * latest project born in it (not archived first). The same rules as the loader: members are
 * active and joined by `now`; deleted posts and threads count for nothing.
 */
export async function loadAdviceFacts(groupId: string, threadIds: readonly string[], now: Date): Promise<AdviceFacts> {
  const ids = threadIds.map(Number).filter(Number.isSafeInteger);
  const checkInOpenSince = new Date(now.getTime() - CHECK_IN_CLOSES_AFTER_MS);
  const [[message], [meetups], [uncounted], linkedMeetups, sourcedProjects] = await Promise.all([
    db.$queryRaw<{ at: Date | null }[]>`
      SELECT max(p."createdAt") AS at
      FROM "Post" p JOIN "Thread" t ON t.id = p."threadId"
        JOIN "Membership" m ON m."groupId" = t."groupId" AND m."userId" = p."authorId" AND m.status = 'active' AND m."joinedAt" <= ${now}
      WHERE t."groupId" = ${groupId} AND p."createdAt" <= ${now}
        AND (p."deletedAt" IS NULL OR p."deletedAt" > ${now}) AND (t."deletedAt" IS NULL OR t."deletedAt" > ${now})`,
    db.$queryRaw<{ lastHeldAt: Date | null; upcoming: boolean }[]>`
      SELECT
        (SELECT max(mt."startsAt") FROM "Meetup" mt
         WHERE mt."groupId" = ${groupId} AND mt."startsAt" <= ${now} AND mt."createdAt" <= ${now}
           AND (mt."cancelledAt" IS NULL OR mt."cancelledAt" > ${now})
           AND (SELECT count(*) FROM "CheckIn" c
                JOIN "Membership" m ON m."groupId" = mt."groupId" AND m."userId" = c."userId" AND m.status = 'active' AND m."joinedAt" <= ${now}
                WHERE c."meetupId" = mt.id AND c."createdAt" <= ${now}) >= ${MEETUP_MIN_CHECKINS}) AS "lastHeldAt",
        EXISTS (SELECT 1 FROM "Meetup" mt
                WHERE mt."groupId" = ${groupId} AND mt."startsAt" > ${now} AND mt."createdAt" <= ${now}
                  AND (mt."cancelledAt" IS NULL OR mt."cancelledAt" > ${now})) AS upcoming`,
    db.$queryRaw<{ id: number; title: string; startsAt: Date; checkedIn: number }[]>`
      SELECT * FROM (
        SELECT mt.id, mt.title, mt."startsAt",
          (SELECT count(*) FROM "CheckIn" c
           JOIN "Membership" m ON m."groupId" = mt."groupId" AND m."userId" = c."userId" AND m.status = 'active' AND m."joinedAt" <= ${now}
           WHERE c."meetupId" = mt.id AND c."createdAt" <= ${now})::int AS "checkedIn"
        FROM "Meetup" mt
        WHERE mt."groupId" = ${groupId} AND mt."startsAt" <= ${now} AND mt."startsAt" > ${checkInOpenSince} AND mt."createdAt" <= ${now}
          AND (mt."cancelledAt" IS NULL OR mt."cancelledAt" > ${now})
      ) recent
      WHERE "checkedIn" < ${MEETUP_MIN_CHECKINS}
      ORDER BY "startsAt" DESC, id DESC LIMIT 1`,
    ids.length === 0
      ? []
      : db.$queryRaw<{ threadId: number; id: number; title: string }[]>`
          SELECT DISTINCT ON (mt."threadId") mt."threadId", m.id, m.title
          FROM "MeetupThread" mt JOIN "Meetup" m ON m.id = mt."meetupId"
          WHERE mt."threadId" IN (${Prisma.join(ids)}) AND m."groupId" = ${groupId} AND m."cancelledAt" IS NULL
          ORDER BY mt."threadId", m."startsAt" DESC`,
    ids.length === 0
      ? []
      : db.$queryRaw<{ threadId: number; id: number; name: string }[]>`
          SELECT DISTINCT ON (p."sourceThreadId") p."sourceThreadId" AS "threadId", p.id, p.name
          FROM "Project" p
          WHERE p."sourceThreadId" IN (${Prisma.join(ids)}) AND p."groupId" = ${groupId}
          ORDER BY p."sourceThreadId", (p.status = 'archived'), p."createdAt" DESC`,
  ]);
  const followUps = new Map<string, ThreadFollowUp>();
  const followUp = (threadId: number) => {
    const key = String(threadId);
    const entry = followUps.get(key) ?? { meetup: null, project: null };
    followUps.set(key, entry);
    return entry;
  };
  for (const row of linkedMeetups) followUp(row.threadId).meetup = { id: row.id, title: row.title };
  for (const row of sourcedProjects) followUp(row.threadId).project = { id: row.id, name: row.name };
  return {
    lastMessageAt: message?.at ? message.at.toISOString() : null,
    lastHeldAt: meetups?.lastHeldAt ? meetups.lastHeldAt.toISOString() : null,
    upcomingMeetup: meetups?.upcoming ?? false,
    uncountedMeetup: uncounted
      ? { id: uncounted.id, title: uncounted.title, checkedIn: uncounted.checkedIn, closesAt: checkInClosesAt({ startsAt: uncounted.startsAt, cancelledAt: null }).toISOString() }
      : null,
    followUps,
  };
}
