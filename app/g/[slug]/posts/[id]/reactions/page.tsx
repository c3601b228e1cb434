import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/ui/pagination";
import { PostBreadcrumb } from "@/components/discussions/post-breadcrumb";
import { RelativeTime } from "@/components/ui/relative-time";
import { PersonLink } from "@/components/users/avatar";
import { loadPostReactors, REACTORS_PAGE_SIZE } from "@/lib/discussions/data";
import { postPermalink, postReactionsPath } from "@/lib/discussions/paths";
import { REACTION_KINDS, REACTIONS, type ReactionKind } from "@/lib/discussions/reactions";
import { parseIdParam, reactorsQuerySchema } from "@/lib/discussions/schema";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { groupPageMetadata } from "@/lib/page-titles";
import { pageExists } from "@/lib/pagination";

export const generateMetadata = groupPageMetadata("Who reacted");

/**
 * Everyone who reacted to a post (decision 027), for whoever may read its thread — what a post's
 * tooltips name only the first few of, and what a phone, with no tooltips, shows nowhere else. As
 * LinkedIn's and Discourse's lists: every kind with its count, one kind at a time or all, each
 * person once with what they gave, in the order they reacted. Unknown or deleted posts, hidden
 * groups, unknown kinds and pages past the end answer 404.
 */
export default async function PostReactionsPage({ params, searchParams }: PageProps<"/g/[slug]/posts/[id]/reactions">) {
  const { slug, id } = await params;
  const postId = parseIdParam(id);
  const query = reactorsQuerySchema.safeParse(await searchParams);
  if (postId === null || !query.success) notFound();
  const { kind, page } = query.data;
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  const { group, viewer } = loaded;
  const reactors = await loadPostReactors(postId, group.slug, viewer, { kind, page });
  if (!reactors || !pageExists(page, reactors.total, REACTORS_PAGE_SIZE)) notFound();
  const { post, counts, people, total } = reactors;
  const own = viewer?.id === post.author.id;
  const given = REACTION_KINDS.filter((k) => (counts[k] ?? 0) > 0);
  const now = new Date();
  const tab = "rounded-full border border-stone-300 px-3 py-1 hover:bg-stone-100 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white";
  return (
    <section aria-labelledby="reactions-heading" className="space-y-5">
      <PostBreadcrumb groupSlug={group.slug} lang={group.language} thread={post.thread} current="Who reacted" />
      <header className="space-y-2">
        <h2 id="reactions-heading" className="text-xl font-semibold">
          Who reacted
        </h2>
        <p className="text-sm text-stone-700">
          To{" "}
          <Link href={postPermalink(group.slug, post.id)} className="font-medium text-brand-700 underline">
            {own ? "your post" : `${post.author.name}'s post`}
          </Link>{" "}
          in “<span lang={group.language}>{post.thread.title}</span>”, posted <RelativeTime date={post.createdAt} now={now} />.
        </p>
      </header>
      {given.length === 0 ? (
        <p className="text-sm text-stone-600">Nobody has reacted to this post yet.</p>
      ) : (
        <>
          <nav aria-label="Reactions by kind" className="flex flex-wrap gap-2 text-sm">
            <Link href={postReactionsPath(group.slug, post.id)} aria-current={kind === undefined ? "page" : undefined} className={tab}>
              All
            </Link>
            {given.map((k) => (
              <Link key={k} href={postReactionsPath(group.slug, post.id, k)} aria-current={kind === k ? "page" : undefined} className={tab}>
                <span aria-hidden>{REACTIONS[k].emoji} </span>
                {REACTIONS[k].label} {counts[k]}
              </Link>
            ))}
          </nav>
          {people.length === 0 ? (
            // A kind nobody gave (any more): its tab is gone, the address still answers.
            <p className="text-sm text-stone-600">Nobody reacted with {REACTIONS[kind!].label}.</p>
          ) : (
            <ul aria-label={peopleLabel(kind, total)} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {people.map((person) => (
                <li key={person.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-2 text-sm">
                  <span>
                    <PersonLink user={person} />
                    {person.id === viewer?.id && <span className="text-stone-500"> (you)</span>}
                  </span>
                  <span className="text-stone-600">
                    {person.kinds.map((k, index) => (
                      <span key={k}>
                        {index > 0 && ", "}
                        <span aria-hidden>{REACTIONS[k].emoji} </span>
                        {REACTIONS[k].label}
                      </span>
                    ))}{" "}
                    · <RelativeTime date={person.firstAt} now={now} />
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} pageSize={REACTORS_PAGE_SIZE} total={total} basePath={postReactionsPath(group.slug, post.id)} params={{ kind }} label="Pages of people" />
        </>
      )}
    </section>
  );
}

/** The list's name: who it holds, and how many. */
function peopleLabel(kind: ReactionKind | undefined, total: number): string {
  const people = `${total} ${total === 1 ? "person" : "people"}`;
  return kind ? `${people} reacted with ${REACTIONS[kind].label}` : `${people} reacted`;
}
