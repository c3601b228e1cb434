import { db, type Db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireGroupAbility } from "@/lib/groups/authorize";
import { isOptionalNotice, type OptionalNoticeKind } from "./preferences";

/**
 * What a notification says and where it leads; `dedupeKey` makes sending it idempotent. An
 * optional kind (decision 031) names the group it comes from: its recipient may have muted it.
 */
export type NotificationDraft = {
  userId: string;
  message: string;
  url: string;
  dedupeKey?: string | null;
  /** The moment it is about (a meetup's start), in the zone the message states it in. */
  eventAt?: Date | null;
  eventTimeZone?: string | null;
} & ({ kind: OptionalNoticeKind; groupId: string } | { kind: AddressedNoticeKind; groupId?: undefined });

/** The kinds nobody turns off: what is addressed to the person (decision 031). */
export type AddressedNoticeKind = Exclude<NotificationKind, OptionalNoticeKind>;

export type NotificationKind = "account.password.reset" | "group.added" | "group.joined" | "group.removed" | "group.reinstated"
  // Requests to join a listed private group (decision 025): to its moderators, then the answer to the person.
  | "group.join.requested" | "group.request.accepted" | "group.request.declined"
  // An owner or site admin changed the person's role in a group (to them; not their own change).
  | "group.role" | "meetup.created" | "meetup.promoted" | "meetup.changed" | "meetup.cancelled" | "meetup.reminder" | "meetup.attended" | "post.replied"
  // Someone mentioned the person in a post (decision 021); new replies in a thread they follow (decision 022).
  | "post.mentioned" | "thread.replies" | "thread.created"
  // The thread's author (or a moderator) marked the person's reply as its answer (decision 035).
  | "post.answer"
  // Reactions to the person's post, gathered while unread (decision 029).
  | "post.reacted"
  // A post reported to the group's owners and moderators: the first open report on it (decision 012).
  | "post.reported"
  // The group's moderators deleted or restored someone's post, thread, project or project update: to its author or the project's leads (decision 019).
  | "post.removed" | "post.restored" | "post.history.cleared" | "thread.removed" | "thread.restored" | "project.removed" | "project.restored" | "project.update.removed" | "project.update.restored"
  // Projects (decision 005 §11): someone joined or left (to its leads), an update or a status change (to its contributors), a role given, a person added or removed by a lead (to them).
  | "project.joined" | "project.left" | "project.updated" | "project.status" | "project.role" | "project.added" | "project.member.removed";

/**
 * Sends notifications, inside the caller's transaction when it has one (so an event and its
 * notifications are saved together or not at all). A draft whose dedupeKey was already used is
 * skipped silently: retrying a job or repeating an action never notifies twice; so is an optional
 * one its recipient turned off (decision 031). Returns how many were created.
 */
export async function sendNotifications(drafts: NotificationDraft[], client: Db | Tx = db): Promise<number> {
  const wanted = await withoutMuted(drafts, client);
  let created = 0;
  // createMany is one INSERT per batch; batches keep a very large group's announcement bounded.
  for (let i = 0; i < wanted.length; i += 1000) {
    // The group decided who receives it: the notification itself does not keep it.
    const batch = wanted.slice(i, i + 1000).map(({ groupId: _group, ...draft }) => ({ ...draft, dedupeKey: draft.dedupeKey ?? null }));
    created += (await client.notification.createMany({ data: batch, skipDuplicates: true })).count;
  }
  return created;
}

/** Marks one of the person's notifications read (someone else's id changes nothing). */
export async function markNotificationRead(userId: string, notificationId: number, now = new Date()): Promise<boolean> {
  const { count } = await db.notification.updateMany({ where: { id: notificationId, userId, readAt: null }, data: { readAt: now } });
  return count > 0;
}

/**
 * Opening a notification: marks it read and gives where it leads, or null when the person has
 * no such notification (someone else's id tells nothing).
 */
export async function openNotification(userId: string, notificationId: number, now = new Date()): Promise<string | null> {
  await markNotificationRead(userId, notificationId, now);
  const found = await db.notification.findFirst({ where: { id: notificationId, userId }, select: { url: true } });
  return found?.url ?? null;
}

export async function markAllNotificationsRead(userId: string, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}

/**
 * The drafts but the optional ones their recipient turned off, for all their groups or for the
 * draft's group (decision 031): one query per optional kind and one per group among them (none
 * when there is none), however many recipients.
 */
async function withoutMuted(drafts: NotificationDraft[], client: Db | Tx): Promise<NotificationDraft[]> {
  const optional = drafts.filter((draft) => isOptionalNotice(draft.kind));
  if (optional.length === 0) return drafts;
  const recipients = (of: NotificationDraft[]) => [...new Set(of.map((draft) => draft.userId))];
  const muted = new Set<string>();
  for (const kind of new Set(optional.map((draft) => draft.kind))) {
    const rows = await client.user.findMany({ where: { id: { in: recipients(optional.filter((draft) => draft.kind === kind)) }, mutedNotices: { has: kind } }, select: { id: true } });
    for (const row of rows) muted.add(`${kind} ${row.id}`);
  }
  const mutedGroups = new Set<string>();
  for (const groupId of new Set(optional.map((draft) => draft.groupId!))) {
    const rows = await client.membership.findMany({ where: { groupId, userId: { in: recipients(optional.filter((draft) => draft.groupId === groupId)) }, noticesMuted: true }, select: { userId: true } });
    for (const row of rows) mutedGroups.add(`${groupId} ${row.userId}`);
  }
  return drafts.filter((draft) => !muted.has(`${draft.kind} ${draft.userId}`) && !(draft.groupId !== undefined && mutedGroups.has(`${draft.groupId} ${draft.userId}`)));
}

/**
 * Whether `userId` still wants notices of `kind` from group `groupId`: neither turned off for all
 * their groups nor muted for this one (for a sender that updates a notice instead of sending one).
 */
export async function wantsNotice(userId: string, kind: OptionalNoticeKind, groupId: string, client: Db | Tx = db): Promise<boolean> {
  const [turnedOff, groupMuted] = await Promise.all([
    client.user.count({ where: { id: userId, mutedNotices: { has: kind } } }),
    client.membership.count({ where: { groupId, userId, noticesMuted: true } }),
  ]);
  return turnedOff === 0 && groupMuted === 0;
}

const MUTE_WORDING = { verb: "mute its notices" };

/**
 * Mutes, or hears again, one group's optional notices (decision 031): for its active members
 * (others: 403, or 404 where the group is hidden). Saying the same twice changes nothing. The
 * write is conditional on the membership being active still: someone who left or was removed
 * since the check is refused as the check now refuses them, not with an error about a lost row.
 */
export async function setGroupNoticesMuted(userId: string, groupId: string, muted: boolean): Promise<{ muted: boolean }> {
  await requireGroupAbility(groupId, userId, "participate", MUTE_WORDING);
  const { count } = await db.membership.updateMany({ where: { groupId, userId, status: "active" }, data: { noticesMuted: muted } });
  if (count === 0) {
    await requireGroupAbility(groupId, userId, "participate", MUTE_WORDING);
    // Gone and back in between the two reads: rare enough to ask for another try.
    throw new AppError("CONFLICT", "Your membership of this group changed meanwhile. Try again.");
  }
  return { muted };
}

/** Turns the optional notices on and off for a member (decision 031): `muted`, the kinds they do not want. */
export async function setMutedNotices(userId: string, muted: readonly OptionalNoticeKind[]): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { mutedNotices: [...new Set(muted)] } });
}
