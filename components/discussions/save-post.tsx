"use client";

import { startTransition, useOptimistic, useRef, useState } from "react";
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
  const formRef = useRef<HTMLFormElement>(null);
  const action = async (formData: FormData) => {
    show(formData.get("saved") === "true");
    const answer = await setBookmarkAction(initialFormState, formData);
    // The removed post leaves the list with the button that had the keyboard: it goes on to the next post's title.
    if (remove && answer.status !== "error" && formRef.current) focusAfterRemoval(formRef.current);
    startTransition(() => setState(answer.status === "error" ? answer : initialFormState));
  };
  return (
    <form ref={formRef} action={action} className="inline-flex items-center gap-2">
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

/**
 * Where the keyboard goes when the list item holding `form` is removed: the next item's first
 * link (its title), else the previous one's, else the page's heading, which says how many are left.
 */
function focusAfterRemoval(form: HTMLFormElement) {
  const item = form.closest("li");
  const neighbour = item?.nextElementSibling ?? item?.previousElementSibling;
  const target = neighbour?.querySelector<HTMLElement>("a[href]") ?? document.querySelector<HTMLElement>("main h1");
  if (!target) return;
  if (target.tagName === "H1") target.tabIndex = -1;
  target.focus();
}
