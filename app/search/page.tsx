import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { SearchForm } from "@/components/ui/search-form";
import { getViewer } from "@/lib/auth/session";
import { searchPosts, SEARCH_PAGE_SIZE } from "@/lib/search/data";
import { queryWords, type SnippetPart } from "@/lib/search/query";
import { searchPageQuerySchema } from "@/lib/search/schema";
import { pageExists } from "@/lib/pagination";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const { q } = searchPageQuerySchema.parse(await searchParams);
  return { title: q ? `Search: ${q}` : "Search" };
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

/** Every discussion the viewer may read, searched by words (posts and thread titles). */
export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const query = searchPageQuerySchema.parse(await searchParams);
  const viewer = await getViewer();
  const words = query.q ? queryWords(query.q) : [];
  const { hits, total } = await searchPosts(viewer, words, query.page);
  if (!pageExists(query.page, total, SEARCH_PAGE_SIZE)) notFound();
  const now = new Date();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Search</h1>
      <SearchForm action="/search" id="discussion-search" label="Search discussions" value={query.q} />
      {query.q && (
        <div className="text-sm text-stone-600" aria-live="polite">
          {words.length === 0 ? (
            "Type a word to search for: letters or digits."
          ) : total === 0 ? (
            <EmptyState title={`No results for “${query.q}”`}>Try fewer words, or the start of a word. Only groups you may read are searched.</EmptyState>
          ) : (
            `${total} ${total === 1 ? "post matches" : "posts match"} “${query.q}”`
          )}
        </div>
      )}
      {!query.q && <p className="text-sm text-stone-600">Finds posts and thread titles in every group you can read, whatever the case or accents.</p>}
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
      <Pagination page={query.page} pageSize={SEARCH_PAGE_SIZE} total={total} basePath="/search" params={{ q: query.q }} />
    </div>
  );
}
