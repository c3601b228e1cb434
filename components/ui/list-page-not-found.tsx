"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";

interface ListPageNotFoundProps {
  /** What the list holds, in a sentence's middle: "search results", "your notifications". */
  listName: string;
  /** The list's address without a query; the link to page 1 adds the current query, less `page`. */
  firstPageHref: string;
}

/**
 * What a paginated list answers (404) for a `?page=` past its last page: a stale link, or a list
 * that shrank since, not a missing or private page. A segment's not-found file gets no search
 * params, so the page number and the other parameters (a search's words, a sort) are read here,
 * in the browser's render of the request; without them, the link goes to the bare list.
 */
export function ListPageNotFound(props: ListPageNotFoundProps) {
  return (
    <Suspense fallback={<Message {...props} page={null} href={props.firstPageHref} />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery({ listName, firstPageHref }: ListPageNotFoundProps) {
  const search = useSearchParams();
  const query = new URLSearchParams(search.toString());
  const page = Number(query.get("page"));
  query.delete("page");
  const rest = query.toString();
  return <Message listName={listName} firstPageHref={firstPageHref} page={Number.isSafeInteger(page) && page > 1 ? page : null} href={rest ? `${firstPageHref}?${rest}` : firstPageHref} />;
}

function Message({ listName, page, href }: ListPageNotFoundProps & { page: number | null; href: string }) {
  const heading = `There is no ${page === null ? "such page" : `page ${page}`} of ${listName}`;
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      {/* The list's own title would name a page that is not there. */}
      <title>{`${heading} · Toile`}</title>
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">{heading}</h1>
      <p className="mt-2 text-stone-600">This list has fewer pages: it may have shrunk since the link was made.</p>
      {/* A full load, not a client <Link>: the same path with another query keeps the segment's
          not-found boundary showing (it resets on a new path only). */}
      <a href={href} className="mt-6 inline-block text-brand-700 underline">
        Go to the first page
      </a>
    </div>
  );
}
