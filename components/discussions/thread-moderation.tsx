"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { setThreadFlagAction } from "@/lib/discussions/actions";
import { initialFormState } from "@/lib/forms";

function FlagToggle({ threadId, flag, value, label }: { threadId: number; flag: "pinned" | "locked"; value: boolean; label: string }) {
  const [state, action] = useActionState(setThreadFlagAction, initialFormState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="flag" value={flag} />
      <input type="hidden" name="value" value={String(!value)} />
      <SubmitButton variant="secondary" className="px-2.5 py-1 text-xs">
        {label}
      </SubmitButton>
      {state.status === "error" && (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}

export function ThreadModeration({ threadId, pinned, locked }: { threadId: number; pinned: boolean; locked: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Moderation">
      <FlagToggle threadId={threadId} flag="pinned" value={pinned} label={pinned ? "Unpin thread" : "Pin thread"} />
      <FlagToggle threadId={threadId} flag="locked" value={locked} label={locked ? "Unlock thread" : "Lock thread"} />
    </div>
  );
}
