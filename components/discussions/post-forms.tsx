"use client";

import { useActionState, useState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { deletePostAction, editPostAction, replyAction, toggleLikeAction } from "@/lib/discussions/actions";
import { initialFormState, type FormState } from "@/lib/forms";

function ReplyFields({ threadId, parentId, label, onDone, autoFocus }: { threadId: number; parentId: number; label: string; onDone?: () => void; autoFocus?: boolean }) {
  // React resets the form after the action: to the typed text on failure (defaultValue), to
  // empty on success. An inline reply form also closes once its reply is posted.
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await replyAction(previous, formData);
    if (result.status === "success") onDone?.();
    return result;
  }, initialFormState);
  const id = `reply-${parentId}`;
  const error = state.fieldErrors?.body;
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="parentId" value={parentId} />
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name="body"
        rows={4}
        autoFocus={autoFocus}
        defaultValue={state.status === "error" ? state.values?.body : ""}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-500"
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
      {!error && <FormMessage state={state} />}
      <div className="flex gap-2">
        <SubmitButton pendingLabel="Posting…">Post reply</SubmitButton>
        {onDone && (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

/** The always-visible form under the opening post: a reply to the thread. */
export function ThreadReplyForm({ threadId, openerId }: { threadId: number; openerId: number }) {
  return <ReplyFields threadId={threadId} parentId={openerId} label="Reply to the thread" />;
}

/** "Reply" under any post, opening a form that answers that post. */
export function ReplyToPost({ threadId, postId, authorName }: { threadId: number; postId: number; authorName: string }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="ghost" className="px-2 py-1 text-xs" aria-label={`Reply to ${authorName}`} aria-expanded={false} onClick={() => setOpen(true)}>
        Reply
      </Button>
    );
  }
  return (
    <div className="mt-2 w-full">
      <ReplyFields threadId={threadId} parentId={postId} label={`Your reply to ${authorName}`} onDone={() => setOpen(false)} autoFocus />
    </div>
  );
}

export function LikeButton({ postId, count, liked, disabled, authorName }: { postId: number; count: number; liked: boolean; disabled?: boolean; authorName: string }) {
  const [state, action] = useActionState(toggleLikeAction, initialFormState);
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="postId" value={postId} />
      <SubmitButton
        variant="ghost"
        className="px-2 py-1 text-xs"
        aria-pressed={liked}
        disabled={disabled}
        aria-label={`${liked ? "Unlike" : "Like"} ${authorName}'s post (${count} ${count === 1 ? "like" : "likes"})`}
      >
        <span aria-hidden>{liked ? "♥" : "♡"}</span> {count}
      </SubmitButton>
      {state.status === "error" && (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}

/** `postName` says which post ("your post from Tue, 3 Mar 2026, 14:05 UTC"): several posts have an Edit button. */
export function EditPost({ postId, source, postName }: { postId: number; source: string; postName: string }) {
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await editPostAction(previous, formData);
    if (result.status === "success") setOpen(false);
    return result;
  }, initialFormState);
  if (!open) {
    return (
      <Button variant="ghost" className="px-2 py-1 text-xs" aria-label={`Edit ${postName}`} aria-expanded={false} onClick={() => setOpen(true)}>
        Edit
      </Button>
    );
  }
  const id = `edit-${postId}`;
  const error = state.fieldErrors?.body;
  return (
    <form action={action} className="mt-2 w-full space-y-2" noValidate>
      <input type="hidden" name="postId" value={postId} />
      <label htmlFor={id} className="block text-sm font-medium">
        Edit your post
      </label>
      <textarea
        id={id}
        name="body"
        rows={6}
        autoFocus
        defaultValue={state.values?.body ?? source}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-500"
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
      {!error && <FormMessage state={state} />}
      <div className="flex gap-2">
        <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** `postName` as for EditPost ("Alice's post from …" when a moderator deletes someone else's). */
export function DeletePost({ postId, postName }: { postId: number; postName: string }) {
  const [state, action] = useActionState(deletePostAction, initialFormState);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm("Delete this post? Replies to it stay in the thread.")) event.preventDefault();
      }}
    >
      <input type="hidden" name="postId" value={postId} />
      <SubmitButton variant="ghost" className="px-2 py-1 text-xs text-red-700" aria-label={`Delete ${postName}`}>
        Delete
      </SubmitButton>
      {state.status === "error" && (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
