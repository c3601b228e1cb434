"use client";

import { startTransition, useOptimistic, useState } from "react";
import { buttonStyles } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-message";
import { setBookmarkAction } from "@/lib/discussions/actions";
import { initialFormState, type FormState } from "@/lib/forms";

/**
 * Saving a post to read again (decision 026). On a post: a toggle, "Save", pressed once saved
 * (its name stays; aria-pressed says the state), shown at once and asking for what it shows
 * turned over, as Like does. On the Saved page (`remove`): "Remove from Saved: <post>", which takes the
 * post off the list.
 */
export function SavePost({ postId, saved, postName, remove = false }: { postId: number; saved: boolean; postName: string; remove?: boolean }) {
  const [shown, show] = useOptimistic(saved, (_current, next: boolean) => next);
  const [state, setState] = useState<FormState>(initialFormState);
  const action = async (formData: FormData) => {
    show(formData.get("saved") === "true");
    const answer = await setBookmarkAction(initialFormState, formData);
    startTransition(() => setState(answer.status === "error" ? answer : initialFormState));
  };
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="saved" value={String(remove ? false : !shown)} />
      {remove ? (
        <button type="submit" className={`${buttonStyles.secondary} px-2.5 py-1 text-xs`} aria-label={`Remove from Saved: ${postName}`}>
          Remove from Saved
        </button>
      ) : (
        <button
          type="submit"
          className={`${buttonStyles.ghost} px-2 py-1 text-xs ${shown ? "font-semibold text-brand-800" : ""}`}
          aria-pressed={shown}
          aria-label={`Save ${postName}`}
          onClick={(event) => {
            // A double click is one intent.
            if (event.detail > 1) event.preventDefault();
          }}
        >
          <svg aria-hidden viewBox="0 0 16 16" className={`h-3.5 w-3.5 ${shown ? "fill-current" : "fill-none"} stroke-current`} strokeWidth="1.5">
            <path d="M4 2h8v12l-4-3-4 3z" />
          </svg>
          {/* The words stay (they start its name); the filled mark and aria-pressed say it is saved. */}
          Save
        </button>
      )}
      <InlineFormError state={state} />
    </form>
  );
}
