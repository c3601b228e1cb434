-- Moderators restore a post or a project update they deleted by mistake (decisions 009 and 005
-- §9, amended): who deleted each is kept, so what its author withdrew stays theirs.
-- AlterEnum
ALTER TYPE "ModerationAction" ADD VALUE 'post_restored';
ALTER TYPE "ModerationAction" ADD VALUE 'project_update_restored';

-- AlterTable
ALTER TABLE "Post" ADD COLUMN "deletedById" TEXT;

-- AlterTable
ALTER TABLE "ProjectUpdate" ADD COLUMN "deletedById" TEXT;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Posts the moderators deleted since the moderation log exists (decision 018) name their deleter
-- there; older deletions, and project updates (logged against their project), stay unknown.
UPDATE "Post" p SET "deletedById" = m."actorId"
FROM "ModerationEntry" m
WHERE m.action = 'post_deleted' AND m."targetKind" = 'post' AND m."targetId" = p.id::text AND p."deletedAt" IS NOT NULL;
