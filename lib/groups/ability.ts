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
  | "configure" // edit the group's name, description, tags and visibility
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
      // Nobody joins a private group on their own: its owners add members (addMembers). A ban
      // is not undone by rejoining.
      return actor.userId !== null && group.visibility === "public" && actor.membership === null;
    case "leave":
      // An owner hands the group over before leaving, so a group always has one.
      return active && role !== "owner";
    case "participate":
      return active;
    case "moderate":
      return actor.isSiteAdmin || role === "owner" || role === "moderator";
    case "manageRoles":
    case "addMembers":
    case "configure":
      return actor.isSiteAdmin || role === "owner";
    case "organize":
      return actor.isSiteAdmin || role === "owner" || role === "moderator" || role === "organizer";
  }
}

export const ROLE_LABELS: Record<GroupRole, string> = {
  owner: "Owner",
  moderator: "Moderator",
  organizer: "Organizer",
  member: "Member",
};
