-- CreateTable
CREATE TABLE "ThreadVisit" (
    "userId" TEXT NOT NULL,
    "threadId" INTEGER NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThreadVisit_pkey" PRIMARY KEY ("userId","threadId")
);

-- CreateIndex
CREATE INDEX "ThreadVisit_threadId_idx" ON "ThreadVisit"("threadId");

-- AddForeignKey
ALTER TABLE "ThreadVisit" ADD CONSTRAINT "ThreadVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreadVisit" ADD CONSTRAINT "ThreadVisit_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;
