import { listGroupFeedMeetups } from "@/lib/meetups/data";
import { buildMeetupCalendar, icsResponse, publicOrigin } from "@/lib/meetups/ics";
import { loadGroupForCalendar } from "@/lib/meetups/page-data";

/**
 * The group's subscribable feed of meetups. A private group's feed needs a member's key to it
 * (`?member=…&key=…`), since calendar apps send no session; without one it is a 404. Online
 * meeting links are in it only for a member's key.
 */
export async function GET(request: Request, { params }: RouteContext<"/g/[slug]/meetups.ics">) {
  const { slug } = await params;
  const calendar = await loadGroupForCalendar(slug, new URL(request.url).searchParams);
  if (!calendar) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { group, tokenOwner } = calendar;
  const meetups = await listGroupFeedMeetups(group.id, new Date(), tokenOwner);
  const body = buildMeetupCalendar(meetups, { origin: publicOrigin(request), name: `${group.name} meetups`, description: `Meetups of ${group.name} on Toile` });
  return icsResponse(body, { filename: `${group.slug}-meetups.ics`, download: false });
}
