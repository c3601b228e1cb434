"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { resetCalendarTokenAction } from "@/lib/meetups/actions";

export function ResetCalendarTokenForm() {
  const [state, action] = useActionState(resetCalendarTokenAction, initialFormState);
  return (
    <form
      action={action}
      className="space-y-2"
      onSubmit={(event) => {
        if (!window.confirm("Create new calendar links? Calendars subscribed with the old links will stop updating.")) event.preventDefault();
      }}
    >
      <SubmitButton variant="secondary" pendingLabel="Creating…">
        Create new calendar links
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
