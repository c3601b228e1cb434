import { feedKeyQuery as keyQuery, type GroupFeedAccess } from "@/lib/meetups/paths";

/**
 * A group's Atom feed of new threads (decision 024): a public group's needs no key; a private
 * group's carries a member's key to its discussions (never their calendar key).
 */
export function groupThreadsFeedPath(groupSlug: string, access?: GroupFeedAccess | null): string {
  return `/g/${groupSlug}/threads.atom${keyQuery(access)}`;
}

/** A thread's Atom feed of its newest posts, keyed as its group's feed. */
export function threadPostsFeedPath(groupSlug: string, thread: { id: number; slug: string }, access?: GroupFeedAccess | null): string {
  return `/g/${groupSlug}/t/${thread.id}-${thread.slug}/posts.atom${keyQuery(access)}`;
}
