"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { MARKDOWN_HINT, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submitOnShortcut } from "@/components/ui/submit-shortcut";
import { useUnsavedText } from "@/components/ui/unsaved-text";
import { createThreadAction } from "@/lib/discussions/actions";
import { NEW_THREAD_TITLE_ID } from "@/lib/discussions/paths";
import { TITLE_MAX } from "@/lib/discussions/schema";
import { initialFormState } from "@/lib/forms";

/** The new thread's message is guarded until it is posted: a success leaves the page for the thread. */
export function NewThreadForm({ groupId }: { groupId: string }) {
  const [state, action] = useActionState(createThreadAction, initialFormState);
  const draft = useUnsavedText();
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <TextField id={NEW_THREAD_TITLE_ID} name="title" label="Title" defaultValue={values.title} error={errors.title} hint={`Up to ${TITLE_MAX} characters: a question or a clear topic works best.`} required />
      <TextAreaField
        preview
        name="body"
        label="Message"
        defaultValue={values.body}
        error={errors.body}
        hint={MARKDOWN_HINT}
        rows={10}
        required
        onChange={draft.track}
        onKeyDown={submitOnShortcut}
      />
      <SubmitButton pendingLabel="Posting…">Start thread</SubmitButton>
    </form>
  );
}
