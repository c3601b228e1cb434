import { notFound } from "next/navigation";
import { FilterLink } from "@/components/ui/filter-link";
import { Pagination } from "@/components/ui/pagination";
import { PostReference, PostSubpage } from "@/components/discussions/post-subpage";
import { RelativeTime } from "@/components/ui/relative-time";
import { PersonLink } from "@/components/users/avatar";
import { loadPostReactors, REACTORS_PAGE_SIZE } from "@/lib/discussions/data";
import { postReactionsPath } from "@/lib/discussions/paths";
import { REACTION_KINDS, REACTIONS, type ReactionKind } from "@/lib/discussions/reactions";
import { parseIdParam, reactorsQuerySchema } from "@/lib/discussions/schema";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { groupPageMetadata } from "@/lib/page-titles";
import { pageExists } from "@/lib/pagination";
import { EmptyState } from "@/components/ui/empty-state";

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
  return (
    <PostSubpage
      id="reactions-heading"
      title="Who reacted"
      group={group}
      thread={post.thread}
      header={
        <p className="text-sm text-stone-700">
          To <PostReference group={group} post={post} own={own} />, posted <RelativeTime date={post.createdAt} now={now} />.
        </p>
      }
    >
      {given.length === 0 ? (
        <EmptyState compact title="Nobody has reacted to this post yet.">Reactions given with “React” under the post show here, with who gave them.</EmptyState>
      ) : (
        <>
          <nav aria-label="Reactions by kind" className="flex flex-wrap gap-2 text-sm">
            <FilterLink href={postReactionsPath(group.slug, post.id)} current={kind === undefined}>
              All
            </FilterLink>
            {given.map((k) => (
              <FilterLink key={k} href={postReactionsPath(group.slug, post.id, k)} current={kind === k}>
                <span aria-hidden>{REACTIONS[k].emoji} </span>
                {REACTIONS[k].label} {counts[k]}
              </FilterLink>
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
    </PostSubpage>
  );
}

/** The list's name: who it holds, and how many. */
function peopleLabel(kind: ReactionKind | undefined, total: number): string {
  const people = `${total} ${total === 1 ? "person" : "people"}`;
  return kind ? `${people} reacted with ${REACTIONS[kind].label}` : `${people} reacted`;
}
