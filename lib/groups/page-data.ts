import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { pathWithQuery, signInPath, type PageSearchParams } from "@/lib/auth/paths";
import { getViewer } from "@/lib/auth/session";
import { can, type GroupAction } from "./ability";
import { loadGroup } from "./data";
import { loadListedGroup } from "./join-requests";

/**
 * A group as its pages see it, loaded once per request (layout and page share it). Null when
 * it does not exist or is hidden from the viewer: the page then answers 404.
 */
export const loadGroupForRequest = cache(async (slug: string) => {
  const viewer = await getViewer();
  const loaded = await loadGroup(slug, viewer);
  return loaded ? { ...loaded, viewer } : null;
});

/**
 * A listed private group the viewer may not read (decision 025), as its page shows it: what the
 * directory shows, and the viewer's own request. Null when the group is not listed (or is
 * readable: `loadGroupForRequest` has it then).
 */
export const loadListedGroupForRequest = cache(async (slug: string) => {
  const viewer = await getViewer();
  const listed = await loadListedGroup(slug, viewer);
  return listed ? { ...listed, viewer } : null;
});

/**
 * A page for the people who run the group (its owners and moderators, site admins): the Deleted
 * threads page, the review queue, the moderation log (`ability`, "moderate" by default). 404 where
 * the group is hidden, the sign-in page for a signed-out visitor (leading back to `pagePath` with
 * its query), 403 for anyone else. `pagePath` builds the page's address from the group's canonical slug.
 */
export async function loadModerationPage(slug: string, pagePath: (groupSlug: string) => string, query: PageSearchParams, ability: GroupAction = "moderate") {
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  const { group, actor, viewer } = loaded;
  const basePath = pagePath(group.slug);
  if (!viewer) redirect(signInPath(pathWithQuery(basePath, query)));
  if (!can(actor, ability, group)) forbidden();
  return { ...loaded, viewer, basePath };
}
