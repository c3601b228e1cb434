/**
 * The synthetic site the benchmarks run on, generated inside PostgreSQL (generate_series), so
 * two million posts take minutes, not hours. Deterministic (setseed, seeded PRNG).
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { analyzePost } from "@/lib/health";
import { featuresToColumns } from "@/lib/health/feature-columns";
import { createRng, generateBody } from "@/lib/health/synthetic";

export interface SiteOptions {
  groups: number;
  posts: number;
}

const USERS = 40_000;
const BIG_GROUP_RECENT_THREADS = 2_500; // × 8 posts = 20,000 posts in the last 30 days
const BIG_GROUP_THREADS = BIG_GROUP_RECENT_THREADS + 500;
const POSTS_PER_THREAD = 8;
const FEATURE_POOL = 4_000;

/**
 * Threads for exactly `posts` posts of 8 a thread (the last one holds the remainder), and a
 * clear error when `posts` cannot give the big group its threads and every other group one.
 */
export function threadPlan(groups: number, posts: number): { threads: number; lastThreadPosts: number } {
  const threads = Math.ceil(posts / POSTS_PER_THREAD);
  const minimum = POSTS_PER_THREAD * (BIG_GROUP_THREADS + groups - 1);
  if (!Number.isInteger(groups) || !Number.isInteger(posts) || groups < 2 || posts < minimum) {
    throw new Error(`The benchmark site needs at least 2 groups and ${minimum.toLocaleString("en")} posts for ${groups} groups (got ${posts}).`);
  }
  return { threads, lastThreadPosts: posts - POSTS_PER_THREAD * (threads - 1) };
}

/**
 * `counts` changed by ±1 at evenly spread positions until they add up to `total`, none going
 * under `min`: deterministic, and it keeps the shape of the distribution.
 */
export function fitToTotal(counts: readonly number[], total: number, min = 1): number[] {
  if (total < min * counts.length) throw new Error(`Cannot fit ${counts.length} counts of at least ${min} into ${total}.`);
  const out = counts.map((count) => Math.max(min, count));
  let diff = total - out.reduce((sum, count) => sum + count, 0);
  while (diff !== 0) {
    const step = Math.sign(diff);
    const eligible = step > 0 ? out.map((_, i) => i) : out.flatMap((count, i) => (count > min ? [i] : []));
    const changes = Math.min(Math.abs(diff), eligible.length);
    for (let j = 0; j < changes; j++) {
      const i = eligible[Math.floor((j * eligible.length) / changes)]!;
      out[i] = out[i]! + step;
    }
    diff -= step * changes;
  }
  return out;
}

/** The largest group's id: 20,000 posts in the last 30 days. */
export const BIG_GROUP_ID = "g0";

export async function generateSite(db: PrismaClient, { groups: GROUPS, posts: POSTS }: SiteOptions) {
  const { threads: totalThreads, lastThreadPosts } = threadPlan(GROUPS, POSTS);
  const rng = createRng(42);
  // Post features come from analyzePost on a pool of realistic generated bodies; posts reuse
  // them (the engine never reads bodies, and the pool is large enough that an author rarely
  // repeats one within a week).
  const pool = Array.from({ length: FEATURE_POOL }, () => featuresToColumns(analyzePost(generateBody(rng))));
  await db.$executeRawUnsafe(`CREATE TABLE bench_features (i int PRIMARY KEY, word_count int, substantive bool, has_artifact bool, mattr float8, text_hash text, minhash bytea)`);
  for (let i = 0; i < pool.length; i += 500) {
    const rows = pool.slice(i, i + 500).map((f, j) => Prisma.sql`(${i + j}, ${f.wordCount}, ${f.substantive}, ${f.hasArtifact}, ${f.mattr}::float8, ${f.textHash}, ${f.minhash}::bytea)`);
    await db.$executeRaw`INSERT INTO bench_features VALUES ${Prisma.join(rows)}`;
  }
  await db.$executeRawUnsafe(`SELECT setseed(0.42)`);
  await db.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, name, "passwordHash", "calendarToken", "createdAt")
    SELECT 'u' || i, 'u' || i || '@bench.test', 'Bench user ' || i, 'x', 'tok' || i, now() - interval '400 days'
    FROM generate_series(0, ${USERS - 1}) i`);
  // Group sizes and thread counts are skewed, like real communities: many small, a few large.
  const avgThreads = (POSTS - BIG_GROUP_THREADS * POSTS_PER_THREAD) / POSTS_PER_THREAD / (GROUPS - 1);
  await db.$executeRawUnsafe(`
    CREATE TABLE bench_groups AS
    SELECT g, CASE WHEN g = 0 THEN 400 ELSE 8 + floor(150 * pow(random(), 2))::int END AS size,
           CASE WHEN g = 0 THEN ${BIG_GROUP_THREADS} ELSE 1 + floor(${3 * (avgThreads - 1)} * pow(random(), 2) + 0.5)::int END AS threads
    FROM generate_series(0, ${GROUPS - 1}) g`);
  // The random draw only approximates the total (it made 1,991,440 posts for 2,000,000): fit
  // the other groups' thread counts to exactly ceil(posts / 8) threads, and let the very last
  // thread (of the last group, never the big one) hold the remainder, so the site has exactly
  // `posts` posts.
  const drawn = await db.$queryRawUnsafe<{ g: number; threads: number }[]>(`SELECT g, threads FROM bench_groups WHERE g > 0 ORDER BY g`);
  const fitted = fitToTotal(drawn.map((row) => row.threads), totalThreads - BIG_GROUP_THREADS);
  await db.$executeRaw`
    UPDATE bench_groups b SET threads = v.threads
    FROM unnest(${drawn.map((row) => row.g)}::int[], ${fitted}::int[]) AS v(g, threads) WHERE b.g = v.g`;
  // A post (or like) exists unless it is beyond the last thread's share.
  const postExists = (tid: string, k: string) => `(${tid} < ${totalThreads} OR ${k} < ${lastThreadPosts})`;
  await db.$executeRawUnsafe(`
    INSERT INTO "Group" (id, slug, name, description, "descriptionHtml", tags, "searchText", visibility, "createdById", "createdAt", "lastActivityAt")
    SELECT 'g' || g, 'bench-' || g, 'Bench group ' || g, 'A benchmark group.', '<p>A benchmark group.</p>', ARRAY['bench'], 'bench group ' || g || ' bench bench', 'public',
           'u' || ((g * 7919) % ${USERS}), now() - interval '400 days', now()
    FROM bench_groups`);
  // Member k of group g is user (g·7919 + k·104729) mod USERS: distinct for k < USERS (104729 is prime).
  const member = (g: string, k: string) => `'u' || ((${g}::bigint * 7919 + (${k})::bigint * 104729) % ${USERS})`;
  await db.$executeRawUnsafe(`
    INSERT INTO "Membership" ("groupId", "userId", role, status, "joinedAt")
    SELECT 'g' || g, ${member("g", "k")}, (CASE WHEN k = 0 THEN 'owner' WHEN k = 1 THEN 'organizer' ELSE 'member' END)::"MembershipRole", 'active', now() - interval '300 days'
    FROM bench_groups, generate_series(0, size - 1) k`);
  await db.$executeRawUnsafe(`
    CREATE TABLE bench_threads AS
    SELECT row_number() OVER (ORDER BY g, n) AS tid, g, size, created FROM (
      SELECT b.g, b.size, n,
             now() - CASE WHEN b.g = 0 AND n <= ${BIG_GROUP_RECENT_THREADS} THEN (1 + random() * 28) ELSE (1 + random() * 179) END * interval '1 day' AS created
      FROM bench_groups b, generate_series(1, b.threads) n) t`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Thread" (id, "groupId", "authorId", title, slug, "createdAt", "lastActivityAt")
    SELECT tid, 'g' || g, ${member("g", `(tid * 31) % size`)}, 'Thread ' || tid, 'thread-' || tid, created, created + interval '21 hours'
    FROM bench_threads`);
  // Eight posts per thread, every 3 hours: odd replies answer the opener, even ones the previous reply.
  await db.$executeRawUnsafe(`
    INSERT INTO "Post" (id, "threadId", "authorId", "parentId", body, html, "createdAt",
                        "featuresVersion", "wordCount", substantive, "hasArtifact", mattr, "textHash", minhash)
    SELECT t.tid * 8 + k, t.tid, ${member("t.g", `(t.tid * 31 + k * 17) % t.size`)},
           CASE WHEN k = 0 THEN NULL WHEN k % 2 = 1 THEN t.tid * 8 ELSE t.tid * 8 + k - 1 END,
           'x', '<p>x</p>', t.created + k * interval '3 hours',
           1, f.word_count, f.substantive, f.has_artifact, f.mattr, f.text_hash, f.minhash
    FROM bench_threads t CROSS JOIN generate_series(0, 7) k
    JOIN bench_features f ON f.i = ((t.tid * 8 + k) * 2654435761 % ${FEATURE_POOL})
    WHERE ${postExists("t.tid", "k")}`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Reaction" ("postId", "userId", kind, "createdAt")
    SELECT t.tid * 8 + k, ${member("t.g", `(t.tid * 31 + k * 17 + 1) % t.size`)}, 'like', t.created + k * interval '3 hours' + interval '1 hour'
    FROM bench_threads t CROSS JOIN generate_series(0, 7) k WHERE (t.tid + k) % 3 = 0 AND ${postExists("t.tid", "k")}`);
  // Meetups in one group of ten: two past (RSVPs, check-ins, a linked thread), one upcoming.
  await db.$executeRawUnsafe(`
    INSERT INTO "Meetup" ("groupId", "organizerId", title, description, "descriptionHtml", "venueName", "startsAt", "endsAt", "timeZone", "createdAt", "updatedAt")
    SELECT 'g' || g, ${member("g", "1")}, 'Meetup ' || n, 'd', '<p>d</p>', 'Café', now() + (n * 40 - 70) * interval '1 day',
           now() + (n * 40 - 70) * interval '1 day' + interval '2 hours', 'Europe/Paris', now() - interval '120 days', now()
    FROM bench_groups, generate_series(0, 2) n WHERE g % 10 = 0`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Rsvp" ("meetupId", "userId", status, "createdAt", "updatedAt")
    SELECT m.id, ${member("b.g", "k")}, 'going', m."createdAt", m."createdAt"
    FROM "Meetup" m JOIN bench_groups b ON 'g' || b.g = m."groupId" CROSS JOIN generate_series(1, 6) k WHERE k < b.size`);
  await db.$executeRawUnsafe(`
    INSERT INTO "CheckIn" ("meetupId", "userId", "checkedInById", "createdAt")
    SELECT m.id, ${member("b.g", "k")}, m."organizerId", m."startsAt"
    FROM "Meetup" m JOIN bench_groups b ON 'g' || b.g = m."groupId" CROSS JOIN generate_series(1, 4) k
    WHERE k < b.size AND m."startsAt" < now()`);
  await db.$executeRawUnsafe(`
    INSERT INTO "MeetupThread" ("meetupId", "threadId")
    SELECT m.id, (SELECT t.id FROM "Thread" t WHERE t."groupId" = m."groupId" ORDER BY t.id LIMIT 1) FROM "Meetup" m`);
  // Projects in one group of five: born from a thread, three contributors, three updates.
  await db.$executeRawUnsafe(`
    INSERT INTO "Project" ("groupId", name, goal, "goalHtml", status, "sourceThreadId", "createdById", "createdAt", "updatedAt")
    SELECT 'g' || g, 'Project ' || g, 'g', '<p>g</p>', 'active',
           (SELECT t.id FROM "Thread" t WHERE t."groupId" = 'g' || g ORDER BY t.id LIMIT 1), ${member("g", "0")}, now() - interval '150 days', now()
    FROM bench_groups WHERE g % 5 = 0`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ProjectMember" ("projectId", "userId", role, "joinedAt")
    SELECT p.id, ${member("b.g", "k")}, (CASE WHEN k = 0 THEN 'lead' ELSE 'contributor' END)::"ProjectRole", p."createdAt"
    FROM "Project" p JOIN bench_groups b ON 'g' || b.g = p."groupId" CROSS JOIN generate_series(0, 2) k WHERE k < b.size`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ProjectUpdate" ("projectId", "authorId", body, html, "createdAt")
    SELECT p.id, p."createdById", 'Progress', '<p>Progress</p>', now() - n * interval '25 days' FROM "Project" p CROSS JOIN generate_series(0, 2) n`);
  await db.$executeRawUnsafe(`UPDATE "Group" g SET "lastActivityAt" = x.last FROM (SELECT "groupId", max("lastActivityAt") AS last FROM "Thread" GROUP BY 1) x WHERE x."groupId" = g.id`);
  await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Thread"', 'id'), (SELECT max(id) FROM "Thread"))`);
  await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Post"', 'id'), (SELECT max(id) FROM "Post"))`);
  await db.$executeRawUnsafe(`DROP TABLE bench_features, bench_groups, bench_threads`);
  const [{ posts } = { posts: 0 }] = await db.$queryRawUnsafe<{ posts: number }[]>(`SELECT count(*)::int AS posts FROM "Post"`);
  if (posts !== POSTS) throw new Error(`The generator made ${posts} posts instead of ${POSTS}.`);
  await db.$executeRawUnsafe(`ANALYZE`);
}

