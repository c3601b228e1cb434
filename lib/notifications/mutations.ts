import { db, type Db, type Tx } from "@/lib/db";
import { isOptionalNotice, type OptionalNoticeKind } from "./preferences";

/** What a notification says and where it leads; `dedupeKey` makes sending it idempotent. */
export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  message: string;
  url: string;
  dedupeKey?: string | null;
  /** The moment it is about (a meetup's start), in the zone the message states it in. */
  eventAt?: Date | null;
  eventTimeZone?: string | null;
}

export type NotificationKind = "account.password.reset" | "group.added" | "group.joined" | "group.removed" | "group.reinstated"
  // Requests to join a listed private group (decision 025): to its moderators, then the answer to the person.
  | "group.join.requested" | "group.request.accepted" | "group.request.declined" | "meetup.created" | "meetup.promoted" | "meetup.changed" | "meetup.cancelled" | "meetup.reminder" | "meetup.attended" | "post.replied"
  // Someone mentioned the person in a post (decision 021); new replies in a thread they follow (decision 022).
  | "post.mentioned" | "thread.replies" | "thread.created"
  // Reactions to the person's post, gathered while unread (decision 029).
  | "post.reacted"
  // A post reported to the group's owners and moderators: the first open report on it (decision 012).
  | "post.reported"
  // The group's moderators deleted or restored someone's post, thread, project or project update: to its author or the project's leads (decision 019).
  | "post.removed" | "post.restored" | "post.history.cleared" | "thread.removed" | "thread.restored" | "project.removed" | "project.restored" | "project.update.removed" | "project.update.restored"
  // Projects (decision 005 §11): someone joined (to its leads), an update or a status change (to its contributors), a role given or a person added by a lead (to them).
  | "project.joined" | "project.updated" | "project.status" | "project.role" | "project.added";

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
    const batch = wanted.slice(i, i + 1000).map((draft) => ({ ...draft, dedupeKey: draft.dedupeKey ?? null }));
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
 * The drafts but those of a kind their recipient turned off: one query per optional kind among
 * them (none when there is none), however many recipients.
 */
async function withoutMuted(drafts: NotificationDraft[], client: Db | Tx): Promise<NotificationDraft[]> {
  const optional = [...new Set(drafts.map((draft) => draft.kind).filter(isOptionalNotice))];
  if (optional.length === 0) return drafts;
  const muted = new Set<string>();
  for (const kind of optional) {
    const userIds = [...new Set(drafts.filter((draft) => draft.kind === kind).map((draft) => draft.userId))];
    const rows = await client.user.findMany({ where: { id: { in: userIds }, mutedNotices: { has: kind } }, select: { id: true } });
    for (const row of rows) muted.add(`${kind} ${row.id}`);
  }
  return drafts.filter((draft) => !muted.has(`${draft.kind} ${draft.userId}`));
}

/** Whether `userId` still wants notices of `kind` (for a sender that updates a notice instead of sending one). */
export async function wantsNotice(userId: string, kind: OptionalNoticeKind, client: Db | Tx = db): Promise<boolean> {
  return (await client.user.count({ where: { id: userId, mutedNotices: { has: kind } } })) === 0;
}

/** Turns the optional notices on and off for a member (decision 031): `muted`, the kinds they do not want. */
export async function setMutedNotices(userId: string, muted: readonly OptionalNoticeKind[]): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { mutedNotices: [...new Set(muted)] } });
}
