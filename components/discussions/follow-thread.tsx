"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { setThreadFollowAction } from "@/lib/discussions/actions";
import { initialFormState } from "@/lib/forms";

/**
 * "Follow thread", a toggle (decision 022): pressed, its member is told of every reply. Its name
 * stays the same and `aria-pressed` says whether it is on, as Like's; the outcome is said in a
 * status next to it.
 */
export function FollowThread({ threadId, following }: { threadId: number; following: boolean }) {
  const [state, action] = useActionState(setThreadFollowAction, initialFormState);
  return (
    <form action={action} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="follow" value={String(!following)} />
      <SubmitButton variant="secondary" className="px-2.5 py-1 text-xs aria-pressed:border-brand-600 aria-pressed:bg-brand-50" aria-pressed={following}>
        <span aria-hidden>{following ? "✓ " : ""}</span>
        Follow thread
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
