import { describe, expect, it } from "vitest";
import { can, reinstatementRefusal, removalRefusal, type GroupActor, type GroupRole, type MemberSubject } from "./ability";

const anon: GroupActor = { userId: null, isSiteAdmin: false, membership: null };
const outsider: GroupActor = { userId: "u1", isSiteAdmin: false, membership: null };
const admin: GroupActor = { userId: "a", isSiteAdmin: true, membership: null };
const member = (role: GroupRole, status: "active" | "banned" = "active"): GroupActor => ({ userId: "u2", isSiteAdmin: false, membership: { role, status } });
const pub = { visibility: "public" as const };
const priv = { visibility: "private" as const };

describe("group abilities", () => {
  it("public groups are visible to everyone, private ones only to members and site admins", () => {
    expect(can(anon, "view", pub)).toBe(true);
    expect(can(anon, "view", priv)).toBe(false);
    expect(can(outsider, "view", priv)).toBe(false);
    expect(can(member("member"), "view", priv)).toBe(true);
    expect(can(member("member", "banned"), "view", priv)).toBe(false);
    expect(can(admin, "view", priv)).toBe(true);
  });

  it("only signed-in non-members join, and only public groups", () => {
    expect(can(anon, "join", pub)).toBe(false);
    expect(can(outsider, "join", pub)).toBe(true);
    expect(can(outsider, "join", priv)).toBe(false);
    expect(can(member("member"), "join", pub)).toBe(false);
    expect(can(member("member", "banned"), "join", pub)).toBe(false);
  });

  it("owners cannot leave; other members can", () => {
    expect(can(member("owner"), "leave", pub)).toBe(false);
    expect(can(member("moderator"), "leave", pub)).toBe(true);
    expect(can(outsider, "leave", pub)).toBe(false);
  });

  it("only active members participate; site admins do not post in groups they did not join", () => {
    expect(can(member("member"), "participate", pub)).toBe(true);
    expect(can(member("member", "banned"), "participate", pub)).toBe(false);
    expect(can(outsider, "participate", pub)).toBe(false);
    expect(can(admin, "participate", pub)).toBe(false);
  });

  it("moderation, role management and organizing follow the role ladder", () => {
    expect(["owner", "moderator", "organizer", "member"].map((r) => can(member(r as GroupRole), "moderate", pub))).toEqual([true, true, false, false]);
    expect(["owner", "moderator", "organizer", "member"].map((r) => can(member(r as GroupRole), "manageRoles", pub))).toEqual([true, false, false, false]);
    expect(["owner", "moderator", "organizer", "member"].map((r) => can(member(r as GroupRole), "configure", pub))).toEqual([true, false, false, false]);
    expect(["owner", "moderator", "organizer", "member"].map((r) => can(member(r as GroupRole), "addMembers", priv))).toEqual([true, false, false, false]);
    expect(["owner", "moderator", "organizer", "member"].map((r) => can(member(r as GroupRole), "organize", pub))).toEqual([true, true, true, false]);
    expect(can(member("moderator", "banned"), "moderate", pub)).toBe(false);
    expect(["owner", "moderator", "organizer", "member"].map((r) => can(member(r as GroupRole), "viewModerationLog", priv))).toEqual([true, true, false, false]);
    expect([anon, outsider, member("owner", "banned"), member("moderator", "banned")].some((actor) => can(actor, "viewModerationLog", pub))).toBe(false);
    expect(can(admin, "viewModerationLog", priv)).toBe(true);
    expect(can(admin, "moderate", priv) && can(admin, "manageRoles", priv) && can(admin, "configure", priv) && can(admin, "organize", priv)).toBe(true);
  });

  it("owners and site admins add members, to public and private groups alike; nobody else does", () => {
    expect(can(member("owner"), "addMembers", pub) && can(member("owner"), "addMembers", priv)).toBe(true);
    expect(can(admin, "addMembers", pub) && can(admin, "addMembers", priv)).toBe(true);
    // A removed owner has no say in the group any more.
    expect(can(member("owner", "banned"), "addMembers", priv)).toBe(false);
    expect(can(outsider, "addMembers", pub)).toBe(false);
    expect(can(anon, "addMembers", pub)).toBe(false);
  });

  it("owners, moderators and site admins remove members; organizers, members and removed moderators do not", () => {
    expect(["owner", "moderator", "organizer", "member"].map((r) => can(member(r as GroupRole), "removeMembers", pub))).toEqual([true, true, false, false]);
    expect(can(admin, "removeMembers", priv)).toBe(true);
    expect(can(member("moderator", "banned"), "removeMembers", pub)).toBe(false);
    expect(can(outsider, "removeMembers", pub)).toBe(false);
  });
});

describe("who may remove whom", () => {
  const as = (role: GroupRole | null, options: { id?: string; siteAdmin?: boolean; status?: "active" | "banned" } = {}): GroupActor => ({
    userId: options.id ?? "actor",
    isSiteAdmin: options.siteAdmin ?? false,
    membership: role ? { role, status: options.status ?? "active" } : null,
  });
  const target = (role: GroupRole, status: "active" | "banned" = "active"): MemberSubject => ({ userId: "target", role, status });
  const removes = (actor: GroupActor, subject: MemberSubject) => removalRefusal(actor, subject, pub);

  it("an owner removes moderators, organizers and members, never another owner", () => {
    expect(removes(as("owner"), target("moderator"))).toBeNull();
    expect(removes(as("owner"), target("organizer"))).toBeNull();
    expect(removes(as("owner"), target("member"))).toBeNull();
    expect(removes(as("owner"), target("owner"))).toEqual({ code: "FORBIDDEN", message: "An owner cannot be removed: another owner can make them a member first." });
  });

  it("a moderator removes organizers and members, neither an owner nor another moderator", () => {
    expect(removes(as("moderator"), target("member"))).toBeNull();
    expect(removes(as("moderator"), target("organizer"))).toBeNull();
    expect(removes(as("moderator"), target("moderator"))).toEqual({ code: "FORBIDDEN", message: "Only an owner can remove a moderator." });
    expect(removes(as("moderator"), target("owner"))?.code).toBe("FORBIDDEN");
  });

  it("a site admin removes anyone but an owner, whether or not they belong to the group", () => {
    expect(removes(as(null, { siteAdmin: true }), target("moderator"))).toBeNull();
    expect(removes(as("member", { siteAdmin: true }), target("moderator"))).toBeNull();
    expect(removes(as(null, { siteAdmin: true }), target("owner"))?.code).toBe("FORBIDDEN");
  });

  it("nobody removes themselves (they leave), and a removed person cannot be removed again", () => {
    expect(removes(as("moderator", { id: "target" }), target("moderator"))).toEqual({ code: "FORBIDDEN", message: "You cannot remove yourself: leave the group instead." });
    expect(removes(as("owner"), target("member", "banned"))).toEqual({ code: "CONFLICT", message: "That person was already removed from this group." });
  });

  it("organizers, members, outsiders and removed moderators remove nobody", () => {
    for (const actor of [as("organizer"), as("member"), as(null), as("moderator", { status: "banned" })]) {
      expect(removes(actor, target("member"))).toEqual({ code: "FORBIDDEN", message: "Only the group's owner and moderators can remove members." });
    }
  });

  it("the same people reinstate, and only someone who was removed", () => {
    for (const actor of [as("owner"), as("moderator"), as(null, { siteAdmin: true })]) expect(reinstatementRefusal(actor, target("member", "banned"), priv)).toBeNull();
    expect(reinstatementRefusal(as("organizer"), target("member", "banned"), pub)?.code).toBe("FORBIDDEN");
    expect(reinstatementRefusal(as("owner"), target("member"), pub)).toEqual({ code: "CONFLICT", message: "That person is already a member of this group." });
  });
});
