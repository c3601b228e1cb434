/**
 * The demo discussions as the Discussions tab reads them (decisions 034 and 035): seeds the demo
 * content into this file's fresh database, then checks the counts the database keeps and the
 * answers the askers marked.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { content } from "@/prisma/seed/content";
import type { SeedContext } from "@/prisma/seed/context";
import { seedDiscussions } from "@/prisma/seed/discussions";
import { withdrawJoinRequest } from "@/lib/groups/join-requests";

describe("demo discussions", () => {
  beforeAll(async () => {
    const ctx: SeedContext = { db, content, now: new Date(), passwordHash: "not-a-real-hash", userIds: new Map(), groupIds: new Map(), threadIds: new Map(), log: () => {} };
    await seedDiscussions(ctx);
  }, 180_000);

  it("every thread's reply count is its replies still there, though the seed inserts them in bulk", async () => {
    const wrong = await db.$queryRaw<{ id: number }[]>`
      SELECT t.id FROM "Thread" t
      WHERE t."replyCount" <> (SELECT count(*) FROM "Post" p WHERE p."threadId" = t.id AND p."parentId" IS NOT NULL AND p."deletedAt" IS NULL)`;
    expect(wrong).toEqual([]);
    expect(await db.thread.count({ where: { replyCount: { gt: 5 } } })).toBeGreaterThan(10);
    expect(await db.thread.count({ where: { replyCount: 0 } })).toBeGreaterThan(0);
  });

  it("askers marked answers: in questions, a direct reply by someone else", async () => {
    const answered = await db.thread.findMany({ where: { answerId: { not: null } }, select: { title: true, authorId: true, answer: { select: { authorId: true, parentId: true, thread: { select: { id: true } } } }, id: true } });
    expect(answered.length).toBeGreaterThan(10);
    for (const thread of answered) {
      expect(thread.title.trim().endsWith("?")).toBe(true);
      expect(thread.answer!.thread.id).toBe(thread.id);
      expect(thread.answer!.authorId).not.toBe(thread.authorId);
      const opener = await db.post.findFirstOrThrow({ where: { threadId: thread.id, parentId: null }, select: { id: true } });
      expect(thread.answer!.parentId).toBe(opener.id);
    }
  });

  it("the demo's waiting request to join: taken back, its moderators' seeded notices are read, as the app's own would be", async () => {
    const request = await db.joinRequest.findFirstOrThrow({ where: { status: "pending" }, select: { groupId: true, userId: true } });
    const unread = () => db.notification.count({ where: { kind: "group.join.requested", readAt: null } });
    expect(await unread()).toBeGreaterThan(0);
    await withdrawJoinRequest(request.userId, request.groupId);
    expect(await unread()).toBe(0);
  });
});
