-- The 24-hour reminder is kept per person (decision 004 §7, revised 2026-11-27): each RSVP row
-- says when its person was reminded of the meetup's current start, so someone who says "going"
-- (or is promoted) after the first reminder went out still gets theirs on the job's next run.
ALTER TABLE "Rsvp" ADD COLUMN "remindedAt" TIMESTAMP(3);

-- The meetup's own stamp now stands for its host only, who has no RSVP row of their own.
ALTER TABLE "Meetup" RENAME COLUMN "reminderSentAt" TO "hostRemindedAt";

-- Who was already reminded: the reminder notices sent (their dedupeKey names the meetup, the
-- person and the start time they were about). A person going who had turned reminders off got no
-- notice; the next run passes them over again, and marks them.
UPDATE "Rsvp" AS r
SET "remindedAt" = n."createdAt"
FROM "Meetup" AS m, "Notification" AS n
WHERE m."id" = r."meetupId"
  AND m."hostRemindedAt" IS NOT NULL
  AND n."dedupeKey" = 'meetup.reminder:' || r."meetupId" || ':' || r."userId" || ':' || (extract(epoch FROM m."startsAt") * 1000)::bigint;
