import { RENDER_VERSION, renderMarkdown } from "@/lib/markdown/render";
import { postLabel } from "@/lib/moderation/log";
import { recordModeration } from "@/lib/moderation/mutations";
import type { SeedContext } from "./context";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

const SPAM = `🌱 **80% OFF** all grow lights and "miracle" soil this week only!!! Best prices in town, free shipping — visit quickgrow-deals.example and use code GARDEN80 🌱🌱🌱`;

/**
 * The groups' moderation history (decision 018), as the seeded state tells it: who gave the
 * moderators and organizers their roles, who pinned the pinned threads and locked the locked ones
 * — and, in the thriving group, a spam reply that a member reported and its moderator deleted
 * yesterday, removing the account that posted it. Entries are written by `recordModeration`, at
 * plausible times before the seed's `now`. Returns how many entries it wrote.
 */
export async function seedModeration(ctx: SeedContext): Promise<number> {
  const { db, content, now } = ctx;
  const user = (key: string) => ctx.userIds.get(key)!;
  const past = (ms: number) => new Date(Math.min(ms, now.getTime() - 60_000));
  let entries = 0;

  for (const group of content.groups) {
    const groupId = ctx.groupIds.get(group.slug)!;
    const owner = group.members.find((member) => member.role === "owner")!;
    const steward = group.members.find((member) => member.role === "moderator") ?? owner;
    for (const member of group.members.filter((m) => m.role === "moderator" || m.role === "organizer")) {
      // Appointed by the owner a couple of days after joining (or after the group began).
      const at = past(now.getTime() - Math.min(member.joinedDaysAgo, group.createdDaysAgo) * DAY + 2 * DAY);
      const name = content.users.find((u) => u.key === member.user)!.name;
      await recordModeration(db, { groupId, actorId: user(owner.user), action: "member_role_changed", target: { id: user(member.user), label: name }, details: { from: "member", to: member.role }, at });
      entries++;
    }
    for (const thread of group.threads.filter((t) => t.pinned || t.locked)) {
      const { id } = ctx.threadIds.get(thread.key)!;
      const opened = now.getTime() - thread.daysAgo * DAY;
      if (thread.pinned) await recordModeration(db, { groupId, actorId: user(steward.user), action: "thread_pinned", target: { id, label: thread.title }, at: past(opened + 2 * HOUR) });
      if (thread.locked) await recordModeration(db, { groupId, actorId: user(steward.user), action: "thread_locked", target: { id, label: thread.title }, at: past(opened + 14 * DAY) });
      entries += Number(Boolean(thread.pinned)) + Number(Boolean(thread.locked));
    }
  }

  // Yesterday's spam in the thriving group: posted, reported within the hour, deleted, account removed.
  const thriving = content.groups.find((group) => group.intendedState === "thriving")!;
  const groupId = ctx.groupIds.get(thriving.slug)!;
  const moderator = thriving.members.find((member) => member.role === "moderator")!.user;
  const reporter = thriving.members.find((member) => member.role === "member")!.user;
  const postedAt = new Date(now.getTime() - 26 * HOUR);
  const deletedAt = new Date(postedAt.getTime() + 3 * HOUR);
  const spammer = await db.user.create({
    data: { email: "quickgrow@toile.test", name: "QuickGrow Deals", passwordHash: ctx.passwordHash, createdAt: new Date(postedAt.getTime() - HOUR) },
    select: { id: true, name: true },
  });
  await db.membership.create({ data: { groupId, userId: spammer.id, joinedAt: new Date(postedAt.getTime() - 30 * 60_000), status: "banned", removedAt: deletedAt } });
  const thread = await db.thread.findFirstOrThrow({ where: { groupId, createdAt: { lt: postedAt } }, orderBy: { createdAt: "desc" }, select: { id: true, title: true } });
  const opener = await db.post.findFirstOrThrow({ where: { threadId: thread.id, parentId: null }, select: { id: true } });
  const spam = await db.post.create({
    data: { threadId: thread.id, authorId: spammer.id, parentId: opener.id, body: SPAM, html: renderMarkdown(SPAM), renderVersion: RENDER_VERSION, createdAt: postedAt, deletedAt, deletedById: user(moderator) },
    select: { id: true },
  });
  await db.postReport.create({
    data: { postId: spam.id, reporterId: user(reporter), reason: "spam", createdAt: new Date(postedAt.getTime() + 40 * 60_000), resolvedAt: deletedAt, resolvedById: user(moderator), resolution: "post_deleted" },
  });
  const reason = "Advertising is not allowed here: see the pinned ground rules.";
  await recordModeration(db, { groupId, actorId: user(moderator), action: "post_deleted", target: { id: spam.id, label: postLabel(spammer.name, thread.title) }, details: { fromReports: true, reason }, at: deletedAt });
  await recordModeration(db, { groupId, actorId: user(moderator), action: "member_removed", target: { id: spammer.id, label: spammer.name }, details: { reason: "A spam account." }, at: new Date(deletedAt.getTime() + 60_000) });
  return entries + 2;
}
