"use client";

import { useActionState } from "react";
import { SubmitOrCancel } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { editThreadTitleAction } from "@/lib/discussions/actions";
import { TITLE_MAX } from "@/lib/discussions/schema";
import { initialFormState } from "@/lib/forms";
import { DisclosureButton, useDisclosure } from "./disclosure";

/**
 * "Edit title" under a thread's heading, for its author (while unlocked) and its moderators.
 * A refused title keeps what was typed, with the message next to the field; a saved one takes
 * the page to the thread's new address, which says "Title saved." (see OneTimeNotice).
 */
export function ThreadTitleForm({ threadId, title }: { threadId: number; title: string }) {
  const { open, toggleRef, close, toggle } = useDisclosure();
  const [state, action] = useActionState(editThreadTitleAction, initialFormState);
  const formId = `thread-title-form-${threadId}`;
  return (
    <div>
      <DisclosureButton open={open} controls={formId} toggleRef={toggleRef} onToggle={toggle} label="Edit title of the thread">
        Edit title
      </DisclosureButton>
      {open && (
        <form id={formId} action={action} className="mt-2 max-w-xl space-y-2" noValidate>
          <FormMessage state={state} />
          <input type="hidden" name="threadId" value={threadId} />
          <TextField
            id={`thread-title-${threadId}`}
            name="title"
            label="Thread title"
            autoFocus
            defaultValue={state.values?.title ?? title}
            error={state.fieldErrors?.title}
            hint={`Up to ${TITLE_MAX} characters. The thread's address follows the title; links to the old one keep working.`}
            required
          />
          <SubmitOrCancel pendingLabel="Saving…" onCancel={() => close()}>
            Save title
          </SubmitOrCancel>
        </form>
      )}
    </div>
  );
}
