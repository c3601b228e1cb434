import { describe, expect, it } from "vitest";
import type { GroupActor, GroupRole } from "@/lib/groups/ability";
import { deletionEndsThread, threadActorFor, threadRefusal } from "./ability";

const pub = { visibility: "public" as const };
const as = (membership: GroupActor["membership"], options: { userId?: string; isSiteAdmin?: boolean } = {}) =>
  threadActorFor({ userId: options.userId ?? "author", isSiteAdmin: options.isSiteAdmin ?? false, membership }, pub);
const role = (r: GroupRole, status: "active" | "banned" = "active") => ({ role: r, status });
const open = { authorId: "author", locked: false };
const locked = { authorId: "author", locked: true };

describe("thread abilities: deleting the thread", () => {
  it("only the group's moderators, owners and site admins delete a thread, locked or not", () => {
    expect(threadRefusal(as(role("moderator"), { userId: "mod" }), "delete", open)).toBeNull();
    expect(threadRefusal(as(role("owner"), { userId: "owner" }), "delete", locked)).toBeNull();
    expect(threadRefusal(as(null, { userId: "admin", isSiteAdmin: true }), "delete", open)).toBeNull();
  });

  it("its author deletes it through its opening post, not as a whole; organizers and removed moderators cannot", () => {
    const refusal = { code: "FORBIDDEN", message: "Only the group's moderators can delete a thread." };
    expect(threadRefusal(as(role("member")), "delete", open)).toEqual(refusal);
    expect(threadRefusal(as(role("organizer"), { userId: "org" }), "delete", open)).toEqual(refusal);
    expect(threadRefusal(as(role("moderator", "banned"), { userId: "mod" }), "delete", open)).toEqual(refusal);
  });

  it("a deleted post takes its thread along only when no other post of it stands", () => {
    expect(deletionEndsThread(0)).toBe(true);
    expect(deletionEndsThread(1)).toBe(false);
    expect(deletionEndsThread(12)).toBe(false);
  });
});
