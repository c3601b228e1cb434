import { findCalendarTokenOwner, listUserFeedMeetups } from "@/lib/meetups/data";
import { buildMeetupCalendar, icsResponse, publicOrigin } from "@/lib/meetups/ics";

/** A person's feed of the meetups they are going to or host; the secret token in the URL is the only key. */
export async function GET(request: Request, { params }: RouteContext<"/calendar/[token]/meetups.ics">) {
  const { token } = await params;
  const owner = await findCalendarTokenOwner(token);
  if (!owner) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const meetups = await listUserFeedMeetups(owner, new Date());
  const body = buildMeetupCalendar(meetups, { origin: publicOrigin(request), name: "My Toile meetups", description: `Meetups ${owner.name} is going to or hosts` });
  return icsResponse(body, { filename: "my-meetups.ics", download: false });
}
