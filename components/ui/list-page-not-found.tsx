"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { NotFoundMessage } from "./not-found-message";

interface ListPageNotFoundProps {
  /** What the list holds, in a sentence's middle: "search results", "your notifications". */
  listName: string;
  /** The list's address without a query; the link to page 1 adds the current query, less `page`. */
  firstPageHref: string;
  /** 2 inside a page whose h1 is already there (a group's name atop its lists). */
  level?: 1 | 2;
}

/**
 * What a paginated list answers (404) for a `?page=` past its last page: a stale link, or a list
 * that shrank since, not a missing or private page. A segment's not-found file gets no search
 * params, so the page number and the other parameters (a search's words, a sort) are read here,
 * in the browser's render of the request; without them, the link goes to the bare list.
 */
export function ListPageNotFound(props: ListPageNotFoundProps) {
  return (
    <Suspense fallback={<Message listName={props.listName} level={props.level} page={null} href={props.firstPageHref} />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery({ listName, firstPageHref, level }: ListPageNotFoundProps) {
  const search = useSearchParams();
  const query = new URLSearchParams(search.toString());
  const page = Number(query.get("page"));
  query.delete("page");
  const rest = query.toString();
  return <Message listName={listName} level={level} page={Number.isSafeInteger(page) && page > 1 ? page : null} href={rest ? `${firstPageHref}?${rest}` : firstPageHref} />;
}

function Message({ listName, page, href, level }: Omit<ListPageNotFoundProps, "firstPageHref"> & { page: number | null; href: string }) {
  return (
    <NotFoundMessage
      heading={`There is no ${page === null ? "such page" : `page ${page}`} of ${listName}`}
      text="This list has fewer pages: it may have shrunk since the link was made."
      href={href}
      linkText="Go to the first page"
      level={level}
      fullLoad
    />
  );
}
