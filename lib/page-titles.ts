import type { Metadata } from "next";
import { loadGroupForRequest } from "@/lib/groups/page-data";

/**
 * A group page's title, "<what> · <group>" (the root layout adds "· Toile"): several tabs open
 * on different groups' "Meetups" must be told apart. A group the viewer may not see, or that
 * does not exist, is never named: its pages are 404s, and the title says so.
 */
export function groupPageTitle(what: string, groupName: string | null): string {
  return groupName === null ? "Group not found" : `${what} · ${groupName}`;
}

/**
 * `generateMetadata` for a page of a group: `export const generateMetadata = groupPageMetadata("Meetups")`.
 * The group is loaded once per request (the layout and the page share it).
 */
export function groupPageMetadata(what: string) {
  return async ({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> => {
    const loaded = await loadGroupForRequest((await params).slug);
    return { title: groupPageTitle(what, loaded?.group.name ?? null) };
  };
}
