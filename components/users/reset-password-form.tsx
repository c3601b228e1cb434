"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { resetPasswordAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms";

/**
 * A site admin's "Give a new password", on someone's profile: asks first (their current password
 * stops working), then shows the new one once, to be handed over by the admin.
 */
export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  return (
    <ConfirmForm action={action} className="space-y-2" question={`Give ${name} a new password? Their current one stops working and they are signed out everywhere.`}>
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="secondary" pendingLabel="Creating…">
        Give a new password
      </SubmitButton>
      <FormMessage state={state} className="font-mono" />
      {state.status === "success" && (
        <p className="text-sm text-stone-600">
          Give it to {name} yourself: Toile sends no email. They were signed out everywhere, and a notice asks them to choose their own under Account.
        </p>
      )}
    </ConfirmForm>
  );
}
