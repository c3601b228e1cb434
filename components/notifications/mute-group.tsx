"use client";

import { PressedToggle } from "@/components/ui/pressed-toggle";
import { setGroupNoticesMutedAction } from "@/lib/notifications/actions";

/**
 * "Mute notices" in a group's header, for its active members (decision 031): pressed, the group's
 * new meetups, their reminders and reactions to one's posts in it no longer send notices.
 */
export function MuteGroupNotices({ groupId, muted }: { groupId: string; muted: boolean }) {
  return (
    <PressedToggle
      action={setGroupNoticesMutedAction}
      hidden={{ groupId }}
      field="muted"
      pressed={muted}
      label="Mute notices"
      // As tall as "Leave group" beside it in the group's header.
      size=""
      title="No notices of this group's new meetups, their reminders or reactions to your posts here. Replies and mentions still reach you."
    />
  );
}
