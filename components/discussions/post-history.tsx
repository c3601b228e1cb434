"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { clearPostHistoryAction } from "@/lib/discussions/actions";
import { HISTORY_NOTE_ID, type ChangePart } from "@/lib/discussions/history";
import { focusWhenShown } from "@/components/ui/focus-when-shown";
import { initialFormState, type FormState } from "@/lib/forms";

/**
 * What an edit changed, in the markdown as typed: removed words struck through, added ones
 * underlined on green. Screen readers announce neither <del> nor <ins>, so each says what it is.
 */
export function ChangedText({ parts, lang }: { parts: readonly ChangePart[]; lang: string }) {
  return (
    <p lang={lang} className="whitespace-pre-wrap break-words rounded-md border border-stone-200 bg-white p-3 font-mono text-sm leading-relaxed text-stone-800">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "elided" ? (
          <span key={index} className="mx-1 whitespace-nowrap rounded bg-stone-100 px-1.5 font-sans text-xs text-stone-600">
            … {part.words} unchanged {part.words === 1 ? "word" : "words"} …
          </span>
        ) : part.kind === "removed" ? (
          <del key={index} className="rounded-sm bg-red-100 text-red-900 line-through decoration-red-700">
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={index} className="rounded-sm bg-green-100 text-green-900 underline decoration-green-700">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}

/** "Remove earlier versions": for the post's author and the group's moderators, asked first (it cannot be undone). */
export function ClearHistoryButton({ postId, versions, authorName }: { postId: number; versions: number; authorName: string | null }) {
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await clearPostHistoryAction(previous, formData);
    // The button goes with the versions it removed: the page's note about them takes focus.
    if (result.status === "success") focusWhenShown(HISTORY_NOTE_ID);
    return result;
  }, initialFormState);
  const earlier = `${versions} earlier ${versions === 1 ? "version" : "versions"}`;
  const question = authorName
    ? `Remove the ${earlier} of ${authorName}'s post? Readers will see only its current text. ${authorName} will be told, and it goes into the moderation log. This cannot be undone.`
    : `Remove the ${earlier} of your post? Readers will see only its current text. This cannot be undone.`;
  return (
    <ConfirmForm action={formAction} question={question} className="space-y-2">
      <input type="hidden" name="postId" value={postId} />
      <SubmitButton variant="danger" className="px-2.5 py-1 text-xs" pendingLabel="Removing…">
        Remove earlier versions
      </SubmitButton>
      <FormMessage state={state} />
    </ConfirmForm>
  );
}
