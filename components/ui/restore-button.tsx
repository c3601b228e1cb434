"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { focusWhenShown } from "@/components/ui/focus-when-shown";
import { InlineFormError } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms";

/**
 * "Restore" on something deleted (a thread or project in a list, a post or project update in
 * place): posts `field`=`id` to `action`, named for screen readers ("Restore thread: Compost in
 * winter"), with a refusal beside it. The button goes with what it restored: `focusOnDone` names
 * the element that takes focus then (the restored post or update, once the refreshed page shows
 * it), when the action does not lead elsewhere.
 */
export function RestoreButton({ action, field, id, label, focusOnDone }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; field: string; id: number; label: string; focusOnDone?: string }) {
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.status === "success" && focusOnDone) focusWhenShown(focusOnDone);
    return result;
  }, initialFormState);
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
