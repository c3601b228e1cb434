-- The language a group's discussions are written in: its content is marked up with it (lang),
-- so screen readers read a French group in a French voice.
ALTER TABLE "Group" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
