-- The evidence behind a group's recommendations (unanswered threads and members, busiest
-- threads, last meetup held), stored with its latest report by the recompute job so the
-- dashboard need not reload every post of a large group (docs/decisions/003).
ALTER TABLE "GroupHealth" ADD COLUMN "evidence" JSONB;
