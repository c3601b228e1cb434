import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CalendarFeedLink } from "@/components/meetups/calendar-link";
import { MeetupList } from "@/components/meetups/meetup-list";
import { ResetCalendarTokenForm } from "@/components/meetups/reset-calendar-token-form";
import { getViewer } from "@/lib/auth/session";
import { listUserMeetups, loadCalendarToken } from "@/lib/meetups/data";
import { userFeedPath } from "@/lib/meetups/paths";
import { RSVP_LABELS } from "@/lib/meetups/rsvp";
import { signInPath } from "@/lib/auth/paths";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "My meetups" };

export default async function MyMeetupsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath("/me/meetups"));
  const now = new Date();
  const [meetups, token] = await Promise.all([listUserMeetups(viewer.id, viewer, now), loadCalendarToken(viewer.id)]);
  const statusOf = new Map(meetups.upcoming.map((meetup) => [meetup.id, meetup.status]));
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">My meetups</h1>

      <section aria-labelledby="answered-heading" className="space-y-3">
        <h2 id="answered-heading" className="text-lg font-semibold">
          Coming up for you
        </h2>
        {meetups.upcoming.length === 0 ? (
          <EmptyState compact title="You have not answered, or scheduled, any upcoming meetup yet.">Answer “Going” on a meetup of one of your groups and it shows here.</EmptyState>
        ) : (
          <MeetupList
            meetups={meetups.upcoming}
            label="Meetups you answered or host"
            badge={(meetup) => {
              const status = statusOf.get(meetup.id);
              return status === "hosting" ? "You host it" : status ? RSVP_LABELS[status] : null;
            }}
          />
        )}
      </section>

      <section aria-labelledby="suggestions-heading" className="space-y-3">
        <h2 id="suggestions-heading" className="text-lg font-semibold">
          Also coming up in your groups
        </h2>
        {meetups.suggestions.length === 0 ? (
          <EmptyState compact title="Nothing else planned in your groups." action={{ href: "/groups", label: "Find more groups" }} />
        ) : (
          <MeetupList meetups={meetups.suggestions} label="Other upcoming meetups in your groups" />
        )}
      </section>

      <section aria-labelledby="attended-heading" className="space-y-3">
        <h2 id="attended-heading" className="text-lg font-semibold">
          Meetups you attended
        </h2>
        {meetups.attended.length === 0 ? (
          <EmptyState compact title="None yet.">Meetups you were checked in at show here.</EmptyState>
        ) : (
          <MeetupList meetups={meetups.attended} label="Meetups you attended" />
        )}
      </section>

      {token && (
        <section aria-labelledby="calendar-heading" className="max-w-2xl space-y-3">
          <h2 id="calendar-heading" className="text-lg font-semibold">
            In your calendar
          </h2>
          <CalendarFeedLink
            path={userFeedPath(token)}
            label="Your meetups feed"
            hint="Subscribe to this address in your calendar app (Google Calendar, Apple Calendar, Outlook…): the meetups you are going to or host appear and stay up to date. Keep it private: anyone with the link sees them."
          />
          <ResetCalendarTokenForm />
        </section>
      )}
    </div>
  );
}
