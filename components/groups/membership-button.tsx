"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { joinGroupAction, leaveGroupAction } from "@/lib/groups/actions";
import { leaveGroupQuestion } from "@/lib/groups/leave-question";
import { initialFormState } from "@/lib/forms";

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
  // The server actions themselves (not wrapped), so joining works before the page's script runs.
  const [joinState, join] = useActionState(joinGroupAction, initialFormState);
  const [leaveState, leave] = useActionState(leaveGroupAction, initialFormState);
  // Said beside the button: a refusal of its own act, or else the act that made it what it is
  // ("You left the group." beside Join group), which the other act's state would not say.
  const own = member ? leaveState : joinState;
  const done = member ? joinState : leaveState;
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
      <FormMessage state={own.status === "error" ? own : done} />
    </ConfirmForm>
  );
}
