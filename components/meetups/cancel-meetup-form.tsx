"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { cancelMeetupAction } from "@/lib/meetups/actions";

export function CancelMeetupForm({ meetupId, answeredCount }: { meetupId: number; answeredCount: number }) {
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
        hint={`Shown on the meetup page and sent to the ${answeredCount} ${answeredCount === 1 ? "person" : "people"} who answered.`}
      />
      <SubmitButton variant="danger" pendingLabel="Cancelling…">
        Cancel meetup
      </SubmitButton>
    </ConfirmForm>
  );
}
