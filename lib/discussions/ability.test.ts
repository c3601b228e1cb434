import { describe, expect, it } from "vitest";
import type { GroupActor, GroupRole } from "@/lib/groups/ability";
import { deletionEndsThread, reportRefusal, reviewRefusal, threadActorFor, threadRefusal } from "./ability";

const pub = { visibility: "public" as const };
const as = (membership: GroupActor["membership"], options: { userId?: string; isSiteAdmin?: boolean } = {}) =>
  threadActorFor({ userId: options.userId ?? "author", isSiteAdmin: options.isSiteAdmin ?? false, membership }, pub);
const role = (r: GroupRole, status: "active" | "banned" = "active") => ({ role: r, status });
const open = { authorId: "author", locked: false };
const locked = { authorId: "author", locked: true };

describe("thread abilities: editing the title", () => {
  it("the author edits their thread's title while it is open, and not once it is locked", () => {
    expect(threadRefusal(as(role("member")), "editTitle", open)).toBeNull();
    expect(threadRefusal(as(role("member")), "editTitle", locked)?.message).toBe("This thread is locked: only the group's moderators can change its title.");
  });

  it("moderators, owners and site admins edit any thread's title, locked ones too", () => {
    for (const actor of [as(role("moderator"), { userId: "mod" }), as(role("owner"), { userId: "owner" }), as(null, { userId: "admin", isSiteAdmin: true })]) {
      expect(threadRefusal(actor, "editTitle", open)).toBeNull();
      expect(threadRefusal(actor, "editTitle", locked)).toBeNull();
    }
  });

  it("other members, organizers and signed-out visitors do not", () => {
    const refusal = { code: "FORBIDDEN", message: "Only the thread's author and the group's moderators can change its title." };
    expect(threadRefusal(as(role("member"), { userId: "someone" }), "editTitle", open)).toEqual(refusal);
    expect(threadRefusal(as(role("organizer"), { userId: "someone" }), "editTitle", open)).toEqual(refusal);
    expect(threadRefusal(threadActorFor({ userId: null, isSiteAdmin: false, membership: null }, pub), "editTitle", open)).toEqual(refusal);
  });

  it("an author removed from the group, or who left it, no longer edits the title", () => {
    expect(threadRefusal(as(role("member", "banned")), "editTitle", open)?.message).toBe("You were removed from this group and cannot edit its threads.");
    // A moderator who was removed is no moderator any more.
    expect(threadRefusal(as(role("moderator", "banned")), "editTitle", open)?.message).toBe("You were removed from this group and cannot edit its threads.");
    expect(threadRefusal(as(null), "editTitle", open)?.message).toBe("Join the group again to edit your thread's title.");
  });
});

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

  it("whoever may delete a thread may restore one, whoever deleted it; nobody else", () => {
    expect(threadRefusal(as(role("moderator"), { userId: "mod" }), "restore", open)).toBeNull();
    expect(threadRefusal(as(role("owner"), { userId: "owner" }), "restore", locked)).toBeNull();
    expect(threadRefusal(as(null, { userId: "admin", isSiteAdmin: true }), "restore", open)).toBeNull();
    const refusal = { code: "FORBIDDEN", message: "Only the group's moderators can restore a thread." };
    for (const actor of [as(role("member")), as(role("organizer"), { userId: "org" }), as(role("moderator", "banned"), { userId: "mod" }), as(null, { userId: "outsider" })]) {
      expect(threadRefusal(actor, "restore", open)).toEqual(refusal);
    }
  });

  it("a deleted post takes its thread along only when no other post of it stands", () => {
    expect(deletionEndsThread(0)).toBe(true);
    expect(deletionEndsThread(1)).toBe(false);
    expect(deletionEndsThread(12)).toBe(false);
  });
});

describe("thread abilities: replying", () => {
  it("members reply to an open thread; in a locked one only moderators do (a closing note)", () => {
    expect(threadRefusal(as(role("member")), "reply", open)).toBeNull();
    expect(threadRefusal(as(role("member")), "reply", locked)?.message).toBe("This thread is locked: it takes no new replies.");
    for (const actor of [as(role("moderator"), { userId: "mod" }), as(role("owner"), { userId: "owner" }), as(null, { userId: "admin", isSiteAdmin: true })]) {
      expect(threadRefusal(actor, "reply", locked)).toBeNull();
    }
  });

  it("non-members and removed members do not; a site admin joins before replying to an open thread, as the page says", () => {
    expect(threadRefusal(as(null, { userId: "visitor" }), "reply", open)?.message).toBe("Join the group to reply.");
    expect(threadRefusal(as(null, { userId: "admin", isSiteAdmin: true }), "reply", open)?.message).toBe("Join the group to reply.");
    expect(threadRefusal(as(role("member"), { userId: "admin", isSiteAdmin: true }), "reply", open)).toBeNull();
    expect(threadRefusal(as(role("member", "banned")), "reply", open)?.message).toBe("You were removed from this group and cannot reply.");
  });
});

describe("post abilities: reporting a post (decision 012)", () => {
  const byOther = { authorId: "other", deleted: false };

  it("active members report other people's posts, moderators and owners included", () => {
    for (const r of ["member", "organizer", "moderator", "owner"] as const) expect(reportRefusal(as(role(r)), byOther)).toBeNull();
  });

  it("nobody reports their own post, not even a moderator: they delete it instead", () => {
    const own = { authorId: "author", deleted: false };
    expect(reportRefusal(as(role("member")), own)).toEqual({ code: "FORBIDDEN", message: "You cannot report your own post." });
    expect(reportRefusal(as(role("moderator")), own)?.message).toBe("You cannot report your own post.");
  });

  it("removed members, outsiders, site admins who never joined and signed-out visitors do not report", () => {
    expect(reportRefusal(as(role("member", "banned")), byOther)).toEqual({ code: "FORBIDDEN", message: "You were removed from this group and cannot report posts." });
    expect(reportRefusal(as(null), byOther)).toEqual({ code: "FORBIDDEN", message: "Join the group to report posts." });
    expect(reportRefusal(as(null, { isSiteAdmin: true }), byOther)?.message).toBe("Join the group to report posts.");
    expect(reportRefusal(threadActorFor({ userId: null, isSiteAdmin: false, membership: null }, pub), byOther)?.message).toBe("Sign in to report a post.");
  });

  it("a deleted post is not reported: there is nothing left to review", () => {
    expect(reportRefusal(as(role("member")), { authorId: "other", deleted: true })).toEqual({ code: "CONFLICT", message: "This post was deleted." });
  });
});

describe("post abilities: reviewing reports (decision 012)", () => {
  const post = { authorId: "someone" };

  it("the group's owners and moderators and site admins review reports", () => {
    for (const actor of [as(role("moderator"), { userId: "mod" }), as(role("owner"), { userId: "owner" }), as(null, { userId: "admin", isSiteAdmin: true })]) {
      expect(reviewRefusal(actor, post)).toBeNull();
    }
  });

  it("members, organizers and removed moderators do not", () => {
    const refusal = { code: "FORBIDDEN", message: "Only the group's moderators can review reports." };
    for (const actor of [as(role("member")), as(role("organizer")), as(role("moderator", "banned")), as(null)]) expect(reviewRefusal(actor, post)).toEqual(refusal);
  });

  it("a moderator does not review the reports on their own post: another one does", () => {
    expect(reviewRefusal(as(role("moderator"), { userId: "someone" }), post)?.message).toBe("Reports on your own post are reviewed by the group's other moderators.");
    expect(reviewRefusal(as(null, { userId: "someone", isSiteAdmin: true }), post)?.code).toBe("FORBIDDEN");
  });
});

describe("thread abilities: marking the answer (decision 035)", () => {
  it("the author marks it while the thread is open and they are a member", () => {
    expect(threadRefusal(as(role("member")), "markAnswer", open)).toBeNull();
    expect(threadRefusal(as(role("member")), "markAnswer", locked)?.message).toBe("This thread is locked: only the group's moderators can mark its answer.");
    expect(threadRefusal(as(null), "markAnswer", open)?.message).toBe("Join the group again to mark the answer to your thread.");
    expect(threadRefusal(as(role("member", "banned")), "markAnswer", open)?.message).toBe("You were removed from this group and cannot mark answers.");
  });

  it("moderators, owners and site admins mark it in any thread, locked ones too; nobody else does", () => {
    for (const actor of [as(role("moderator"), { userId: "mod" }), as(role("owner"), { userId: "owner" }), as(null, { userId: "admin", isSiteAdmin: true })]) {
      expect(threadRefusal(actor, "markAnswer", locked)).toBeNull();
    }
    const refusal = { code: "FORBIDDEN", message: "Only the thread's author and the group's moderators can mark its answer." };
    expect(threadRefusal(as(role("member"), { userId: "someone" }), "markAnswer", open)).toEqual(refusal);
    expect(threadRefusal(as(role("organizer"), { userId: "someone" }), "markAnswer", open)).toEqual(refusal);
  });
});
