import { describe, expect, it } from "vitest";
import { NEW_THREAD_DAYS, postsNewSince, postsUnseenSince, seenUpTo, suggestedThreads, threadFreshness, visitTime, type ThreadFreshness } from "./unread";

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 12, minutes));
const post = (id: number, authorId: string, minutes: number, deleted = false) => ({ id, authorId, createdAt: at(minutes), deletedAt: deleted ? at(minutes + 1) : null });

describe("posts new to a reader", () => {
  const outline = [post(1, "ann", 0), post(2, "bob", 10), post(3, "me", 20), post(4, "cyd", 30, true), post(5, "bob", 40)];

  it("are others' posts still there, written after the reader's last visit, in time order", () => {
    expect(postsNewSince(outline, at(5), "me").map((p) => p.id)).toEqual([2, 5]);
    expect(postsNewSince(outline, at(10), "me").map((p) => p.id)).toEqual([5]);
  });

  it("are none for a reader who never opened the thread (the list says 'New' instead) or saw it all", () => {
    expect(postsNewSince(outline, null, "me")).toEqual([]);
    expect(postsNewSince(outline, at(40), "me")).toEqual([]);
  });

  it("unseen, on a first visit, are all of others' posts still there; after one, the new ones", () => {
    expect(postsUnseenSince(outline, null, "me").map((p) => p.id)).toEqual([1, 2, 5]);
    expect(postsUnseenSince(outline, at(5), "me").map((p) => p.id)).toEqual([2, 5]);
  });
});

describe("how a thread shows in a reader's list", () => {
  const now = at(0);
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

  it("counts the posts new since a visit, and shows nothing when there are none", () => {
    expect(threadFreshness({ authorId: "ann", createdAt: daysAgo(30) }, { seenAt: daysAgo(1) }, 3, "me", now)).toEqual({ kind: "unread", count: 3 });
    expect(threadFreshness({ authorId: "ann", createdAt: daysAgo(1) }, { seenAt: daysAgo(1) }, 0, "me", now)).toBeNull();
  });

  it(`calls a thread never opened "new" for ${NEW_THREAD_DAYS} days after it started, unless the reader started it`, () => {
    expect(threadFreshness({ authorId: "ann", createdAt: daysAgo(NEW_THREAD_DAYS - 0.01) }, undefined, 0, "me", now)).toEqual({ kind: "new" });
    expect(threadFreshness({ authorId: "ann", createdAt: daysAgo(NEW_THREAD_DAYS) }, undefined, 0, "me", now)).toBeNull();
    expect(threadFreshness({ authorId: "me", createdAt: daysAgo(0) }, undefined, 0, "me", now)).toBeNull();
  });
});

describe("the time a visit records", () => {
  it("is when the page was drawn, but never later than now (a wrong clock cannot hide future posts)", () => {
    expect(visitTime(at(5), at(10))).toEqual(at(5));
    expect(visitTime(at(50), at(10))).toEqual(at(10));
  });
});

describe("the time a page of a long thread reports as seen", () => {
  const shownAt = at(50);
  const newPosts = [post(2, "bob", 10), post(5, "bob", 40), post(6, "cyd", 45)];

  it("is when the page was drawn when every new post is on it, or there is none", () => {
    expect(seenUpTo(shownAt, newPosts, new Set([1, 2, 5, 6]))).toEqual(shownAt);
    expect(seenUpTo(shownAt, [], new Set([1]))).toEqual(shownAt);
  });

  it("stops just before the earliest new post shown on another page, so it stays new", () => {
    const seen = seenUpTo(shownAt, newPosts, new Set([1, 2, 6]));
    expect(seen).toEqual(new Date(at(40).getTime() - 1));
    expect(postsNewSince([post(2, "bob", 10), post(5, "bob", 40), post(6, "cyd", 45)], seen, "me").map((p) => p.id)).toEqual([5, 6]);
  });

  it("on a first visit, stops before the earliest post of others on another page: reading page 1 does not read page 2", () => {
    const outline = [post(1, "ann", 0), post(2, "bob", 10), post(5, "bob", 40), post(6, "cyd", 45)];
    const seen = seenUpTo(shownAt, postsUnseenSince(outline, null, "me"), new Set([1, 2, 6]));
    expect(seen).toEqual(new Date(at(40).getTime() - 1));
    expect(postsNewSince(outline, seen, "me").map((p) => p.id)).toEqual([5, 6]);
  });

  it("never moves past the time the page was drawn", () => {
    expect(seenUpTo(at(30), newPosts, new Set([2]))).toEqual(at(30));
  });
});

describe("suggestedThreads (decision 036)", () => {
  const recent = [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id }));
  it("puts the threads with news for the reader first, each part in the order of recent activity", () => {
    const freshness = new Map<number, ThreadFreshness>([
      [2, null],
      [4, { kind: "unread", count: 3 }],
      [6, { kind: "new" }],
    ]);
    expect(suggestedThreads(recent, freshness, 5).map((thread) => thread.id)).toEqual([4, 6, 1, 2, 3]);
  });

  it("keeps the order of activity when nothing is new (a visitor), and gives what there is", () => {
    expect(suggestedThreads(recent, new Map(), 5).map((thread) => thread.id)).toEqual([1, 2, 3, 4, 5]);
    expect(suggestedThreads(recent.slice(0, 2), new Map(), 5).map((thread) => thread.id)).toEqual([1, 2]);
  });
});
