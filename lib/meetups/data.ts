import { countsBy } from "@/lib/counts";
import { db, type Tx } from "@/lib/db";
import { serverSecret } from "@/lib/env";
import type { GroupRole, MembershipStatus } from "@/lib/groups/ability";
import { visibleGroupsWhere, type ViewerRef } from "@/lib/groups/data";
import { canSeeMeetingLink } from "./ability";
import { groupFeedKey, isGroupFeedKey, type GroupFeedPurpose } from "./calendar-keys";
import { followUpWindow, WALK_IN_LIST_MAX } from "./check-in";
import { seriesPrefix } from "./form-values";
import type { GroupFeedAccess } from "./paths";
import { waitlistOrder, type RsvpStatus } from "./rsvp";

export const PAST_MEETUPS_PAGE_SIZE = 20;
/** Calendar feeds keep recent meetups a while, so they do not vanish from calendars the moment they end. */
export const FEED_PAST_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

const listFields = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  online: true,
  venueName: true,
  capacity: true,
  cancelledAt: true,
} as const;

/**
 * Going, waitlisted and checked-in counts for a list of meetups, in two grouped queries over just those
 * meetups (see lib/counts.ts for why not Prisma's relation `_count`).
 */
async function withCounts<R extends { id: number }>(rows: R[]): Promise<(R & { goingCount: number; waitlistCount: number; checkInCount: number })[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [answers, checkIns] = await Promise.all([
    db.rsvp.groupBy({ by: ["meetupId", "status"], where: { meetupId: { in: ids }, status: { in: ["going", "waitlisted"] } }, _count: { _all: true } }),
    db.checkIn.groupBy({ by: ["meetupId"], where: { meetupId: { in: ids } }, _count: { _all: true } }),
  ]);
  const goingBy = countsBy(answers.filter((row) => row.status === "going"), (row) => row.meetupId);
  const waitingBy = countsBy(answers.filter((row) => row.status === "waitlisted"), (row) => row.meetupId);
  const checkInsBy = countsBy(checkIns, (row) => row.meetupId);
  return rows.map((row) => ({ ...row, goingCount: goingBy.get(row.id) ?? 0, waitlistCount: waitingBy.get(row.id) ?? 0, checkInCount: checkInsBy.get(row.id) ?? 0 }));
}

/**
 * The group's meetups (not cancelled) in the series of `title`: those whose title starts as its
 * does, before its number ("Garden circle #"), or with the whole title when it has none. What a
 * copy of it must not repeat: a number, or a week (`copyFormValues`).
 */
export async function listSeries(groupId: string, title: string): Promise<{ title: string; startsAt: Date }[]> {
  return db.meetup.findMany({ where: { groupId, cancelledAt: null, title: { startsWith: seriesPrefix(title) ?? title.trim() } }, select: { title: true, startsAt: true } });
}

/**
 * The zone of the group's latest meetup (by start, cancelled or not): where the group meets, for
 * a new meetup's form to start in, as an organizer travelling elsewhere would otherwise get their
 * browser's. Null before its first meetup.
 */
export async function usualMeetupZone(groupId: string): Promise<string | null> {
  const latest = await db.meetup.findFirst({ where: { groupId }, orderBy: [{ startsAt: "desc" }, { id: "desc" }], select: { timeZone: true } });
  return latest?.timeZone ?? null;
}

/**
 * A meetup of a group, with what everyone may see: details, organizer, linked threads (not the
 * deleted ones, whose pages are gone) and answer counts. Who answered is a separate read (members
 * only). Null when it does not exist or belongs to another group (the URL then 404s).
 */
export async function loadMeetup(meetupId: number, groupId: string) {
  const meetup = await db.meetup.findFirst({
    where: { id: meetupId, groupId },
    select: {
      id: true,
      groupId: true,
      title: true,
      description: true,
      descriptionHtml: true,
      venueName: true,
      venueAddress: true,
      mapUrl: true,
      online: true,
      onlineUrl: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      capacity: true,
      rsvpDeadline: true,
      cancelledAt: true,
      cancelReason: true,
      sequence: true,
      createdAt: true,
      updatedAt: true,
      organizer: { select: { id: true, name: true } },
      threads: { where: { thread: { deletedAt: null } }, select: { thread: { select: { id: true, title: true, slug: true } } }, orderBy: { threadId: "asc" } },
    },
  });
  if (!meetup) return null;
  const counts = await db.rsvp.groupBy({ by: ["status"], where: { meetupId }, _count: { _all: true } });
  const count = (status: RsvpStatus) => counts.find((row) => row.status === status)?._count._all ?? 0;
  const checkInCount = await db.checkIn.count({ where: { meetupId } });
  return {
    ...meetup,
    threads: meetup.threads.map((link) => link.thread),
    counts: { going: count("going"), maybe: count("maybe"), notGoing: count("not_going"), waitlisted: count("waitlisted"), checkedIn: checkInCount },
  };
}
export type LoadedMeetup = NonNullable<Awaited<ReturnType<typeof loadMeetup>>>;

/**
 * Who answered, for the group's members: going (in the order they answered), the waitlist in
 * its order, maybe and not going; and who came (checked in, walk-ins included, in that order).
 */
export async function listMeetupAnswers(meetupId: number) {
  const [rows, checkIns] = await Promise.all([
    db.rsvp.findMany({
      where: { meetupId },
      orderBy: [{ updatedAt: "asc" }, { userId: "asc" }],
      select: { userId: true, status: true, waitlistedAt: true, user: { select: { id: true, name: true } } },
    }),
    db.checkIn.findMany({ where: { meetupId }, orderBy: [{ createdAt: "asc" }, { userId: "asc" }], select: { user: { select: { id: true, name: true } } } }),
  ]);
  return {
    came: checkIns.map((row) => row.user),
    going: rows.filter((row) => row.status === "going").map((row) => row.user),
    waitlist: waitlistOrder(rows).map((row) => row.user),
    maybe: rows.filter((row) => row.status === "maybe").map((row) => row.user),
    notGoing: rows.filter((row) => row.status === "not_going").map((row) => row.user),
  };
}

/**
 * A meetup's stored times, for reading its edit form back: a wall-clock time that happens twice
 * (refused when typed) is the stored one when it is one of its two (`editMeetupFormSchema`).
 * Null when there is no such meetup (the mutation then says so, after authorizing).
 */
export async function loadMeetupTimes(meetupId: number) {
  return db.meetup.findUnique({ where: { id: meetupId }, select: { startsAt: true, endsAt: true, rsvpDeadline: true } });
}

/** The viewer's answer, their place on the waitlist and whether they were checked in. */
export async function loadViewerRsvp(meetupId: number, userId: string) {
  const [rsvp, checkIn] = await Promise.all([
    db.rsvp.findUnique({ where: { meetupId_userId: { meetupId, userId } }, select: { status: true, waitlistedAt: true } }),
    db.checkIn.findUnique({ where: { meetupId_userId: { meetupId, userId } }, select: { createdAt: true } }),
  ]);
  let position: number | null = null;
  if (rsvp?.status === "waitlisted") {
    // Ahead of me: stamped earlier, or at the same instant with a smaller id (the machine's order).
    const ahead = await db.rsvp.count({
      where: {
        meetupId,
        status: "waitlisted",
        OR: [{ waitlistedAt: { lt: rsvp.waitlistedAt ?? new Date(8.64e15) } }, { waitlistedAt: rsvp.waitlistedAt, userId: { lt: userId } }],
      },
    });
    position = ahead + 1;
  }
  return { status: rsvp?.status ?? null, position, checkedIn: checkIn !== null };
}

/**
 * What makes a post a follow-up of the meetup: in one of its linked threads (not deleted ones), by
 * someone who was checked in (`authorId`: that person only, if they were), not deleted, written
 * after the meetup started and within the follow-up window. Null when no post can be one.
 */
async function followUpWhere(meetupId: number, startsAt: Date, authorId?: string) {
  const { from, to } = followUpWindow({ startsAt });
  const [links, attendees] = await Promise.all([
    db.meetupThread.findMany({ where: { meetupId, thread: { deletedAt: null } }, select: { threadId: true } }),
    db.checkIn.findMany({ where: { meetupId, ...(authorId === undefined ? {} : { userId: authorId }) }, select: { userId: true } }),
  ]);
  if (links.length === 0 || attendees.length === 0) return null;
  return {
    threadId: { in: links.map((link) => link.threadId) },
    authorId: { in: attendees.map((attendee) => attendee.userId) },
    deletedAt: null,
    createdAt: { gte: from, lte: to },
  };
}

/** Follow-ups (`followUpWhere`), oldest first. */
export async function listFollowUpPosts(meetupId: number, startsAt: Date, limit = 8) {
  const where = await followUpWhere(meetupId, startsAt);
  if (!where) return { posts: [], total: 0 };
  const [posts, total] = await Promise.all([
    db.post.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, html: true, createdAt: true, author: { select: { id: true, name: true } }, thread: { select: { id: true, slug: true, title: true } } },
    }),
    db.post.count({ where }),
  ]);
  return { posts, total };
}

/**
 * The attendee's own first follow-up (the same definition as the list's), or null: once they have
 * posted one, the page links to it instead of inviting them to post.
 */
export async function findOwnFollowUp(meetupId: number, startsAt: Date, userId: string) {
  const where = await followUpWhere(meetupId, startsAt, userId);
  if (!where) return null;
  return db.post.findFirst({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, thread: { select: { id: true, slug: true, title: true } } } });
}

export async function listGroupMeetups(groupId: string, now: Date, query: { past: boolean; page?: number; limit?: number }) {
  const page = query.page ?? 1;
  const take = query.limit ?? PAST_MEETUPS_PAGE_SIZE;
  // A meetup in progress is still "upcoming" for the people about to join it.
  const where = query.past ? { groupId, endsAt: { lt: now } } : { groupId, endsAt: { gte: now } };
  const [rows, total] = await Promise.all([
    db.meetup.findMany({
      where,
      orderBy: query.past ? [{ startsAt: "desc" }, { id: "desc" }] : [{ startsAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * take,
      take,
      select: listFields,
    }),
    db.meetup.count({ where }),
  ]);
  return { meetups: await withCounts(rows), total };
}

/**
 * The group page's aside, never cancelled meetups: the next few soonest first ("next"), or the
 * latest past ones newest first ("recent").
 */
export async function listAsideMeetups(groupId: string, now: Date, which: "next" | "recent", limit = 3) {
  const next = which === "next";
  const order = next ? ("asc" as const) : ("desc" as const);
  const rows = await db.meetup.findMany({
    where: { groupId, cancelledAt: null, endsAt: next ? { gte: now } : { lt: now } },
    orderBy: [{ startsAt: order }, { id: order }],
    take: limit,
    select: listFields,
  });
  return withCounts(rows);
}

/** Meetups that deepen a thread (its page lists them), newest first. */
export async function listThreadMeetups(threadId: number, groupId: string) {
  const rows = await db.meetup.findMany({
    where: { groupId, threads: { some: { threadId } } },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: 20,
    select: listFields,
  });
  return withCounts(rows);
}

/**
 * The check-in sheet: everyone who answered going, waitlisted or maybe (the people likely at
 * the door), anyone already checked in, and the other active members for walk-ins. Those are
 * listed only up to `listMax` (`others` is null beyond it: the organizer types a name instead),
 * so a group of thousands is not loaded into the page.
 */
export async function loadCheckInSheet(meetup: { id: number; groupId: string; organizer: { id: string; name: string } }, listMax = WALK_IN_LIST_MAX) {
  const { id: meetupId, groupId, organizer } = meetup;
  const answeredStatuses: RsvpStatus[] = ["going", "waitlisted", "maybe"];
  // The host gives no answer (decision 004 §3b) but comes: their own row, not a walk-in's.
  const [rsvps, checkIns, members, hostMembership] = await Promise.all([
    db.rsvp.findMany({
      where: { meetupId, status: { in: answeredStatuses } },
      select: { status: true, waitlistedAt: true, userId: true, user: { select: { id: true, name: true } } },
    }),
    db.checkIn.findMany({ where: { meetupId }, select: { userId: true, walkIn: true, user: { select: { id: true, name: true } } } }),
    // The members who are on neither list below, one more than can be listed (to know there are more).
    db.membership.findMany({
      where: { groupId, status: "active", userId: { not: organizer.id }, user: { rsvps: { none: { meetupId, status: { in: answeredStatuses } } }, checkIns: { none: { meetupId } } } },
      orderBy: { user: { name: "asc" } },
      take: listMax + 1,
      select: { user: { select: { id: true, name: true } } },
    }),
    db.membership.findUnique({ where: { groupId_userId: { groupId, userId: organizer.id } }, select: { status: true } }),
  ]);
  const checked = new Set(checkIns.map((row) => row.userId));
  const rank: Record<string, number> = { going: 0, waitlisted: 1, maybe: 2 };
  const waitlist = waitlistOrder(rsvps).map((row) => row.userId);
  const answered = [...rsvps]
    .sort((a, b) => rank[a.status]! - rank[b.status]! || (a.status === "waitlisted" ? waitlist.indexOf(a.userId) - waitlist.indexOf(b.userId) : a.user.name.localeCompare(b.user.name)))
    .map((row) => ({ ...row.user, status: row.status as RsvpStatus, checkedIn: checked.has(row.userId) }));
  // A host who answered before hosts gave no answer (an old "not going" aside) is listed once, as the host.
  const host = hostMembership?.status === "active" || checked.has(organizer.id) ? { id: organizer.id, name: organizer.name, checkedIn: checked.has(organizer.id) } : null;
  const listed = new Set([...answered.filter((row) => row.id !== organizer.id).map((row) => row.id), organizer.id]);
  const walkIns = checkIns.filter((row) => !listed.has(row.userId)).map((row) => ({ ...row.user, checkedIn: true }));
  const others = members.length > listMax ? null : members.map((row) => row.user);
  return { host, answered: answered.filter((row) => row.id !== organizer.id), walkIns, others, checkedInCount: checked.size };
}

/**
 * "My meetups": what the person answered or hosts (meetups they scheduled, whether or not they
 * also answered, as a host is counted on Meetup) and what is coming up in their groups.
 */
export async function listUserMeetups(userId: string, viewer: ViewerRef, now: Date) {
  const visible = visibleGroupsWhere(viewer);
  const meetupFields = { ...listFields, group: { select: { slug: true, name: true, language: true } } } as const;
  const [answered, hosted, suggestions, attended] = await Promise.all([
    db.rsvp.findMany({
      where: { userId, status: { in: ["going", "waitlisted", "maybe"] }, meetup: { endsAt: { gte: now }, group: visible, organizerId: { not: userId } } },
      orderBy: { meetup: { startsAt: "asc" } },
      take: 100,
      select: { status: true, meetup: { select: meetupFields } },
    }),
    db.meetup.findMany({
      where: { organizerId: userId, endsAt: { gte: now }, group: visible },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 100,
      select: meetupFields,
    }),
    db.meetup.findMany({
      where: {
        endsAt: { gte: now },
        cancelledAt: null,
        organizerId: { not: userId },
        group: { memberships: { some: { userId, status: "active" } } },
        rsvps: { none: { userId } },
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 30,
      select: meetupFields,
    }),
    db.checkIn.findMany({
      where: { userId, meetup: { group: visible } },
      orderBy: { meetup: { startsAt: "desc" } },
      take: 30,
      select: { meetup: { select: meetupFields } },
    }),
  ]);
  const mine = [
    ...answered.map((row) => ({ meetup: row.meetup, status: row.status as RsvpStatus | "hosting" })),
    ...hosted.map((meetup) => ({ meetup, status: "hosting" as const })),
  ].sort((a, b) => a.meetup.startsAt.getTime() - b.meetup.startsAt.getTime() || a.meetup.id - b.meetup.id);
  const [upcoming, suggested, attendedMeetups] = await Promise.all([withCounts(mine.map((row) => row.meetup)), withCounts(suggestions), withCounts(attended.map((row) => row.meetup))]);
  return {
    upcoming: upcoming.map((meetup, index) => ({ ...meetup, status: mine[index]!.status })),
    suggestions: suggested,
    attended: attendedMeetups,
  };
}

// ─── Calendars ──────────────────────────────────────────────────────────────────────────

const calendarFields = {
  id: true,
  title: true,
  descriptionHtml: true,
  venueName: true,
  venueAddress: true,
  online: true,
  onlineUrl: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  cancelledAt: true,
  cancelReason: true,
  sequence: true,
  createdAt: true,
  updatedAt: true,
} as const;

/**
 * The calendar fields, with the requester's standing in each meetup's group read in the same
 * query, so `withVisibleMeetingLink` can decide per meetup (a personal feed spans groups, and
 * keeps past meetups of groups one has left).
 */
function calendarSelect(requester: ViewerRef | null) {
  return {
    ...calendarFields,
    group: {
      select: {
        slug: true,
        name: true,
        // Nobody's membership when signed out: an empty `in` matches no row.
        memberships: { where: { userId: requester ? requester.id : { in: [] } }, select: { role: true, status: true }, take: 1 },
      },
    },
  } as const;
}

/** The meetup as a calendar may show it to the requester: the meeting link only if `canSeeMeetingLink`. */
function withVisibleMeetingLink(requester: ViewerRef | null) {
  return <R extends { onlineUrl: string | null; group: { slug: string; name: string; memberships: { role: GroupRole; status: MembershipStatus }[] } }>(row: R) => {
    const { memberships, ...group } = row.group;
    const actor = { userId: requester?.id ?? null, isSiteAdmin: requester?.isSiteAdmin ?? false, membership: memberships[0] ?? null };
    return { ...row, group, onlineUrl: canSeeMeetingLink(actor) ? row.onlineUrl : null };
  };
}

/** One meetup for its .ics file, as `requester` (null: signed out) may see it. */
export async function loadCalendarMeetup(meetupId: number, groupId: string, requester: ViewerRef | null) {
  const row = await db.meetup.findFirst({ where: { id: meetupId, groupId }, select: calendarSelect(requester) });
  return row && withVisibleMeetingLink(requester)(row);
}
export type CalendarMeetup = NonNullable<Awaited<ReturnType<typeof loadCalendarMeetup>>>;

/**
 * The group feed: upcoming meetups, cancelled ones included (calendars then drop them), and the
 * last month's. `requester` is the feed key's owner; a feed read without one never
 * carries meeting links.
 */
export async function listGroupFeedMeetups(groupId: string, now: Date, requester: ViewerRef | null) {
  const rows = await db.meetup.findMany({
    where: { groupId, startsAt: { gte: new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS) } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 500,
    select: calendarSelect(requester),
  });
  return rows.map(withVisibleMeetingLink(requester));
}

/** A person's feed: the meetups they are going to or host, in groups they can still see. */
export async function listUserFeedMeetups(user: ViewerRef, now: Date) {
  const rows = await db.meetup.findMany({
    where: {
      startsAt: { gte: new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS) },
      OR: [{ rsvps: { some: { userId: user.id, status: "going" } } }, { organizerId: user.id }],
      group: visibleGroupsWhere(user),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 500,
    select: calendarSelect(user),
  });
  return rows.map(withVisibleMeetingLink(user));
}

/** The owner of a calendar token, or null (the feed then 404s, telling nothing). */
export async function findCalendarTokenOwner(token: string): Promise<(ViewerRef & { name: string }) | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  return db.user.findUnique({ where: { calendarToken: token }, select: { id: true, isSiteAdmin: true, name: true } });
}

/**
 * The person a group feed key belongs to, or null (the feed then 404s). Whether they may still
 * see the group is the caller's check (`loadGroup` with them as the viewer).
 */
export async function findGroupFeedKeyOwner(groupSlug: string, access: GroupFeedAccess, purpose: GroupFeedPurpose = "calendar"): Promise<(ViewerRef & { name: string }) | null> {
  const [person, group] = await Promise.all([
    db.user.findUnique({ where: { id: access.member }, select: { id: true, isSiteAdmin: true, name: true, calendarToken: true } }),
    db.group.findUnique({ where: { slug: groupSlug }, select: { id: true } }),
  ]);
  if (!person || !group || !isGroupFeedKey(access.key, serverSecret(), person.calendarToken, group.id, purpose)) return null;
  return { id: person.id, isSiteAdmin: person.isSiteAdmin, name: person.name };
}

/** A member's address details for one group's feed (the key changes when they reset their token). */
export async function loadGroupFeedAccess(userId: string, groupId: string, purpose: GroupFeedPurpose = "calendar"): Promise<GroupFeedAccess | null> {
  const token = await loadCalendarToken(userId);
  return token ? { member: userId, key: groupFeedKey(serverSecret(), token, groupId, purpose) } : null;
}

export async function loadCalendarToken(userId: string): Promise<string | null> {
  return (await db.user.findUnique({ where: { id: userId }, select: { calendarToken: true } }))?.calendarToken ?? null;
}

/**
 * Who hears about a change or the cancellation of a meetup: everyone who answered it, whatever
 * the answer ("not going" was an answer to the meetup as it was: a new time or place may change
 * it), and its host when someone else made the change; never the person who made it, and only
 * active members (someone who left or was removed is not told: for a private group that would
 * leak its plans).
 */
export async function concernedMembers(tx: Pick<Tx, "membership">, meetup: { groupId: string; organizerId: string }, answered: { userId: string }[], actorId: string): Promise<string[]> {
  const people = [...new Set([...answered.map((row) => row.userId), meetup.organizerId])].filter((userId) => userId !== actorId);
  if (people.length === 0) return [];
  const rows = await tx.membership.findMany({ where: { groupId: meetup.groupId, status: "active", userId: { in: people } }, select: { userId: true } });
  const members = new Set(rows.map((row) => row.userId));
  return people.filter((userId) => members.has(userId));
}

/** How many people cancelling `meetupId` would tell, when `actorId` cancels it (the cancel form's hint). */
export async function countConcernedMembers(meetup: { id: number; groupId: string; organizerId: string }, actorId: string): Promise<number> {
  const answered = await db.rsvp.findMany({ where: { meetupId: meetup.id }, select: { userId: true } });
  return (await concernedMembers(db, meetup, answered, actorId)).length;
}

/** A member's answers to a group's upcoming meetups that leaving the group withdraws (`withdrawFromGroupMeetups`). */
export function upcomingAnswersWhere(groupId: string, userId: string, now: Date) {
  return { userId, status: { in: ["going" as const, "maybe" as const, "waitlisted" as const] }, meetup: { groupId, cancelledAt: null, startsAt: { gt: now } } };
}

/** The titles of the upcoming meetups whose answers leaving the group would withdraw, soonest first ("Leave group" says so). */
export async function listUpcomingAnswered(groupId: string, userId: string, now = new Date()): Promise<string[]> {
  const rows = await db.rsvp.findMany({ where: upcomingAnswersWhere(groupId, userId, now), orderBy: [{ meetup: { startsAt: "asc" } }, { meetupId: "asc" }], select: { meetup: { select: { title: true } } } });
  return rows.map((row) => row.meetup.title);
}
