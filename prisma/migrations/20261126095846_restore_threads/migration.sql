-- Who deleted a thread, so moderators can restore what a moderator deleted (decision 009,
-- Restoring). Null for a thread that went with its last post, and for threads deleted before
-- this column: nobody recorded then whether a moderator did it, so those stay as they are.
-- AlterTable
ALTER TABLE "Thread" ADD COLUMN     "deletedById" TEXT;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
