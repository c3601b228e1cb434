-- The time a notification is about (a meetup's start) and its zone, so the list can add the
-- reader's own time beside the event's, which the message states.
ALTER TABLE "Notification" ADD COLUMN "eventAt" TIMESTAMP(3),
ADD COLUMN "eventTimeZone" TEXT;
