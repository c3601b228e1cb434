-- Members ask to be told of every new thread of a group (decision 022, amended).
-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "followsNewThreads" BOOLEAN NOT NULL DEFAULT false;
