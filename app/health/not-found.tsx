import { ListPageNotFound } from "@/components/ui/list-page-not-found";

/** The page's only notFound(): a `?page=` past the overview's last page (the CSV export is a route handler). */
export default function NotFound() {
  return <ListPageNotFound listName="the health overview" firstPageHref="/health" />;
}
