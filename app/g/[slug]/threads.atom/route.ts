import { listFeedThreads } from "@/lib/feeds/data";
import { atomResponse, buildAtomFeed, entryId, feedNotFound, tagUri } from "@/lib/feeds/atom";
import { loadGroupForFeed } from "@/lib/feeds/page-data";
import { threadPath } from "@/lib/discussions/paths";
import { publicOrigin } from "@/lib/meetups/ics";

/**
 * A group's Atom feed of new threads, each with its opening post (decision 024). A private
 * group's needs a member's key to its discussions (`?member=…&key=…`); without one it is a 404.
 */
export async function GET(request: Request, { params }: RouteContext<"/g/[slug]/threads.atom">) {
  const { slug } = await params;
  const url = new URL(request.url);
  const loaded = await loadGroupForFeed(slug, url.searchParams);
  if (!loaded) return feedNotFound();
  const { group, personal } = loaded;
  const origin = publicOrigin(request);
  const threads = await listFeedThreads(group.id);
  const body = buildAtomFeed({
    id: tagUri(origin, `group-${group.id}-threads`),
    title: `${group.name} · Toile`,
    subtitle: `New threads in ${group.name}`,
    link: `${origin}/g/${group.slug}`,
    self: `${origin}${url.pathname}${url.search}`,
    origin,
    emptyUpdated: group.createdAt,
    entries: threads.map((thread) => ({
      id: entryId(origin, "thread", thread.id),
      title: thread.title,
      link: `${origin}${threadPath(group.slug, thread)}`,
      published: thread.createdAt,
      updated: thread.editedAt ?? thread.createdAt,
      author: thread.author.name,
      html: thread.html,
    })),
  });
  return atomResponse(body, { personal });
}
