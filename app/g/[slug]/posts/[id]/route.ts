import { loadPostPath } from "@/lib/discussions/data";
import { postPageUrl, threadPath } from "@/lib/discussions/paths";
import { parseIdParam } from "@/lib/discussions/schema";
import { loadGroupForRequest } from "@/lib/groups/page-data";

const noStore = { "Cache-Control": "private, no-store", Vary: "RSC, Cookie" };

/**
 * A post's permalink (`postPermalink`): redirects (307) to the page that renders the post — the
 * thread page, or the sub-thread page of a branch deeper than the depth cap — anchored at
 * `#post-<id>`. The same visibility as the thread page: unknown posts and hidden groups are 404.
 */
export async function GET(request: Request, { params }: RouteContext<"/g/[slug]/posts/[id]">) {
  // The client router fetches a <Link>'s target as a React payload and would follow the redirect
  // without its #post-N (fetch drops the fragment). Any answer that is not a payload makes it load
  // this URL as a whole page instead, where the browser keeps the fragment; prefetches stop here too.
  if (request.headers.get("rsc") === "1") return new Response("Load this address as a page.", { headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });
  const { slug, id } = await params;
  const postId = parseIdParam(id);
  const loaded = postId === null ? null : await loadGroupForRequest(slug);
  const location = loaded && postId !== null ? await loadPostPath(postId, loaded.group.slug, loaded.viewer) : null;
  if (!loaded || !location) return new Response("Not found", { status: 404, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(null, { status: 307, headers: { ...noStore, Location: postPageUrl(threadPath(loaded.group.slug, location.thread), location.path) } });
}
