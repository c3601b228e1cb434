/**
 * The 24-hour reminder's rules: pure, `now` passed in. The job (`sendMeetupReminders` in
 * ./mutations.ts) claims and writes what these decide.
 */

/** How long before its start a meetup is reminded of. */
export const REMINDER_AHEAD_MS = 24 * 3600 * 1000;

/**
 * Whether a meetup takes reminders at `now`: within its last 24 hours, not cancelled, not started.
 * Each person going gets theirs on the first run of the job in that window after they became
 * going (a late "going" answer, a promotion from the waitlist), once; never from the start on.
 */
export function inReminderWindow(meetup: { startsAt: Date; cancelledAt: Date | null }, now: Date): boolean {
  if (meetup.cancelledAt) return false;
  const until = meetup.startsAt.getTime() - now.getTime();
  return until > 0 && until <= REMINDER_AHEAD_MS;
}

/** "Reminder: “Star party” starts Sun 22 Nov 2026, 20:00 CET at Observatory hill." */
export function reminderPlace(meetup: { online: boolean; venueName: string | null }): string {
  return meetup.online ? "online" : meetup.venueName ? `at ${meetup.venueName}` : "";
}
