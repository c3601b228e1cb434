-- What a member's profile says of them (decision 028).
ALTER TABLE "User" ADD COLUMN "headline" TEXT NOT NULL DEFAULT '',
ADD COLUMN "location" TEXT NOT NULL DEFAULT '',
ADD COLUMN "website" TEXT,
ADD COLUMN "bio" TEXT NOT NULL DEFAULT '',
ADD COLUMN "bioHtml" TEXT NOT NULL DEFAULT '',
ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
