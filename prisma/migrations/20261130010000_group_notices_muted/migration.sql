-- A member muted one group's optional notices (decision 031, amended: per group).
ALTER TABLE "Membership" ADD COLUMN "noticesMuted" BOOLEAN NOT NULL DEFAULT false;
