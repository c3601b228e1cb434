-- Moderators delete projects, and updates are edited and deleted (decision 005 §9): soft, so
-- a deletion by mistake can be undone by hand and the health loader can replay a past day.
-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ProjectUpdate" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "editedAt" TIMESTAMP(3);
