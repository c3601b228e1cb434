"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/session";
import { GROUP_REF, groupRefSchema } from "@/lib/groups/schema";
import { isAppError } from "@/lib/errors";
import { formValues, handleForm, parseInput, type FormState } from "@/lib/forms";
import { refreshOnEditConflict, refreshWhenRefused } from "@/lib/refresh-when-refused";
import { clearPostHistory, createThread, deletePost, deleteThread, editPost, renameThread, replyToPost, reportPost, resolvePostReports, restorePost, restoreThread, setReaction, setThreadFlags } from "./mutations";
import { afterReportsResolvedPath, afterThreadDeletedPath, afterThreadRestoredPath, afterTitleSavedPath, threadPath } from "./paths";
import {
  createThreadSchema,
  deletePostSchema,
  deleteThreadSchema,
  editPostSchema,
  editThreadTitleSchema,
  hiddenBoolean,
  reactionHiddenFields,
  reactionSchema,
  bookmarkHiddenFields,
  bookmarkSchema,
  editPostHiddenFields,
  postHiddenFields,
  postRefSchema,
  replyHiddenFields,
  replySchema,
  reportPostSchema,
  resolveReportsHiddenFields,
  resolveReportsSchema,
  threadHiddenFields,
  answerHiddenFields,
  markAnswerSchema,
  threadRefSchema,
} from "./schema";
import { loadPostGroupSlug } from "./data";
import { setGroupFollow, setThreadFollow } from "./follows";
import { markAnswer } from "./answers";
import { setBookmark } from "./bookmarks";
import { recordGroupVisits } from "./visits";

// Each action parses before it reads the session: a malformed hidden reference gets its own
// form-level message (see HiddenFields in lib/forms.ts), whoever sends it.

export async function createThreadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { groupId } = parseInput(groupRefSchema, values, GROUP_REF);
    const input = parseInput(createThreadSchema, values);
    const viewer = await requireViewer();
    const created = await createThread(viewer.id, groupId, input);
    redirect(threadPath(created.groupSlug, { id: created.threadId, slug: created.threadSlug }));
  });
}

export async function replyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(replySchema, values, replyHiddenFields);
    const viewer = await requireViewer();
    const { postId } = await replyToPost(viewer.id, input);
    refresh();
    // The form empties itself on success; the new post is in the refreshed tree.
    return { status: "success", message: "Reply posted.", createdId: postId };
  });
}

export async function editPostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(editPostSchema, values, editPostHiddenFields);
    const viewer = await requireViewer();
    // Refused as out of date (an edit saved from another tab): the page shows the post as it is
    // now, and the form keeps what was typed. A post deleted meanwhile keeps the page (and the form).
    const { changed } = await refreshOnEditConflict(editPost(viewer.id, input.postId, input.body, input.version));
    if (!changed) return { status: "success", message: "Nothing changed: the post is as it was." };
    refresh();
    return { status: "success", message: "Post updated." };
  });
}

export async function clearPostHistoryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { postId } = parseInput(postRefSchema, values, postHiddenFields);
    const viewer = await requireViewer();
    const { removed } = await clearPostHistory(viewer.id, postId);
    refresh();
    return { status: "success", message: `${removed} earlier ${removed === 1 ? "version" : "versions"} removed.` };
  });
}

export async function deletePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { postId, reason } = parseInput(deletePostSchema, values, postHiddenFields);
    const viewer = await requireViewer();
    const deleted = await deletePost(viewer.id, postId, { reason });
    refresh();
    // The last post standing took its thread along: the thread's page is a 404 now (and Back,
    // the client's copies refreshed, says so).
    if (deleted.threadDeleted) redirect(afterThreadDeletedPath(deleted.groupSlug));
    return { status: "success", message: "Post deleted." };
  });
}

export async function restorePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { postId } = parseInput(postRefSchema, values, postHiddenFields);
    const viewer = await requireViewer();
    await restorePost(viewer.id, postId);
    refresh();
    return { status: "success", message: "Post restored." };
  });
}

export async function setReactionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { postId, kind, on } = parseInput(reactionSchema, values, reactionHiddenFields);
    const viewer = await requireViewer();
    // Refused because they were removed meanwhile: the page then shows them as such. A post
    // deleted meanwhile keeps its place until the reader moves on, beside the reason said.
    await refreshWhenRefused(setReaction(viewer.id, postId, kind, on), "FORBIDDEN");
    refresh();
    return { status: "success" };
  });
}

const flagsSchema = threadRefSchema.extend({
  flag: z.enum(["pinned", "locked"]),
  value: hiddenBoolean,
});

const followSchema = threadRefSchema.extend({ follow: hiddenBoolean });

/** Follow or stop following a thread (decision 022): the button says which it asks for. */
export async function setThreadFollowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { threadId, follow } = parseInput(followSchema, values, threadHiddenFields);
    const viewer = await requireViewer();
    await setThreadFollow(viewer.id, threadId, follow);
    refresh();
    return { status: "success", message: follow ? "You follow this thread: you will be told of every reply." : "You no longer follow this thread." };
  });
}

const groupFollowSchema = groupRefSchema.extend({ follow: hiddenBoolean });

/** Be told, or not, of every new thread of the group (decision 022). */
export async function setGroupFollowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { groupId, follow } = parseInput(groupFollowSchema, values, GROUP_REF);
    const viewer = await requireViewer();
    await setGroupFollow(viewer.id, groupId, follow);
    refresh();
    return { status: "success", message: follow ? "You will be told of every new thread of this group." : "You will no longer be told of new threads here." };
  });
}

export async function setThreadFlagAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(flagsSchema, values, threadHiddenFields);
    const viewer = await requireViewer();
    await setThreadFlags(viewer.id, input.threadId, { [input.flag]: input.value });
    refresh();
    const done = { pinned: ["Thread unpinned.", "Thread pinned."], locked: ["Thread unlocked: it takes replies again.", "Thread locked: it takes no new replies."] }[input.flag];
    return { status: "success", message: done[input.value ? 1 : 0] };
  });
}

export async function deleteThreadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { threadId, reason } = parseInput(deleteThreadSchema, values, threadHiddenFields);
    const viewer = await requireViewer();
    const { groupSlug } = await deleteThread(viewer.id, threadId, reason);
    // The client's copies of pages go too: Back would show the thread, reply box and all.
    refresh();
    redirect(afterThreadDeletedPath(groupSlug));
  });
}

export async function restoreThreadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { threadId } = parseInput(threadRefSchema, values, threadHiddenFields);
    const viewer = await requireViewer();
    const restored = await restoreThread(viewer.id, threadId);
    // Back to the Deleted threads page (its row is gone), which says so and links to the thread.
    redirect(afterThreadRestoredPath(restored.groupSlug, restored.id));
  });
}

export async function editThreadTitleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { threadId, title } = parseInput(editThreadTitleSchema, values, threadHiddenFields);
    const viewer = await requireViewer();
    const renamed = await renameThread(viewer.id, threadId, title);
    // To the canonical address, which changes with the title's slug (the old one redirects there).
    redirect(afterTitleSavedPath(renamed.groupSlug, renamed));
  });
}

export async function reportPostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(reportPostSchema, values, postHiddenFields);
    const viewer = await requireViewer();
    await reportPost(viewer.id, input);
    refresh();
    return { status: "success", message: "Report sent." };
  });
}

export async function resolveReportsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { postId, resolution, reason } = parseInput(resolveReportsSchema, values, resolveReportsHiddenFields);
    const viewer = await requireViewer();
    const decided = await resolvePostReports(viewer.id, postId, resolution, reason).catch(async (error: unknown) => {
      // Another moderator decided first (CONFLICT): the queue as it is now, and a notice saying so.
      const groupSlug = isAppError(error) && error.code === "CONFLICT" ? await loadPostGroupSlug(postId) : null;
      if (groupSlug === null) throw error;
      return { groupSlug, outcome: "handled elsewhere" as const };
    });
    // The post's entry moves to Resolved recently: the queue says what happened, where focus lands.
    // Refreshed as a whole: a redirect to the same page keeps its layout, and with it the tab's stale count.
    refresh();
    redirect(afterReportsResolvedPath(decided.groupSlug, "outcome" in decided ? decided.outcome : resolution));
  });
}

/** "Mark all as read" on a group's page (decision 014). */
export async function markGroupReadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { groupId } = parseInput(groupRefSchema, values, GROUP_REF);
    const viewer = await requireViewer();
    await recordGroupVisits(viewer, groupId);
    refresh();
    return { status: "success", message: "Every thread is marked as read." };
  });
}

/** Saves a post to read again, or lets it go (decision 026). */
export async function setBookmarkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { postId, saved } = parseInput(bookmarkSchema, values, bookmarkHiddenFields);
    const viewer = await requireViewer();
    await setBookmark(viewer, postId, saved);
    refresh();
    return { status: "success", message: saved ? "Saved: find it under Saved." : "No longer saved." };
  });
}

/** Marks a reply as the thread's answer, or clears it (decision 035). */
export async function markAnswerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { threadId, postId } = parseInput(markAnswerSchema, values, answerHiddenFields);
    const viewer = await requireViewer();
    await markAnswer(viewer.id, threadId, postId);
    refresh();
    return { status: "success", message: postId === null ? "The thread has no marked answer any more." : "Marked as the answer." };
  });
}
