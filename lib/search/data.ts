import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { ViewerRef } from "@/lib/groups/data";
import { htmlText } from "@/lib/markdown/excerpt";
import { isPhrase, isPlainWord, snippet, tsQuery, type SnippetPart } from "./query";

export const SEARCH_PAGE_SIZE = 20;

export interface SearchHit {
  postId: number;
  createdAt: Date;
  author: { id: string; name: string };
  thread: { id: number; title: SnippetPart[] };
  /** `language`: the group's, for its name, the thread's title and the excerpt (their `lang`). */
  group: { slug: string; name: string; language: string };
  /** The thread's opening post (a title match shows as the thread). */
  opener: boolean;
  excerpt: SnippetPart[];
}

/** Groups `viewer` may read, in SQL over `g`: as `visibleGroupsWhere` (public ones, their own private ones, all for site admins). */
function visibleSql(viewer: ViewerRef | null): Prisma.Sql {
  if (viewer?.isSiteAdmin) return Prisma.sql`TRUE`;
  if (!viewer) return Prisma.sql`g.visibility = 'public'`;
  return Prisma.sql`(g.visibility = 'public' OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."groupId" = g.id AND m."userId" = ${viewer.id} AND m.status = 'active'))`;
}

/** One word, as the start of a word or, letters and digits only, by its English or French stem. */
function wordQuery(word: string): Prisma.Sql {
  const asWritten = Prisma.sql`${tsQuery([word])}::tsquery`;
  if (!isPlainWord(word)) return asWritten;
  return Prisma.sql`(${asWritten} || plainto_tsquery('english', ${word}) || plainto_tsquery('french', ${word}))`;
}

/**
 * A query's terms as tsqueries, each to be matched (but stop words beside other words): a word
 * as the start of a word as written, or by its English or French stem ("gardens" finds
 * "garden"; the vectors hold both, see the stems migration; a stop word of a language, "the",
 * "les", has no stem there); a quoted phrase as its words in that order, as written. Terms are split into words as the database splits a post (its
 * 'simple' configuration, as the vectors were made: "1.2", "node.js", an email or a web address
 * are one word there, "vélo-cargo" three; a letter an apostrophe cuts off is none). Also the
 * words to mark in excerpts: those looked for, and their stems (which start the forms they find).
 * A word both looked for and left out is looked for.
 */
async function parseTerms(terms: readonly string[], excluded: readonly string[]): Promise<{ sought: Prisma.Sql[]; avoided: Prisma.Sql[]; marked: string[] }> {
  if (terms.length === 0) return { sought: [], avoided: [], marked: [] };
  const all = [...terms, ...excluded];
  const parsed = await db.$queryRaw<{ term: string; excluded: boolean; word: string; stems: string[]; stop: boolean }[]>`
    SELECT t.term, t.excluded, d.word, ARRAY(SELECT unnest(ts_lexize('english_stem', d.word) || ts_lexize('french_stem', d.word))) AS stems,
      (cardinality(ts_lexize('english_stem', d.word)) = 0 OR cardinality(ts_lexize('french_stem', d.word)) = 0) AS stop
    FROM unnest(${all}::text[], ${all.map((_, i) => i >= terms.length)}::boolean[]) AS t(term, excluded)
    CROSS JOIN LATERAL (SELECT DISTINCT unnest(lexemes) AS word FROM ts_debug('simple', t.term) WHERE lexemes IS NOT NULL) d`;
  // The letter an apostrophe cuts off ("l'atelier", "garden's", "qu'il") is no word to look for:
  // "l'atelier" finds "atelier" and "d'atelier" as "atelier" does, as people mean it. A phrase
  // is matched as written.
  const long = (word: string) => [...word].length > 1;
  const cut = parsed.filter((row) => isPhrase(row.term) || !(/['’]/.test(row.term) && !long(row.word) && parsed.some((other) => other.term === row.term && long(other.word))));
  // A stop word of either language ("of", "the", "le", "mon") looked for beside other words is
  // left out, as Discourse and search engines do: required as a word start, "mon vélo" found a
  // third of what "vélo" finds. Alone, quoted or after a minus, it is meant: it stays.
  // A single letter typed with more ("C++", "C#") is meant too.
  const meant = (row: (typeof cut)[number]) => row.excluded || isPhrase(row.term) || !row.stop || (!long(row.word) && row.term !== row.word);
  const rows = cut.some((row) => !row.excluded && meant(row)) ? cut.filter(meant) : cut;
  const words = (leftOut: boolean) => [...new Set(rows.filter((row) => row.excluded === leftOut && !isPhrase(row.term)).map((row) => row.word))];
  // Phrases with a word in them (the database's parser may find none: "<b>").
  const phrases = (leftOut: boolean) => [...new Set(rows.filter((row) => row.excluded === leftOut && isPhrase(row.term)).map((row) => row.term))].map((phrase) => Prisma.sql`phraseto_tsquery('simple', ${phrase})`);
  const sought = words(false);
  const marked = [...new Set(rows.filter((row) => !row.excluded).flatMap((row) => [row.word, ...(isPlainWord(row.word) ? row.stems.filter((stem) => stem.length > 0) : [])]))];
  return {
    sought: [...sought.map(wordQuery), ...phrases(false)],
    avoided: [...words(true).filter((word) => !sought.includes(word)).map(wordQuery), ...phrases(true)],
    marked,
  };
}

/**
 * Where to search: every group the viewer may read, or one of them (`groupId`, "search in this
 * group"); and the words whose posts are left out (`excluded`, from "-compost").
 */
export interface SearchScope {
  groupId?: string;
  excluded?: readonly string[];
}

/**
 * Leaves out the posts holding any excluded word (matched as the words looked for are), and the
 * opening posts of threads whose title holds one, the title counting as the opening post's.
 */
function exclusionSql(excluded: readonly Prisma.Sql[]): { join: Prisma.Sql; where: Prisma.Sql } {
  if (excluded.length === 0) return { join: Prisma.empty, where: Prisma.empty };
  const any = Prisma.join(excluded, " || ");
  return {
    join: Prisma.sql`JOIN "Post" x ON x.id = b.id`,
    where: Prisma.sql` AND NOT (x.search @@ (${any})) AND NOT (x."parentId" IS NULL AND t.search @@ (${any}))`,
  };
}

/**
 * One page of the posts `viewer` may read that contain every word of the query's terms
 * (`queryTerms`; each word as a word start, or another form of it), most relevant first, and how many match in all. A thread's title counts as its opening post's:
 * title matches rank first (a score of 1 plus the body's rank, against a body's rank alone, below 1). Deleted posts and threads are never found. Both halves of the
 * match use a GIN index (`Post.search`, `Thread.search`), kept by triggers (the search migration).
 * A scope narrows the groups searched and never widens them: a group the viewer may not read
 * stays out even when named (decision 044).
 */
export async function searchPosts(viewer: ViewerRef | null, terms: readonly string[], page: number, scope: SearchScope = {}): Promise<{ hits: SearchHit[]; total: number }> {
  const { sought, avoided, marked } = await parseTerms(terms, scope.excluded ?? []);
  if (sought.length === 0) return { hits: [], total: 0 };
  const exclusion = exclusionSql(avoided);
  // Each match is ranked as it is read, once (its vector is not read again after the joins), and
  // carried on as a narrow row: at hundreds of thousands of posts, a common word matches tens of
  // thousands of them, all ranked and counted (bench:search).
  const rows = await db.$queryRaw<{ id: number; total: bigint }[]>`
    WITH q AS (SELECT ${Prisma.join(sought, " && ")} AS query),
    hits AS (
      SELECT p.id, p."threadId", p."createdAt", ts_rank(p.search, q.query) AS score
      FROM "Post" p, q WHERE p.search @@ q.query AND p."deletedAt" IS NULL
      UNION ALL
      SELECT p.id, p."threadId", p."createdAt", 1 + ts_rank(p.search, q.query)
      FROM "Thread" t JOIN "Post" p ON p."threadId" = t.id AND p."parentId" IS NULL, q
      WHERE t.search @@ q.query AND p."deletedAt" IS NULL
    ),
    best AS (SELECT id, "threadId", "createdAt", max(score) AS score FROM hits GROUP BY id, "threadId", "createdAt")
    SELECT b.id, count(*) OVER () AS total
    FROM best b
    JOIN "Thread" t ON t.id = b."threadId"
    JOIN "Group" g ON g.id = t."groupId"
    ${exclusion.join}
    WHERE t."deletedAt" IS NULL AND ${visibleSql(viewer)}${scope.groupId === undefined ? Prisma.empty : Prisma.sql` AND g.id = ${scope.groupId}`}${exclusion.where}
    ORDER BY b.score DESC, b."createdAt" DESC, b.id DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`;
  if (rows.length === 0) return { hits: [], total: 0 };
  const posts = await db.post.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: {
      id: true,
      html: true,
      createdAt: true,
      parentId: true,
      author: { select: { id: true, name: true } },
      thread: { select: { id: true, title: true, group: { select: { slug: true, name: true, language: true } } } },
    },
  });
  const byId = new Map(posts.map((post) => [post.id, post]));
  const hits = rows.flatMap((row) => {
    const post = byId.get(row.id);
    if (!post) return [];
    return [
      {
        postId: post.id,
        createdAt: post.createdAt,
        author: post.author,
        thread: { id: post.thread.id, title: snippet(post.thread.title, marked, 300) },
        group: post.thread.group,
        opener: post.parentId === null,
        // From the stored HTML: the text the reader sees, without the markdown's marks or what the sanitiser dropped.
        excerpt: snippet(htmlText(post.html), marked),
      },
    ];
  });
  return { hits, total: Number(rows[0]!.total) };
}
