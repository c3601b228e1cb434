"use client";

import { MembershipButton } from "@/components/groups/membership-button";
import { focusWhenShown } from "@/components/ui/focus-when-shown";

/**
 * The group's Join button where a reader wanted to take part (reply to a thread, start one):
 * once they are a member the page shows the form instead, and focus moves to its first field
 * (`focusId`), where they were heading, instead of falling back to the top of the page.
 */
export function JoinToTakePart({ groupId, groupName, focusId }: { groupId: string; groupName: string; focusId: string }) {
  return <MembershipButton groupId={groupId} groupName={groupName} member={false} onJoined={() => focusWhenShown(focusId)} />;
}
