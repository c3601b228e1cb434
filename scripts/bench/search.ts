/**
 * `npm run bench:search [-- --posts N] [-- --reuse <db>]`: the search page's server time at scale.
 *
 * In a fresh database (or `--reuse` one a previous run kept, with `--keep`): 300 groups (one in
 * five private), 3,000 members, and N posts (500,000 by default), 8 to a thread, written with the
 * vocabulary of the demo's conversations (English and French) drawn with a steep skew, so a few
 * words are in a large share of posts and most in very few, as in real discussions. The search
 * vectors are made by the same triggers as the app's. Against the production build (`next
 * start`), it times `/search?q=…` on localhost, signed out and signed in as a member of ten
 * groups (who also reads their private ones): a rare word, a middling one, a common one, two
 * words together, a word's start, and a deep page of the common word. Prints p50/p95 and how
 * many posts match as the search matches them: a word as a word's start or by its English or
 * French stem, so "changing" finds "change" and "changes" too, often many more posts than hold it.
 */
import type { ChildProcess } from "node:child_process";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db";
import { withDatabase } from "@/lib/db-url";
import { content } from "@/prisma/seed/content";
import { eachPost } from "@/prisma/seed/content/generate";
import { adminDatabaseUrl, createMigratedDatabase, dropDatabase } from "../lib/test-db";
import { BENCH_BASE, BENCH_PORT, benchLog, ms, percentile, signIn, startBenchServer, stopBenchServer, timed, timeRequests } from "./lib";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const POSTS = Number(option("--posts") ?? 500_000);
const reuse = option("--reuse");
const keep = args.includes("--keep");
const GROUPS = 300;
const USERS = 3000;
const RUNS = 20;
const PASSWORD = "bench member password";

/** The demo conversations' words, most frequent first (at least three letters, folded to lower case). */
function vocabulary(): string[] {
  const counts = new Map<string, number>();
  for (const group of content.groups) {
    eachPost(group.threads, (post) => {
      for (const word of post.body.toLowerCase().match(/\p{L}{3,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    });
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

async function generate(url: string) {
  const db = createPrismaClient(url, 4);
  try {
    const words = vocabulary();
    benchLog(`${GROUPS} groups, ${USERS} members, ${POSTS.toLocaleString("en")} posts from a vocabulary of ${words.length.toLocaleString("en")} words…`);
    const passwordHash = await hashPassword(PASSWORD);
    await db.$executeRawUnsafe(`CREATE TABLE bench_vocab (i int PRIMARY KEY, word text NOT NULL)`);
    await db.$executeRawUnsafe(`INSERT INTO bench_vocab SELECT i - 1, w FROM unnest($1::text[]) WITH ORDINALITY AS v(w, i)`, words);
    await db.$executeRawUnsafe(`
      INSERT INTO "User" (id, email, name, "passwordHash")
      SELECT 'u' || i, 'member' || i || '@bench.test', 'Member ' || i, $1 FROM generate_series(0, ${USERS - 1}) i`, passwordHash);
    await db.$executeRawUnsafe(`
      INSERT INTO "Group" (id, slug, name, description, "descriptionHtml", visibility, "createdById", "createdAt", "lastActivityAt")
      SELECT 'g' || g, 'group-' || g, 'Group ' || g, 'd', '<p>d</p>', (CASE WHEN g % 5 = 4 THEN 'private' ELSE 'public' END)::"GroupVisibility", 'u' || (g % ${USERS}),
             now() - interval '400 days', now()
      FROM generate_series(0, ${GROUPS - 1}) g`);
    // Each member in ten groups (member 0, the one signed in, in groups 0 to 9: two of them private).
    await db.$executeRawUnsafe(`
      INSERT INTO "Membership" ("groupId", "userId", role, status, "joinedAt")
      SELECT DISTINCT ON (g, u) 'g' || g, 'u' || u, (CASE WHEN u = g % ${USERS} THEN 'owner' ELSE 'member' END)::"MembershipRole", 'active', now() - interval '300 days'
      FROM (SELECT u, (u + k * 31) % ${GROUPS} AS g FROM generate_series(0, ${USERS - 1}) u, generate_series(0, 9) k
            UNION SELECT 0, k FROM generate_series(0, 9) k UNION SELECT g % ${USERS}, g FROM generate_series(0, ${GROUPS - 1}) g) m`);
    const threads = Math.ceil(POSTS / 8);
    // `count` words drawn with a steep skew; the subquery names `n`, so it is drawn again for each row.
    const text = (count: string) =>
      `(SELECT string_agg(v.word, ' ') FROM (SELECT floor(power(random(), 3) * ${words.length})::int AS i FROM generate_series(1, ${count}) s WHERE s > 0 * n) r JOIN bench_vocab v ON v.i = r.i)`;
    await db.$executeRawUnsafe(`
      INSERT INTO "Thread" (id, "groupId", "authorId", title, slug, "createdAt", "lastActivityAt")
      SELECT n, 'g' || (n % ${GROUPS}), 'u' || (n * 7 % ${USERS}), initcap(${text("4 + n % 5")}), 'thread-' || n,
             now() - (n % 365) * interval '1 day', now() - (n % 365) * interval '1 day' + interval '21 hours'
      FROM generate_series(1, ${threads}) n`);
    const started = performance.now();
    for (let from = 0; from < POSTS; from += 50_000) {
      const to = Math.min(POSTS, from + 50_000) - 1;
      // Post n is the (n % 8)-th of thread n / 8 + 1: the first opens it, the others answer it.
      await db.$executeRawUnsafe(`
        INSERT INTO "Post" (id, "threadId", "authorId", "parentId", body, html, "createdAt")
        SELECT n + 1, n / 8 + 1, 'u' || ((n * 13) % ${USERS}), CASE WHEN n % 8 = 0 THEN NULL ELSE n - n % 8 + 1 END,
               ${text("12 + n % 60")}, '<p>x</p>', now() - ((n / 8 + 1) % 365) * interval '1 day' + (n % 8) * interval '2 hours'
        FROM generate_series(${from}, ${to}) n`);
      benchLog(`  ${(to + 1).toLocaleString("en")} posts (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
    await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Post"', 'id'), ${POSTS})`);
    await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Thread"', 'id'), ${threads})`);
    // Every table's statistics, as autovacuum would have them on a live site: without the groups',
    // the planner takes a public group for a rarity and walks every thread of every group.
    await db.$executeRawUnsafe(`VACUUM ANALYZE`);
  } finally {
    await db.$disconnect();
  }
}

/**
 * Words of the vocabulary in about the share of posts asked (as whole words; the search, which
 * also matches them as the start of longer words and by their stems, finds a few more), and the
 * start of a long frequent word.
 */
async function pickWords(url: string) {
  const db = createPrismaClient(url, 2);
  try {
    const count = async (query: string) => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "Post" WHERE search @@ to_tsquery('simple', $1)`, query))[0]!.n);
    // Every word of `q` as the search matches a plain word (wordQuery, lib/search/data.ts): as a
    // word's start, or by its English or French stem. The time follows this count.
    const matched = async (q: string) => {
      const words = q.split(" ");
      const each = words.map((_, i) => `(to_tsquery('simple', $${i + 1} || ':*') || plainto_tsquery('english', $${i + 1}) || plainto_tsquery('french', $${i + 1}))`).join(" && ");
      return Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "Post" WHERE search @@ (${each})`, ...words))[0]!.n);
    };
    // Unaccented words only: the vectors hold words folded ("passé" as "passe"), which this count does not do.
    const vocab = (await db.$queryRawUnsafe<{ word: string }[]>(`SELECT word FROM bench_vocab ORDER BY i`)).map((row) => row.word).filter((word) => /^[a-z]+$/.test(word));
    // Frequency falls with the rank: walk down the vocabulary until the share is reached.
    const near = async (share: number, from: readonly string[] = vocab) => {
      let best = from[0]!;
      for (const word of from.filter((_, index) => index % 10 === 0)) {
        if ((await count(word)) / POSTS < share) break;
        best = word;
      }
      return best;
    };
    const common = await near(0.1);
    const middling = await near(0.01);
    const rare = await near(0.0005);
    const long = await near(0.01, vocab.filter((word) => word.length >= 8));
    return { common, middling, rare, start: long.slice(0, 4), matched };
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const database = reuse ? { name: reuse, url: withDatabase(adminDatabaseUrl(), reuse) } : await createMigratedDatabase("bench");
  let server: ChildProcess | undefined;
  try {
    if (!reuse) {
      const generated = await timed(() => generate(database.url));
      benchLog(`generated in ${(generated.ms / 1000).toFixed(0)} s (database ${database.name})`);
    }
    const { common, middling, rare, start, matched } = await pickWords(database.url);
    server = await startBenchServer(database.url, BENCH_PORT, benchLog);
    const cookie = await signIn(BENCH_BASE, "member0@bench.test", PASSWORD);
    const searches: { label: string; q: string; page?: number }[] = [
      { label: `a rare word ("${rare}")`, q: rare },
      { label: `a middling word ("${middling}")`, q: middling },
      { label: `a common word ("${common}")`, q: common },
      { label: `two words ("${common} ${middling}")`, q: `${common} ${middling}` },
      { label: `a word's start ("${start}")`, q: start },
      { label: `the common word, page 20`, q: common, page: 20 },
    ];
    console.log(`\nSearch on ${POSTS.toLocaleString("en")} posts in ${GROUPS} groups (HTTP on localhost, ${RUNS} runs each)\n`);
    console.log("| search | posts it finds | signed out p50 | p95 | member p50 | p95 |");
    console.log("|---|---|---|---|---|---|");
    for (const search of searches) {
      const matching = await matched(search.q);
      const path = `/search?q=${encodeURIComponent(search.q)}${search.page ? `&page=${search.page}` : ""}`;
      const { times: out } = await timeRequests(`${BENCH_BASE}${path}`, { runs: RUNS });
      const { times: member } = await timeRequests(`${BENCH_BASE}${path}`, { runs: RUNS, cookie });
      console.log(`| ${search.label} | ${matching.toLocaleString("en")} | ${ms(percentile(out, 50))} | ${ms(percentile(out, 95))} | ${ms(percentile(member, 50))} | ${ms(percentile(member, 95))} |`);
    }
  } finally {
    await stopBenchServer(server);
    if (!reuse && !keep) await dropDatabase(database.name);
    else benchLog(`kept database ${database.name} (--reuse ${database.name}; drop it when done)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
