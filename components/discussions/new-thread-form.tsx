"use client";

import { isRedirectError } from "next/dist/client/components/redirect-error";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { MARKDOWN_HINT, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submitOnShortcut } from "@/components/ui/submit-shortcut";
import { DraftStatus, useDraft } from "@/components/ui/use-draft";
import { useHydrated } from "@/components/ui/use-hydrated";
import { MentionSuggestions } from "@/components/discussions/mention-suggestions";
import { createThreadAction } from "@/lib/discussions/actions";
import { NEW_THREAD_TITLE_ID } from "@/lib/discussions/paths";
import { TITLE_MAX } from "@/lib/discussions/schema";
import { initialFormState, type FormState } from "@/lib/forms";

const TITLE_AND_BODY = ["title", "body"] as const;

/**
 * The new thread's message is guarded until it is posted: a success leaves the page for the
 * thread. Its title and message are kept as `viewerId`'s draft for the group in this browser
 * (decision 020) until then.
 */
export function NewThreadForm({ groupId, viewerId }: { groupId: string; viewerId: string }) {
  const draft = useDraft({ owner: viewerId, form: `new-thread:${groupId}`, fields: TITLE_AND_BODY });
  const { fill } = draft;
  const sendAndForgetDraft = async (previous: FormState, formData: FormData) => {
    try {
      return await createThreadAction(previous, formData);
    } catch (error) {
      // Success is a redirect to the new thread, which reaches the client as this error; any
      // other error (the network) keeps the draft, for when the page is shown again.
      if (isRedirectError(error)) draft.sent();
      throw error;
    }
  };
  // Until the page's script runs (or with scripts off), the form posts to the server action
  // itself, as a plain form: the closure would render as a form that does nothing. There is no
  // draft to forget then: drafts are the script's. React takes up the closure once hydrated.
  const hydrated = useHydrated();
  const [state, action] = useActionState(hydrated ? sendAndForgetDraft : createThreadAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form ref={fill} onInput={draft.keep} action={action} className="space-y-5" noValidate>
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
        onChange={draft.unsaved.track}
        onKeyDown={submitOnShortcut}
      />
      <MentionSuggestions fieldId="field-body" />
      <DraftStatus draft={draft} />
      <SubmitButton pendingLabel="Posting…">Start thread</SubmitButton>
    </form>
  );
}
