"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { cancelMeetupAction } from "@/lib/meetups/actions";

/**
 * Cancelling, with a reason. `toldCount`: how many people the cancellation tells (everyone who
 * answered and the host, but the one cancelling: `concernedMembers`); `hosting`: whether the one
 * cancelling is the host, whom the hint then does not name.
 */
export function CancelMeetupForm({ meetupId, toldCount, hosting }: { meetupId: number; toldCount: number; hosting: boolean }) {
  const [state, action] = useActionState(cancelMeetupAction, initialFormState);
  return (
    <ConfirmForm action={action} className="space-y-3" question="Cancel this meetup? Everyone who answered will be told. This cannot be undone.">
      <FormMessage state={state} />
      <input type="hidden" name="meetupId" value={meetupId} />
      <TextAreaField
        name="reason"
        label="Reason (optional)"
        rows={3}
        defaultValue={state.values?.reason}
        error={state.fieldErrors?.reason}
        hint={
          toldCount === 0
            ? "Shown on the meetup page. Nobody has answered yet, so nobody is sent it."
            : `Shown on the meetup page and sent to ${toldCount === 1 ? "1 person" : `${toldCount} people`}: ${hosting ? "everyone who answered" : "everyone who answered, and the host"}.`
        }
      />
      <SubmitButton variant="danger" pendingLabel="Cancelling…">
        Cancel meetup
      </SubmitButton>
    </ConfirmForm>
  );
}
