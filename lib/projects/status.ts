/**
 * A project's life: proposed → active → completed, or archived from any of them. Pure rules
 * (no database, `now` passed in), so every transition and who may make it is unit-tested.
 *
 *   proposed ──▶ active ──▶ completed
 *      │           │  ▲         │
 *      │           │  └─reopen──┤
 *      ▼           ▼            ▼
 *   archived ◀─────┴────────────┘   (final, unless the lead reopens it)
 *
 * - Leads and co-leads run the project, so they move it along and reopen a completed one.
 * - Archiving shelves a project for good; only a lead (not a co-lead) may bring it back, so a
 *   shelved project is not revived behind the back of the person accountable for it.
 * - The group's owner, moderators and site admins may archive any project (housekeeping: a
 *   project whose leads have left the group would otherwise stay "active" forever), and
 *   nothing else: the work belongs to its contributors.
 * - Completing stamps `completedAt` (the health engine's "completed in the last 90 days");
 *   reopening clears it. Archiving keeps it: a project completed then archived was completed.
 */
import { isManager, type ProjectActor, type Refusal } from "./ability";
import type { ProjectStatus } from "./schema";

type Who = "managers" | "lead" | "managersAndModerators";

/** Every allowed change, and who may make it. Anything not listed is not a transition. */
const TRANSITIONS: Record<ProjectStatus, Partial<Record<ProjectStatus, Who>>> = {
  proposed: { active: "managers", archived: "managersAndModerators" },
  active: { completed: "managers", archived: "managersAndModerators" },
  completed: { active: "managers", archived: "managersAndModerators" },
  archived: { active: "lead", proposed: "lead" },
};

function allowed(actor: ProjectActor, who: Who): boolean {
  // Acting on a project needs standing in its group today, whatever the project role says.
  const inGroup = actor.groupMember;
  switch (who) {
    case "lead":
      return inGroup && actor.role === "lead";
    case "managers":
      return inGroup && isManager(actor.role);
    case "managersAndModerators":
      return actor.groupModerator || (inGroup && isManager(actor.role));
  }
}

export function isTransition(from: ProjectStatus, to: ProjectStatus): boolean {
  return TRANSITIONS[from][to] !== undefined;
}

/** Why the actor may not move the project from `from` to `to`, or null when they may. */
export function transitionRefusal(actor: ProjectActor, from: ProjectStatus, to: ProjectStatus): Refusal | null {
  if (from === to) return { code: "CONFLICT", message: `The project is already ${STATUS_LABELS[to].toLowerCase()}.` };
  const who = TRANSITIONS[from][to];
  if (!who) {
    const fromLabel = STATUS_LABELS[from].toLowerCase();
    return { code: "CONFLICT", message: `${/^[aeiou]/.test(fromLabel) ? "An" : "A"} ${fromLabel} project cannot become ${STATUS_LABELS[to].toLowerCase()}.` };
  }
  if (allowed(actor, who)) return null;
  if (who === "lead") return { code: "FORBIDDEN", message: "An archived project can only be reopened by its lead." };
  if (!actor.groupMember && !actor.groupModerator) return { code: "FORBIDDEN", message: "Join the group to take part in its projects." };
  return { code: "FORBIDDEN", message: "Only the project's leads and co-leads can change its status." };
}

/** The statuses this actor may move the project to, in the order the page offers them. */
export function availableTransitions(actor: ProjectActor, from: ProjectStatus): ProjectStatus[] {
  return (Object.keys(TRANSITIONS[from]) as ProjectStatus[]).filter((to) => transitionRefusal(actor, from, to) === null);
}

export interface StatusState {
  status: ProjectStatus;
  completedAt: Date | null;
}

/** The project's status fields after a (permitted) transition at `now`. */
export function applyTransition(current: StatusState, to: ProjectStatus, now: Date): StatusState {
  if (to === "completed") return { status: to, completedAt: now };
  if (to === "archived") return { status: to, completedAt: current.completedAt };
  // Back to work (or to a proposal): it is no longer completed.
  return { status: to, completedAt: null };
}

export const STATUS_LABELS: Record<ProjectStatus, string> = { proposed: "Proposed", active: "Active", completed: "Completed", archived: "Archived" };

/** The project list's order: work under way first, then ideas, then finished, then shelved. */
export const STATUS_ORDER: readonly ProjectStatus[] = ["active", "proposed", "completed", "archived"];

/** What the button that makes a change says. */
export function transitionLabel(from: ProjectStatus, to: ProjectStatus): string {
  if (to === "active") return from === "proposed" ? "Start the work (mark active)" : "Reopen";
  if (to === "proposed") return "Reopen as a proposal";
  if (to === "completed") return "Mark as completed";
  return "Archive";
}
