/**
 * Asking to join a listed private group, and its moderators' answer (decision 025). Reads and
 * writes live here together, as a feature of groups: the request is a person's, about one group.
 */
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { markHealthDirty } from "@/lib/health/snapshots";
import { recordModeration } from "@/lib/moderation/mutations";
import { endingWithReason, tellOfModeration } from "@/lib/moderation/notices";
import { sendNotifications } from "@/lib/notifications/mutations";
import { consumeRateLimit } from "@/lib/rate-limit";
import { countActiveMembers, type ViewerRef } from "./data";
import { requireGroupAbility } from "./authorize";

/** The Members page's section of requests waiting: where the moderators' notice leads. */
export const JOIN_REQUESTS_ID = "requests";
export const joinRequestsPath = (groupSlug: string) => `/g/${groupSlug}/members#${JOIN_REQUESTS_ID}`;

const GROUP_NOT_FOUND = "This group does not exist.";

/** What a group's owners and moderators are told of a request (the demo seed words its own so). */
export function joinRequestNoticeMessage(askerName: string, groupName: string): string {
  return `${askerName} asks to join ${groupName}.`;
}

/** The dedupe keys of the notices a person's request sent the group's moderators start so. */
const requestNoticesKey = (groupId: string, userId: string) => `group.join.requested:${groupId}:${userId}:`;

/** The dedupe key of the notice a request made at `at` sent one moderator (the demo seed writes it too). */
export function joinRequestNoticeKey(groupId: string, userId: string, at: Date, moderatorId: string): string {
  return `${requestNoticesKey(groupId, userId)}${at.getTime()}:${moderatorId}`;
}

/**
 * The moderators' notices of a person's request, once it needs nothing more of them (answered,
 * taken back, asked anew, or they came in another way): marked read, so none is left unread
 * leading to a request that is gone, as a resolved report's notices are.
 */
export async function markJoinRequestNoticesRead(tx: Tx, groupId: string, userId: string, now = new Date()) {
  await tx.notification.updateMany({ where: { kind: "group.join.requested", readAt: null, dedupeKey: { startsWith: requestNoticesKey(groupId, userId) } }, data: { readAt: now } });
}

/**
 * A person's request to join, deleted as they come in another way (joining once the group went
 * public, added by an owner, an invitation link): nothing left to ask (decision 025). Deleted before
 * the membership is written, in the order a moderator accepting it locks them (no deadlock).
 */
export async function dropJoinRequest(tx: Tx, groupId: string, userId: string) {
  const { count } = await tx.joinRequest.deleteMany({ where: { groupId, userId } });
  if (count > 0) await markJoinRequestNoticesRead(tx, groupId, userId);
}

/**
 * A listed private group as its directory entry shows it, for someone who may not read it (a
 * signed-out visitor, a non-member, someone removed): null when it is not listed, or not private.
 * `request` is the viewer's own, waiting or declined; `removed`, whether they were removed from it.
 */
export async function loadListedGroup(slug: string, viewer: ViewerRef | null) {
  const group = await db.group.findFirst({
    where: { slug, visibility: "private", listed: true },
    select: {
      id: true,
      slug: true,
      name: true,
      descriptionHtml: true,
      tags: true,
      language: true,
      lastActivityAt: true,
      memberships: viewer ? { where: { userId: viewer.id }, select: { status: true } } : false,
      joinRequests: viewer ? { where: { userId: viewer.id }, select: { status: true, message: true, createdAt: true, decidedAt: true, reason: true } } : false,
    },
  });
  if (!group) return null;
  const { memberships, joinRequests, ...rest } = group;
  const memberCount = (await countActiveMembers([group.id])).get(group.id) ?? 0;
  return { group: { ...rest, memberCount }, request: joinRequests?.[0] ?? null, removed: memberships?.[0]?.status === "banned" };
}

/**
 * Asks to join a listed private group, with an optional message to its moderators, who are told.
 * A declined request may be made again: the same row waits anew. Refused: a group that is public
 * (join it), or not listed (404, as for any hidden group), a member, someone removed from it, and a
 * second request while one waits.
 */
export async function askToJoin(userId: string, groupId: string, message: string) {
  const group = await db.group.findUnique({
    where: { id: groupId },
    select: { name: true, slug: true, visibility: true, listed: true, memberships: { where: { userId }, select: { status: true } } },
  });
  const membership = group?.memberships[0] ?? null;
  if (!group || (group.visibility === "private" && !group.listed && membership?.status !== "active")) throw new AppError("NOT_FOUND", GROUP_NOT_FOUND);
  if (membership?.status === "active") throw new AppError("ALREADY_EXISTS", "You are already a member of this group.");
  if (membership?.status === "banned") throw new AppError("FORBIDDEN", "You were removed from this group and cannot ask to join it again.");
  if (group.visibility === "public") throw new AppError("CONFLICT", "This group is public: join it from its page.");
  await consumeRateLimit("askToJoin", userId);
  const now = new Date();
  const asker = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
  try {
    await db.$transaction(async (tx) => {
      // A declined request waits anew; a waiting one is not asked twice (the update finds none).
      const again = await tx.joinRequest.updateMany({
        where: { groupId, userId, status: "declined" },
        data: { status: "pending", message, createdAt: now, decidedAt: null, decidedById: null, reason: null },
      });
      if (again.count === 0) await tx.joinRequest.create({ data: { groupId, userId, message, createdAt: now } });
      // Asked anew: the new notice replaces any left unread from before.
      await markJoinRequestNoticesRead(tx, groupId, userId, now);
      const moderators = await tx.membership.findMany({ where: { groupId, status: "active", role: { in: ["owner", "moderator"] } }, select: { userId: true } });
      await sendNotifications(
        moderators.map((moderator) => ({
          userId: moderator.userId,
          kind: "group.join.requested" as const,
          message: joinRequestNoticeMessage(asker.name, group.name),
          url: joinRequestsPath(group.slug),
          dedupeKey: joinRequestNoticeKey(groupId, userId, now, moderator.userId),
        })),
        tx,
      );
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError("ALREADY_EXISTS", "You already asked to join this group: its moderators have not answered yet.");
  }
  return { groupSlug: group.slug };
}

/** Takes back one's own waiting request. */
export async function withdrawJoinRequest(userId: string, groupId: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.joinRequest.deleteMany({ where: { groupId, userId, status: "pending" } });
    if (count === 0) throw new AppError("CONFLICT", "You have no request waiting in this group.");
    await markJoinRequestNoticesRead(tx, groupId, userId);
  });
}

/** The requests waiting in a group, oldest first, for its moderators. */
export function listJoinRequests(groupId: string) {
  return db.joinRequest.findMany({
    where: { groupId, status: "pending" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, message: true, createdAt: true, user: { select: { id: true, name: true } } },
  });
}

export function countJoinRequests(groupId: string) {
  return db.joinRequest.count({ where: { groupId, status: "pending" } });
}

/**
 * A moderator's answer to a waiting request (owners, moderators, site admins). Accepting makes
 * the person a member (unless they became one meanwhile) and deletes the request; declining keeps
 * it, with the reason, for the person to read. Either is logged and the person is told, by "the
 * moderators" (decision 019). The first answer wins: a second, or one to a request taken back,
 * is refused and changes nothing, saying which (an accepted request's row is gone, but its log
 * entry keeps its id).
 */
export async function decideJoinRequest(actorId: string, requestId: number, decision: "accept" | "decline", reason: string | null = null) {
  const request = await db.joinRequest.findUnique({ where: { id: requestId }, select: { groupId: true, userId: true, user: { select: { name: true } } } });
  const ability = { verb: "answer requests to join", role: "Only the group's owners and moderators answer requests to join.", hidden: GROUP_NOT_FOUND };
  if (!request) {
    // Gone: accepted by another moderator (the log keeps which request), or taken back.
    const accepted = await db.moderationEntry.findFirst({ where: acceptedEntry(requestId), select: { groupId: true, targetLabel: true } });
    if (!accepted) throw new AppError("NOT_FOUND", "This request does not exist any more: it was taken back.");
    await requireGroupAbility(accepted.groupId, actorId, "moderate", ability);
    throw new AppError("CONFLICT", `${accepted.targetLabel}'s request was accepted already: they are a member.`);
  }
  await requireGroupAbility(request.groupId, actorId, "moderate", ability);
  await consumeRateLimit("memberModeration", actorId);
  const { groupId, userId } = request;
  const outcome = await db.$transaction(async (tx): Promise<"decided" | "alreadyMember"> => {
    const now = new Date();
    // Decided on the row itself, waiting: of two moderators answering at once, the first wins.
    const waiting = { id: requestId, status: "pending" as const };
    const decided =
      decision === "accept"
        ? await tx.joinRequest.deleteMany({ where: waiting })
        : await tx.joinRequest.updateMany({ where: waiting, data: { status: "declined", decidedAt: now, decidedById: actorId, reason } });
    if (decided.count === 0) throw new AppError("CONFLICT", await whyAnsweredAlready(tx, requestId, request.userId, groupId, request.user.name));
    // Answered, whichever way: no other moderator is left a notice asking for an answer.
    await markJoinRequestNoticesRead(tx, groupId, userId, now);
    const target = { id: userId, label: request.user.name };
    // A request left from before they came in another way (joining once the group went public,
    // before joining cleared it): nothing to accept or decline, nobody to tell; it goes.
    if (decision === "decline" && (await tx.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { status: true } }))?.status === "active") {
      await tx.joinRequest.delete({ where: { id: requestId } });
      return "alreadyMember";
    }
    if (decision === "accept") {
      // The request's row is locked before the membership is written, as adding someone and
      // accepting an invitation do (they delete the request first): one lock order, no deadlock.
      // A membership made meanwhile (by a path that skipped the request) is no error: the insert
      // does nothing (a unique violation would abort the transaction) and they are a member.
      const created = await tx.membership.createMany({ data: [{ groupId, userId, joinedAt: now }], skipDuplicates: true });
      const existing = created.count === 0 ? await tx.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { status: true } }) : null;
      // Removed since they asked: the removal stands (lifting it is reinstating, decision 009).
      if (existing?.status === "banned") throw new AppError("CONFLICT", `${request.user.name} was removed from this group: reinstate them from the Removed list instead.`);
      // A member already (a way in that skipped the request): the request goes, nobody is told.
      if (existing?.status === "active") return "alreadyMember";
      await recordModeration(tx, { groupId, actorId, action: "join_request_accepted", target, details: { requestId }, at: now });
    } else {
      await recordModeration(tx, { groupId, actorId, action: "join_request_declined", target, details: { reason }, at: now });
    }
    // To the group's page: now theirs to read, or its listing with the reason and the form to ask again.
    await tellOfModeration(
      tx,
      decision === "accept"
        ? { userIds: [userId], groupId, kind: "group.request.accepted", message: (group) => `The moderators of ${group} accepted your request to join.`, url: null }
        : { userIds: [userId], groupId, kind: "group.request.declined", message: (group) => `The moderators of ${group} declined your request to join${endingWithReason(reason)}`, url: null },
    );
    return "decided";
  });
  if (outcome === "alreadyMember") return { name: request.user.name, alreadyMember: true };
  if (decision === "accept") await markHealthDirty(groupId);
  return { name: request.user.name, alreadyMember: false };
}

/** The log entry of a request's acceptance: the request's row is gone, its id is kept there. */
function acceptedEntry(requestId: number) {
  return { action: "join_request_accepted" as const, details: { path: ["requestId"], equals: requestId } };
}

/**
 * Why a request found waiting was no longer waiting when answered: another answer came first, the
 * person came in another way (added, or by an invitation link), or took the request back. Asked
 * in the answering transaction, after the row's lock was released: what the winner wrote is seen.
 */
async function whyAnsweredAlready(tx: Tx, requestId: number, userId: string, groupId: string, name: string): Promise<string> {
  const row = await tx.joinRequest.findUnique({ where: { id: requestId }, select: { status: true } });
  if (row?.status === "declined") return `${name}'s request was declined already.`;
  if (await tx.moderationEntry.findFirst({ where: acceptedEntry(requestId), select: { id: true } })) return `${name}'s request was accepted already: they are a member.`;
  const membership = await tx.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { status: true } });
  if (membership?.status === "active") return `${name} is a member already: they came in another way.`;
  return `${name} took their request back.`;
}
