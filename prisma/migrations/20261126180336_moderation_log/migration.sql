-- CreateEnum
CREATE TYPE "ModerationAction" AS ENUM ('post_deleted', 'thread_deleted', 'thread_restored', 'thread_locked', 'thread_unlocked', 'thread_pinned', 'thread_unpinned', 'reports_dismissed', 'member_added', 'member_removed', 'member_reinstated', 'member_role_changed', 'project_deleted', 'project_restored', 'meetup_cancelled', 'settings_changed');

-- CreateEnum
CREATE TYPE "ModerationTargetKind" AS ENUM ('post', 'thread', 'member', 'project', 'meetup', 'group');

-- CreateTable
CREATE TABLE "ModerationEntry" (
    "id" SERIAL NOT NULL,
    "groupId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" "ModerationAction" NOT NULL,
    "targetKind" "ModerationTargetKind" NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetLabel" TEXT NOT NULL,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ModerationEntry_groupId_createdAt_id_idx" ON "ModerationEntry"("groupId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ModerationEntry_groupId_action_createdAt_id_idx" ON "ModerationEntry"("groupId", "action", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ModerationEntry_groupId_targetKind_targetId_idx" ON "ModerationEntry"("groupId", "targetKind", "targetId");

-- CreateIndex
CREATE INDEX "ModerationEntry_actorId_idx" ON "ModerationEntry"("actorId");

-- AddForeignKey
ALTER TABLE "ModerationEntry" ADD CONSTRAINT "ModerationEntry_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationEntry" ADD CONSTRAINT "ModerationEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
