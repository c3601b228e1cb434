/**
 * Demo data (`npm run db:seed`; `npm start` runs it on an empty database). Every demo
 * account's password is `toile-demo` (see README). Refuses to run on a database that has users.
 */
import { hashPassword } from "@/lib/auth/password";
import { db, disconnectDb } from "@/lib/db";
import { recomputeAllGroupActivity } from "@/lib/groups/activity";
import { backfillPostFeatures } from "@/lib/health/backfill-features";
import { backfillSnapshots, recomputeAllGroups } from "@/lib/health/recompute";
import { content } from "./seed/content";
import { DEMO_PASSWORD, type SeedContext } from "./seed/context";
import { seedDiscussions } from "./seed/discussions";
import { seedMeetups } from "./seed/meetups";
import { seedModeration } from "./seed/moderation";
import { seedProjects } from "./seed/projects";
import { seedVisits } from "./seed/visits";

async function main() {
  if ((await db.user.count()) > 0) {
    console.log("[seed] the database already has users: nothing to do.");
    return;
  }
  const started = Date.now();
  const ctx: SeedContext = {
    db,
    content,
    now: new Date(),
    passwordHash: await hashPassword(DEMO_PASSWORD),
    userIds: new Map(),
    groupIds: new Map(),
    threadIds: new Map(),
    log: (message) => console.log(`[seed] ${message}`),
  };
  await seedDiscussions(ctx);
  await seedProjects(ctx);
  ctx.log(`${await seedModeration(ctx)} moderation log entries`);
  ctx.log(`${await seedVisits(ctx)} thread visits for the demo accounts`);
  // Before the snapshots: the health history must include meetups and projects.
  await seedMeetups(ctx);
  // Written row by row above: the groups' last activity takes in their meetups and projects too.
  await recomputeAllGroupActivity(db);
  ctx.log(`health features computed for ${await backfillPostFeatures()} posts`);
  // 90 days of daily snapshots, so the health trends have a history from the first run.
  let snapshots = 0;
  for (const groupId of ctx.groupIds.values()) snapshots += await backfillSnapshots(groupId, ctx.now);
  await recomputeAllGroups(ctx.now);
  ctx.log(`health: ${snapshots} daily snapshots`);
  // In all: the moderation story adds an account and its spam post to the discussions' counts above.
  const [users, posts] = await Promise.all([db.user.count(), db.post.count()]);
  ctx.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${users} users and ${posts} posts in all`);
}

try {
  await main();
} finally {
  await disconnectDb();
}
