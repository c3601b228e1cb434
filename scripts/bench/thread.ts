/**
 * `npm run bench:thread [-- --posts N]`: server-side render time of a long thread's pages.
 *
 * In a fresh database: a group of 60 members and one thread of N posts (3,000 by default) shaped
 * like a long conversation (a third of the posts answer the opener, the others answer an earlier
 * post at random; a few words of Markdown each; likes on one post in four). Against the
 * production build (`next start`), it times HTTP requests on localhost: the thread's first and
 * last pages signed out and signed in (a member gets a reply form and buttons on every post), a
 * sub-thread page, and a permalink's resolution to the page of its post. Prints p50/p95 and the
 * page's size. The thread page shows BRANCHES_PER_PAGE answers (with their replies) per page.
 */
import type { ChildProcess } from "node:child_process";
import { createPrismaClient } from "@/lib/db";
import { postPermalink, threadPath } from "@/lib/discussions/paths";
import { BRANCHES_PER_PAGE, pageOfBranch } from "@/lib/discussions/tree";
import { renderMarkdown } from "@/lib/markdown/render";
import { createMigratedDatabase, dropDatabase } from "../lib/test-db";
import { BENCH_BASE, BENCH_PASSWORD, BENCH_PORT, benchGroup, benchLog, ms, percentile, signIn, startBenchServer, stopBenchServer, timeRequests } from "./lib";

const args = process.argv.slice(2);
const POSTS = args.includes("--posts") ? Number(args[args.indexOf("--posts") + 1]) : 3000;
const RUNS = 20;

async function main() {
  const database = await createMigratedDatabase("bench");
  const db = createPrismaClient(database.url, 10);
  let server: ChildProcess | undefined;
  try {
    benchLog(`a thread of ${POSTS.toLocaleString("en")} posts in ${database.name}…`);
    const { users, group } = await benchGroup(db, { slug: "long-talk", name: "Long talk", description: "A group with one very long thread." });
    const thread = await db.thread.create({ data: { groupId: group.id, authorId: users[0]!.id, title: "What are you growing this year", slug: "what-are-you-growing-this-year" } });
    const body = "We tried **three varieties** of tomatoes on the balcony: the cherry ones did best, and the _beefsteak_ needed more sun than we have. Next year: [a trellis](https://example.org/trellis).";
    const html = renderMarkdown(body);
    const start = Date.now() - POSTS * 60_000;
    const opener = await db.post.create({ data: { threadId: thread.id, authorId: users[0]!.id, body, html, createdAt: new Date(start) }, select: { id: true } });
    // Parents are earlier posts, so the tree builds in order; one insert per batch of 500.
    const ids = [opener.id];
    let random = 42;
    const next = () => ((random = (random * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let done = 1; done < POSTS; ) {
      // Batches grow with the thread, so even a short one has replies to replies.
      const batch = Math.min(500, POSTS - done, ids.length);
      const rows = Array.from({ length: batch }, (_, i) => {
        const n = done + i;
        const parentId = n % 3 === 0 ? opener.id : ids[Math.floor(next() * ids.length)]!;
        return { threadId: thread.id, authorId: users[n % users.length]!.id, parentId, body, html, createdAt: new Date(start + n * 60_000) };
      });
      // Parents of this batch must exist: take them from earlier batches only.
      const created = await db.post.createManyAndReturn({ data: rows, select: { id: true } });
      ids.push(...created.map((row) => row.id));
      done += batch;
    }
    await db.$executeRaw`
      INSERT INTO "Reaction" ("postId", "userId", kind)
      SELECT p.id, u.id, 'like' FROM "Post" p CROSS JOIN LATERAL (SELECT id FROM "User" ORDER BY md5(p.id::text || id) LIMIT 3) u
      WHERE p."threadId" = ${thread.id} AND p.id % 4 = 0 AND p."authorId" <> u.id`;
    const branches = await db.post.count({ where: { parentId: opener.id } });
    const lastPage = pageOfBranch(branches - 1);
    const deep = await db.post.findFirstOrThrow({ where: { threadId: thread.id, parentId: { not: opener.id }, replies: { some: {} } }, orderBy: { id: "asc" }, select: { id: true } });
    const late = ids.at(-1)!;

    server = await startBenchServer(database.url, BENCH_PORT, benchLog);
    const member = await signIn(BENCH_BASE, "member7@bench.test", BENCH_PASSWORD);
    const url = threadPath(group.slug, thread);
    console.log(`\n${POSTS.toLocaleString("en")} posts, ${branches.toLocaleString("en")} answers to the opener: ${lastPage} pages of ${BRANCHES_PER_PAGE} answers\n`);
    const pages: [string, string, string, number?][] = [
      ["Thread, page 1, signed out", url, ""],
      ["Thread, page 1, member", url, member],
      [`Thread, last page (${lastPage}), member`, `${url}?page=${lastPage}`, member],
      ["Sub-thread page, member", `${url}/p/${deep.id}`, member],
      ["Permalink of the newest post (redirect to its page)", postPermalink(group.slug, late), member, 307],
    ];
    for (const [label, path, cookie, expected] of pages) {
      const { times, bytes } = await timeRequests(`${BENCH_BASE}${path}`, { runs: RUNS, cookie, expected });
      console.log(`${label}: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}${expected ? "" : `, ${(bytes / 1024).toFixed(0)} KiB of HTML`}`);
    }
  } finally {
    await stopBenchServer(server);
    await db.$disconnect();
    if (!args.includes("--keep")) await dropDatabase(database.name);
  }
}

await main();
