import { ListPageNotFound } from "@/components/ui/list-page-not-found";

/** The page's only notFound(): a `?page=` past the last page (a notification's own address is a route handler). */
export default function NotFound() {
  return <ListPageNotFound listName="your notifications" firstPageHref="/notifications" />;
}
