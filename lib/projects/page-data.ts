import { can } from "@/lib/groups/ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { listAsideProjects } from "./data";

/**
 * The group page's aside: its active projects, and whether the viewer may start one; null when
 * the group is hidden from them. The group comes from the request's cache (the page loaded it).
 */
export async function loadGroupProjectsAsideForRequest(groupSlug: string) {
  const loaded = await loadGroupForRequest(groupSlug);
  if (!loaded) return null;
  return { ...(await listAsideProjects(loaded.group.id)), canStart: can(loaded.actor, "participate", loaded.group), groupSlug: loaded.group.slug };
}
