-- Group."lastActivityAt" now also moves with meetups scheduled, check-ins, projects started and
-- project updates, not only posts (decision 017). Backfill: the latest of what it had and of each
-- kind still there (deleted projects and updates left out). Its index is unchanged.
UPDATE "Group" g SET "lastActivityAt" = GREATEST(g."lastActivityAt",
  (SELECT max(m."createdAt") FROM "Meetup" m WHERE m."groupId" = g.id),
  (SELECT max(c."createdAt") FROM "CheckIn" c JOIN "Meetup" m ON m.id = c."meetupId" WHERE m."groupId" = g.id),
  (SELECT max(p."createdAt") FROM "Project" p WHERE p."groupId" = g.id AND p."deletedAt" IS NULL),
  (SELECT max(u."createdAt") FROM "ProjectUpdate" u JOIN "Project" p ON p.id = u."projectId"
    WHERE p."groupId" = g.id AND p."deletedAt" IS NULL AND u."deletedAt" IS NULL));
