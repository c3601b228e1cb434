"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ActWithReason } from "@/components/moderation/act-with-reason";
import { InlineFormError } from "@/components/ui/form-message";
import { resolveReportsAction } from "@/lib/discussions/actions";
import { initialFormState } from "@/lib/forms";

/**
 * Keeps a reported post (decision 012): its reports are dismissed. No confirmation: nothing is
 * lost, and the post can still be deleted from its thread. On success the queue reloads with the
 * outcome said where focus lands (the post's entry has moved to Resolved recently); so does
 * another moderator's decision meanwhile, which the queue then shows.
 */
function KeepPost({ postId, authorName }: { postId: number; authorName: string }) {
  const [state, action] = useActionState(resolveReportsAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="resolution" value="dismissed" />
      <SubmitButton variant="secondary" className="px-2.5 py-1 text-xs" pendingLabel="Keeping…">
        Keep post
        <span className="sr-only"> by {authorName}</span>
      </SubmitButton>
      <InlineFormError state={state} />
    </form>
  );
}

/** Deleting the post opens a small form first, with a reason for its author (decision 019). */
export function ReviewReportedPost({ postId, authorName }: { postId: number; authorName: string }) {
  return (
    <div role="group" aria-label={`Decision on ${authorName}'s post`} className="flex flex-wrap items-start gap-2">
      <ActWithReason
        action={resolveReportsAction}
        hidden={{ postId, resolution: "post_deleted" }}
        personName={authorName}
        verb="Delete"
        consequence="Its reports are resolved with it; replies to it stay, and a thread with nothing else left goes with it."
        toggle={{ label: "Delete post", ariaLabel: `Delete post by ${authorName}`, variant: "danger", className: "px-2.5 py-1 text-xs" }}
      />
      <KeepPost postId={postId} authorName={authorName} />
    </div>
  );
}
