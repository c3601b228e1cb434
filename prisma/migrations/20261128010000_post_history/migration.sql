-- Posts keep their edit history (decision 023): each edit saves the text it replaces; the author
-- or the group's moderators may remove the earlier versions (logged when a moderator does).
-- AlterEnum
ALTER TYPE "ModerationAction" ADD VALUE 'post_history_cleared';

-- AlterTable
ALTER TABLE "Post" ADD COLUMN "historyClearedAt" TIMESTAMP(3),
ADD COLUMN "historyClearedById" TEXT,
ADD COLUMN "editCount" INTEGER NOT NULL DEFAULT 0;

-- Posts edited before histories were kept: at least once (how often was not counted).
UPDATE "Post" SET "editCount" = 1 WHERE "editedAt" IS NOT NULL;

-- CreateTable
CREATE TABLE "PostRevision" (
    "id" SERIAL NOT NULL,
    "postId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "writtenAt" TIMESTAMP(3) NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PostRevision_postId_id_idx" ON "PostRevision"("postId", "id");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_historyClearedById_fkey" FOREIGN KEY ("historyClearedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostRevision" ADD CONSTRAINT "PostRevision_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
