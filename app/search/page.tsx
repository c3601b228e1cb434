import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { SearchForm } from "@/components/ui/search-form";
import { getViewer } from "@/lib/auth/session";
import { searchPosts, SEARCH_PAGE_SIZE } from "@/lib/search/data";
import { MAX_QUERY_WORDS, queryTerms, type SnippetPart } from "@/lib/search/query";
import { searchPageQuerySchema } from "@/lib/search/schema";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { pageExists } from "@/lib/pagination";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * The group a `?group=` names, if the viewer may read it (decision 044). A private group they may
 * not read reads as an unknown address, as on the group's own page: the search then spans every
 * group, and says so without telling the two apart.
 */
async function loadScope(slug: string | undefined) {
  return slug ? ((await loadGroupForRequest(slug))?.group ?? null) : null;
}

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const { q, group: slug, page } = searchPageQuerySchema.parse(await searchParams);
  const group = await loadScope(slug);
  const what = group ? `Search ${group.name}` : "Search";
  return { title: q ? `${what}: ${q}${page > 1 ? ` (page ${page})` : ""}` : what };
}

/** The same search over every group the viewer may read. */
function allGroupsPath(q: string | undefined): string {
  return q ? `/search?${new URLSearchParams({ q })}` : "/search";
}

/** Text with the query's words marked, as a reader scans a result list. */
function Marked({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, i) =>
    part.match ? (
      <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/**
 * Every discussion the viewer may read, searched by words (posts and thread titles); with
 * `?group=`, one group's (decision 044).
 */
export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const query = searchPageQuerySchema.parse(await searchParams);
  const [viewer, group] = await Promise.all([getViewer(), loadScope(query.group)]);
  const { words, excluded, dropped } = queryTerms(query.q ?? "");
  const { hits, total } = await searchPosts(viewer, words, query.page, { groupId: group?.id, excluded });
  if (!pageExists(query.page, total, SEARCH_PAGE_SIZE)) notFound();
  const now = new Date();
  // The group's name in a sentence, in the group's language.
  const groupName = group && <span lang={group.language}>{group.name}</span>;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Search</h1>
      {/* Not a 404 (decision 042 keeps that for a page past the end): the words still find something. */}
      {query.group && !group && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          No group you can read is at “{query.group}”: showing results from every group.
        </p>
      )}
      <div className="space-y-2">
        <SearchForm action="/search" id="discussion-search" label={group ? <>Search discussions in {groupName}</> : "Search discussions"} value={query.q} keep={{ group: group?.slug }} />
        {group && (
          <p className="text-sm text-stone-600">
            Only discussions in{" "}
            <Link href={`/g/${group.slug}`} lang={group.language} className="underline">
              {group.name}
            </Link>{" "}
            are searched.{" "}
            <Link href={allGroupsPath(query.q)} className="font-medium text-brand-700 underline">
              Search all groups
            </Link>
          </p>
        )}
      </div>
      {query.q && (
        <div className="text-sm text-stone-600" aria-live="polite">
          {words.length === 0 ? (
            excluded.length > 0 ? (
              "Type a word to search for as well: a word after a minus only leaves posts out."
            ) : (
              "Type a word to search for: letters or digits."
            )
          ) : total === 0 ? (
            <EmptyState title={group ? <>No results for “{query.q}” in {groupName}</> : `No results for “${query.q}”`}>
              {group ? "Try fewer words, or the start of a word, or search all groups." : "Try fewer words, or the start of a word. Only groups you may read are searched."}
            </EmptyState>
          ) : (
            <>
              {total} {total === 1 ? "post matches" : "posts match"} “{query.q}”{group && <> in {groupName}</>}
            </>
          )}
          {words.length > 0 && dropped.length > 0 && (
            <p className="mt-1">
              Only the first {MAX_QUERY_WORDS} words were searched: {dropped.map((term) => `“${term}”`).join(", ")} {dropped.length === 1 ? "was" : "were"} left out.
            </p>
          )}
        </div>
      )}
      {!query.q && (
        <p className="text-sm text-stone-600">
          {group ? <>Finds posts and thread titles in {groupName}, whatever the case or accents.</> : "Finds posts and thread titles in every group you can read, whatever the case or accents."} A minus
          before a word leaves out the posts that have it: <kbd className="font-mono">bokashi -compost</kbd>; quotes find words in that order:{" "}
          <kbd className="font-mono">&quot;seed swap&quot;</kbd>.
        </p>
      )}
      {hits.length > 0 && (
        <ol className="space-y-3">
          {hits.map((hit) => (
            <li key={hit.postId}>
              <article aria-labelledby={`hit-${hit.postId}`} className="rounded-lg border border-stone-200 bg-white p-4">
                <h2 id={`hit-${hit.postId}`} className="font-medium">
                  <Link href={`/g/${hit.group.slug}/posts/${hit.postId}`} lang={hit.group.language} className="text-brand-700 hover:underline">
                    <Marked parts={hit.thread.title} />
                  </Link>
                </h2>
                <p className="mt-0.5 text-xs text-stone-600">
                  {hit.opener ? "Started" : "Reply"} by {hit.author.name} in{" "}
                  <Link href={`/g/${hit.group.slug}`} lang={hit.group.language} className="underline">
                    {hit.group.name}
                  </Link>{" "}
                  · <RelativeTime date={hit.createdAt} now={now} />
                </p>
                <p lang={hit.group.language} className="mt-2 text-sm text-stone-800">
                  <Marked parts={hit.excerpt} />
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={query.page} pageSize={SEARCH_PAGE_SIZE} total={total} basePath="/search" params={{ q: query.q, group: group?.slug }} />
    </div>
  );
}
