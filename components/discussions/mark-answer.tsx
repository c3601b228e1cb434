"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-message";
import { markAnswerAction } from "@/lib/discussions/actions";
import { initialFormState } from "@/lib/forms";

/**
 * "Mark as answer" on a reply, "Unmark answer" on the one marked (decision 035): for the thread's
 * author and its moderators. The button stays where it is, so focus stays on it; the post's
 * "Answer" badge and the box under the opening post say the outcome.
 */
export function MarkAnswer({ threadId, postId, isAnswer, postName }: { threadId: number; postId: number; isAnswer: boolean; postName: string }) {
  const [state, action] = useActionState(markAnswerAction, initialFormState);
  return (
    <form action={action} className="inline-flex items-center gap-1">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="postId" value={isAnswer ? "" : postId} />
      <SubmitButton variant="ghost" className="px-2 py-1 text-xs" aria-label={isAnswer ? `Unmark answer: ${postName}` : `Mark as answer: ${postName}`}>
        {isAnswer ? "Unmark answer" : "Mark as answer"}
      </SubmitButton>
      <InlineFormError state={state} />
    </form>
  );
}
