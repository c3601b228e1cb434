-- The markdown pipeline version (lib/markdown RENDER_VERSION) each stored HTML was rendered
-- with, so `npm run posts:backfill` can re-render what an older pipeline produced. Existing
-- rows get 0: rendered before versions were recorded, so the backfill re-renders them.
ALTER TABLE "Group" ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Post" ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Meetup" ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Project" ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ProjectUpdate" ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "Post_renderVersion_idx" ON "Post"("renderVersion");
