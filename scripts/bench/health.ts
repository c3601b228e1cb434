/**
 * `npm run bench:health`: the health module at site scale, on the real PostgreSQL.
 *
 * Generates a synthetic site in a fresh database — 10,000 groups, exactly 2,000,000 posts over 180
 * days with reply trees, likes, meetups (RSVPs, check-ins, linked threads) and projects
 * (contributors, updates); one large group has 20,000 posts in the last 30 days — then
 * measures and prints:
 *   - a full recompute of every group (load + compute + save), as the daily job runs it;
 *   - per-group load + compute time, p50/p95, over a sample of groups loaded one by one;
 *   - engine-only time for the 20,000-post group (warm, after one call);
 *   - peak memory of this process.
 * Options: --keep (keep the database), --reuse <db> (skip generation), --groups N, --posts N.
 * Targets (issue 3): full recompute < 120 s, engine-only < 100 ms, peak memory < 1 GiB.
 */
import { createPrismaClient } from "@/lib/db";
import { withDatabase } from "@/lib/db-url";
import { computeGroupHealth } from "@/lib/health";
import { loadGroupActivity } from "@/lib/health/load-activity";
import { recomputeAllGroups } from "@/lib/health/recompute";
import { adminDatabaseUrl, createMigratedDatabase, dropDatabase } from "../lib/test-db";
import { benchLog, memoryProbe, mib, ms, percentile, timed } from "./lib";
import { BIG_GROUP_ID, generateSite } from "./site";

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const GROUPS = Number(option("--groups") ?? 10_000);
const POSTS = Number(option("--posts") ?? 2_000_000);

async function main() {
  const reuse = option("--reuse");
  const database = reuse ? { name: reuse, url: withDatabase(adminDatabaseUrl(), reuse) } : await createMigratedDatabase("bench");
  const db = createPrismaClient(database.url, 10);
  try {
    if (!reuse) {
      benchLog(`generating ${GROUPS.toLocaleString("en")} groups and ${POSTS.toLocaleString("en")} posts in ${database.name}…`);
      const generation = await timed(() => generateSite(db, { groups: GROUPS, posts: POSTS }));
      benchLog(`generated in ${(generation.ms / 1000).toFixed(0)} s`);
    }
    const [posts, groups, reactions, meetups, projects] = await Promise.all([db.post.count(), db.group.count(), db.reaction.count(), db.meetup.count(), db.project.count()]);
    benchLog(`site: ${groups.toLocaleString("en")} groups, ${posts.toLocaleString("en")} posts, ${reactions.toLocaleString("en")} likes, ${meetups} meetups, ${projects} projects`);

    const now = new Date();
    const probe = memoryProbe();
    const full = await timed(() => recomputeAllGroups(now, db));
    const { peakRss, peakHeap } = probe.stop();

    // Per-group load + compute, one group at a time (what the "active groups" job does).
    const sample = (await db.group.findMany({ select: { id: true }, orderBy: { id: "asc" } })).filter((_, i) => i % Math.max(1, Math.floor(groups / 300)) === 0);
    const perGroup: number[] = [];
    for (const { id } of sample) {
      const run = await timed(async () => computeGroupHealth((await loadGroupActivity(id, now, {}, db))!, now));
      perGroup.push(run.ms);
    }

    // Engine only, on the largest group.
    const big = (await loadGroupActivity(BIG_GROUP_ID, now, {}, db))!;
    const inWindow = big.posts.filter((post) => now.getTime() - post.createdAt.getTime() < 30 * 86_400_000).length;
    computeGroupHealth(big, now);
    const engine: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      computeGroupHealth(big, now);
      engine.push(performance.now() - start);
    }

    console.log("");
    console.log(`Full recompute of ${full.result.toLocaleString("en")} groups (load + compute + save): ${(full.ms / 1000).toFixed(1)} s   [target < 120 s]`);
    console.log(`Per-group load + compute (${sample.length} groups, one at a time): p50 ${ms(percentile(perGroup, 50))}, p95 ${ms(percentile(perGroup, 95))}`);
    console.log(`Engine only, largest group (${inWindow.toLocaleString("en")} posts in 30 days, ${big.posts.length.toLocaleString("en")} loaded), 20 warm runs: p50 ${ms(percentile(engine, 50))}, p95 ${ms(percentile(engine, 95))}   [target < 100 ms]`);
    console.log(`Peak memory during the full recompute: RSS ${mib(peakRss)}, heap ${mib(peakHeap)}   [target < 1 GiB]`);
  } finally {
    await db.$disconnect();
    if (!reuse && !args.includes("--keep")) await dropDatabase(database.name);
    else benchLog(`database kept: ${database.name} (reuse with --reuse ${database.name})`);
  }
}

await main();
