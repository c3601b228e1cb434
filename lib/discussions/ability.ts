/**
 * Who may change a thread itself (its title, its existence): pure rules, no database. Callers
 * read the person's standing in the group from the database on every request and pass it in,
 * so the page (which hides a control) and the mutation (which refuses the request) share one
 * rule set and one wording. Posts keep their own, simpler rules in `mutations.ts`.
 */
import { can, type GroupActor, type GroupSubject } from "@/lib/groups/ability";

export interface ThreadActor {
  userId: string | null;
  /** An active member: may post, and edit what they wrote. */
  participant: boolean;
  /** The group's owner or a moderator, or a site admin. */
  moderator: boolean;
  /** Removed from the group by its owner or a moderator. */
  removed: boolean;
}

export interface ThreadSubject {
  authorId: string;
  locked: boolean;
}

export type ThreadAction =
  | "editTitle" // rename the thread (its URL's slug follows; old URLs redirect)
  | "delete" // remove the whole thread from the group (soft: `Thread.deletedAt`)
  | "restore" // bring back a thread a moderator deleted
  | "markAnswer" // choose (or clear) the reply that answers it (decision 035)
  | "reply"; // add a post to it

export interface Refusal {
  code: "FORBIDDEN" | "CONFLICT";
  message: string;
}

export function threadActorFor(actor: GroupActor, group: GroupSubject): ThreadActor {
  return {
    userId: actor.userId,
    participant: can(actor, "participate", group),
    moderator: can(actor, "moderate", group),
    removed: actor.membership?.status === "banned",
  };
}

/**
 * The group's moderators always; the thread's author while they are an active member and the
 * thread is open (as with posts, a locked thread is frozen for its author); nobody else.
 */
function authorWhileOpen(actor: ThreadActor, thread: ThreadSubject, refusals: { others: string; removed: string; left: string; locked: string }): Refusal | null {
  if (actor.moderator) return null;
  if (actor.userId === null || actor.userId !== thread.authorId) return { code: "FORBIDDEN", message: refusals.others };
  if (actor.removed) return { code: "FORBIDDEN", message: refusals.removed };
  if (!actor.participant) return { code: "FORBIDDEN", message: refusals.left };
  if (thread.locked) return { code: "FORBIDDEN", message: refusals.locked };
  return null;
}

/** Why the actor may not do this to the thread, or null when they may. */
export function threadRefusal(actor: ThreadActor, action: ThreadAction, thread: ThreadSubject): Refusal | null {
  switch (action) {
    case "editTitle":
      // Moderators retitle any thread, locked ones too: renaming a spammy or misleading title is
      // housekeeping, and a lock stops the conversation, not its upkeep.
      return authorWhileOpen(actor, thread, {
        others: "Only the thread's author and the group's moderators can change its title.",
        removed: "You were removed from this group and cannot edit its threads.",
        left: "Join the group again to edit your thread's title.",
        locked: "This thread is locked: only the group's moderators can change its title.",
      });
    case "delete":
      // An author deletes their own thread by deleting its opening post: the thread goes with it
      // when nothing else is left to read (`deletePost`); with replies, the replies stay.
      if (actor.moderator) return null;
      return { code: "FORBIDDEN", message: "Only the group's moderators can delete a thread." };
    case "restore":
      // Whoever may delete may undo it: one moderator restores what another deleted, as in
      // Discourse and NodeBB, where any staff member can recover a topic.
      if (actor.moderator) return null;
      return { code: "FORBIDDEN", message: "Only the group's moderators can restore a thread." };
    case "markAnswer":
      // The person who asked says which reply helped, as in GitHub Discussions; the moderators
      // may too (a question whose author left, a lock after it was answered). As for the title.
      return authorWhileOpen(actor, thread, {
        others: "Only the thread's author and the group's moderators can mark its answer.",
        removed: "You were removed from this group and cannot mark answers.",
        left: "Join the group again to mark the answer to your thread.",
        locked: "This thread is locked: only the group's moderators can mark its answer.",
      });
    case "reply":
      // A lock stops the conversation, not its moderators: they may still post a closing note
      // ("Locked because…"), as Discourse staff can in a closed topic. That note is moderation, so
      // a site admin who never joined may post it; the open conversation is for members, and a
      // site admin joins first like anyone (the page offers Join, as the group rules say).
      if (actor.moderator && thread.locked) return null;
      if (!actor.participant) return { code: "FORBIDDEN", message: actor.removed ? "You were removed from this group and cannot reply." : "Join the group to reply." };
      if (thread.locked) return { code: "FORBIDDEN", message: "This thread is locked: it takes no new replies." };
      return null;
  }
}

/**
 * Deleting a post leaves nothing to read in its thread when no other post of it stands (the
 * opener without replies, or the last reply under a deleted opener): the thread is then deleted
 * with it, instead of staying listed as a page of "This post was deleted.". With any other post
 * standing, the thread stays (an opener deleted above live replies reads as deleted, like Reddit).
 */
export function deletionEndsThread(otherPostsStanding: number): boolean {
  return otherPostsStanding === 0;
}

/** A post as reporting it and reviewing its reports see it. */
export interface ReportedPostSubject {
  authorId: string;
  deleted: boolean;
}

/**
 * Why the actor may not report this post to the group's moderators, or null when they may
 * (decision 012). Reporting is taking part: active members only, as for liking, so a removed
 * member or an outsider cannot fill the moderators' queue. One's own post is deleted, not
 * reported; a deleted post has nothing left to review.
 */
export function reportRefusal(actor: ThreadActor, post: ReportedPostSubject): Refusal | null {
  if (actor.userId === null) return { code: "FORBIDDEN", message: "Sign in to report a post." };
  if (actor.userId === post.authorId) return { code: "FORBIDDEN", message: "You cannot report your own post." };
  if (actor.removed) return { code: "FORBIDDEN", message: "You were removed from this group and cannot report posts." };
  if (!actor.participant) return { code: "FORBIDDEN", message: "Join the group to report posts." };
  if (post.deleted) return { code: "CONFLICT", message: "This post was deleted." };
  return null;
}

/**
 * Why the actor may not review the reports on this post (delete the post, or keep it and dismiss
 * them), or null when they may: the group's owners and moderators and site admins, as for every
 * moderation. Never on their own post: dismissing reports about oneself is no review, and the
 * reporters' names are not shown to the post's author (decision 012). Another moderator reviews
 * it; the author may still delete their post from the thread as anyone can.
 */
export function reviewRefusal(actor: ThreadActor, post: { authorId: string }): Refusal | null {
  if (!actor.moderator) return { code: "FORBIDDEN", message: "Only the group's moderators can review reports." };
  if (actor.userId === post.authorId) return { code: "FORBIDDEN", message: "Reports on your own post are reviewed by the group's other moderators." };
  return null;
}
