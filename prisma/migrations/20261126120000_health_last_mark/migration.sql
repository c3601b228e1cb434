-- The latest activity mark beside the first one (`dirtySince`): a recompute clears the mark only
-- when no activity was marked after it started, so what happens during a computation is scored
-- by the next one instead of waiting for the daily run (docs/decisions/003).
-- AlterTable
ALTER TABLE "GroupHealth" ADD COLUMN     "lastMarkedAt" TIMESTAMP(3);

-- A group marked before this column existed: its first mark is the latest one known.
UPDATE "GroupHealth" SET "lastMarkedAt" = "dirtySince" WHERE "dirtySince" IS NOT NULL;
