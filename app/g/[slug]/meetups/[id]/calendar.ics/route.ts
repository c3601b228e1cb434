import { parseIdParam } from "@/lib/discussions/schema";
import { loadCalendarMeetup } from "@/lib/meetups/data";
import { buildMeetupCalendar, icsResponse, publicOrigin } from "@/lib/meetups/ics";
import { loadGroupForCalendar } from "@/lib/meetups/page-data";

/**
 * One meetup as an .ics download ("Add to calendar"). Hidden groups and unknown ids: 404. The
 * online meeting link is in it for the group's members (session or feed key) only.
 */
export async function GET(request: Request, { params }: RouteContext<"/g/[slug]/meetups/[id]/calendar.ics">) {
  const { slug, id } = await params;
  const meetupId = parseIdParam(id);
  const calendar = meetupId === null ? null : await loadGroupForCalendar(slug, new URL(request.url).searchParams);
  const meetup = calendar && meetupId !== null ? await loadCalendarMeetup(meetupId, calendar.group.id, calendar.requester) : null;
  if (!calendar || !meetup) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = buildMeetupCalendar([meetup], { origin: publicOrigin(request), name: `${meetup.title} · ${calendar.group.name}` });
  return icsResponse(body, { filename: `meetup-${meetup.id}.ics`, download: true });
}
