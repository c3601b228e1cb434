/**
 * What is new to a reader in a thread (decision 014): the posts others wrote after the reader
 * last opened it, as Discourse and NodeBB mark them. Pure: the visit (`ThreadVisit.seenAt`) and
 * the thread's outline come from the database.
 */

/** A thread never opened counts as new to a reader for this long after it was started. */
export const NEW_THREAD_DAYS = 7;

export interface OutlinePost {
  id: number;
  authorId: string;
  createdAt: Date;
  deletedAt: Date | null;
}

/** Posts by others, still there, written after `seenAt`: in the outline's (time) order. */
export function postsNewSince<P extends OutlinePost>(outline: readonly P[], seenAt: Date | null, viewerId: string): P[] {
  if (!seenAt) return [];
  return outline.filter((post) => post.createdAt > seenAt && post.authorId !== viewerId && post.deletedAt === null);
}

/**
 * Posts by others, still there, the reader has not seen: those since their last visit, or, on a
 * first visit, all of them. What a page may count as read (`seenUpTo`), not what it marks "New":
 * a thread read for the first time has nothing new to point out, but a long one read from its
 * first page has its other pages still to read.
 */
export function postsUnseenSince<P extends OutlinePost>(outline: readonly P[], seenAt: Date | null, viewerId: string): P[] {
  return seenAt ? postsNewSince(outline, seenAt, viewerId) : outline.filter((post) => post.authorId !== viewerId && post.deletedAt === null);
}

/**
 * How a thread shows in a reader's list: "unread" with the number of posts new since their last
 * visit, "new" when they never opened it, did not start it and it is under NEW_THREAD_DAYS old,
 * otherwise nothing.
 */
export type ThreadFreshness = { kind: "unread"; count: number } | { kind: "new" } | null;

export function threadFreshness(
  thread: { authorId: string; createdAt: Date },
  visit: { seenAt: Date } | undefined,
  newPosts: number,
  viewerId: string,
  now: Date,
): ThreadFreshness {
  if (visit) return newPosts > 0 ? { kind: "unread", count: newPosts } : null;
  if (thread.authorId === viewerId) return null;
  return now.getTime() - thread.createdAt.getTime() < NEW_THREAD_DAYS * 24 * 60 * 60 * 1000 ? { kind: "new" } : null;
}

/** The time a visit records: the moment the page was drawn (what the reader saw), never in the future. */
export function visitTime(shownAt: Date, now: Date): Date {
  return shownAt > now ? now : shownAt;
}

/**
 * The time a page of a thread reports as seen: when it was drawn, unless a post new to the reader
 * sits on another page of the thread (a long thread is read in pages of whole branches). Then
 * just before the earliest such post, so reading page 1 never marks page 3's new posts as read.
 * The price is that this page's own new posts written after that moment stay marked a little
 * longer — a mark that stays, never one lost. `unseen` are `postsUnseenSince`'s (time order).
 */
export function seenUpTo(shownAt: Date, unseen: readonly OutlinePost[], shownIds: ReadonlySet<number>): Date {
  const firstElsewhere = unseen.find((post) => !shownIds.has(post.id));
  if (!firstElsewhere) return shownAt;
  const justBefore = new Date(firstElsewhere.createdAt.getTime() - 1);
  return justBefore < shownAt ? justBefore : shownAt;
}

/**
 * "More in <group>" under a thread (decision 036): of the group's recent threads (most recently
 * active first), those with something new for the reader come first, as Discourse's suggested
 * topics put unread ones first; then the others, each part in its order. `count` of them.
 */
export function suggestedThreads<T extends { id: number }>(recent: readonly T[], freshness: ReadonlyMap<number, ThreadFreshness>, count: number): T[] {
  const fresh = recent.filter((thread) => freshness.get(thread.id));
  const rest = recent.filter((thread) => !freshness.get(thread.id));
  return [...fresh, ...rest].slice(0, count);
}
