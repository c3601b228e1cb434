"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { setGroupFollowAction, setThreadFollowAction } from "@/lib/discussions/actions";
import { initialFormState, type FormState } from "@/lib/forms";

/**
 * A follow toggle (decision 022): pressed, its member is told of what it follows. Its name stays
 * the same and `aria-pressed` says whether it is on, as Like's; the outcome is said in a status
 * next to it.
 */
function FollowToggle({ action, hidden, following, label, size }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; hidden: Record<string, string | number>; following: boolean; label: string; size: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="follow" value={String(!following)} />
      <SubmitButton variant="secondary" className={`${size} aria-pressed:border-brand-600 aria-pressed:bg-brand-50`} aria-pressed={following}>
        <span aria-hidden>{following ? "✓ " : ""}</span>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** "Follow thread": told of every reply to it. */
export function FollowThread({ threadId, following }: { threadId: number; following: boolean }) {
  // The size of "Turn this into a project" beside it.
  return <FollowToggle action={setThreadFollowAction} hidden={{ threadId }} following={following} label="Follow thread" size="px-2.5 py-1 text-xs" />;
}

/** "Follow new threads": told of every thread started in the group. */
export function FollowNewThreads({ groupId, following }: { groupId: string; following: boolean }) {
  // The size of "Mark all as read" beside it.
  return <FollowToggle action={setGroupFollowAction} hidden={{ groupId }} following={following} label="Follow new threads" size="px-2.5 py-1.5 text-sm" />;
}
