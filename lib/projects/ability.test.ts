import { describe, expect, it } from "vitest";
import type { GroupActor, GroupRole } from "@/lib/groups/ability";
import { can, projectActorFor, refusal, removalRefusal, roleChangeRefusal, updateRefusal, type ProjectActor, type Removal, type RoleChange } from "./ability";
import type { ProjectRole, ProjectStatus } from "./schema";

const on = (role: ProjectRole | null, overrides: Partial<ProjectActor> = {}): ProjectActor => ({ groupMember: true, groupModerator: false, role, ...overrides });
const project = (status: ProjectStatus = "active", leadCount = 1) => ({ status, leadCount });

describe("project abilities", () => {
  it("active members of the group join proposed and active projects, once", () => {
    expect(can(on(null), "join", project("proposed"))).toBe(true);
    expect(can(on(null), "join", project("active"))).toBe(true);
    expect(refusal(on("contributor"), "join", project())).toEqual({ code: "ALREADY_EXISTS", message: "You already contribute to this project." });
    expect(refusal(on(null), "join", project("completed"))?.code).toBe("CONFLICT");
    expect(refusal(on(null), "join", project("archived"))?.message).toMatch(/archived/);
  });

  it("non-members of the group (and banned members) cannot join or post updates", () => {
    const outsider = on(null, { groupMember: false });
    expect(refusal(outsider, "join", project())).toEqual({ code: "FORBIDDEN", message: "Join the group to take part in its projects." });
    // Still listed on the project after leaving the group (or being banned): no longer posts.
    expect(refusal(on("contributor", { groupMember: false }), "postUpdate", project())?.code).toBe("FORBIDDEN");
    expect(can(on(null, { groupMember: false, groupModerator: true }), "join", project())).toBe(false);
  });

  it("anyone on the project posts updates, except on archived projects; others join first", () => {
    for (const role of ["lead", "colead", "contributor"] as const) {
      expect(can(on(role), "postUpdate", project("active"))).toBe(true);
      expect(can(on(role), "postUpdate", project("proposed"))).toBe(true);
      expect(can(on(role), "postUpdate", project("completed"))).toBe(true);
      expect(refusal(on(role), "postUpdate", project("archived"))).toEqual({ code: "CONFLICT", message: "This project is archived: it takes no new updates." });
    }
    expect(refusal(on(null), "postUpdate", project())?.message).toBe("Join the project to post progress updates.");
    // Nobody can join a completed project: no "join to post" dead end there.
    expect(refusal(on(null), "postUpdate", project("completed"))?.message).toBe("This project is completed: its contributors may still post a closing note.");
    expect(refusal(on(null), "join", project("completed"))?.code).toBe("CONFLICT");
  });

  it("only the group's moderators delete a project, in any status; its leads archive it", () => {
    for (const status of ["proposed", "active", "completed", "archived"] as const) {
      expect(can(on(null, { groupModerator: true }), "delete", project(status))).toBe(true);
      expect(refusal(on("lead"), "delete", project(status))).toEqual({ code: "FORBIDDEN", message: "Only the group's moderators can delete a project." });
    }
  });

  it("authors edit and delete their own updates; moderators delete anyone's, archived or not", () => {
    const own = (status: ProjectStatus = "active") => ({ own: true, status });
    const others = (status: ProjectStatus = "active") => ({ own: false, status });
    expect(updateRefusal(on("contributor"), "editUpdate", own())).toBeNull();
    expect(updateRefusal(on("contributor"), "deleteUpdate", own())).toBeNull();
    // A contributor who left the project still owns their words.
    expect(updateRefusal(on(null), "deleteUpdate", own())).toBeNull();
    expect(updateRefusal(on("contributor"), "editUpdate", own("archived"))?.code).toBe("CONFLICT");
    expect(updateRefusal(on("contributor"), "deleteUpdate", own("archived"))).toBeNull();
    expect(updateRefusal(on("lead"), "editUpdate", others())?.message).toBe("Only its author can edit an update.");
    expect(updateRefusal(on("lead"), "deleteUpdate", others())?.code).toBe("FORBIDDEN");
    expect(updateRefusal(on("contributor", { groupMember: false }), "editUpdate", own())?.code).toBe("FORBIDDEN");
    const moderator = on(null, { groupModerator: true });
    expect(updateRefusal(moderator, "deleteUpdate", others("archived"))).toBeNull();
    expect(updateRefusal(moderator, "editUpdate", others())?.code).toBe("FORBIDDEN");
    // Restoring undoes a moderator's deletion: the moderators' alone, in any status.
    expect(updateRefusal(moderator, "restoreUpdate", others("archived"))).toBeNull();
    expect(updateRefusal(on("lead"), "restoreUpdate", others())).toEqual({ code: "FORBIDDEN", message: "Only the group's moderators can restore an update." });
    expect(updateRefusal(on("contributor"), "restoreUpdate", own())?.code).toBe("FORBIDDEN");
  });

  it("the only lead cannot leave; with another lead, or as anyone else, leaving is fine", () => {
    expect(refusal(on("lead"), "leave", project("active", 1))?.code).toBe("CONFLICT");
    expect(refusal(on("lead"), "leave", project("active", 1))?.message).toMatch(/only lead/);
    expect(can(on("lead"), "leave", project("active", 2))).toBe(true);
    expect(can(on("colead"), "leave", project())).toBe(true);
    expect(can(on("contributor"), "leave", project("archived"))).toBe(true);
    // Someone who left (or was removed from) the group can still take their name off.
    expect(can(on("contributor", { groupMember: false }), "leave", project())).toBe(true);
    expect(refusal(on(null), "leave", project())?.code).toBe("FORBIDDEN");
  });

  it("leads and co-leads edit, not on archived projects; only the lead manages roles", () => {
    expect(can(on("lead"), "edit", project())).toBe(true);
    expect(can(on("colead"), "edit", project())).toBe(true);
    expect(can(on("contributor"), "edit", project())).toBe(false);
    expect(refusal(on("lead"), "edit", project("archived"))?.code).toBe("CONFLICT");
    expect(can(on("lead"), "manageRoles", project())).toBe(true);
    expect(can(on("lead"), "manageRoles", project("archived"))).toBe(true);
    expect(can(on("colead"), "manageRoles", project())).toBe(false);
    expect(can(on("lead", { groupMember: false }), "manageRoles", project())).toBe(false);
  });

  it("the coarse status gate: managers and the group's moderators", () => {
    expect(can(on("lead"), "changeStatus", project())).toBe(true);
    expect(can(on("colead"), "changeStatus", project())).toBe(true);
    expect(can(on(null, { groupModerator: true }), "changeStatus", project())).toBe(true);
    expect(can(on("contributor"), "changeStatus", project())).toBe(false);
  });

  it("reads the group standing: owners, moderators and site admins moderate; banned members take no part", () => {
    const actor = (role: GroupRole | null, status: "active" | "banned" = "active", isSiteAdmin = false): GroupActor => ({
      userId: "u",
      isSiteAdmin,
      membership: role ? { role, status } : null,
    });
    expect(projectActorFor(actor("owner"), "lead")).toEqual({ groupMember: true, groupModerator: true, role: "lead" });
    expect(projectActorFor(actor("moderator"), null)).toEqual({ groupMember: true, groupModerator: true, role: null });
    expect(projectActorFor(actor("organizer"), null)).toEqual({ groupMember: true, groupModerator: false, role: null });
    expect(projectActorFor(actor("moderator", "banned"), "contributor")).toEqual({ groupMember: false, groupModerator: false, role: "contributor" });
    expect(projectActorFor(actor(null, "active", true), null)).toEqual({ groupMember: false, groupModerator: true, role: null });
  });
});

describe("role changes by the lead", () => {
  const change = (overrides: Partial<RoleChange>): RoleChange => ({ self: false, from: "contributor", to: "colead", targetGroupMember: true, leadCount: 1, ...overrides });

  it("makes contributors co-leads and back, and shares or hands over the lead", () => {
    expect(roleChangeRefusal(change({}))).toBeNull();
    expect(roleChangeRefusal(change({ from: "colead", to: "contributor" }))).toBeNull();
    expect(roleChangeRefusal(change({ to: "lead" }))).toBeNull();
    // With the lead handed over (two leads), the former lead may step back.
    expect(roleChangeRefusal(change({ self: true, from: "lead", to: "colead", leadCount: 2 }))).toBeNull();
  });

  it("never leaves the project without a lead", () => {
    expect(roleChangeRefusal(change({ self: true, from: "lead", to: "contributor", leadCount: 1 }))?.message).toBe(
      "You are the project's only lead: make another contributor lead first.",
    );
    expect(roleChangeRefusal(change({ from: "lead", to: "colead", leadCount: 1 }))?.code).toBe("CONFLICT");
  });

  it("only contributors of the project, and only active group members take on a lead role", () => {
    expect(roleChangeRefusal(change({ from: null }))?.message).toMatch(/not a contributor/);
    expect(roleChangeRefusal(change({ targetGroupMember: false, to: "colead" }))?.code).toBe("CONFLICT");
    expect(roleChangeRefusal(change({ targetGroupMember: false, from: "colead", to: "contributor" }))).toBeNull();
  });
});

describe("the lead removes people", () => {
  const removal = (overrides: Partial<Removal>): Removal => ({ self: false, role: "contributor", leadCount: 1, ...overrides });

  it("only the lead, active in the group, in any status (as role changes)", () => {
    for (const status of ["proposed", "active", "completed", "archived"] as const) expect(can(on("lead"), "removePeople", project(status))).toBe(true);
    expect(refusal(on("colead"), "removePeople", project())).toEqual({ code: "FORBIDDEN", message: "Only the project's lead can remove people from it." });
    expect(refusal(on("contributor"), "removePeople", project())?.code).toBe("FORBIDDEN");
    expect(refusal(on(null, { groupModerator: true }), "removePeople", project())?.code).toBe("FORBIDDEN");
    expect(refusal(on("lead", { groupMember: false }), "removePeople", project())?.message).toBe("Join the group to take part in its projects.");
  });

  it("removes contributors, co-leads and another lead, never the last lead", () => {
    expect(removalRefusal(removal({}))).toBeNull();
    expect(removalRefusal(removal({ role: "colead" }))).toBeNull();
    expect(removalRefusal(removal({ role: "lead", leadCount: 2 }))).toBeNull();
    expect(removalRefusal(removal({ role: "lead", leadCount: 1 }))).toEqual({ code: "CONFLICT", message: "A project needs a lead: make someone else lead first." });
  });

  it("the lead leaves rather than removes themselves; someone already gone is a clear conflict", () => {
    expect(removalRefusal(removal({ self: true, role: "lead", leadCount: 2 }))?.message).toMatch(/Leave this project/);
    expect(removalRefusal(removal({ role: null }))).toEqual({ code: "CONFLICT", message: "That person is no longer on this project: they left, or were removed, since the page was loaded." });
  });
});
