"use client";

import { MembershipButton } from "@/components/groups/membership-button";
import { focusWhenShown } from "@/components/ui/focus-when-shown";

/** How long, after Join is sent, focus waits for the form that takes its place (a slow join included). */
const JOIN_WAIT_MS = 15_000;

/**
 * The group's Join button where a reader wanted to take part (reply to a thread, start one):
 * once they are a member the page shows the form instead, and focus moves to its first field
 * (`focusId`), where they were heading, instead of falling back to the top of the page. The
 * button goes in the same render as the answer arrives, so the wait starts when Join is sent
 * (a refusal shows no form: nothing moves); the form itself posts the server action, and works
 * without the page's script.
 */
export function JoinToTakePart({ groupId, groupName, focusId }: { groupId: string; groupName: string; focusId: string }) {
  return (
    // "contents": the form stays the item of the row it sits in.
    <div className="contents" onSubmit={() => focusWhenShown(focusId, JOIN_WAIT_MS)}>
      <MembershipButton groupId={groupId} groupName={groupName} member={false} />
    </div>
  );
}
