import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { CheckInToggle, WalkIns } from "@/components/meetups/check-in-forms";
import { checkInClosesAt, checkInOpensAt, checkInPhase } from "@/lib/meetups/check-in";
import { loadCheckInSheet } from "@/lib/meetups/data";
import { loadMeetupForRequest, meetupPageMetadata } from "@/lib/meetups/page-data";
import { meetupPath } from "@/lib/meetups/paths";
import { RSVP_LABELS } from "@/lib/meetups/rsvp";
import { formatInZone } from "@/lib/meetups/time";
import { signInPath } from "@/lib/auth/paths";
import { EmptyState } from "@/components/ui/empty-state";
import { SidewaysScroll } from "@/components/ui/sideways-scroll";

/** The host's line on the sheet, where others have their answer. */
const HOST_LABEL = "Host";

export const generateMetadata = meetupPageMetadata((title) => `Check-in for “${title}”`);

export default async function CheckInPage({ params }: PageProps<"/g/[slug]/meetups/[id]/check-in">) {
  const { slug, id } = await params;
  const loaded = await loadMeetupForRequest(slug, id);
  if (!loaded) notFound();
  const { group, meetup, viewer, permissions } = loaded;
  if (!viewer) redirect(signInPath(`/g/${group.slug}/meetups/${meetup.id}/check-in`));
  if (!permissions.canOrganize) forbidden();
  const now = new Date();
  // Before the start there is no one to list; after the window, who came is still worth reading.
  const phase = checkInPhase(meetup, now);
  const back = meetupPath(group.slug, meetup.id);
  const sheet = phase === "open" || phase === "after" ? await loadCheckInSheet({ id: meetup.id, groupId: group.id, organizer: meetup.organizer }) : null;
  const opens = formatInZone(checkInOpensAt(meetup), meetup.timeZone);
  const closes = formatInZone(checkInClosesAt(meetup), meetup.timeZone);
  const HELD = "Three or more members checked in make the meetup count as held in the group's health.";
  return (
    <div className="max-w-3xl space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
        <Link href={back} lang={group.language} className="hover:underline">
          {meetup.title}
        </Link>{" "}
        › Check-in
      </nav>
      <header className="space-y-1">
        <h2 className="text-lg font-semibold">
          {phase === "open" || phase === "after" ? "Who came to “" : "Check-in for “"}
          <span lang={group.language}>{meetup.title}</span>”{phase === "open" && "?"}
        </h2>
        <p className="text-sm text-stone-600">
          {phase === "open" && `Check-in is open from ${opens} to ${closes}. ${HELD}`}
          {phase === "before" && `Check-in opens when the meetup starts, on ${opens}, and stays open for 7 days. ${HELD}`}
          {phase === "after" && `Check-in closed on ${closes}, 7 days after the meetup: this is who the organizers checked in.`}
          {phase === "cancelled" && "This meetup was cancelled: there is no one to check in."}
        </p>
      </header>
      {phase === "after" && sheet && <CameList sheet={sheet} />}
      {phase === "open" && sheet && (
        <>
          <p role="status" className="text-sm font-medium">
            {sheet.checkedInCount} checked in
          </p>
          <section aria-labelledby="answered-heading" className="space-y-2">
            <h3 id="answered-heading" className="font-semibold">
              From the answers
            </h3>
            {sheet.answered.length === 0 && !sheet.host ? (
              <EmptyState compact title="Nobody answered going or maybe.">Add people as walk-ins below.</EmptyState>
            ) : (
              // Used on a phone at the door: the answer goes under the name on narrow screens, and
              // the table scrolls inside its frame rather than widening the page.
              <SidewaysScroll className="scroll-shadows rounded-lg border border-stone-200">
                <table className="w-full text-sm">
                  <thead className="bg-stone-100 text-left text-xs uppercase tracking-wide text-stone-600">
                    <tr>
                      <th scope="col" className="px-3 py-2">
                        Member
                      </th>
                      <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                        Answer
                      </th>
                      <th scope="col" className="px-3 py-2">
                        Came
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        <span className="sr-only">Action</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-stone-200">
                    {/* The host gives no answer but comes (decision 004 §3b): first, ticked like the others. */}
                    {sheet.host && (
                      <tr>
                        <th scope="row" className="px-3 py-2 text-left font-medium">
                          {sheet.host.name}
                          <span className="block text-xs font-normal text-stone-600 sm:hidden">{HOST_LABEL}</span>
                        </th>
                        <td className="hidden px-3 py-2 text-stone-600 sm:table-cell">{HOST_LABEL}</td>
                        <td className="px-3 py-2">{sheet.host.checkedIn ? <span className="font-medium text-emerald-800">Checked in</span> : <span className="text-stone-500">Not yet</span>}</td>
                        <td className="px-3 py-2">
                          <CheckInToggle meetupId={meetup.id} userId={sheet.host.id} name={sheet.host.name} checkedIn={sheet.host.checkedIn} />
                        </td>
                      </tr>
                    )}
                    {sheet.answered.map((person) => (
                      <tr key={person.id}>
                        <th scope="row" className="px-3 py-2 text-left font-medium">
                          {person.name}
                          <span className="block text-xs font-normal text-stone-600 sm:hidden">{RSVP_LABELS[person.status]}</span>
                        </th>
                        <td className="hidden px-3 py-2 text-stone-600 sm:table-cell">{RSVP_LABELS[person.status]}</td>
                        <td className="px-3 py-2">{person.checkedIn ? <span className="font-medium text-emerald-800">Checked in</span> : <span className="text-stone-500">Not yet</span>}</td>
                        <td className="px-3 py-2">
                          <CheckInToggle meetupId={meetup.id} userId={person.id} name={person.name} checkedIn={person.checkedIn} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </SidewaysScroll>
            )}
          </section>
          <section aria-labelledby="walk-ins-heading" className="space-y-3">
            <h3 id="walk-ins-heading" className="font-semibold">
              Walk-ins
            </h3>
            <WalkIns meetupId={meetup.id} walkIns={sheet.walkIns} members={sheet.others} />
            <p className="text-xs text-stone-500">Only members of the group can be checked in: a newcomer joins the group first.</p>
          </section>
        </>
      )}
    </div>
  );
}

/** Who came, once check-in has closed: read only, those who answered first, then walk-ins. */
function CameList({ sheet }: { sheet: Awaited<ReturnType<typeof loadCheckInSheet>> }) {
  const came = [
    ...(sheet.host?.checkedIn ? [{ id: sheet.host.id, name: sheet.host.name, note: HOST_LABEL }] : []),
    ...sheet.answered.filter((person) => person.checkedIn).map((person) => ({ id: person.id, name: person.name, note: `Answered “${RSVP_LABELS[person.status]}”` })),
    ...sheet.walkIns.map((person) => ({ id: person.id, name: person.name, note: "Walk-in" })),
  ];
  if (came.length === 0) return <p className="rounded-md border border-stone-300 bg-stone-100 px-3 py-2 text-sm text-stone-800">Nobody was checked in.</p>;
  return (
    <section aria-labelledby="came-heading" className="space-y-2">
      <h3 id="came-heading" className="font-semibold">
        {came.length} checked in
      </h3>
      <ul aria-labelledby="came-heading" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm">
        {came.map((person) => (
          <li key={person.id} className="flex items-center justify-between gap-3 px-3 py-2">
            <span className="font-medium">{person.name}</span>
            <span className="text-xs text-stone-600">{person.note}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
