"use client";

import { useActionState, useRef, useState, type ChangeEventHandler, type KeyboardEventHandler } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { fieldControl, MARKDOWN_HINT } from "@/components/ui/field";
import { focusWhenShown, unlessShown, whenShown } from "@/components/ui/focus-when-shown";
import { FormMessage, InlineFormError } from "@/components/ui/form-message";
import { MarkdownPreview, sentenceCase } from "@/components/ui/markdown-preview";
import { submitOnShortcut } from "@/components/ui/submit-shortcut";
import { DraftStatus, useDraft, type KeptDraft } from "@/components/ui/use-draft";
import { ActWithReason } from "@/components/moderation/act-with-reason";
import { deletePostAction, editPostAction, replyAction } from "@/lib/discussions/actions";
import { postPermalink, replyFieldId, THREAD_REPLY_FORM_ID } from "@/lib/discussions/paths";
import { initialFormState, type FormState } from "@/lib/forms";
import { Announcement, InFormPanel, DisclosureButton, useDisclosure } from "./disclosure";
import { MentionSuggestions } from "./mention-suggestions";
import { insertQuote, QuoteButton } from "./quote-post";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * A post's textarea with its error. The error is an alert (announced as it appears) and the
 * textarea's description (read again when the person comes back to it), as is the Markdown hint
 * every box rendered as Markdown shows (decision 032). Ctrl/Cmd+Enter posts it;
 * `onChange` tells the form's UnsavedText what is typed (the form's `onInput` saves its draft).
 */
function PostBodyField({
  id,
  label,
  previewOf = sentenceCase(label),
  rows,
  autoFocus,
  defaultValue,
  error,
  onChange,
}: {
  id: string;
  label: string;
  /** What the Preview shows, in its name ("Preview of …"): by default the label. */
  previewOf?: string;
  rows: number;
  autoFocus?: boolean;
  defaultValue?: string;
  error?: string;
  onChange: ChangeEventHandler<HTMLTextAreaElement>;
}) {
  return (
    <>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name="body"
        rows={rows}
        autoFocus={autoFocus}
        // The caret after the text, as GitHub and Discourse put it: an edit mostly adds to a post.
        ref={autoFocus ? caretAtEnd : undefined}
        defaultValue={defaultValue}
        onChange={onChange}
        onKeyDown={submitOnShortcut}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        className={`${fieldControl} py-2`}
      />
      <MentionSuggestions fieldId={id} />
      <p id={`${id}-hint`} className="text-xs text-stone-500">
        {MARKDOWN_HINT}
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <MarkdownPreview fieldId={id} label={previewOf} />
    </>
  );
}

/** Puts the caret after a field's text when it mounts (the autofocus then lands there). */
function caretAtEnd(field: HTMLTextAreaElement | null) {
  field?.setSelectionRange(field.value.length, field.value.length);
}

function ReplyFields({
  threadId,
  parentId,
  label,
  formId,
  draft,
  onPosted,
  onCancel,
  onKeyDown,
  autoFocus,
}: {
  threadId: number;
  parentId: number;
  label: string;
  formId?: string;
  /** The unsent reply: its owner (the form, or the Reply button that opens it) asks before it is lost, and keeps its draft. */
  draft: KeptDraft;
  onPosted?: (postId: number) => void;
  onCancel?: () => void;
  /** An inline form's Escape (useDisclosure's closeOnEscape). */
  onKeyDown?: KeyboardEventHandler<HTMLFormElement>;
  autoFocus?: boolean;
}) {
  // React resets the form after the action: to the typed text on failure (defaultValue), to
  // empty on success. An inline reply form also closes once its reply is posted.
  const [state, action] = useFormAction(replyAction, (answer) => {
    if (answer.status === "success" && answer.createdId !== undefined) {
      // Before onPosted, which may leave the page: the reply is safe, nothing to warn about or keep.
      draft.sent();
      onPosted?.(answer.createdId);
    }
  });
  const id = replyFieldId(parentId);
  const error = state.fieldErrors?.body;
  const { fill } = draft;
  return (
    <form id={formId} ref={fill} onInput={draft.keep} onKeyDown={onKeyDown} action={action} className="scroll-mt-20 space-y-2" noValidate>
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="parentId" value={parentId} />
      <PostBodyField id={id} label={label} rows={4} autoFocus={autoFocus} defaultValue={state.status === "error" ? state.values?.body : ""} error={error} onChange={draft.unsaved.track} />
      <DraftStatus draft={draft} />
      <FormMessage state={state} fieldsSpeak />
      <div className="flex gap-2">
        <SubmitButton pendingLabel="Posting…">Post reply</SubmitButton>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

/**
 * The always-visible form under the opening post: a reply to the thread, which lands at the end
 * of the page. Focus goes to the new post, as Discourse takes you to yours.
 */
/**
 * The thread's own reply form. A new answer starts the thread's last branch: when that is on
 * another page than this one (`shownHere` false: a long thread read from its start), the person
 * is taken to it, as after answering a post whose replies are on a sub-thread page.
 * `viewerId`: whose draft of a reply to this thread the form keeps (decision 020).
 */
export function ThreadReplyForm({ threadId, openerId, groupSlug, shownHere, viewerId }: { threadId: number; openerId: number; groupSlug: string; shownHere: boolean; viewerId: string | null }) {
  const draft = useDraft({ owner: viewerId, form: `thread:${threadId}` });
  const posted = (postId: number) => {
    if (shownHere) focusWhenShown(`post-${postId}`);
    // A whole page load, not the client router, which would drop the #post-N of the redirect.
    else window.location.assign(postPermalink(groupSlug, postId));
  };
  return <ReplyFields threadId={threadId} parentId={openerId} label="Reply to the thread" formId={THREAD_REPLY_FORM_ID} draft={draft} onPosted={posted} />;
}

// Agreeing throws the text away for good: its draft in this browser goes too (decision 020).
const DISCARD_REPLY = "Discard your reply? It has not been posted, and its draft will be deleted.";
const DISCARD_EDIT = "Discard your changes? They have not been saved, and their draft will be deleted.";

/**
 * "Reply" under any post, opening a form that answers that post. `shownBelow` is false for a post
 * at the depth cap: its replies are on a sub-thread page, so a new one takes the person there.
 * A draft of the reply kept in this browser (`viewerId`'s, decision 020) shows on the closed
 * form's button, "Reply (draft)", and is put back when the form opens. "Quote" opens the same
 * form with the post's words in it, quoted (decision 033): after the draft, if one waits.
 */
export function ReplyToPost({
  threadId,
  postId,
  authorName,
  groupSlug,
  shownBelow = true,
  viewerId,
}: {
  threadId: number;
  postId: number;
  authorName: string;
  groupSlug: string;
  shownBelow?: boolean;
  viewerId: string | null;
}) {
  const draft = useDraft({ owner: viewerId, form: `reply:${postId}` });
  const { open, announcement, toggleRef, close, toggle, panel, closeOnEscape } = useDisclosure(() => draft.mayDiscard(DISCARD_REPLY));
  const formId = `reply-form-${postId}`;
  const posted = (newPostId: number) => {
    // A whole page load, not the client router, which would drop the #post-N of the redirect.
    const goToIt = () => window.location.assign(postPermalink(groupSlug, newPostId));
    if (!shownBelow) return goToIt();
    close("Reply posted.");
    // A long branch shows its first posts only: a reply past them continues on another page.
    unlessShown(`post-${newPostId}`, goToIt);
  };
  const fieldId = replyFieldId(postId);
  const quote = (text: string) => {
    if (!open) toggle();
    whenShown(fieldId, (box) => box instanceof HTMLTextAreaElement && insertQuote(box, text));
  };
  return (
    <>
      <DisclosureButton open={open} controls={formId} toggleRef={toggleRef} onToggle={toggle} label={`Reply to ${authorName}`} draftWaits={draft.waiting}>
        Reply
      </DisclosureButton>
      <QuoteButton postId={postId} authorName={authorName} onQuote={quote} />
      <Announcement text={announcement} />
      {open && (
        <InFormPanel panel={panel}>
          <div className="mt-3">
            <ReplyFields
              threadId={threadId}
              parentId={postId}
              label={`Your reply to ${authorName}`}
              formId={formId}
              draft={draft}
              onPosted={posted}
              onCancel={() => close()}
              onKeyDown={closeOnEscape}
              autoFocus
            />
          </div>
        </InFormPanel>
      )}
    </>
  );
}

/**
 * `postName` says which post ("your post from Tue, 3 Mar 2026, 14:05 UTC"): several posts have an
 * Edit button. A draft of the edit is kept as for a reply (ReplyToPost), and dropped once the
 * post as saved is no longer the one it was begun from (edited since, elsewhere).
 */
/**
 * A post's Edit button and form. The form carries the post's `version` as shown (its edit count):
 * a save after another tab saved an edit is refused rather than silently replacing it, and the
 * page then shows the post as saved, beside the text typed here (decision 045).
 */
export function EditPost({ postId, version, source, postName, viewerId }: { postId: number; version: number; source: string; postName: string; viewerId: string | null }) {
  const draft = useDraft({ owner: viewerId, form: `edit:${postId}`, saved: source });
  const { open, announcement, toggleRef, close, toggle, panel, closeOnEscape } = useDisclosure(() => draft.mayDiscard(DISCARD_EDIT));
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await editPostAction(previous, formData);
    if (result.status === "success") {
      draft.sent();
      close(result.message ?? "Post updated.");
    }
    return result;
  }, initialFormState);
  // Cancel discards a rejected draft: opened again, the form shows the post as saved.
  const [discarded, setDiscarded] = useState<FormState | null>(null);
  const shown = state === discarded ? initialFormState : state;
  const id = `edit-${postId}`;
  const formId = `edit-form-${postId}`;
  const { fill } = draft;
  const error = shown.fieldErrors?.body;
  return (
    <>
      <DisclosureButton open={open} controls={formId} toggleRef={toggleRef} onToggle={toggle} label={`Edit ${postName}`} draftWaits={draft.waiting}>
        Edit
      </DisclosureButton>
      <Announcement text={announcement} />
      {open && (
        <InFormPanel panel={panel}>
          <form
            id={formId}
            ref={fill}
            onInput={draft.keep}
            onKeyDown={(event) => {
              // As Cancel: a rejected draft is not shown again once closed.
              if (closeOnEscape(event)) setDiscarded(state);
            }}
            action={action}
            className="mt-3 space-y-2"
            noValidate
          >
            <input type="hidden" name="postId" value={postId} />
            <input type="hidden" name="version" value={version} />
            <PostBodyField id={id} label="Edit your post" previewOf={`your edit of ${postName}`} rows={6} autoFocus defaultValue={shown.values?.body ?? source} error={error} onChange={draft.unsaved.track} />
            <DraftStatus draft={draft} />
            <FormMessage state={shown} fieldsSpeak />
            <div className="flex gap-2">
              <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
              <Button
                variant="ghost"
                onClick={() => {
                  if (close()) setDiscarded(state);
                }}
              >
                Cancel
              </Button>
            </div>
          </form>
        </InFormPanel>
      )}
    </>
  );
}

/**
 * `postName` as for EditPost ("Alice's post from …" when a moderator deletes someone else's).
 * `endsThread`: it is the last post standing, so the thread goes with it (and the page leads
 * back to the group): the confirmation says so.
 */
export function DeletePost({ postId, postName, endsThread = false, moderating = null }: { postId: number; postName: string; endsThread?: boolean; moderating?: { authorName: string } | null }) {
  const anchor = useRef<HTMLElement | null>(null);
  // The button goes away with the post's words: focus stays with the post ("This post was deleted.").
  const deleteThenFocus = async (previous: FormState, formData: FormData) => {
    const post = anchor.current?.closest("article");
    const result = await deletePostAction(previous, formData);
    if (result.status === "success") post?.focus();
    return result;
  };
  const [state, action] = useActionState(deleteThenFocus, initialFormState);
  const consequence = endsThread ? "Nothing else is left in the thread, so the thread is deleted with it." : "Replies to it stay in the thread.";
  // Someone else's post, by a moderator: a reason for its author may go with it (decision 019).
  if (moderating) {
    return (
      <div ref={(node) => void (anchor.current = node)} className="contents">
        <ActWithReason
          action={deleteThenFocus}
          hidden={{ postId }}
          personName={moderating.authorName}
          verb="Delete"
          consequence={consequence}
          toggle={{ label: "Delete", ariaLabel: `Delete ${postName}`, variant: "ghost", className: "px-2 py-1 text-xs text-red-700" }}
        />
      </div>
    );
  }
  return (
    <ConfirmForm ref={(node) => void (anchor.current = node)} action={action} question={`Delete this post? ${consequence}`}>
      <input type="hidden" name="postId" value={postId} />
      <SubmitButton variant="ghost" className="px-2 py-1 text-xs text-red-700" aria-label={`Delete ${postName}`}>
        Delete
      </SubmitButton>
      <InlineFormError state={state} />
    </ConfirmForm>
  );
}
