import { describe, expect, it } from "vitest";
import { can, type GroupActor, type GroupRole } from "./ability";

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
});
