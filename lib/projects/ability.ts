/**
 * Who may do what with a project: pure rules, no database. Callers read the actor from the
 * database on every request (group membership, project role) and pass it in. Status changes
 * have their own table in `status.ts`.
 *
 * Each refusal comes with the message a person sees and the error code it maps to, so the
 * page (which hides the control) and the mutation (which refuses the request) never disagree.
 */
import { can as canInGroup, isActiveMember, type GroupActor } from "@/lib/groups/ability";
import type { ProjectRole, ProjectStatus } from "./schema";

export interface ProjectActor {
  /** An active (not banned) member of the project's group: the precondition for taking part. */
  groupMember: boolean;
  /** The group's owner or a moderator, or a site admin: may archive a project as housekeeping. */
  groupModerator: boolean;
  /** Their role in the project, or null when they are not part of it. */
  role: ProjectRole | null;
}

export interface ProjectSubject {
  status: ProjectStatus;
  /** How many leads the project has now (a project always keeps one). */
  leadCount: number;
}

export type ProjectAction =
  | "join" // become a contributor
  | "leave"
  | "postUpdate" // progress notes on the project page
  | "edit" // name, goal, links, source thread
  | "manageRoles" // make contributors co-leads (and back), hand the lead over
  | "removePeople" // take someone else off the project (added by mistake, gone quiet); removalRefusal decides whom
  | "addPeople" // add a member of the group as contributor or co-lead, without their joining first
  | "changeStatus" // coarse gate: the transition table in status.ts decides which change
  | "delete"; // take the project down (spam, abuse): the group's moderators only

export interface Refusal {
  code: "FORBIDDEN" | "CONFLICT" | "ALREADY_EXISTS";
  message: string;
}

/** Anyone who runs the project day to day: its leads and co-leads. */
export function isManager(role: ProjectRole | null): boolean {
  return role === "lead" || role === "colead";
}

/** The project actor for a group actor (as loaded from the database) and their project role. */
export function projectActorFor(groupActor: GroupActor, role: ProjectRole | null): ProjectActor {
  return {
    groupMember: isActiveMember(groupActor),
    // Visibility plays no part in "moderate": owners, moderators (active) and site admins.
    groupModerator: canInGroup(groupActor, "moderate", { visibility: "public" }),
    role,
  };
}

const notMember: Refusal = { code: "FORBIDDEN", message: "Join the group to take part in its projects." };

/** Why the actor may not do this, or null when they may. */
export function refusal(actor: ProjectActor, action: ProjectAction, project: ProjectSubject): Refusal | null {
  switch (action) {
    case "join":
      if (!actor.groupMember) return notMember;
      if (actor.role !== null) return { code: "ALREADY_EXISTS", message: "You already contribute to this project." };
      // Finished and shelved projects take no new people; reopening them is the leads' call.
      if (project.status === "completed") return { code: "CONFLICT", message: "This project is completed: it takes no new contributors." };
      if (project.status === "archived") return { code: "CONFLICT", message: "This project is archived: it takes no new contributors." };
      return null;
    case "leave":
      // Leaving is always possible, even after leaving the group: nobody is kept on a project.
      if (actor.role === null) return { code: "FORBIDDEN", message: "You are not a contributor to this project." };
      if (actor.role === "lead" && project.leadCount <= 1) {
        return { code: "CONFLICT", message: "You are the project's only lead: make another contributor lead before leaving." };
      }
      return null;
    case "postUpdate":
      // Nobody joins a completed project, so "join to post" would be a dead end.
      if (project.status === "completed" && actor.role === null) return { code: "FORBIDDEN", message: "This project is completed: its contributors may still post a closing note." };
      if (!actor.groupMember) return notMember;
      if (actor.role === null) return { code: "FORBIDDEN", message: "Join the project to post progress updates." };
      // Archived is final: the record stays as it was left. A completed project may still get a closing note.
      if (project.status === "archived") return { code: "CONFLICT", message: "This project is archived: it takes no new updates." };
      return null;
    case "edit":
      if (!actor.groupMember) return notMember;
      if (!isManager(actor.role)) return { code: "FORBIDDEN", message: "Only the project's leads and co-leads can edit it." };
      if (project.status === "archived") return { code: "CONFLICT", message: "This project is archived: reopen it before editing." };
      return null;
    case "manageRoles":
      // Allowed on archived projects too: a lead may still hand over before leaving.
      if (!actor.groupMember) return notMember;
      if (actor.role !== "lead") return { code: "FORBIDDEN", message: "Only the project's lead can change contributors' roles." };
      return null;
    case "removePeople":
      // Whoever manages roles, in any status as they do: a mistake is put right on an archived project too.
      if (!actor.groupMember) return notMember;
      if (actor.role !== "lead") return { code: "FORBIDDEN", message: "Only the project's lead can remove people from it." };
      return null;
    case "addPeople":
      if (!actor.groupMember) return notMember;
      if (actor.role !== "lead") return { code: "FORBIDDEN", message: "Only the project's lead can add people to it." };
      // As joining: a finished or shelved project takes no new people until it is reopened.
      if (project.status === "completed" || project.status === "archived") return { code: "CONFLICT", message: `This project is ${project.status}: it takes no new contributors.` };
      return null;
    case "delete":
      // Archiving shelves work; deleting removes what should never have been there. That is
      // the group's call (as deleting a thread, decision 009), not the contributors'.
      if (!actor.groupModerator) return { code: "FORBIDDEN", message: "Only the group's moderators can delete a project." };
      return null;
    case "changeStatus":
      if (actor.groupModerator) return null;
      if (!actor.groupMember) return notMember;
      if (!isManager(actor.role)) return { code: "FORBIDDEN", message: "Only the project's leads and co-leads can change its status." };
      return null;
  }
}

export function can(actor: ProjectActor, action: ProjectAction, project: ProjectSubject): boolean {
  return refusal(actor, action, project) === null;
}

export type UpdateAction = "editUpdate" | "deleteUpdate" | "restoreUpdate";

/**
 * Who may change a progress update once posted: its author edits it (not on an archived
 * project: the record stays as it was left) and deletes it; the group's moderators delete
 * any, in any status, so an abusive note does not stay public because the project was shelved,
 * and restore one the moderators deleted.
 */
export function updateRefusal(actor: ProjectActor, action: UpdateAction, update: { own: boolean; status: ProjectStatus }): Refusal | null {
  // Restoring undoes a moderator's deletion: theirs alone (its author's own deletion stays, see restoreProjectUpdate).
  if (action === "restoreUpdate") return actor.groupModerator ? null : { code: "FORBIDDEN", message: "Only the group's moderators can restore an update." };
  if (action === "deleteUpdate" && actor.groupModerator) return null;
  if (!update.own) {
    return { code: "FORBIDDEN", message: action === "editUpdate" ? "Only its author can edit an update." : "Only its author or the group's moderators can delete an update." };
  }
  if (!actor.groupMember) return notMember;
  if (action === "editUpdate" && update.status === "archived") return { code: "CONFLICT", message: "This project is archived: its updates stay as they were left." };
  return null;
}

export interface RoleChange {
  /** Is the person whose role changes the actor themselves? */
  self: boolean;
  /** Their current role (null: not part of the project). */
  from: ProjectRole | null;
  to: ProjectRole;
  /** Whether they are an active member of the group (only members take on responsibilities). */
  targetGroupMember: boolean;
  leadCount: number;
}

/**
 * The lead's rules for roles, once `manageRoles` is allowed: co-leads are appointed among
 * contributors and set back; the lead can be handed over (or shared); a project never loses
 * its last lead.
 */
export function roleChangeRefusal(change: RoleChange): Refusal | null {
  if (change.from === null) return { code: "CONFLICT", message: "That person is not a contributor to this project: they join it, or its lead adds them, first." };
  if (change.from === change.to) return null;
  if (change.from === "lead" && change.leadCount <= 1) {
    return {
      code: "CONFLICT",
      message: change.self ? "You are the project's only lead: make another contributor lead first." : "A project needs a lead: make someone else lead first.",
    };
  }
  if (change.to !== "contributor" && !change.targetGroupMember) {
    return { code: "CONFLICT", message: "That person is no longer an active member of the group: they cannot lead the project." };
  }
  return null;
}

export interface Removal {
  /** Is the person to remove the actor themselves? */
  self: boolean;
  /** Their role now (null: not on the project, e.g. they left or were removed a moment ago). */
  role: ProjectRole | null;
  leadCount: number;
}

/**
 * Whom the lead may take off the project, once `removePeople` is allowed: anyone else on it, a
 * co-lead or another lead too (as GitHub lets a maintainer remove a collaborator), but never its
 * last lead, the rule leaving and role changes keep. Themselves they take off by leaving.
 */
export function removalRefusal(removal: Removal): Refusal | null {
  if (removal.role === null) return { code: "CONFLICT", message: "That person is no longer on this project: they left, or were removed, since the page was loaded." };
  if (removal.self) return { code: "CONFLICT", message: "To take yourself off the project, use “Leave this project”." };
  if (removal.role === "lead" && removal.leadCount <= 1) return { code: "CONFLICT", message: "A project needs a lead: make someone else lead first." };
  return null;
}

export const ROLE_LABELS: Record<ProjectRole, string> = { lead: "Lead", colead: "Co-lead", contributor: "Contributor" };

/** Leads first, then co-leads, then contributors: the order contributors are listed in. */
export const ROLE_ORDER: Record<ProjectRole, number> = { lead: 0, colead: 1, contributor: 2 };
