-- Edit versions (lib/edit-version.ts): a form that edits a record carries the version it was
-- shown, and a save from a form older than the record is refused instead of silently undoing
-- what someone else saved meanwhile (two owners on a group's settings, two leads on a project).
ALTER TABLE "Group" ADD COLUMN "settingsVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Project" ADD COLUMN "detailsVersion" INTEGER NOT NULL DEFAULT 0;
