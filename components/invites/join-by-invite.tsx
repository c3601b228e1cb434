"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { acceptInviteAction } from "@/lib/invites/actions";

/** "Join <group>" on an invitation's page: success leads to the group's page. */
export function JoinByInviteButton({ token, groupName }: { token: string; groupName: string }) {
  const [state, action] = useActionState(acceptInviteAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Joining…">Join {groupName}</SubmitButton>
    </form>
  );
}
