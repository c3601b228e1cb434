-- The kinds of notices a member turned off under Account (decision 031).
ALTER TABLE "User" ADD COLUMN "mutedNotices" TEXT[] DEFAULT ARRAY[]::TEXT[];
