"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { InlineFormError } from "@/components/ui/form-message";
import { ActWithReason } from "@/components/moderation/act-with-reason";
import { deleteThreadAction, setThreadFlagAction } from "@/lib/discussions/actions";
import { initialFormState } from "@/lib/forms";

function FlagToggle({ threadId, flag, value, label, action }: { threadId: number; flag: "pinned" | "locked"; value: boolean; label: string; action: (formData: FormData) => void }) {
  return (
    <form action={action} className="inline">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="flag" value={flag} />
      <input type="hidden" name="value" value={String(!value)} />
      <SubmitButton variant="secondary" className="px-2.5 py-1 text-xs">
        {label}
      </SubmitButton>
    </form>
  );
}

/**
 * Deletes the whole thread after a confirmation (the browser's own dialog: keyboard-usable and
 * announced) — or, when it is someone else's, after a small form that takes a reason for its
 * author (decision 019). On success the page goes to the group's thread list, which says so and
 * takes focus.
 */
function DeleteThread({ threadId, title, author }: { threadId: number; title: string; author: { name: string; own: boolean } }) {
  const [state, action] = useActionState(deleteThreadAction, initialFormState);
  const consequence = `“${title}” disappears from the group with all its replies, and links to it stop working.`;
  if (!author.own) {
    return (
      <ActWithReason
        action={deleteThreadAction}
        hidden={{ threadId }}
        personName={author.name}
        verb="Delete"
        consequence={consequence}
        toggle={{ label: "Delete thread", variant: "danger", className: "px-2.5 py-1 text-xs" }}
      />
    );
  }
  return (
    <ConfirmForm action={action} className="inline" question={`Delete the thread “${title}”? It disappears from the group with all its replies, and links to it stop working.`}>
      <input type="hidden" name="threadId" value={threadId} />
      <SubmitButton variant="danger" className="px-2.5 py-1 text-xs" pendingLabel="Deleting…">
        Delete thread
      </SubmitButton>
      <InlineFormError state={state} className="ml-2" />
    </ConfirmForm>
  );
}

/**
 * `author`: the thread's author's name, and whether that is the viewer. Pin and lock share one
 * outcome, said after the buttons: pinning, then locking, says only the latter.
 */
export function ThreadModeration({ threadId, title, pinned, locked, author }: { threadId: number; title: string; pinned: boolean; locked: boolean; author: { name: string; own: boolean } }) {
  const [state, action] = useActionState(setThreadFlagAction, initialFormState);
  return (
    <div className="flex flex-wrap items-start gap-2" role="group" aria-label="Moderation">
      <FlagToggle threadId={threadId} flag="pinned" value={pinned} label={pinned ? "Unpin thread" : "Pin thread"} action={action} />
      <FlagToggle threadId={threadId} flag="locked" value={locked} label={locked ? "Unlock thread" : "Lock thread"} action={action} />
      <DeleteThread threadId={threadId} title={title} author={author} />
      <InlineFormError state={state} className="self-center" />
      {/* Present from the start, so what a button just did is announced when it fills in. */}
      <span role="status" className="self-center text-xs text-emerald-800">
        {state.status === "success" ? state.message : ""}
      </span>
    </div>
  );
}
