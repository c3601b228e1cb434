import type { Metadata } from "next";
import { cache } from "react";
import { getViewer } from "@/lib/auth/session";
import { parseIdParam } from "@/lib/discussions/schema";
import { can } from "@/lib/groups/ability";
import { loadGroup } from "@/lib/groups/data";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { groupPageTitle } from "@/lib/page-titles";
import { findCalendarTokenOwner, listAsideMeetups, listThreadMeetups, loadMeetup } from "./data";

/**
 * A meetup page's data: the group (visibility checked), the meetup inside that group, and what
 * the viewer may do. Null for anything that should be a 404 (malformed id, unknown meetup,
 * meetup of another group, hidden group).
 */
export const loadMeetupForRequest = cache(async (groupSlug: string, idParam: string) => {
  const meetupId = parseIdParam(idParam);
  if (meetupId === null) return null;
  const loaded = await loadGroupForRequest(groupSlug);
  if (!loaded) return null;
  const meetup = await loadMeetup(meetupId, loaded.group.id);
  if (!meetup) return null;
  const { actor, group, viewer } = loaded;
  return {
    group,
    actor,
    viewer,
    meetup,
    permissions: {
      canOrganize: can(actor, "organize", group),
      canRsvp: can(actor, "participate", group),
      // Who is going is for the group's members (and site admins, who moderate).
      canSeeAttendees: can(actor, "participate", group) || actor.isSiteAdmin,
    },
  };
});

/**
 * `generateMetadata` for a meetup's pages: "<what> · <group>", where `what` names the meetup
 * ("Soil lab", "Edit “Soil lab”"). A meetup the viewer may not see is never named, nor its group.
 */
export function meetupPageMetadata(what: (title: string) => string = (title) => title) {
  return async ({ params }: { params: Promise<{ slug: string; id: string }> }): Promise<Metadata> => {
    const { slug, id } = await params;
    const loaded = await loadMeetupForRequest(slug, id);
    return { title: loaded ? groupPageTitle(what(loaded.meetup.title), loaded.group.name) : "Meetup not found" };
  };
}

/** What a thread page shows about meetups: the ones linked to it, and whether the viewer may organize one. */
export async function loadThreadMeetupsForRequest(groupSlug: string, threadId: number) {
  const loaded = await loadGroupForRequest(groupSlug);
  if (!loaded) return null;
  return { canOrganize: can(loaded.actor, "organize", loaded.group), meetups: await listThreadMeetups(threadId, loaded.group.id), groupSlug: loaded.group.slug };
}

/** The group page's aside: the next meetups. */
export async function loadGroupNextMeetupsForRequest(groupSlug: string, now: Date) {
  const loaded = await loadGroupForRequest(groupSlug);
  if (!loaded) return null;
  const [upcoming, recent] = await Promise.all([listAsideMeetups(loaded.group.id, now, "next"), listAsideMeetups(loaded.group.id, now, "recent")]);
  return { canOrganize: can(loaded.actor, "organize", loaded.group), upcoming, recent, groupSlug: loaded.group.slug };
}

/**
 * The group an .ics request may read, or null (404). Calendar apps have no session, so a
 * member's calendar token (`?token=`) stands for them; a browser download uses the session.
 * Public groups need neither.
 */
export async function loadGroupForCalendar(groupSlug: string, token: string | null) {
  const owner = token ? await findCalendarTokenOwner(token) : null;
  // A wrong token is a 404 even on a public group: a broken subscription should be noticed.
  if (token && !owner) return null;
  const viewer = owner ?? (await getViewer());
  const loaded = await loadGroup(groupSlug, viewer);
  return loaded ? loaded.group : null;
}
