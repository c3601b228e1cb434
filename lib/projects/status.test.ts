import { describe, expect, it } from "vitest";
import type { ProjectActor } from "./ability";
import type { ProjectRole, ProjectStatus } from "./schema";
import { PROJECT_STATUSES } from "./schema";
import { applyTransition, availableTransitions, isTransition, STATUS_ORDER, transitionLabel, transitionRefusal } from "./status";

const on = (role: ProjectRole | null, overrides: Partial<ProjectActor> = {}): ProjectActor => ({ groupMember: true, groupModerator: false, role, ...overrides });
const lead = on("lead");
const colead = on("colead");
const contributor = on("contributor");
const member = on(null);
const moderator = on(null, { groupModerator: true });
const siteAdmin = on(null, { groupMember: false, groupModerator: true });
const leadWhoLeftTheGroup = on("lead", { groupMember: false });
const outsider = on(null, { groupMember: false });

const may = (actor: ProjectActor, from: ProjectStatus, to: ProjectStatus) => transitionRefusal(actor, from, to) === null;

describe("project status transitions", () => {
  it("the life is proposed → active → completed, with archiving from anywhere and reopening", () => {
    const edges = PROJECT_STATUSES.flatMap((from) => PROJECT_STATUSES.filter((to) => isTransition(from, to)).map((to) => `${from}→${to}`));
    expect(edges.sort()).toEqual(
      ["proposed→active", "proposed→archived", "active→completed", "active→archived", "completed→active", "completed→archived", "archived→active", "archived→proposed"].sort(),
    );
  });

  it("leads and co-leads move the project along; contributors and other members do not", () => {
    for (const [from, to] of [
      ["proposed", "active"],
      ["active", "completed"],
      ["completed", "active"],
      ["active", "archived"],
      ["proposed", "archived"],
      ["completed", "archived"],
    ] as const) {
      expect(may(lead, from, to), `lead ${from}→${to}`).toBe(true);
      expect(may(colead, from, to), `colead ${from}→${to}`).toBe(true);
      expect(may(contributor, from, to), `contributor ${from}→${to}`).toBe(false);
      expect(may(member, from, to), `member ${from}→${to}`).toBe(false);
      expect(may(outsider, from, to), `outsider ${from}→${to}`).toBe(false);
    }
    expect(transitionRefusal(contributor, "active", "completed")).toEqual({ code: "FORBIDDEN", message: "Only the project's leads and co-leads can change its status." });
    expect(transitionRefusal(outsider, "active", "completed")?.message).toMatch(/Join the group/);
  });

  it("archived is final unless the lead reopens it: not a co-lead, not a moderator", () => {
    for (const to of ["active", "proposed"] as const) {
      expect(may(lead, "archived", to)).toBe(true);
      expect(may(colead, "archived", to)).toBe(false);
      expect(may(moderator, "archived", to)).toBe(false);
      expect(may(siteAdmin, "archived", to)).toBe(false);
      expect(may(contributor, "archived", to)).toBe(false);
    }
    expect(transitionRefusal(colead, "archived", "active")).toEqual({ code: "FORBIDDEN", message: "An archived project can only be reopened by its lead." });
    // Not even the lead skips straight to completed from the archive.
    expect(transitionRefusal(lead, "archived", "completed")?.code).toBe("CONFLICT");
  });

  it("a lead who is no longer an active member of the group cannot change anything", () => {
    for (const from of PROJECT_STATUSES) for (const to of PROJECT_STATUSES) expect(may(leadWhoLeftTheGroup, from, to), `${from}→${to}`).toBe(false);
  });

  it("the group's moderators and site admins may archive, and nothing else", () => {
    for (const actor of [moderator, siteAdmin]) {
      expect(availableTransitions(actor, "proposed")).toEqual(["archived"]);
      expect(availableTransitions(actor, "active")).toEqual(["archived"]);
      expect(availableTransitions(actor, "completed")).toEqual(["archived"]);
      expect(availableTransitions(actor, "archived")).toEqual([]);
    }
  });

  it("skipping a step or staying put is refused as a conflict", () => {
    expect(transitionRefusal(lead, "proposed", "completed")).toEqual({ code: "CONFLICT", message: "A proposed project cannot become completed." });
    expect(transitionRefusal(lead, "archived", "completed")).toEqual({ code: "CONFLICT", message: "An archived project cannot become completed." });
    expect(transitionRefusal(lead, "active", "proposed")).toEqual({ code: "CONFLICT", message: "An active project cannot become proposed." });
    expect(transitionRefusal(lead, "active", "proposed")?.code).toBe("CONFLICT");
    expect(transitionRefusal(lead, "active", "active")).toEqual({ code: "CONFLICT", message: "The project is already active." });
  });

  it("offers each actor exactly the changes they may make", () => {
    expect(availableTransitions(lead, "proposed")).toEqual(["active", "archived"]);
    expect(availableTransitions(lead, "active")).toEqual(["completed", "archived"]);
    expect(availableTransitions(colead, "completed")).toEqual(["active", "archived"]);
    expect(availableTransitions(lead, "archived")).toEqual(["active", "proposed"]);
    expect(availableTransitions(colead, "archived")).toEqual([]);
    expect(availableTransitions(contributor, "active")).toEqual([]);
  });

  it("completing stamps completedAt; reopening clears it; archiving keeps it", () => {
    const now = new Date("2026-11-20T10:00:00Z");
    const later = new Date("2026-11-25T10:00:00Z");
    const completed = applyTransition({ status: "active", completedAt: null }, "completed", now);
    expect(completed).toEqual({ status: "completed", completedAt: now });
    expect(applyTransition(completed, "active", later)).toEqual({ status: "active", completedAt: null });
    const archived = applyTransition(completed, "archived", later);
    expect(archived).toEqual({ status: "archived", completedAt: now });
    expect(applyTransition(archived, "active", later)).toEqual({ status: "active", completedAt: null });
    expect(applyTransition(archived, "proposed", later)).toEqual({ status: "proposed", completedAt: null });
    expect(applyTransition({ status: "proposed", completedAt: null }, "active", now)).toEqual({ status: "active", completedAt: null });
  });

  it("lists work under way first and labels each change for its button", () => {
    expect(STATUS_ORDER).toEqual(["active", "proposed", "completed", "archived"]);
    expect(transitionLabel("proposed", "active")).toBe("Start the work (mark active)");
    expect(transitionLabel("completed", "active")).toBe("Reopen");
    expect(transitionLabel("archived", "proposed")).toBe("Reopen as a proposal");
    expect(transitionLabel("active", "completed")).toBe("Mark as completed");
    expect(transitionLabel("active", "archived")).toBe("Archive");
  });
});
