"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { joinGroupAction, leaveGroupAction } from "@/lib/groups/actions";
import { initialFormState } from "@/lib/forms";

/**
 * Join or leave, as one form and one button whose label changes: after joining, the page
 * re-renders with "Leave group" in the same element, so keyboard focus stays where it was.
 */
export function MembershipButton({ groupId, groupName, member }: { groupId: string; groupName: string; member: boolean }) {
  const [joinState, join] = useActionState(joinGroupAction, initialFormState);
  const [leaveState, leave] = useActionState(leaveGroupAction, initialFormState);
  return (
    <form
      action={member ? leave : join}
      className="flex flex-col items-end gap-2"
      onSubmit={(event) => {
        if (member && !window.confirm(`Leave ${groupName}? You can join again later.`)) event.preventDefault();
      }}
    >
      <input type="hidden" name="groupId" value={groupId} />
      <SubmitButton variant={member ? "secondary" : "primary"} pendingLabel={member ? "Leaving…" : "Joining…"} aria-label={`${member ? "Leave" : "Join"} ${groupName}`}>
        {member ? "Leave group" : "Join group"}
      </SubmitButton>
      <FormMessage state={member ? leaveState : joinState} />
    </form>
  );
}
