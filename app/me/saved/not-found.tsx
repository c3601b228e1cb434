import { ListPageNotFound } from "@/components/ui/list-page-not-found";

/** The page's only notFound(): a `?page=` past the last page of saved posts. */
export default function NotFound() {
  return <ListPageNotFound listName="your saved posts" firstPageHref="/me/saved" />;
}
