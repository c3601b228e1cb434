import { db, type Tx } from "@/lib/db";
import { requireVersion } from "@/lib/edit-version";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { markHealthDirty } from "@/lib/health/snapshots";
import { RENDER_VERSION, renderRequiredMarkdown } from "@/lib/markdown/render";
import { MEETUP_TX_OPTIONS, withdrawFromGroupMeetups } from "@/lib/meetups/mutations";
import { changedSettings } from "@/lib/moderation/log";
import { recordModeration } from "@/lib/moderation/mutations";
import { endingWithReason, tellOfModeration } from "@/lib/moderation/notices";
import { sendNotifications } from "@/lib/notifications/mutations";
import { consumeRateLimit } from "@/lib/rate-limit";
import { can, reinstatementRefusal, removalRefusal, type GroupActor, type GroupRole, type MemberSubject, type Refusal } from "./ability";
import { loadVisibleGroupActor, requireGroupAbility } from "./authorize";
import { dropJoinRequest } from "./join-requests";
import { lockMembership } from "./membership-lock";
import { slugTakenMessage, type CreateGroupInput, type GroupSettingsInput } from "./schema";
import { groupSearchText } from "./search";

/** The columns a group's creator fills in and its owner can change: with what is derived from them. */
function detailColumns(input: Omit<GroupSettingsInput, "groupId" | "version">) {
  return {
    name: input.name,
    description: input.description,
    // A description that would show nothing is refused on its field (lib/markdown/render.ts).
    descriptionHtml: renderRequiredMarkdown(input.description, "description"),
    renderVersion: RENDER_VERSION,
    tags: input.tags,
    searchText: groupSearchText(input),
    visibility: input.visibility === "public" ? ("public" as const) : ("private" as const),
    listed: input.visibility === "listed",
    language: input.language,
  };
}

/** Creates a group; its creator becomes its owner. */
export async function createGroup(creatorId: string, input: CreateGroupInput) {
  await consumeRateLimit("createGroup", creatorId);
  try {
    return await db.group.create({
      data: {
        slug: input.slug,
        ...detailColumns(input),
        createdById: creatorId,
        memberships: { create: { userId: creatorId, role: "owner" } },
      },
      select: { id: true, slug: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("ALREADY_EXISTS", slugTakenMessage(input.slug), { field: "slug" });
    }
    throw error;
  }
}

/**
 * Changes a group's name, description, tags and visibility (owner and site admin only). A save
 * that changes something goes into the group's moderation log, naming what changed (decision 018).
 */
export async function updateGroupSettings(actorId: string, input: GroupSettingsInput) {
  const ability = { verb: "change its settings", role: "Only the group's owner or a site admin can change its settings." };
  const actor = await requireGroupAbility(input.groupId, actorId, "configure", ability);
  const columns = detailColumns(input);
  return db.$transaction(async (tx) => {
    const settings = { name: true, description: true, tags: true, visibility: true, listed: true, language: true } as const;
    // The row lock: of two owners saving at once, the second finds the version the first saved,
    // not the one their form showed, and is refused rather than undo it (lib/edit-version.ts).
    await tx.$queryRaw`SELECT id FROM "Group" WHERE id = ${input.groupId} FOR UPDATE`;
    await requireStillAble(tx, input.groupId, actor, actorId, "configure", ability);
    const before = await tx.group.findUniqueOrThrow({ where: { id: input.groupId }, select: { ...settings, settingsVersion: true } });
    requireVersion(before.settingsVersion, input.version, "these settings");
    const group = await tx.group.update({ where: { id: input.groupId }, data: { ...columns, settingsVersion: { increment: 1 } }, select: { id: true, slug: true, ...settings } });
    const fields = changedSettings(before, group);
    if (fields.length > 0) await recordModeration(tx, { groupId: group.id, actorId, action: "settings_changed", target: { id: group.id, label: group.name }, details: { fields } });
    return { id: group.id, slug: group.slug };
  });
}

export async function joinGroup(userId: string, groupId: string) {
  const group = await loadVisibleGroupActor(groupId, userId);
  await consumeRateLimit("react", userId);
  if (!can(group.actor, "join", group)) {
    if (group.actor.membership?.status === "banned") throw new AppError("FORBIDDEN", "You were removed from this group and cannot rejoin it.");
    if (group.actor.membership) throw new AppError("ALREADY_EXISTS", "You are already a member of this group.");
    throw new AppError("FORBIDDEN", "This group is private: its owners add members from the Members page.");
  }
  try {
    await db.$transaction(async (tx) => {
      // A request they made while the group was private has nothing left to ask (as when they
      // are added or come in by a link): deleted first, in the order a moderator answering it
      // locks them, so the two cannot deadlock and the answer finds them a member.
      await dropJoinRequest(tx, groupId, userId);
      await tx.membership.create({ data: { groupId, userId } });
    });
  } catch (error) {
    // A double click: the first request made them a member, which is what they wanted.
    if (!isUniqueViolation(error)) throw error;
  }
  // Members are the health model's counted actors: engagement and the other shares change.
  await markHealthDirty(groupId);
}

/** Why someone may not leave: said before the transaction and, should it change meanwhile, in it. */
const CANNOT_LEAVE = {
  owner: "An owner cannot leave the group: make another member owner first.",
  notMember: "You are not a member of this group.",
  removed: "You were removed from this group.",
} as const;

export async function leaveGroup(userId: string, groupId: string) {
  const group = await loadVisibleGroupActor(groupId, userId);
  await consumeRateLimit("react", userId);
  if (!can(group.actor, "leave", group)) {
    throw new AppError("FORBIDDEN", group.actor.membership?.role === "owner" ? CANNOT_LEAVE.owner : CANNOT_LEAVE.notMember);
  }
  // Leaving gives up seats at the group's upcoming meetups (the waitlist moves up), in the same
  // transaction: nobody is left holding a seat they can no longer take or give back.
  await db.$transaction(async (tx) => {
    // Only as an active member who is not an owner, checked again by the delete itself: a
    // removal (or a promotion to owner) that committed meanwhile stands, its ban kept.
    const { count } = await tx.membership.deleteMany({ where: { groupId, userId, status: "active", role: { not: "owner" } } });
    if (count === 0) {
      const now = await tx.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { status: true, role: true } });
      throw new AppError("FORBIDDEN", now?.status === "banned" ? CANNOT_LEAVE.removed : now?.role === "owner" ? CANNOT_LEAVE.owner : CANNOT_LEAVE.notMember);
    }
    await withdrawFromGroupMeetups(tx, groupId, userId);
  }, MEETUP_TX_OPTIONS);
  // One counted actor fewer (and perhaps seats given up at its meetups).
  await markHealthDirty(groupId);
}

/**
 * Adds the person whose Toile account has this email to a group as a member, and tells them
 * (owners and site admins only; the way into a private group). There is no invitation to
 * accept: they can leave if they do not want it. Someone removed from the group stays out,
 * because lifting a ban is a moderation decision, not a side effect of this form (decision 007).
 */
export async function addMemberByEmail(actorId: string, groupId: string, email: string): Promise<{ userId: string; name: string }> {
  await requireGroupAbility(groupId, actorId, "addMembers", { verb: "add members", role: "Only the group's owner or a site admin can add members." });
  await consumeRateLimit("addMember", actorId);
  const [person, actor, group] = await Promise.all([
    db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, name: true } }),
    db.user.findUniqueOrThrow({ where: { id: actorId }, select: { name: true } }),
    db.group.findUniqueOrThrow({ where: { id: groupId }, select: { name: true, slug: true } }),
  ]);
  if (!person) throw new AppError("INVALID", "No one has a Toile account with that email — ask them to sign up first.", { field: "email" });
  try {
    // The membership and its notification are saved together: nobody is told about a membership
    // that a concurrent request made first.
    await db.$transaction(async (tx) => {
      // Added: a request of theirs to join has nothing left to ask (decision 025).
      await dropJoinRequest(tx, groupId, person.id);
      await tx.membership.create({ data: { groupId, userId: person.id } });
      await recordModeration(tx, { groupId, actorId, action: "member_added", target: { id: person.id, label: person.name } });
      // A site admin adding themselves needs no notification about it.
      if (person.id === actorId) return;
      await sendNotifications([{ userId: person.id, kind: "group.added", message: `${actor.name} added you to ${group.name}.`, url: `/g/${group.slug}` }], tx);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // They have a membership row already (long ago, or a double click a moment ago): say which kind.
    const existing = await db.membership.findUnique({ where: { groupId_userId: { groupId, userId: person.id } }, select: { status: true } });
    if (existing?.status === "banned") {
      throw new AppError("FORBIDDEN", "The person with that email was removed from this group, so they cannot be added back.", { field: "email" });
    }
    throw new AppError("ALREADY_EXISTS", `${person.name} is already a member of this group.`, { field: "email" });
  }
  await markHealthDirty(groupId);
  return { userId: person.id, name: person.name };
}

/**
 * What the person is told of their new role in a group, one sentence as the other membership
 * notices: who changed it and what it now is; a moderator also where their new work waits (the
 * Reports and Health tabs, which only the people who run the group see). A step down is named
 * plainly, so that a tab gone missing is not a surprise.
 */
function roleChangeNotice(actorName: string, group: { name: string }, role: GroupRole): string {
  switch (role) {
    case "owner":
      return `${actorName} made you an owner of ${group.name}.`;
    case "moderator":
      return `${actorName} made you a moderator of ${group.name}: see its Reports and Health tabs.`;
    case "organizer":
      return `${actorName} made you an organizer of ${group.name}: you can now schedule its meetups.`;
    case "member":
      return `${actorName} changed your role in ${group.name} to member.`;
  }
}

/**
 * Appoints moderators and organizers (owner and site admin only); a change of role goes into the
 * moderation log and is told to the person (not to an owner or admin changing their own).
 */
export async function setMemberRole(actorId: string, groupId: string, memberId: string, role: GroupRole) {
  const ability = { verb: "change roles", role: "Only the group's owner or a site admin can change roles." };
  const actor = await requireGroupAbility(groupId, actorId, "manageRoles", ability);
  await db.$transaction(async (tx) => {
    // Lock the group's owner rows (two owners demoting each other at once must not leave the
    // group with none: the second sees the first's change and is refused), the actor's and the
    // member's (a removal or a leaving saved meanwhile is seen, not overwritten), in one
    // statement, in id order, as removals lock theirs (`lockActorAndMember`): no deadlock.
    const rows = await tx.$queryRaw<{ userId: string; role: GroupRole; status: MemberSubject["status"] }[]>`
      SELECT "userId", role::text AS role, status::text AS status FROM "Membership"
      WHERE "groupId" = ${groupId} AND (role = 'owner' OR "userId" IN (${actorId}, ${memberId})) ORDER BY "userId" FOR UPDATE`;
    // An owner demoted while this waited is judged by their new role.
    await requireStillAble(tx, groupId, actor, actorId, "manageRoles", ability);
    const locked = rows.find((row) => row.userId === memberId);
    const person = await tx.user.findUnique({ where: { id: memberId }, select: { name: true } });
    if (!person) throw new AppError("NOT_FOUND", "That person is not a member of this group.");
    if (locked?.status !== "active") throw new AppError("NOT_FOUND", `${person.name} is no longer a member of this group.`);
    const target = { role: locked.role, user: person };
    if (target.role === "owner" && role !== "owner") {
      const owners = await tx.membership.count({ where: { groupId, role: "owner", status: "active" } });
      if (owners <= 1) throw new AppError("CONFLICT", "A group needs at least one owner: make someone else owner first.");
    }
    await tx.membership.update({ where: { groupId_userId: { groupId, userId: memberId } }, data: { role } });
    if (target.role !== role) {
      await recordModeration(tx, { groupId, actorId, action: "member_role_changed", target: { id: memberId, label: target.user.name }, details: { from: target.role, to: role } });
      // Saved with the change, as being added is: nobody is told of a role a refused change never gave.
      if (memberId !== actorId) {
        const [by, group] = await Promise.all([
          tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { name: true } }),
          tx.group.findUniqueOrThrow({ where: { id: groupId }, select: { name: true, slug: true } }),
        ]);
        await sendNotifications([{ userId: memberId, kind: "group.role", message: roleChangeNotice(by.name, group, role), url: `/g/${group.slug}` }], tx);
      }
    }
  });
  // The stored advice leaves the group's owners and moderators out of "never answered".
  await markHealthDirty(groupId);
}

/**
 * Checks again, inside the transaction and under a share lock of the actor's membership row
 * (which waits for a change of their role being saved), that the actor may still do `action`:
 * the check before the transaction saw the role they had then.
 */
async function requireStillAble(tx: Tx, groupId: string, actor: GroupActor, actorId: string, action: "configure" | "manageRoles", ability: { verb: string; role: string }) {
  if (actor.isSiteAdmin) return;
  if (!can({ ...actor, membership: await lockMembership(tx, groupId, actorId) }, action, { visibility: "public" })) throw new AppError("FORBIDDEN", ability.role);
}

/**
 * The actor's and the member's rows, locked for the rest of the transaction (in id order, so two
 * moderators acting on each other wait instead of deadlocking), and the actor as they stand now:
 * a moderator demoted, or a member promoted, a moment ago is judged by their new role.
 */
async function lockActorAndMember(tx: Tx, groupId: string, actor: GroupActor & { userId: string }, memberId: string) {
  const rows = await tx.$queryRaw<{ userId: string; role: GroupRole; status: MemberSubject["status"] }[]>`
    SELECT "userId", role::text AS role, status::text AS status FROM "Membership"
    WHERE "groupId" = ${groupId} AND "userId" IN (${actor.userId}, ${memberId}) ORDER BY "userId" FOR UPDATE`;
  const own = rows.find((row) => row.userId === actor.userId);
  const target = rows.find((row) => row.userId === memberId);
  if (!target) throw new AppError("NOT_FOUND", "That person is not a member of this group.");
  return { actor: { ...actor, membership: own ? { role: own.role, status: own.status } : null }, target };
}

interface StandingChange {
  /** For the refusal of someone who may not do it ("… cannot remove members."). */
  verb: string;
  refusal: (actor: GroupActor, target: MemberSubject, group: { visibility: "public" | "private" }) => Refusal | null;
  status: "active" | "banned";
  /** Its entry in the group's moderation log, and the reason given, if any (decision 019). */
  logged: "member_removed" | "member_reinstated";
  reason?: string | null;
  /** What goes with the change, in its transaction: meetup seats, the person's notification. */
  then: (tx: Tx, group: { name: string; slug: string; visibility: "public" | "private" }) => Promise<void>;
}

/**
 * Removing and reinstating share one path, so the same people do both under the same checks:
 * the ability read from the database (404 when the group is hidden from the actor, 403
 * otherwise), the rate limit, then in one transaction the actor's and the member's rows, locked
 * and judged by the pure rule, the membership change (always to a plain member) and what goes
 * with it, and its entry in the moderation log. The group's health is marked for recomputation
 * after the commit.
 */
async function changeStanding(actorId: string, groupId: string, memberId: string, change: StandingChange, now: Date): Promise<{ name: string }> {
  const ability = { verb: change.verb, role: `Only the group's owner and moderators can ${change.verb}.` };
  const actor = await requireGroupAbility(groupId, actorId, "removeMembers", ability);
  await consumeRateLimit("memberModeration", actorId);
  const person = await db.$transaction(async (tx) => {
    const group = await tx.group.findUniqueOrThrow({ where: { id: groupId }, select: { name: true, slug: true, visibility: true } });
    const locked = await lockActorAndMember(tx, groupId, { ...actor, userId: actorId }, memberId);
    const refusal = change.refusal(locked.actor, locked.target, group);
    if (refusal) throw new AppError(refusal.code, refusal.message);
    const { user } = await tx.membership.update({
      where: { groupId_userId: { groupId, userId: memberId } },
      data: { status: change.status, role: "member", removedAt: change.status === "banned" ? now : null },
      select: { user: { select: { name: true } } },
    });
    await change.then(tx, group);
    await recordModeration(tx, { groupId, actorId, action: change.logged, target: { id: memberId, label: user.name }, details: change.reason ? { reason: change.reason } : undefined });
    return user;
  }, MEETUP_TX_OPTIONS);
  // Their posts, reactions and answers stop (or start again) counting for the group's health.
  await markHealthDirty(groupId);
  return person;
}

/**
 * Removes a member from a group (owners, moderators, site admins; `removalRefusal` says whom).
 * Their membership stays as a `banned` row, which is what keeps them out: they cannot post,
 * reply, react, RSVP, join projects or join the group again, and a private group is hidden from
 * them. With it they lose their role in the group, give up their answers to its upcoming meetups
 * as leaving does (the waitlist moves up, and those promoted are told), and are told — with the
 * reason, when the moderator gave one (decision 019). Their posts stay. Decision 009.
 */
export async function removeMember(actorId: string, groupId: string, memberId: string, now = new Date(), reason: string | null = null): Promise<{ name: string }> {
  return changeStanding(actorId, groupId, memberId, {
    verb: "remove members",
    refusal: removalRefusal,
    status: "banned",
    logged: "member_removed",
    reason,
    then: async (tx) => {
      await withdrawFromGroupMeetups(tx, groupId, memberId, now);
      // Leads to the group's page, or, a private group no longer existing for them, to the directory.
      await tellOfModeration(tx, { userIds: [memberId], groupId, kind: "group.removed", message: (name) => `You were removed from ${name} by its moderators${endingWithReason(reason)}`, url: null });
    },
  }, now);
}

/**
 * Lets a removed person back in as a plain member (the same people who remove): their earlier
 * role is not restored, since a removal is a reason to reconsider it. They are told.
 */
export async function reinstateMember(actorId: string, groupId: string, memberId: string): Promise<{ name: string }> {
  return changeStanding(actorId, groupId, memberId, {
    verb: "reinstate members",
    refusal: reinstatementRefusal,
    status: "active",
    logged: "member_reinstated",
    then: async (tx, group) => {
      await sendNotifications([{ userId: memberId, kind: "group.reinstated", message: `You can take part in ${group.name} again.`, url: `/g/${group.slug}` }], tx);
    },
  }, new Date());
}
