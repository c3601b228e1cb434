"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { MemberNameOrEmailField } from "@/components/groups/member-name-or-email-field";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { FIELDS_NEED_ATTENTION, initialFormState } from "@/lib/forms";
import { checkInAction } from "@/lib/meetups/actions";

/** One person's check-in, saved at once (organizers tick people off at the door). */
export function CheckInToggle({ meetupId, userId, name, checkedIn }: { meetupId: number; userId: string; name: string; checkedIn: boolean }) {
  const [state, action] = useActionState(checkInAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center justify-end gap-2">
      <input type="hidden" name="meetupId" value={meetupId} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="present" value={checkedIn ? "false" : "true"} />
      <SubmitButton variant={checkedIn ? "secondary" : "primary"} className="px-2.5 py-1" aria-label={checkedIn ? `Undo check-in of ${name}` : `Check in ${name}`}>
        {checkedIn ? "Undo" : "Check in"}
      </SubmitButton>
      {state.status === "error" && (
        <span role="alert" className="text-xs text-red-700">
          {(state.message === FIELDS_NEED_ATTENTION && state.fieldErrors?.userId) || state.message}
        </span>
      )}
    </form>
  );
}

/**
 * A member who came without saying "going": chosen from the list of the others, or, when the
 * group is too large to list them (`members` null, see WALK_IN_LIST_MAX), typed by name or email.
 */
export function WalkInForm({ meetupId, members }: { meetupId: number; members: { id: string; name: string }[] | null }) {
  const [state, action] = useActionState(checkInAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="meetupId" value={meetupId} />
      <input type="hidden" name="present" value="true" />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 grow">
          {members ? (
            <SelectField
              name="userId"
              label="Walk-in member"
              defaultValue={state.values?.userId ?? ""}
              error={state.fieldErrors?.userId}
              options={[{ value: "", label: "Choose a member…" }, ...members.map((member) => ({ value: member.id, label: member.name }))]}
            />
          ) : (
            <MemberNameOrEmailField label="Walk-in member" state={state} />
          )}
        </div>
        <SubmitButton pendingLabel="Checking in…">Check in walk-in</SubmitButton>
      </div>
    </form>
  );
}
