"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { joinGroupAction, leaveGroupAction } from "@/lib/groups/actions";
import { initialFormState } from "@/lib/forms";

export function JoinGroupButton({ groupId, groupName }: { groupId: string; groupName: string }) {
  const [state, action] = useActionState(joinGroupAction, initialFormState);
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <input type="hidden" name="groupId" value={groupId} />
      <SubmitButton pendingLabel="Joining…" aria-label={`Join ${groupName}`}>
        Join group
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function LeaveGroupButton({ groupId, groupName }: { groupId: string; groupName: string }) {
  const [state, action] = useActionState(leaveGroupAction, initialFormState);
  return (
    <form
      action={action}
      className="flex flex-col items-end gap-2"
      onSubmit={(event) => {
        if (!window.confirm(`Leave ${groupName}? You can join again later.`)) event.preventDefault();
      }}
    >
      <input type="hidden" name="groupId" value={groupId} />
      <SubmitButton variant="secondary" pendingLabel="Leaving…" aria-label={`Leave ${groupName}`}>
        Leave group
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
