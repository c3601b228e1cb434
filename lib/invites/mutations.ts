import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { can } from "@/lib/groups/ability";
import { requireGroupAbility } from "@/lib/groups/authorize";
import { dropJoinRequest } from "@/lib/groups/join-requests";
import { markHealthDirty } from "@/lib/health/snapshots";
import { recordModeration } from "@/lib/moderation/mutations";
import { sendNotifications } from "@/lib/notifications/mutations";
import { consumeRateLimit } from "@/lib/rate-limit";
import { INVITE_STATE_MESSAGES, inviteExpiresAt, inviteState } from "./rules";
import type { CreateInviteInput } from "./schema";
import { hashInviteToken, invitePath, isWellFormedInviteToken, newInviteToken } from "./token";

/** The people who add members create and revoke links: a link is an add by whoever holds it. */
const INVITE_ABILITY = {
  create: { verb: "create invitation links", role: "Only the group's owner or a site admin can create invitation links." },
  revoke: { verb: "revoke invitation links", role: "Only the group's owner or a site admin can revoke invitation links." },
};

/** How the moderation log names a link: as the Members page lists it, by its first characters. */
export function inviteLabel(tokenPrefix: string): string {
  return `the invitation link /invite/${tokenPrefix}…`;
}

/** The message for a token that names no invitation (malformed or unknown): the page's 404. */
export const UNKNOWN_INVITATION = "This invitation does not exist.";

/**
 * Creates an invitation link into the group (owners and site admins, as adding members). The
 * token is returned once, in the link's path: only its hash is saved, so the link cannot be
 * shown again (decision 015). The moderation log records who created it, for how long and how
 * many people.
 */
export async function createInvite(actorId: string, input: CreateInviteInput, now = new Date()): Promise<{ id: string; path: string }> {
  await requireGroupAbility(input.groupId, actorId, "addMembers", INVITE_ABILITY.create);
  await consumeRateLimit("createInvite", actorId);
  const { token, tokenHash, tokenPrefix } = newInviteToken();
  const invite = await db.$transaction(async (tx) => {
    const created = await tx.groupInvite.create({
      data: { groupId: input.groupId, createdById: actorId, tokenHash, tokenPrefix, expiresAt: inviteExpiresAt(input.expiresInDays, now), maxUses: input.maxUses },
      select: { id: true },
    });
    await recordModeration(tx, {
      groupId: input.groupId,
      actorId,
      action: "invite_created",
      target: { id: created.id, label: inviteLabel(tokenPrefix) },
      details: { days: input.expiresInDays, maxUses: input.maxUses },
      at: now,
    });
    return created;
  });
  return { id: invite.id, path: invitePath(token) };
}

/** Stops a link from working, whoever created it (the same people who create them); logged. */
export async function revokeInvite(actorId: string, groupId: string, inviteId: string, now = new Date()): Promise<void> {
  await requireGroupAbility(groupId, actorId, "addMembers", INVITE_ABILITY.revoke);
  const revoked = await db.$transaction(async (tx) => {
    // The group is part of the condition: an owner of one group cannot revoke another's links.
    // Only the revoking that changed the row is logged: a second click records nothing.
    const [row] = await tx.$queryRaw<{ tokenPrefix: string; uses: number }[]>`
      UPDATE "GroupInvite" SET "revokedAt" = ${now}::timestamp
      WHERE id = ${inviteId} AND "groupId" = ${groupId} AND "revokedAt" IS NULL
      RETURNING "tokenPrefix", uses`;
    if (!row) return false;
    await recordModeration(tx, { groupId, actorId, action: "invite_revoked", target: { id: inviteId, label: inviteLabel(row.tokenPrefix) }, details: { uses: row.uses }, at: now });
    return true;
  });
  if (revoked) return;
  const exists = await db.groupInvite.count({ where: { id: inviteId, groupId } });
  if (!exists) throw new AppError("NOT_FOUND", "This invitation link no longer exists. Reload the page.");
  throw new AppError("CONFLICT", "This invitation link was already revoked.");
}

/**
 * Joins the group through an invitation link: an active plain member, as joining a public group
 * makes one, in a private group too. One use is counted by a conditional update of the link's
 * row (not revoked, not expired, fewer uses than allowed), in the transaction that creates the
 * membership: concurrent accepts queue on that row and each re-checks the condition, so a link
 * is never used beyond `maxUses`, and a refused one leaves no membership behind. Someone already
 * in the group (or removed from it) hits the membership's primary key: no use is counted, and a
 * removed person is refused as adding them is (decision 007 §3). The link's creator is told.
 */
export async function acceptInvite(userId: string, token: string, now = new Date()): Promise<{ slug: string; alreadyMember: boolean }> {
  if (!isWellFormedInviteToken(token)) throw new AppError("NOT_FOUND", UNKNOWN_INVITATION);
  // Before the lookup: a script cannot try tokens (hopeless at 256 bits anyway) or join in bulk.
  await consumeRateLimit("acceptInvite", userId);
  const invite = await db.groupInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { id: true, groupId: true, createdById: true, group: { select: { name: true, slug: true } } },
  });
  if (!invite) throw new AppError("NOT_FOUND", UNKNOWN_INVITATION);
  const { groupId, group } = invite;
  try {
    await db.$transaction(async (tx) => {
      // In by the link: a request of theirs to join has nothing left to ask (decision 025).
      await dropJoinRequest(tx, groupId, userId);
      await tx.membership.create({ data: { groupId, userId } });
      const counted = await tx.$executeRaw`
        UPDATE "GroupInvite" SET uses = uses + 1
        WHERE id = ${invite.id} AND "revokedAt" IS NULL AND "expiresAt" > ${now}::timestamp AND ("maxUses" IS NULL OR uses < "maxUses")`;
      if (counted === 0) {
        const standing = await tx.groupInvite.findUniqueOrThrow({ where: { id: invite.id }, select: { expiresAt: true, maxUses: true, uses: true, revokedAt: true } });
        const state = inviteState(standing, now);
        throw new AppError("CONFLICT", state === "usable" ? "This invitation cannot be used right now. Try again." : INVITE_STATE_MESSAGES[state]);
      }
      if (invite.createdById === userId) return;
      // A link outlives its creator's role (decision 015 §7), not their right to hear who came
      // in: someone demoted or removed since is not told a private group's news.
      const creator = await tx.user.findUnique({ where: { id: invite.createdById }, select: { isSiteAdmin: true, memberships: { where: { groupId }, select: { role: true, status: true } } } });
      if (!creator || !can({ userId: invite.createdById, isSiteAdmin: creator.isSiteAdmin, membership: creator.memberships[0] ?? null }, "addMembers", { visibility: "public" })) return;
      const { name } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
      await sendNotifications([{ userId: invite.createdById, kind: "group.joined", message: `${name} joined ${group.name} with your invitation link.`, url: `/g/${group.slug}/members` }], tx);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { status: true } });
    if (existing?.status === "banned") throw new AppError("FORBIDDEN", "You were removed from this group and cannot rejoin it.");
    return { slug: group.slug, alreadyMember: true };
  }
  // As when someone joins or is added: a new counted actor for the health model.
  await markHealthDirty(groupId);
  return { slug: group.slug, alreadyMember: false };
}
