-- The moderation log records moderators renaming someone else's thread, editing someone else's
-- meetup and deleting someone else's project update (decision 018, "later" list).
-- AlterEnum
ALTER TYPE "ModerationAction" ADD VALUE 'thread_renamed';
ALTER TYPE "ModerationAction" ADD VALUE 'meetup_edited';
ALTER TYPE "ModerationAction" ADD VALUE 'project_update_deleted';
