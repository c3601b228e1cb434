import { FOLLOW_NOTICE, followNoticeKey, followNoticeMessage } from "@/lib/discussions/follows";
import { postPermalink } from "@/lib/discussions/paths";
import type { SeedContext } from "./context";

/** The demo accounts (README) last came by two days ago: what was written since shows as new to them. */
const DEMO_ACCOUNTS = ["admin", "moderator", "organizer", "member"];
const LAST_VISIT_DAYS_AGO = 2;

/**
 * Visits (decision 014) for the demo accounts: each opened every thread of their groups that
 * existed two days ago, then. Signing in as one shows "N new" on the threads that moved since, and
 * "New" on the threads started since.
 */
export async function seedVisits(ctx: SeedContext): Promise<number> {
  const seenAt = new Date(ctx.now.getTime() - LAST_VISIT_DAYS_AGO * 24 * 3600_000);
  const data: { userId: string; threadId: number; seenAt: Date }[] = [];
  for (const key of DEMO_ACCOUNTS) {
    const userId = ctx.userIds.get(key);
    if (!userId) throw new Error(`Seed content has no demo account "${key}"`);
    const groupIds = ctx.content.groups.filter((group) => group.members.some((member) => member.user === key)).map((group) => ctx.groupIds.get(group.slug)!);
    const threads = await ctx.db.thread.findMany({ where: { groupId: { in: groupIds }, createdAt: { lte: seenAt } }, select: { id: true } });
    for (const thread of threads) data.push({ userId, threadId: thread.id, seenAt });
  }
  await ctx.db.threadVisit.createMany({ data });
  await seedFollow(ctx, seenAt);
  await seedSaved(ctx);
  return data.length;
}

/** The group of the thread the demo member follows (decision 022). */
const FOLLOWED_IN = "city-gardeners";

/**
 * The demo member follows the thread of the thriving group that moved most since their last
 * visit (`seenAt`); its replies since then wait as one notice, as the app gathers them.
 */
async function seedFollow(ctx: SeedContext, seenAt: Date): Promise<void> {
  const userId = ctx.userIds.get("member")!;
  const groupId = ctx.groupIds.get(FOLLOWED_IN)!;
  const [busiest] = await ctx.db.post.groupBy({
    by: ["threadId"],
    where: { thread: { groupId, createdAt: { lte: seenAt } }, parentId: { not: null }, authorId: { not: userId }, createdAt: { gt: seenAt } },
    _count: { _all: true },
    orderBy: [{ _count: { threadId: "desc" } }, { threadId: "asc" }],
    take: 1,
  });
  if (!busiest) throw new Error(`No thread of ${FOLLOWED_IN} moved since the demo member's last visit`);
  const threadId = busiest.threadId;
  await ctx.db.threadFollow.create({ data: { userId, threadId, createdAt: new Date(seenAt.getTime() - 3600_000) } });
  const replies = await ctx.db.post.findMany({
    where: { threadId, parentId: { not: null }, authorId: { not: userId }, createdAt: { gt: seenAt } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, createdAt: true, author: { select: { name: true } }, thread: { select: { title: true } } },
  });
  const [first, last] = [replies[0]!, replies.at(-1)!];
  await ctx.db.notification.create({
    data: {
      userId,
      kind: FOLLOW_NOTICE,
      message: followNoticeMessage(first.thread.title, last.author.name, replies.length === 1 ? "one" : "several"),
      url: postPermalink(FOLLOWED_IN, first.id),
      dedupeKey: followNoticeKey(threadId, userId, first.id),
      createdAt: last.createdAt,
    },
  });
}

/**
 * The demo member saved a few posts to read again (decision 026): the longest replies of City
 * Gardeners (how-tos, by the look of them), saved a day after each was written.
 */
async function seedSaved(ctx: SeedContext): Promise<void> {
  const userId = ctx.userIds.get("member")!;
  const posts = await ctx.db.$queryRaw<{ id: number; createdAt: Date }[]>`
    SELECT p.id, p."createdAt" FROM "Post" p JOIN "Thread" t ON t.id = p."threadId"
    WHERE t."groupId" = ${ctx.groupIds.get(FOLLOWED_IN)!} AND p."parentId" IS NOT NULL AND p."deletedAt" IS NULL AND p."authorId" <> ${userId}
    ORDER BY length(p.body) DESC, p.id LIMIT 3`;
  await ctx.db.bookmark.createMany({ data: posts.map((post) => ({ userId, postId: post.id, createdAt: new Date(Math.min(post.createdAt.getTime() + 24 * 3600_000, ctx.now.getTime())) })) });
}
