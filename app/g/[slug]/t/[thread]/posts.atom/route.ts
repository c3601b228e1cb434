import { loadThread } from "@/lib/discussions/data";
import { postPermalink, threadPath } from "@/lib/discussions/paths";
import { parseThreadParam } from "@/lib/discussions/schema";
import { atomResponse, buildAtomFeed, entryId, feedNotFound, tagUri } from "@/lib/feeds/atom";
import { listFeedPosts } from "@/lib/feeds/data";
import { loadGroupForFeed } from "@/lib/feeds/page-data";
import { publicOrigin } from "@/lib/meetups/ics";

/**
 * A thread's Atom feed of its newest posts (decision 024), keyed as its group's feed: a private
 * group's needs a member's key to its discussions. Deleted posts are left out, as deleted threads are.
 */
export async function GET(request: Request, { params }: RouteContext<"/g/[slug]/t/[thread]/posts.atom">) {
  const { slug, thread: threadParam } = await params;
  const threadId = parseThreadParam(threadParam);
  if (threadId === null) return feedNotFound();
  const url = new URL(request.url);
  const loaded = await loadGroupForFeed(slug, url.searchParams);
  if (!loaded) return feedNotFound();
  const { group, reader, personal } = loaded;
  const thread = await loadThread(threadId, group.slug, reader);
  if (!thread) return feedNotFound();
  const origin = publicOrigin(request);
  const posts = await listFeedPosts(thread.id);
  const body = buildAtomFeed({
    id: tagUri(origin, `thread-${thread.id}-posts`),
    title: `${thread.title} · ${group.name}`,
    subtitle: `Posts in “${thread.title}”, a discussion of ${group.name}`,
    link: `${origin}${threadPath(group.slug, thread)}`,
    self: `${origin}${url.pathname}${url.search}`,
    origin,
    emptyUpdated: thread.createdAt,
    entries: posts.map((post) => ({
      id: entryId(origin, "post", post.id),
      title: post.parentId === null ? thread.title : `${post.author.name} replied`,
      link: `${origin}${postPermalink(group.slug, post.id)}`,
      published: post.createdAt,
      updated: post.editedAt ?? post.createdAt,
      author: post.author.name,
      html: post.html,
    })),
  });
  return atomResponse(body, { personal });
}
