"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms";

/**
 * "Restore" on a list of deleted things (threads, projects): posts `field`=`id` to `action`,
 * named for screen readers ("Restore thread: Compost in winter"), with a refusal beside it.
 */
export function RestoreButton({ action, field, id, label }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; field: string; id: number; label: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name={field} value={id} />
      <SubmitButton variant="secondary" className="px-2.5 py-1 text-xs" pendingLabel="Restoring…" aria-label={`Restore ${label}`}>
        Restore
      </SubmitButton>
      <InlineFormError state={state} />
    </form>
  );
}
