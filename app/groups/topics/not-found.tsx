import { ListPageNotFound } from "@/components/ui/list-page-not-found";

/** The page's only notFound(): a `?page=` past the last page of topics. */
export default function NotFound() {
  return <ListPageNotFound listName="topics" firstPageHref="/groups/topics" />;
}
