import { describe, expect, it } from "vitest";
import type { GroupActor } from "@/lib/groups/ability";
import { canSeeMeetingLink } from "./ability";

const actor = (overrides: Partial<GroupActor> = {}): GroupActor => ({ userId: "u1", isSiteAdmin: false, membership: null, ...overrides });

describe("canSeeMeetingLink", () => {
  it("shows the link to active members, whatever their role", () => {
    expect(canSeeMeetingLink(actor({ membership: { role: "member", status: "active" } }))).toBe(true);
    expect(canSeeMeetingLink(actor({ membership: { role: "organizer", status: "active" } }))).toBe(true);
  });

  it("hides it from visitors, signed-out people and banned members", () => {
    expect(canSeeMeetingLink(actor())).toBe(false);
    expect(canSeeMeetingLink(actor({ userId: null }))).toBe(false);
    expect(canSeeMeetingLink(actor({ membership: { role: "member", status: "banned" } }))).toBe(false);
  });

  it("shows it to site admins, who moderate every group", () => {
    expect(canSeeMeetingLink(actor({ isSiteAdmin: true }))).toBe(true);
  });
});
