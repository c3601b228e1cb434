import { db } from "@/lib/db";
import { countActiveMembers } from "@/lib/groups/data";
import { hashInviteToken, isWellFormedInviteToken } from "./token";

/** The list is for links still in circulation; a group with more would be handing out too many. */
export const ACTIVE_INVITES_SHOWN = 50;

/**
 * The group's links that can still bring someone in (not revoked, not expired, not used up),
 * newest first, with who created each: the Members page's "Invite links" list.
 */
export async function listActiveInvites(groupId: string, now: Date) {
  return db.groupInvite.findMany({
    where: { groupId, revokedAt: null, expiresAt: { gt: now }, OR: [{ maxUses: null }, { uses: { lt: db.groupInvite.fields.maxUses } }] },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: ACTIVE_INVITES_SHOWN,
    select: { id: true, tokenPrefix: true, createdAt: true, expiresAt: true, maxUses: true, uses: true, createdBy: { select: { id: true, name: true } } },
  });
}

/**
 * What `/invite/<token>` shows: the invitation, its group's public face (name, description,
 * member count — nothing of its content) and who invited, with the viewer's standing in the
 * group. Null for a malformed or unknown token (the page's 404).
 */
export async function loadInvitation(token: string, viewerId: string | null) {
  if (!isWellFormedInviteToken(token)) return null;
  const invite = await db.groupInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      expiresAt: true,
      maxUses: true,
      uses: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
      group: {
        select: {
          id: true,
          slug: true,
          name: true,
          descriptionHtml: true,
          language: true,
          memberships: viewerId ? { where: { userId: viewerId }, select: { status: true } } : false,
        },
      },
    },
  });
  if (!invite) return null;
  const { memberships, ...group } = invite.group;
  const memberCount = (await countActiveMembers([group.id])).get(group.id) ?? 0;
  return { ...invite, group: { ...group, memberCount }, viewerStatus: memberships?.[0]?.status ?? null };
}
export type Invitation = NonNullable<Awaited<ReturnType<typeof loadInvitation>>>;
