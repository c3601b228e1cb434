/**
 * `npm run bench:dashboard`: server-side render time of the health pages at site scale.
 *
 * On the synthetic site of bench:health (10,000 groups, ~2M posts; generated unless
 * `--reuse <db>`), with every group scored (and given a 30-day change) and 90 days of snapshots
 * for the measured groups, it starts the production build (`next start`), signs in as a site
 * admin (who sees all 10,000 groups), and times HTTP requests on localhost: the overview sorted
 * several ways and deep in its pages, and group dashboards (a typical group and the
 * 20,000-post group): with the review the recompute job just stored, with a quiet group's review
 * stored 50 minutes earlier, with a stale review (activity since a review over 10 minutes old),
 * which the page shows as it is while asking the recompute job for a newer one, and with no stored
 * review at all (a first view), which the page computes and stores; each of the last two states is
 * set up again before each request.
 * Prints p50/p95 per page. Target (issue 4): under 200 ms p50 for each.
 */
import type { ChildProcess } from "node:child_process";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db";
import { withDatabase } from "@/lib/db-url";
import { QUIET_REVIEW_FRESH_MS, STORED_REVIEW_FRESH_MS } from "@/lib/health/snapshots";
import { backfillSnapshots, recomputeAllGroups, recomputeGroups } from "@/lib/health/recompute";
import { adminDatabaseUrl, createMigratedDatabase, dropDatabase } from "../lib/test-db";
import { BENCH_BASE, BENCH_PORT, benchLog, ms, percentile, signIn, startBenchServer, stopBenchServer, timeRequests } from "./lib";
import { BIG_GROUP_ID, generateSite } from "./site";

const args = process.argv.slice(2);
const reuse = args.includes("--reuse") ? args[args.indexOf("--reuse") + 1] : undefined;
const RUNS = 30;

async function measure(path: string, cookie: string, before?: () => Promise<unknown>): Promise<number[]> {
  return (await timeRequests(`${BENCH_BASE}${path}`, { runs: RUNS, cookie, before })).times;
}

async function main() {
  const database = reuse ? { name: reuse, url: withDatabase(adminDatabaseUrl(), reuse) } : await createMigratedDatabase("bench");
  const db = createPrismaClient(database.url, 10);
  let server: ChildProcess | undefined;
  try {
    if (!reuse) {
      benchLog(`generating the site in ${database.name}…`);
      await generateSite(db, { groups: 10_000, posts: 2_000_000 });
    }
    const now = new Date();
    if ((await db.groupHealth.count()) < (await db.group.count())) {
      benchLog("scoring every group…");
      await recomputeAllGroups(now, db);
      // A 30-day change for every group, as on a site whose jobs ran all month: a snapshot of 30
      // days ago a few points off today's score, so the declines view lists about half the groups.
      await db.$executeRaw`
        INSERT INTO "HealthSnapshot" ("groupId", day, "computedAt", overall, band, provisional, activity, richness, meetups, projects, report)
        SELECT h."groupId", (h."computedAt" - interval '30 days')::date, h."computedAt" - interval '30 days', LEAST(100, GREATEST(0, h.overall + random() * 20 - 10)),
          h.band, h.provisional, h.activity, h.richness, h.meetups, h.projects, h.report
        FROM "GroupHealth" h JOIN "Group" g ON g.id = h."groupId" WHERE g."createdAt" < h."computedAt" - interval '30 days'
        ON CONFLICT DO NOTHING`;
      await db.$executeRaw`
        UPDATE "GroupHealth" h SET change30 = h.overall - s.overall FROM "HealthSnapshot" s
        WHERE s."groupId" = h."groupId" AND s.day = (h."computedAt" - interval '30 days')::date`;
    }
    const typical = (await db.groupHealth.findMany({ orderBy: { overall: "desc" }, skip: 5000, take: 1, select: { group: { select: { id: true, slug: true } } } }))[0]!.group;
    const big = (await db.group.findUniqueOrThrow({ where: { id: BIG_GROUP_ID }, select: { id: true, slug: true } }));
    for (const group of [typical, big]) await backfillSnapshots(group.id, now, 90, db);
    // As the recompute job leaves them minutes after activity: the report and its evidence stored.
    await recomputeGroups([typical.id, big.id], new Date(), db);
    await db.user.upsert({
      where: { email: "bench-admin@bench.test" },
      create: { email: "bench-admin@bench.test", name: "Bench admin", passwordHash: await hashPassword("bench admin password"), isSiteAdmin: true },
      update: { isSiteAdmin: true },
    });
    const groups = await db.group.count();

    server = await startBenchServer(database.url, BENCH_PORT, benchLog);
    const cookie = await signIn(BENCH_BASE, "bench-admin@bench.test", "bench admin password");

    const dashboards = [
      { group: typical, label: `Group dashboard, typical group (/g/${typical.slug})`, path: `/g/${typical.slug}/health` },
      { group: big, label: `Group dashboard, 20,000-post group (/g/${big.slug})`, path: `/g/${big.slug}/health` },
    ];
    const pages: [string, string][] = [
      [`Overview, ${groups.toLocaleString("en")} groups, by overall score`, "/health"],
      ["Overview, by name, page 100", "/health?sort=name&dir=asc&page=100"],
      ["Overview, biggest declines", "/health?view=declines"],
      ["Overview, band filter, by 30-day change", "/health?band=healthy&sort=change30"],
      // Groups whose name has "group" and "42" (299 of the 10,000): the search reads every group's search text.
      ["Overview, name search, by last activity", "/health?q=group+42&sort=lastActivity"],
      // As the recompute job leaves them minutes after activity.
      ...dashboards.map(({ label, path }): [string, string] => [label, path]),
    ];
    console.log("");
    for (const [label, path] of pages) {
      const times = await measure(path, cookie);
      console.log(`${label}: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}   [target p50 < 200 ms]`);
    }
    // A quiet group (nothing happened since) whose review the daily job stored 50 minutes ago: still current.
    for (const { group, label, path } of dashboards) {
      await recomputeGroups([group.id], new Date(), db);
      await db.groupHealth.update({ where: { groupId: group.id }, data: { computedAt: new Date(Date.now() - QUIET_REVIEW_FRESH_MS + 10 * 60_000) } });
      const times = await measure(path, cookie);
      console.log(`${label}, quiet group's review 50 minutes old: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);
    }
    // Activity since a review over 10 minutes old: the page shows it and asks the recompute job
    // (this server runs none: TOILE_JOBS=0) for a newer one; each request meets that state afresh.
    for (const { group, label, path } of dashboards) {
      const stale = async () => {
        const marked = new Date(Date.now() - 60_000);
        await db.groupHealth.update({ where: { groupId: group.id }, data: { computedAt: new Date(Date.now() - STORED_REVIEW_FRESH_MS - 60_000), dirtySince: marked, lastMarkedAt: marked } });
      };
      const times = await measure(path, cookie, stale);
      console.log(`${label}, stale review shown, recompute requested: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);
    }
    // No stored review at all (a group's first view): the one case the page computes the review
    // from every post of the window, and stores it.
    for (const { group, label, path } of dashboards) {
      const times = await measure(path, cookie, () => db.groupHealth.deleteMany({ where: { groupId: group.id } }));
      console.log(`${label}, first view, review computed and stored: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);
    }
  } finally {
    await stopBenchServer(server);
    await db.$disconnect();
    if (!reuse && !args.includes("--keep")) await dropDatabase(database.name);
  }
}

await main();
