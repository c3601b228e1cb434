-- The reply a thread's author (or a moderator) marked as its answer (decision 035).
ALTER TABLE "Thread" ADD COLUMN "answerId" INTEGER;
CREATE UNIQUE INDEX "Thread_answerId_key" ON "Thread"("answerId");
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;
