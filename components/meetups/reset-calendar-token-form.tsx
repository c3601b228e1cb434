"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { resetCalendarTokenAction } from "@/lib/meetups/actions";

export function ResetCalendarTokenForm() {
  const [state, action] = useActionState(resetCalendarTokenAction, initialFormState);
  return (
    <ConfirmForm action={action} className="space-y-2" question="Create new calendar links? Calendars subscribed with the old links will stop updating.">
      <SubmitButton variant="secondary" pendingLabel="Creating…">
        Create new calendar links
      </SubmitButton>
      <FormMessage state={state} />
    </ConfirmForm>
  );
}
