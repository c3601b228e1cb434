import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { requireVersion } from "@/lib/edit-version";
import { AppError } from "@/lib/errors";
import type { GroupAction } from "@/lib/groups/ability";
import { recordGroupActivity } from "@/lib/groups/activity";
import { requireGroupAbility } from "@/lib/groups/authorize";
import { findMemberByNameOrEmail } from "@/lib/groups/members";
import { lockActiveMembership } from "@/lib/groups/membership-lock";
import { markHealthDirty } from "@/lib/health/snapshots";
import { recordModeration } from "@/lib/moderation/mutations";
import { RENDER_VERSION, renderMarkdown } from "@/lib/markdown/render";
import { sendNotifications, type NotificationDraft } from "@/lib/notifications/mutations";
import { consumeRateLimit } from "@/lib/rate-limit";
import { checkInRefusal } from "./check-in";
import { changeNotice, materialChanges, meetupHasStarted, sameValue } from "./edit-notices";
import { meetupPath } from "./paths";
import { concernedMembers, upcomingAnswersWhere } from "./data";
import { HOST_ANSWER_NOTE } from "./page-wording";
import { inReminderWindow, REMINDER_AHEAD_MS, reminderPlace } from "./reminders";
import { decideCapacityChange, decideDeparture, decideRsvp, waitlistPosition, type RsvpAnswer, type RsvpChange, type RsvpRow, type RsvpStatus } from "./rsvp";
import { MEETUP_START_PAST, RSVP_DEADLINE_PAST, type MeetupInput } from "./schema";
import { formatInZone, listedEquivalentZone, sameMinute } from "./time";

/**
 * Interactive transactions that lock the meetup row. `maxWait` covers waiting for a pooled
 * connection when many people answer at once (50 RSVPs on a 10-connection pool queue up);
 * `timeout` bounds the transaction itself, which holds the lock for a few milliseconds.
 */
export const MEETUP_TX_OPTIONS = { maxWait: 30_000, timeout: 20_000 } as const;

type Verb = "schedule meetups" | "edit meetups" | "cancel meetups" | "check people in" | "RSVP";

/** The actor in the meetup's group: 404 when the group is hidden from them, 403 when the role is missing. */
function authorize(groupId: string, userId: string, action: GroupAction, verb: Verb) {
  return requireGroupAbility(groupId, userId, action, {
    verb,
    join: "Join the group to RSVP to its meetups.",
    role: `Only the group's organizers, moderators and owner can ${verb}.`,
    // Acting on a meetup of a group hidden from them: no such meetup, in the same words as a missing one.
    hidden: verb === "schedule meetups" ? undefined : MEETUP_NOT_FOUND,
  });
}

const MEETUP_NOT_FOUND = "This meetup does not exist.";

const meetupContext = {
  id: true,
  groupId: true,
  organizerId: true,
  title: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  capacity: true,
  rsvpDeadline: true,
  cancelledAt: true,
  venueName: true,
  venueAddress: true,
  mapUrl: true,
  online: true,
  onlineUrl: true,
  // Bumped by every edit and the cancellation: the edit form's version (decision 045).
  sequence: true,
  group: { select: { slug: true, name: true } },
} as const;

async function loadMeetupContext(meetupId: number) {
  const meetup = await db.meetup.findUnique({ where: { id: meetupId }, select: meetupContext });
  if (!meetup) throw new AppError("NOT_FOUND", MEETUP_NOT_FOUND);
  return meetup;
}

/**
 * Takes the meetup's row lock for the rest of the transaction and re-reads it. Every change to
 * a meetup's RSVPs goes through this lock, so they happen one after another (READ COMMITTED:
 * each statement after the lock sees what the previous holder committed).
 */
async function lockMeetup(tx: Tx, meetupId: number) {
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Meetup" WHERE id = ${meetupId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", MEETUP_NOT_FOUND);
  return tx.meetup.findUniqueOrThrow({ where: { id: meetupId }, select: meetupContext });
}

/** The database clock, read after the lock: lock order and stamp order agree. */
async function databaseNow(tx: Tx): Promise<Date> {
  const [row] = await tx.$queryRaw<{ ms: number }[]>`SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS ms`;
  return new Date(Math.floor(row!.ms));
}

async function writeRsvpChanges(tx: Tx, meetupId: number, changes: RsvpChange[]) {
  for (const change of changes) {
    await tx.rsvp.upsert({
      where: { meetupId_userId: { meetupId, userId: change.userId } },
      create: { meetupId, userId: change.userId, status: change.status, waitlistedAt: change.waitlistedAt },
      update: { status: change.status, waitlistedAt: change.waitlistedAt },
    });
  }
}

function when(meetup: { startsAt: Date; timeZone: string }) {
  return formatInZone(meetup.startsAt, meetup.timeZone);
}

/** A notice's event time: the list shows it in the reader's zone beside the message's `when`. */
function eventOf(meetup: { startsAt: Date; timeZone: string }) {
  return { eventAt: meetup.startsAt, eventTimeZone: meetup.timeZone };
}

function promotionNotices(meetup: { id: number; title: string; startsAt: Date; timeZone: string; group: { slug: string } }, userIds: string[]): NotificationDraft[] {
  return userIds.map((userId) => ({
    userId,
    kind: "meetup.promoted",
    message: `A seat opened up: you are now going to “${meetup.title}” (${when(meetup)}).`,
    url: meetupPath(meetup.group.slug, meetup.id),
    ...eventOf(meetup),
  }));
}

/**
 * The threads must be discussions of the group. A deleted thread is not: nothing new links to it;
 * but a link the meetup already has (`kept`) stays valid, as a project keeps its source.
 */
async function requireGroupThreads(tx: Tx, groupId: string, threadIds: number[], kept: number[] = []) {
  if (threadIds.length === 0) return;
  const found = await tx.thread.count({ where: { id: { in: threadIds }, groupId, OR: [{ deletedAt: null }, { id: { in: kept } }] } });
  if (found !== threadIds.length) throw new AppError("INVALID", "Linked threads must be discussions of this group: choose them from the list.", { field: "threadIds" });
}

function meetupColumns(input: MeetupInput) {
  return {
    title: input.title,
    description: input.description,
    descriptionHtml: renderMarkdown(input.description, "description"),
    renderVersion: RENDER_VERSION,
    online: input.online,
    venueName: input.venueName,
    venueAddress: input.venueAddress,
    mapUrl: input.mapUrl,
    onlineUrl: input.onlineUrl,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    capacity: input.capacity,
    rsvpDeadline: input.rsvpDeadline,
  };
}

/**
 * Schedules a meetup and tells the group's members (everything in one transaction); `notified`
 * counts who was told (members who turned the group's notices off are not), for the organizer.
 */
export async function scheduleMeetup(organizerId: string, groupId: string, input: MeetupInput, now = new Date()) {
  await authorize(groupId, organizerId, "organize", "schedule meetups");
  await consumeRateLimit("scheduleMeetup", organizerId);
  if (input.startsAt.getTime() <= now.getTime()) throw new AppError("INVALID", MEETUP_START_PAST, { field: "startsAt" });
  // (An edit may set a past deadline on purpose: it closes the answers.)
  if (input.rsvpDeadline && input.rsvpDeadline.getTime() <= now.getTime()) {
    throw new AppError("INVALID", RSVP_DEADLINE_PAST, { field: "rsvpDeadline" });
  }
  const created = await db.$transaction(async (tx) => {
    await requireGroupThreads(tx, groupId, input.threadIds);
    const meetup = await tx.meetup.create({
      data: { groupId, organizerId, ...meetupColumns(input), threads: { createMany: { data: input.threadIds.map((threadId) => ({ threadId })) } } },
      select: { id: true, title: true, startsAt: true, timeZone: true, createdAt: true, group: { select: { slug: true, name: true } } },
    });
    // The row's own time (the database's clock), as the migration's backfill reads it.
    await recordGroupActivity(tx, groupId, meetup.createdAt);
    const members = await tx.membership.findMany({ where: { groupId, status: "active", userId: { not: organizerId } }, select: { userId: true } });
    const notified = await sendNotifications(
      members.map(({ userId }) => ({
        userId,
        kind: "meetup.created",
        groupId,
        message: `New meetup in ${meetup.group.name}: “${meetup.title}”, ${when(meetup)}.`,
        url: meetupPath(meetup.group.slug, meetup.id),
        ...eventOf(meetup),
        dedupeKey: `meetup.created:${meetup.id}:${userId}`,
      })),
      tx,
    );
    return { id: meetup.id, groupSlug: meetup.group.slug, notified };
  }, MEETUP_TX_OPTIONS);
  await markHealthDirty(groupId);
  return created;
}

/**
 * The edit form shows times to the minute: a time it sends back in the same minute as the stored
 * one is the stored one (a start saved with seconds, by a script or an older version, is not
 * "moved" by every save, nor re-reminded, nor announced as a change of time).
 */
function withUnchangedTimesKept(before: Pick<MeetupInput, "startsAt" | "endsAt" | "rsvpDeadline">, input: MeetupInput): MeetupInput {
  const kept = <D extends Date | null>(stored: D, sent: D): D => (stored && sent && sameMinute(stored, sent) ? stored : sent);
  return { ...input, startsAt: kept(before.startsAt, input.startsAt), endsAt: kept(before.endsAt, input.endsAt), rsvpDeadline: kept(before.rsvpDeadline, input.rsvpDeadline) };
}

/**
 * What a meetup that has started keeps: its time (answers, check-in and the health model's
 * record are tied to it; moving it into the future would reopen answers) and its seats (a seat
 * opening up at a meetup already under way is news to nobody).
 */
const SETTLED_FIELDS = [
  ["startsAt", "start time"],
  ["endsAt", "end time"],
  ["timeZone", "time zone"],
  ["rsvpDeadline", "RSVP deadline"],
  ["capacity", "number of seats"],
] as const;

function settledFieldChange(before: Pick<MeetupInput, (typeof SETTLED_FIELDS)[number][0]>, after: MeetupInput) {
  const found = SETTLED_FIELDS.find(([field]) => !sameValue(before[field], after[field]));
  return found ? { field: found[0], label: found[1] } : null;
}

/**
 * Edits a meetup: bumps its iCalendar SEQUENCE, replaces its thread links, promotes people
 * from the waitlist if seats opened (they alone are told of a change of seats), and tells everyone
 * who answered and the host (`concernedMembers`) what the title, time, place or RSVP deadline
 * changed from, as long as the meetup has not started (`changeNotice`: after that, edits notify
 * no one). A moved start
 * re-arms the 24-hour reminder. Once the meetup has started, only its text, place and links
 * change (`SETTLED_FIELDS`). Such a change by someone other than its host is recorded in the
 * group's moderation log (decision 018).
 */
export async function updateMeetup(actorId: string, meetupId: number, input: MeetupInput, now = new Date(), seenVersion?: number) {
  const existing = await loadMeetupContext(meetupId);
  await authorize(existing.groupId, actorId, "organize", "edit meetups");
  const result = await db.$transaction(async (tx) => {
    const meetup = await lockMeetup(tx, meetupId);
    if (meetup.cancelledAt) throw new AppError("CONFLICT", "This meetup was cancelled: it can no longer be edited.");
    // From the edit form: of two organizers saving at once, the second is refused rather than
    // undo the first's changes (its SEQUENCE is the version the form was shown, decision 045).
    if (seenVersion !== undefined) requireVersion(meetup.sequence, seenVersion, "this meetup");
    input = withUnchangedTimesKept(meetup, input);
    // A zone stored under a name the picker does not offer ("US/Eastern", accepted before only its
    // names were) comes back from the form under its listed name ("America/New_York"): the same
    // zone, so no change of time; the listed name is what gets stored.
    const before = { ...meetup, timeZone: listedEquivalentZone(meetup.timeZone) === input.timeZone ? input.timeZone : meetup.timeZone };
    if (meetupHasStarted(meetup, now)) {
      const settled = settledFieldChange(before, input);
      if (settled) throw new AppError("INVALID", `This meetup has started: its ${settled.label} can no longer be changed. Its title, description, place and linked discussions can.`, { field: settled.field });
    }
    const startMoved = meetup.startsAt.getTime() !== input.startsAt.getTime();
    if (startMoved && input.startsAt.getTime() <= now.getTime()) throw new AppError("INVALID", "A new start time must be in the future.", { field: "startsAt" });
    const linked = await tx.meetupThread.findMany({ where: { meetupId }, select: { threadId: true } });
    await requireGroupThreads(tx, meetup.groupId, input.threadIds, linked.map((link) => link.threadId));
    const changes = materialChanges(before, input);
    // Another organizer changing what people planned around is moderation (decision 018), logged
    // even once the meetup has started, when nobody is told of it.
    if (changes && meetup.organizerId !== actorId) {
      await recordModeration(tx, { groupId: meetup.groupId, actorId, action: "meetup_edited", target: { id: meetupId, label: input.title }, details: { changes }, at: now });
    }
    await tx.meetup.update({
      where: { id: meetupId },
      data: { ...meetupColumns(input), sequence: { increment: 1 }, ...(startMoved ? { hostRemindedAt: null } : {}) },
    });
    // A new start is a new day to be reminded of, for everyone going (the notice's dedupeKey
    // names the start). Raw SQL: an RSVP's updatedAt is when its person answered (the order of
    // the going list), not when the reminder bookkeeping changed.
    if (startMoved) await tx.$executeRaw`UPDATE "Rsvp" SET "remindedAt" = NULL WHERE "meetupId" = ${meetupId} AND "remindedAt" IS NOT NULL`;
    // The form lists live threads only: a link to a thread deleted since is kept, so restoring the
    // thread brings it back (and the health model keeps following the meetup through it).
    await tx.meetupThread.deleteMany({ where: { meetupId, threadId: { notIn: input.threadIds }, thread: { deletedAt: null } } });
    await tx.meetupThread.createMany({ data: input.threadIds.map((threadId) => ({ meetupId, threadId })), skipDuplicates: true });

    const rows = await tx.rsvp.findMany({ where: { meetupId }, select: { userId: true, status: true, waitlistedAt: true } });
    const promotions = meetup.capacity === input.capacity ? [] : decideCapacityChange(input.capacity, rows);
    await writeRsvpChanges(tx, meetupId, promotions);
    const updated = { ...meetup, title: input.title, startsAt: input.startsAt, timeZone: input.timeZone };
    const promoted = promotions.map((change) => change.userId);
    const drafts = promotionNotices(updated, promoted);
    // Once the meetup has started, an edit tells nobody; a change of seats alone tells only those
    // promoted, by the notice above (`changeNotice`).
    const message = changeNotice(before, input, now);
    if (message) {
      for (const userId of await concernedMembers(tx, meetup, rows, actorId)) {
        drafts.push({
          userId,
          kind: "meetup.changed",
          message,
          url: meetupPath(meetup.group.slug, meetupId),
          ...eventOf(updated),
        });
      }
    }
    await sendNotifications(drafts, tx);
    return { id: meetupId, groupSlug: meetup.group.slug, promoted };
  }, MEETUP_TX_OPTIONS);
  await markHealthDirty(existing.groupId);
  return result;
}

/**
 * Cancels a meetup: the page stays with a banner; everyone who answered, and the host, hear about
 * it. Someone other than its host cancelling it is moderation: it goes into the group's log
 * (decision 018); a host calling off their own meetup is not.
 */
export async function cancelMeetup(actorId: string, meetupId: number, reason: string | null, now = new Date()) {
  const existing = await loadMeetupContext(meetupId);
  await authorize(existing.groupId, actorId, "organize", "cancel meetups");
  const result = await db.$transaction(async (tx) => {
    const meetup = await lockMeetup(tx, meetupId);
    if (meetup.cancelledAt) throw new AppError("CONFLICT", "This meetup is already cancelled.");
    // Under way or over, it happened (or is happening): check-in records who came.
    if (meetup.startsAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", "This meetup has started: it can no longer be cancelled.");
    await tx.meetup.update({ where: { id: meetupId }, data: { cancelledAt: now, cancelReason: reason, sequence: { increment: 1 } } });
    if (meetup.organizerId !== actorId) {
      await recordModeration(tx, { groupId: meetup.groupId, actorId, action: "meetup_cancelled", target: { id: meetupId, label: meetup.title }, details: { reason } });
    }
    const answered = await tx.rsvp.findMany({ where: { meetupId }, select: { userId: true } });
    const notified = await sendNotifications(
      (await concernedMembers(tx, meetup, answered, actorId)).map((userId) => ({
        userId,
        kind: "meetup.cancelled",
        message: `“${meetup.title}” (${when(meetup)}) was cancelled${reason ? `: ${reason}` : "."}`,
        url: meetupPath(meetup.group.slug, meetupId),
        ...eventOf(meetup),
        dedupeKey: `meetup.cancelled:${meetupId}:${userId}`,
      })),
      tx,
    );
    return { id: meetupId, groupSlug: meetup.group.slug, notified };
  }, MEETUP_TX_OPTIONS);
  await markHealthDirty(existing.groupId);
  return result;
}

export interface RsvpResult {
  status: RsvpStatus;
  /** 1-based place on the waitlist, when waitlisted. */
  position: number | null;
  promoted: string[];
}

/**
 * Answers a meetup. Correct under concurrency: the meetup's row lock serialises every answer,
 * and the waitlist stamp is read from the database clock after taking it, so the order of
 * the waitlist is the order in which answers got the lock (docs/decisions/004-meetups-rsvp-calendars.md).
 * `now` (tests) decides the deadline; the waitlist stamp always comes from the database.
 */
export async function rsvpToMeetup(userId: string, meetupId: number, answer: RsvpAnswer, now?: Date): Promise<RsvpResult> {
  const existing = await loadMeetupContext(meetupId);
  await authorize(existing.groupId, userId, "participate", "RSVP");
  await consumeRateLimit("react", userId);
  const result = await db.$transaction(async (tx) => {
    if (!(await lockActiveMembership(tx, existing.groupId, userId))) throw new AppError("FORBIDDEN", "Join the group to RSVP to its meetups.");
    const meetup = await lockMeetup(tx, meetupId);
    // The host hosts: no seat, no answer (decision 004 §3b). "Not going" stays open, so a host
    // holding an answer given before this rule can give its seat back.
    if (meetup.organizerId === userId && answer !== "not_going") throw new AppError("CONFLICT", HOST_ANSWER_NOTE);
    const rows: RsvpRow[] = await tx.rsvp.findMany({ where: { meetupId }, select: { userId: true, status: true, waitlistedAt: true } });
    const stamp = await databaseNow(tx);
    const decision = decideRsvp(meetup, rows, { userId, answer }, now ?? new Date(), stamp);
    if (!decision.ok) throw new AppError("CONFLICT", decision.message);
    await writeRsvpChanges(tx, meetupId, decision.changes);
    await sendNotifications(promotionNotices(meetup, decision.promoted), tx);
    const after = new Map(rows.map((row) => [row.userId, row]));
    for (const change of decision.changes) after.set(change.userId, change);
    return { status: decision.status, position: waitlistPosition([...after.values()], userId), promoted: decision.promoted, changed: decision.changes.length > 0 };
  }, MEETUP_TX_OPTIONS);
  if (result.changed) await markHealthDirty(existing.groupId);
  return { status: result.status, position: result.position, promoted: result.promoted };
}

/** Who is checked in: a member's id (the checklist, a small group's list) or their name or email as typed. */
type Attendee = { userId: string } | { person: string };

const CHECK_IN_WORDING = { removed: "be checked in", membersOnly: "be checked in" };

/**
 * Marks a member present (or takes it back). Only organizers, inside the check-in window, and
 * only for active members of the group: walk-ins are members who had not said "going".
 */
export function setCheckIn(actorId: string, meetupId: number, attendeeId: string, present: boolean, now = new Date()) {
  return recordCheckIn(actorId, meetupId, { userId: attendeeId }, present, now);
}

/**
 * Checks in a walk-in typed by name (as shown in the group) or account email, where the group is
 * too large to list (WALK_IN_LIST_MAX). The lookup comes only after the actor's role and the window
 * are checked, and is rate-limited as owners' adds are (decision 007 §5), so the form probes no
 * accounts. Someone already checked in is told so, rather than silently ticked again.
 */
export async function checkInByNameOrEmail(actorId: string, meetupId: number, person: string, now = new Date()): Promise<{ userId: string; name: string }> {
  const { typed } = await recordCheckIn(actorId, meetupId, { person }, true, now);
  return { userId: typed!.id, name: typed!.name };
}

/** The thanks for coming, pointing where the meetup page's follow-up invitation does. */
export function attendedMessage(title: string, linkedThreads: number): string {
  const where = linkedThreads === 0 ? "the group's discussions" : linkedThreads === 1 ? "the linked discussion" : "one of its linked discussions";
  return `Thanks for coming to “${title}”! Share what you took away in ${where}.`;
}

async function recordCheckIn(actorId: string, meetupId: number, attendee: Attendee, present: boolean, now: Date) {
  const existing = await loadMeetupContext(meetupId);
  await authorize(existing.groupId, actorId, "organize", "check people in");
  const field = "person" in attendee ? "person" : "userId";
  if ("person" in attendee) {
    const refusal = checkInRefusal(existing, now);
    if (refusal) throw new AppError("CONFLICT", refusal);
    await consumeRateLimit("checkInLookup", actorId);
  }
  // Every check below is made inside the transaction, under the attendee's membership lock and
  // then the meetup's (the order leaving and removal take them): a cancellation, a moved start
  // or a removal that commits first is seen, and one that comes after waits for this check-in.
  const typed = await db.$transaction(async (tx) => {
    const named = "person" in attendee ? await findMemberByNameOrEmail(tx, existing.groupId, attendee.person, CHECK_IN_WORDING) : null;
    const attendeeId = "userId" in attendee ? attendee.userId : named!.id;
    // The attendee as the outcome names them ("Ana is checked in.", "Check-in of Ana undone.").
    const attendeePerson = async () => named ?? (await tx.user.findUnique({ where: { id: attendeeId }, select: { id: true, name: true } }));
    const member = present && (await lockActiveMembership(tx, existing.groupId, attendeeId));
    const meetup = await lockMeetup(tx, meetupId);
    const refusal = checkInRefusal(meetup, now);
    if (refusal) throw new AppError("CONFLICT", refusal);
    if (!present) {
      await tx.checkIn.deleteMany({ where: { meetupId, userId: attendeeId } });
      // Named in the outcome ("Check-in of Ana undone."), which a form without script shows as is.
      return attendeePerson();
    }
    if (!member) {
      const person = await attendeePerson();
      throw new AppError("INVALID", `${person ? person.name : "That person"} is not a member of ${meetup.group.name}: only members can be checked in.`, { field });
    }
    // Typed by hand, someone already on the sheet is pointed out rather than silently ticked again.
    if (named && (await tx.checkIn.findUnique({ where: { meetupId_userId: { meetupId, userId: attendeeId } }, select: { userId: true } }))) {
      throw new AppError("ALREADY_EXISTS", `${attendeeId === actorId ? "You are" : `${named.name} is`} already checked in.`, { field });
    }
    // A walk-in came without saying "going"; the host says nothing and hosts (decision 004 §3b).
    const rsvp = await tx.rsvp.findUnique({ where: { meetupId_userId: { meetupId, userId: attendeeId } }, select: { status: true } });
    const created = await tx.checkIn.createMany({ data: { meetupId, userId: attendeeId, checkedInById: actorId, walkIn: rsvp?.status !== "going" && attendeeId !== meetup.organizerId, createdAt: now }, skipDuplicates: true });
    // Named in the outcome ("Ana is checked in."), as an undo is.
    const person = await attendeePerson();
    // Two organizers at the door ticked the same person: they are checked in, as wanted, once.
    if (created.count === 0) return person;
    await recordGroupActivity(tx, existing.groupId, now);
    // The host is not thanked for coming to their own meetup (decision 004 §3b).
    if (attendeeId !== meetup.organizerId) await sendNotifications(
      [
        {
          userId: attendeeId,
          kind: "meetup.attended",
          message: attendedMessage(meetup.title, await tx.meetupThread.count({ where: { meetupId, thread: { deletedAt: null } } })),
          url: `${meetupPath(meetup.group.slug, meetupId)}#follow-up`,
          dedupeKey: `meetup.attended:${meetupId}:${attendeeId}`,
        },
      ],
      tx,
    );
    return person;
  }, MEETUP_TX_OPTIONS);
  await markHealthDirty(existing.groupId);
  return { checkedIn: present, typed };
}

/**
 * The 24-hour reminder, run every few minutes by the job runner: everyone going to a meetup that
 * starts within 24 hours, and its host, gets one reminder of its current start, on the first run
 * after they became going (an answer or a promotion after an earlier run is reminded on the
 * next), never twice, never from the start on (`inReminderWindow`). Each person's row is claimed
 * by a conditional UPDATE (`remindedAt` IS NULL … RETURNING; the host's on the meetup,
 * `hostRemindedAt`), under the meetup's row lock, so two runs at once cannot both claim anyone;
 * the notification's dedupeKey (with the start time, so a moved meetup is reminded again) stops a
 * second notice all the same. Someone who turned reminders off is claimed and passed over.
 */
export async function sendMeetupReminders(now = new Date()): Promise<{ meetups: number; notifications: number }> {
  const due = await db.meetup.findMany({
    where: {
      cancelledAt: null,
      startsAt: { gt: now, lte: new Date(now.getTime() + REMINDER_AHEAD_MS) },
      OR: [{ hostRemindedAt: null }, { rsvps: { some: { status: "going", remindedAt: null } } }],
    },
    select: { id: true },
    orderBy: { startsAt: "asc" },
    take: 500,
  });
  let meetups = 0;
  let notifications = 0;
  for (const { id } of due) {
    const sent = await db.$transaction(async (tx) => {
      const meetup = await lockMeetup(tx, id);
      // Cancelled or moved since the query above.
      if (!inReminderWindow(meetup, now)) return null;
      // Raw SQL, which leaves updatedAt alone: an RSVP's is when its person answered, a meetup's its
      // last change (the iCalendar LAST-MODIFIED), and a reminder is neither.
      const claimed = await tx.$queryRaw<{ userId: string }[]>`
        UPDATE "Rsvp" SET "remindedAt" = ${now}
        WHERE "meetupId" = ${id} AND status = 'going' AND "remindedAt" IS NULL
        RETURNING "userId"`;
      const hostClaimed = await tx.$queryRaw<{ id: number }[]>`
        UPDATE "Meetup" SET "hostRemindedAt" = ${now} WHERE id = ${id} AND "hostRemindedAt" IS NULL RETURNING id`;
      // The host is reminded too (while still in the group), whether or not they answered.
      const hostActive =
        hostClaimed.length > 0 && (await tx.membership.findFirst({ where: { groupId: meetup.groupId, userId: meetup.organizerId, status: "active" }, select: { userId: true } })) !== null;
      const people = [...new Set([...claimed.map((row) => row.userId), ...(hostActive ? [meetup.organizerId] : [])])];
      if (people.length === 0) return null;
      const place = reminderPlace(meetup);
      return sendNotifications(
        people.map((userId) => ({
          userId,
          kind: "meetup.reminder",
          groupId: meetup.groupId,
          message: `Reminder: “${meetup.title}” starts ${when(meetup)}${place ? ` ${place}` : ""}.`,
          url: meetupPath(meetup.group.slug, id),
          ...eventOf(meetup),
          dedupeKey: `meetup.reminder:${id}:${userId}:${meetup.startsAt.getTime()}`,
        })),
        tx,
      );
    }, MEETUP_TX_OPTIONS);
    if (sent === null) continue;
    meetups += 1;
    notifications += sent;
  }
  return { meetups, notifications };
}

/**
 * Someone is leaving the group (inside the caller's transaction): every upcoming meetup they
 * said going, maybe or waitlisted to gets "not going", and a seat they held goes to the first
 * in line, who is told. Meetups are locked in id order, like every other multi-meetup writer,
 * so two departures cannot deadlock. Returns the number of answers withdrawn.
 */
export async function withdrawFromGroupMeetups(tx: Tx, groupId: string, userId: string, now = new Date()): Promise<number> {
  const answered = await tx.rsvp.findMany({
    where: upcomingAnswersWhere(groupId, userId, now),
    select: { meetupId: true },
    orderBy: { meetupId: "asc" },
  });
  let withdrawn = 0;
  for (const { meetupId } of answered) {
    const meetup = await lockMeetup(tx, meetupId);
    const rows: RsvpRow[] = await tx.rsvp.findMany({ where: { meetupId }, select: { userId: true, status: true, waitlistedAt: true } });
    const decision = decideDeparture(meetup.capacity, rows, userId);
    if (decision.changes.length === 0) continue;
    await writeRsvpChanges(tx, meetupId, decision.changes);
    await sendNotifications(promotionNotices(meetup, decision.promoted), tx);
    withdrawn += 1;
  }
  return withdrawn;
}

/** A new secret for the person's calendar feeds: the old feed URLs stop working at once. */
export async function resetCalendarToken(userId: string): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db.user.update({ where: { id: userId }, data: { calendarToken: token } });
  return token;
}
