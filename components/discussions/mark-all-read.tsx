"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { markGroupReadAction } from "@/lib/discussions/actions";
import { initialFormState } from "@/lib/forms";

/** "Mark all as read" (decision 014): every thread of the group counts as seen now. */
export function MarkAllRead({ groupId }: { groupId: string }) {
  const [state, action] = useActionState(markGroupReadAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="groupId" value={groupId} />
      <SubmitButton variant="secondary" pendingLabel="Marking…" className="px-2.5 py-1.5 text-sm">
        Mark all as read
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
