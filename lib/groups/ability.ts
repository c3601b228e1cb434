/**
 * Who may do what in a group: pure rules, no database. Callers load the actor's membership
 * from the database on every request (never from a session snapshot) and pass it in.
 */
export type GroupRole = "owner" | "moderator" | "organizer" | "member";
export type MembershipStatus = "active" | "banned";

export interface GroupActor {
  userId: string | null;
  isSiteAdmin: boolean;
  membership: { role: GroupRole; status: MembershipStatus } | null;
}

export interface GroupSubject {
  visibility: "public" | "private";
}

export type GroupAction =
  | "view" // read the group page, threads, meetups, projects
  | "join"
  | "leave"
  | "participate" // post, reply, react, RSVP, join projects
  | "moderate" // pin, lock, remove posts; read the health dashboard
  | "manageRoles" // appoint moderators and organizers
  | "addMembers" // add someone with a Toile account by their email (the only way into a private group)
  | "removeMembers" // remove a member (status banned) and reinstate them; which member: `removalRefusal`
  | "configure" // edit the group's name, description, tags and visibility
  | "viewModerationLog" // read what the people who run the group did with their powers (decision 018)
  | "organize"; // schedule, edit, cancel meetups; check people in

export function isActiveMember(actor: GroupActor): boolean {
  return actor.membership?.status === "active";
}

export function can(actor: GroupActor, action: GroupAction, group: GroupSubject): boolean {
  const active = isActiveMember(actor);
  const role = active ? actor.membership!.role : null;
  switch (action) {
    case "view":
      // A private group is invisible to everyone but its members (and site admins).
      return group.visibility === "public" || active || actor.isSiteAdmin;
    case "join":
      // Nobody joins a private group on their own: its owners add members or share invite links
      // (addMembers; decision 015). A ban
      // is not undone by rejoining.
      return actor.userId !== null && group.visibility === "public" && actor.membership === null;
    case "leave":
      // An owner hands the group over before leaving, so a group always has one.
      return active && role !== "owner";
    case "participate":
      return active;
    case "moderate":
    case "removeMembers":
      return actor.isSiteAdmin || role === "owner" || role === "moderator";
    case "viewModerationLog":
      // The people who moderate read each other's acts: owners, moderators, site admins. Not
      // organizers or members: the log names who was removed and whose posts were deleted, which
      // stays among the moderators as reporters' names do (decision 018).
      return actor.isSiteAdmin || role === "owner" || role === "moderator";
    case "manageRoles":
    case "addMembers":
    case "configure":
      return actor.isSiteAdmin || role === "owner";
    case "organize":
      return actor.isSiteAdmin || role === "owner" || role === "moderator" || role === "organizer";
  }
}

/** The member an owner or moderator would remove: their id and their standing in the group. */
export interface MemberSubject {
  userId: string;
  role: GroupRole;
  status: MembershipStatus;
}

export interface Refusal {
  code: "FORBIDDEN" | "CONFLICT";
  message: string;
}

/**
 * Why the actor may not remove this member, or null when they may. The people who run the group
 * remove (owners, moderators, site admins); a moderator removes neither an owner nor another
 * moderator (that is the owner's call, as appointing them was); an owner is never removed (a
 * group keeps the people accountable for it: another owner first makes them a plain member);
 * and nobody removes themselves (they leave instead, which they can undo by joining again).
 */
export function removalRefusal(actor: GroupActor, target: MemberSubject, group: GroupSubject): Refusal | null {
  if (!can(actor, "removeMembers", group)) return { code: "FORBIDDEN", message: "Only the group's owner and moderators can remove members." };
  if (target.userId === actor.userId) return { code: "FORBIDDEN", message: "You cannot remove yourself: leave the group instead." };
  if (target.status !== "active") return { code: "CONFLICT", message: "That person was already removed from this group." };
  if (target.role === "owner") return { code: "FORBIDDEN", message: "An owner cannot be removed: another owner can make them a member first." };
  const actorIsOwner = isActiveMember(actor) && actor.membership!.role === "owner";
  if (target.role === "moderator" && !actorIsOwner && !actor.isSiteAdmin) return { code: "FORBIDDEN", message: "Only an owner can remove a moderator." };
  return null;
}

/** Why the actor may not reinstate this person, or null when they may: a removal is undone by the same people. */
export function reinstatementRefusal(actor: GroupActor, target: MemberSubject, group: GroupSubject): Refusal | null {
  if (!can(actor, "removeMembers", group)) return { code: "FORBIDDEN", message: "Only the group's owner and moderators can reinstate members." };
  if (target.status !== "banned") return { code: "CONFLICT", message: "That person is already a member of this group." };
  return null;
}

export const ROLE_LABELS: Record<GroupRole, string> = {
  owner: "Owner",
  moderator: "Moderator",
  organizer: "Organizer",
  member: "Member",
};
