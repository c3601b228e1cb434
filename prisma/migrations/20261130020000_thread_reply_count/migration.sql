-- A thread's replies still there (not its opening post, not deleted replies), kept by triggers
-- on "Post" so that the Discussions tab sorts and filters by it from an index (decision 034).

ALTER TABLE "Thread" ADD COLUMN "replyCount" INTEGER NOT NULL DEFAULT 0;

UPDATE "Thread" t SET "replyCount" = c.n
FROM (SELECT "threadId", count(*)::int AS n FROM "Post" WHERE "parentId" IS NOT NULL AND "deletedAt" IS NULL GROUP BY "threadId") c
WHERE c."threadId" = t.id;

-- Inserts and deletes count per statement (transition tables): a seed's or a benchmark's bulk
-- insert updates each thread once, not once per post.
CREATE FUNCTION toile_thread_replies_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Thread" t SET "replyCount" = t."replyCount" + c.n
  FROM (SELECT "threadId", count(*)::int AS n FROM added WHERE "parentId" IS NOT NULL AND "deletedAt" IS NULL GROUP BY "threadId") c
  WHERE c."threadId" = t.id;
  RETURN NULL;
END $$;

CREATE FUNCTION toile_thread_replies_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Thread" t SET "replyCount" = t."replyCount" - c.n
  FROM (SELECT "threadId", count(*)::int AS n FROM removed WHERE "parentId" IS NOT NULL AND "deletedAt" IS NULL GROUP BY "threadId") c
  WHERE c."threadId" = t.id;
  RETURN NULL;
END $$;

-- Deleting or restoring one post: one row at a time (an edit of its text fires nothing).
CREATE FUNCTION toile_thread_reply_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."parentId" IS NOT NULL AND OLD."deletedAt" IS NULL THEN
    UPDATE "Thread" SET "replyCount" = "replyCount" - 1 WHERE id = OLD."threadId";
  END IF;
  IF NEW."parentId" IS NOT NULL AND NEW."deletedAt" IS NULL THEN
    UPDATE "Thread" SET "replyCount" = "replyCount" + 1 WHERE id = NEW."threadId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Post_replies_added" AFTER INSERT ON "Post" REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION toile_thread_replies_added();
CREATE TRIGGER "Post_replies_removed" AFTER DELETE ON "Post" REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION toile_thread_replies_removed();
CREATE TRIGGER "Post_reply_changed" AFTER UPDATE OF "deletedAt", "parentId", "threadId" ON "Post" FOR EACH ROW
  WHEN (OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt" OR OLD."parentId" IS DISTINCT FROM NEW."parentId" OR OLD."threadId" <> NEW."threadId")
  EXECUTE FUNCTION toile_thread_reply_changed();

-- The Discussions tab's "Most replies" (and "Unanswered", replyCount 0) of one group.
CREATE INDEX "Thread_groupId_replyCount_lastActivityAt_idx" ON "Thread"("groupId", "replyCount" DESC, "lastActivityAt" DESC);
