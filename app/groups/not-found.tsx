import { ListPageNotFound } from "@/components/ui/list-page-not-found";

/** Its page's only notFound(): a `?page=` past the directory's last page (/groups/new has none; topics has its own). */
export default function NotFound() {
  return <ListPageNotFound listName="the group directory" firstPageHref="/groups" />;
}
