import type { Metadata } from "next";
import { cache } from "react";
import { getViewer } from "@/lib/auth/session";
import { parseIdParam } from "@/lib/discussions/schema";
import { can } from "@/lib/groups/ability";
import { loadGroup, type ViewerRef } from "@/lib/groups/data";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { groupPageTitle } from "@/lib/page-titles";
import { canSeeMeetingLink } from "./ability";
import { findGroupFeedKeyOwner, listAsideMeetups, listThreadMeetups, loadMeetup } from "./data";
import type { GroupFeedPurpose } from "./calendar-keys";
import { parseFeedAccess } from "./schema";

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
      canSeeMeetingLink: canSeeMeetingLink(actor),
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
 * The group an .ics request may read, or null (404), and who is asking. Calendar apps have no
 * session, so a private group's feed URL carries a member's key to it (`?member=…&key=…`, lib/meetups/calendar-keys.ts);
 * a browser download uses the session. Public groups need neither.
 *
 * `tokenOwner` is who a feed is for: a feed's content must not depend on a browser cookie (the
 * calendar app that subscribes to the same address sends none), so feeds show meeting links to
 * the key's owner only. `requester` (the key's owner, else the signed-in person) is who a
 * one-off download is for. (`sessionViewer` reads the session; tests stand in for it.)
 */
export function loadGroupForCalendar(groupSlug: string, searchParams: URLSearchParams, sessionViewer: () => Promise<ViewerRef | null> = getViewer) {
  return loadGroupForFeedKey("calendar", groupSlug, searchParams, sessionViewer);
}

/** As `loadGroupForCalendar`, for a group feed of either purpose: its calendar, or its discussions' Atom feeds (decision 024). */
export async function loadGroupForFeedKey(purpose: GroupFeedPurpose, groupSlug: string, searchParams: URLSearchParams, sessionViewer: () => Promise<ViewerRef | null> = getViewer) {
  const access = parseFeedAccess(searchParams);
  if (!access) return null;
  const tokenOwner = access === "none" ? null : await findGroupFeedKeyOwner(groupSlug, access, purpose);
  // A wrong key is a 404 even on a public group: a broken subscription should be noticed.
  if (access !== "none" && !tokenOwner) return null;
  const requester = tokenOwner ?? (await sessionViewer());
  const loaded = await loadGroup(groupSlug, requester);
  return loaded ? { group: loaded.group, tokenOwner, requester } : null;
}
