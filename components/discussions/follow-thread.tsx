"use client";

import { PressedToggle } from "@/components/ui/pressed-toggle";
import { setGroupFollowAction, setThreadFollowAction } from "@/lib/discussions/actions";

// Follow toggles (decision 022): pressed, the member is told of what they follow.

/** "Follow thread": told of every reply to it. */
export function FollowThread({ threadId, following }: { threadId: number; following: boolean }) {
  // The size of "Turn this into a project" beside it.
  return <PressedToggle action={setThreadFollowAction} hidden={{ threadId }} field="follow" pressed={following} label="Follow thread" size="px-2.5 py-1 text-xs" />;
}

/** "Follow new threads": told of every thread started in the group. */
export function FollowNewThreads({ groupId, following }: { groupId: string; following: boolean }) {
  // The size of "Mark all as read" beside it.
  return <PressedToggle action={setGroupFollowAction} hidden={{ groupId }} field="follow" pressed={following} label="Follow new threads" size="px-2.5 py-1.5 text-sm" />;
}
