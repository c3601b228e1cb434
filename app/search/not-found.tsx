import { ListPageNotFound } from "@/components/ui/list-page-not-found";

/** The page's only notFound(): a `?page=` past the last page of results. */
export default function NotFound() {
  return <ListPageNotFound listName="search results" firstPageHref="/search" />;
}
