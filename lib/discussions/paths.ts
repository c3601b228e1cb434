
/** The id of a thread page's reply form: other pages link to `<thread URL>#reply` to invite an answer. */
export const THREAD_REPLY_FORM_ID = "reply";

/** The id of the box of a reply to a post (the thread's reply form answers its opening post). */
export function replyFieldId(parentId: number): string {
  return `reply-${parentId}`;
}

/** The new-thread form's title field: where someone who just joined to start a thread lands. */
export const NEW_THREAD_TITLE_ID = "thread-title-field";

/** A thread's canonical page: /g/<group>/t/<id>-<slug> (the id decides, the slug is decoration). */
export function threadPath(groupSlug: string, thread: { id: number; slug: string }): string {
  return `/g/${groupSlug}/t/${thread.id}-${thread.slug}`;
}

/**
 * The link to a post from anywhere outside its thread page. A `#post-N` anchor on the thread page
 * misses posts nested beyond the depth cap (they are on a sub-thread page), so links go through
 * the resolver route, which redirects to the page that actually renders the post.
 */
export function postPermalink(groupSlug: string, postId: number): string {
  return `/g/${groupSlug}/posts/${postId}`;
}

/** A post's edit history (decision 023): its versions and what each edit changed. */
export function postHistoryPath(groupSlug: string, postId: number): string {
  return `${postPermalink(groupSlug, postId)}/history`;
}

/** Who reacted to a post (decision 027): everyone, or those who gave `kind`. */
export function postReactionsPath(groupSlug: string, postId: number, kind?: string): string {
  return `${postPermalink(groupSlug, postId)}/reactions${kind ? `?kind=${kind}` : ""}`;
}

/**
 * The page that renders a post, anchored at it: the resolver's destination. `location`, where
 * locatePost (lib/discussions/tree) found it: the thread page or a post's sub-thread page, and
 * which of its pages.
 */
export function postPageUrl(threadUrl: string, postId: number, location: { root: number | null; page: number }): string {
  return `${pagedUrl(`${threadUrl}${location.root === null ? "" : `/p/${location.root}`}`, location.page)}#post-${postId}`;
}

/** A thread's or sub-thread's page `page` (page 1 is the bare address). */
export function pagedUrl(pageBase: string, page: number): string {
  return page > 1 ? `${pageBase}?page=${page}` : pageBase;
}

/**
 * A one-time notice carried by the address after a redirect (shown once, then dropped from the
 * address by OneTimeNotice): what a moderator reads on the group page after deleting a thread,
 * and an editor on the thread after renaming it.
 */
export const NOTICE_PARAM = "notice";
export const NOTICES = {
  threadDeleted: "thread-deleted",
  titleSaved: "title-saved",
  threadRestored: "thread-restored",
  // The review queue after a decision on a reported post (its entry moved to Resolved recently).
  reportedPostDeleted: "reported-post-deleted",
  reportedPostKept: "reported-post-kept",
  // Another moderator decided on the post first: the queue as it is now says how.
  reportsHandledElsewhere: "reports-handled",
} as const;

/** Which thread was just restored: the Deleted threads page links to it in its notice. */
export const RESTORED_PARAM = "restored";

/** The group's thread list after a thread was deleted (the thread's own URL answers 404 now). */
export function afterThreadDeletedPath(groupSlug: string): string {
  return `/g/${groupSlug}?${NOTICE_PARAM}=${NOTICES.threadDeleted}`;
}

/** The group's deleted threads, for the people who run it (restoring one). */
export function deletedThreadsPath(groupSlug: string): string {
  return `/g/${groupSlug}/t/deleted`;
}

/** The Deleted threads page after a restore: "The thread was restored.", with a link to it. */
export function afterThreadRestoredPath(groupSlug: string, threadId: number): string {
  return `${deletedThreadsPath(groupSlug)}?${NOTICE_PARAM}=${NOTICES.threadRestored}&${RESTORED_PARAM}=${threadId}`;
}

/** A renamed thread at its new canonical address (the slug follows the title). */
export function afterTitleSavedPath(groupSlug: string, thread: { id: number; slug: string }): string {
  return `${threadPath(groupSlug, thread)}?${NOTICE_PARAM}=${NOTICES.titleSaved}`;
}

/** What stands where a link to a deleted thread would be (its page is a 404; its title is not repeated). */
export const DELETED_THREAD_LABEL = "a deleted thread";

/** The group's review queue of reported posts, for the people who run it (decision 012). */
export function reportsPath(groupSlug: string): string {
  return `/g/${groupSlug}/reports`;
}

/** The review queue after deleting a reported post, or keeping it: the outcome is said there. */
export function afterReportsResolvedPath(groupSlug: string, resolution: "post_deleted" | "dismissed" | "handled elsewhere"): string {
  const notice = resolution === "post_deleted" ? NOTICES.reportedPostDeleted : resolution === "dismissed" ? NOTICES.reportedPostKept : NOTICES.reportsHandledElsewhere;
  return `${reportsPath(groupSlug)}?${NOTICE_PARAM}=${notice}`;
}
