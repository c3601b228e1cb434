/**
 * `npm run bench:group [-- --threads N] [-- --posts N]`: the Discussions tab's server time in a
 * busy group, in each of its views (decision 034).
 *
 * In a fresh database: one group of 60 members with N threads (5,000 by default) and about M
 * replies (200,000 by default), spread with a steep skew (a few threads hold most replies, one in
 * three has none), over the last year. Against the production build (`next start`), it times
 * `/g/<group>` on localhost, signed out and signed in as a member (who also gets what is new
 * since their last visit): Latest, Unanswered and Most replies, their first pages and a deep one.
 * Prints p50/p95.
 */
import type { ChildProcess } from "node:child_process";
import { createPrismaClient } from "@/lib/db";
import { THREADS_PAGE_SIZE } from "@/lib/groups/data";
import { renderMarkdown } from "@/lib/markdown/render";
import { createMigratedDatabase, dropDatabase } from "../lib/test-db";
import { BENCH_BASE, BENCH_PASSWORD, BENCH_PORT, benchGroup, benchLog, ms, percentile, signIn, startBenchServer, stopBenchServer, timeRequests } from "./lib";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
const THREADS = option("--threads") ?? 5000;
const REPLIES = option("--posts") ?? 200_000;
const RUNS = 20;

async function main() {
  const database = await createMigratedDatabase("bench");
  const db = createPrismaClient(database.url, 10);
  let server: ChildProcess | undefined;
  try {
    benchLog(`${THREADS.toLocaleString("en")} threads and about ${REPLIES.toLocaleString("en")} replies in ${database.name}…`);
    const { users, group } = await benchGroup(db, { slug: "busy", name: "Busy group", description: "A group with many threads." });
    const body = "We tried **three varieties** of tomatoes on the balcony: the cherry ones did best. Next year: [a trellis](https://example.org/trellis).";
    const html = renderMarkdown(body);
    const authors = users.map((user) => user.id);
    const YEAR_MINUTES = 365 * 24 * 60;
    // Threads over the last year, each with its opening post; then replies to the openers, a
    // steep share to a few threads (power 4 of a uniform draw), none at all to one in three.
    await db.$executeRaw`
      INSERT INTO "Thread" ("groupId", "authorId", title, slug, "createdAt", "lastActivityAt")
      SELECT ${group.id}, (${authors}::text[])[1 + i % 60], 'Thread number ' || i, 'thread-number-' || i,
             now() - make_interval(mins => ${YEAR_MINUTES} - i * ${Math.floor(YEAR_MINUTES / THREADS)}), now() - make_interval(mins => ${YEAR_MINUTES} - i * ${Math.floor(YEAR_MINUTES / THREADS)})
      FROM generate_series(0, ${THREADS - 1}) i`;
    await db.$executeRaw`
      INSERT INTO "Post" ("threadId", "authorId", body, html, "createdAt")
      SELECT t.id, t."authorId", ${body}, ${html}, t."createdAt" FROM "Thread" t WHERE t."groupId" = ${group.id}`;
    await db.$executeRaw`
      INSERT INTO "Post" ("threadId", "authorId", "parentId", body, html, "createdAt")
      SELECT o."threadId", (${authors}::text[])[1 + r % 60], o.id, ${body}, ${html}, o."createdAt" + make_interval(mins => r % 600)
      FROM (SELECT r, floor(power(random(), 4) * ${Math.ceil((THREADS * 2) / 3)})::int AS k FROM generate_series(1, ${REPLIES}) r) pick
      JOIN (SELECT p.id, p."threadId", p."createdAt", row_number() OVER (ORDER BY p."threadId") - 1 AS k FROM "Post" p WHERE p."parentId" IS NULL) o ON o.k = pick.k`;
    await db.$executeRaw`
      UPDATE "Thread" t SET "lastActivityAt" = last.at FROM (SELECT "threadId", max("createdAt") AS at FROM "Post" GROUP BY "threadId") last WHERE last."threadId" = t.id`;
    await db.$executeRaw`ANALYZE`;
    const replies = await db.post.count({ where: { parentId: { not: null } } });
    const unanswered = await db.thread.count({ where: { groupId: group.id, posts: { none: { parentId: { not: null } } } } });

    server = await startBenchServer(database.url, BENCH_PORT, benchLog);
    const member = await signIn(BENCH_BASE, "member7@bench.test", BENCH_PASSWORD);
    const deep = Math.floor(THREADS / THREADS_PAGE_SIZE / 2);
    console.log(`\n${THREADS.toLocaleString("en")} threads, ${replies.toLocaleString("en")} replies, ${unanswered.toLocaleString("en")} threads unanswered\n`);
    const pages: [string, string, string][] = [
      ["Latest, page 1, signed out", "/g/busy", ""],
      ["Latest, page 1, member", "/g/busy", member],
      [`Latest, page ${deep}, member`, `/g/busy?page=${deep}`, member],
      ["Unanswered, page 1, member", "/g/busy?view=unanswered", member],
      ["Most replies, page 1, signed out", "/g/busy?view=top", ""],
      ["Most replies, page 1, member", "/g/busy?view=top", member],
      [`Most replies, page ${deep}, member`, `/g/busy?view=top&page=${deep}`, member],
    ];
    for (const [label, path, cookie] of pages) {
      const { times } = await timeRequests(`${BENCH_BASE}${path}`, { runs: RUNS, cookie });
      console.log(`${label}: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);
    }
  } finally {
    await stopBenchServer(server);
    await db.$disconnect();
    if (!args.includes("--keep")) await dropDatabase(database.name);
  }
}

await main();
