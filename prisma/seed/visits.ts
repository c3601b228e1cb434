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
  return data.length;
}
