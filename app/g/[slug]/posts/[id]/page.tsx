import { notFound, redirect, RedirectType } from "next/navigation";
import { loadPostPath } from "@/lib/discussions/data";
import { postPageUrl, threadPath } from "@/lib/discussions/paths";
import { parseIdParam } from "@/lib/discussions/schema";
import { loadGroupForRequest } from "@/lib/groups/page-data";

/**
 * A post's permalink (`postPermalink`): redirects to the page that renders the post — the thread
 * page, or the sub-thread page where a branch cut by the depth cap or by its page's budget goes
 * on, at the page of its branch — anchored at `#post-<id>`
 * (a 307 when loaded as a page; a client-side replace when followed from a <Link>, which keeps the
 * fragment). The same visibility as the thread page: unknown posts and hidden groups get the 404
 * page. A page rather than a route handler so that the 404 is the app's page, not a bare text.
 */
export default async function PostPermalinkPage({ params }: PageProps<"/g/[slug]/posts/[id]">) {
  const { slug, id } = await params;
  const postId = parseIdParam(id);
  if (postId === null) notFound();
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  const location = await loadPostPath(postId, loaded.group.slug, loaded.viewer);
  if (!location) notFound();
  redirect(postPageUrl(threadPath(loaded.group.slug, location.thread), postId, location.location), RedirectType.replace);
}
