"use client";

import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { joinGroupAction, leaveGroupAction } from "@/lib/groups/actions";
import { leaveGroupQuestion } from "@/lib/groups/leave-question";
import { initialFormState, type FormState } from "@/lib/forms";

/**
 * Join or leave, as one form and one button whose label changes: after joining, the page
 * re-renders with "Leave group" in the same element, so keyboard focus stays where it was. Its
 * accessible name starts with the words shown ("Join group: City Gardeners"), so a voice-control
 * user who says "click Join group" reaches it (WCAG 2.5.3).
 * Both forms post the server actions themselves, so joining works before the page's script runs
 * (leaving asks first, so it waits for the script: decision 016).
 */
export function MembershipButton({
  groupId,
  groupName,
  member,
  privateGroup = false,
  ledAlone = [],
  answered = [],
}: {
  groupId: string;
  groupName: string;
  member: boolean;
  /** A private group's members are let back in by its owner, or by its moderators on request when it is listed (decision 025). */
  privateGroup?: boolean | "listed";
  /** Names of the group's projects the member is the only lead of: leaving warns about them. */
  ledAlone?: readonly string[];
  /** Titles of the group's upcoming meetups the member answered: leaving withdraws those answers. */
  answered?: readonly string[];
}) {
  // The outcome said is the last act's: once it is done the button is the other one, whose
  // own state would say nothing ("You left the group." went unseen under a "Join group" button).
  const [last, setLast] = useState<"join" | "leave" | null>(null);
  const [joinState, join] = useActionState((previous: FormState, formData: FormData) => {
    setLast("join");
    return joinGroupAction(previous, formData);
  }, initialFormState);
  const [leaveState, leave] = useActionState((previous: FormState, formData: FormData) => {
    setLast("leave");
    return leaveGroupAction(previous, formData);
  }, initialFormState);
  return (
    <ConfirmForm
      action={member ? leave : join}
      className="flex flex-col items-end gap-2"
      question={member ? leaveGroupQuestion({ groupName, privateGroup, ledAlone, answered }) : undefined}
    >
      <input type="hidden" name="groupId" value={groupId} />
      <SubmitButton variant={member ? "secondary" : "primary"} pendingLabel={member ? "Leaving…" : "Joining…"} aria-label={`${member ? "Leave group" : "Join group"}: ${groupName}`}>
        {member ? "Leave group" : "Join group"}
      </SubmitButton>
      <FormMessage state={last === "leave" ? leaveState : last === "join" ? joinState : initialFormState} />
    </ConfirmForm>
  );
}
