-- A thread deleted by a moderator (or with its last post) is left out of every read and its
-- URLs answer 404; its posts stay as they were (decision 009).
ALTER TABLE "Thread" ADD COLUMN "deletedAt" TIMESTAMP(3);

-- When an owner or moderator removed a member (status banned), for the Members page's
-- "Removed" list; cleared when they are reinstated.
ALTER TABLE "Membership" ADD COLUMN "removedAt" TIMESTAMP(3);
