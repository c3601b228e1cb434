"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useAnnounced } from "./member-moderation";
import { ROLE_LABELS, type GroupRole } from "@/lib/groups/ability";
import { setMemberRoleAction } from "@/lib/groups/actions";
import { initialFormState } from "@/lib/forms";

export function MemberRoleForm({ groupId, userId, userName, role }: { groupId: string; userId: string; userName: string; role: GroupRole }) {
  // A refusal from an out-of-date page ("… is no longer a member") is said at the top of the page,
  // which the refusal refreshed: this row may have moved to another list. A saved role, here.
  const [state, action] = useActionState(useAnnounced(setMemberRoleAction, { successes: false }), initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {userName}
      </label>
      {/* The role as saved: a refused change goes back to it (Select remounts when it changes). */}
      <Select id={`role-${userId}`} name="role" defaultValue={role} className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm">
        {(Object.keys(ROLE_LABELS) as GroupRole[]).map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </Select>
      <SubmitButton variant="secondary" className="px-2.5 py-1" aria-label={`Save role of ${userName}`}>
        Save
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
