"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { InlineFormError } from "@/components/ui/form-message";
import { resolveReportsAction } from "@/lib/discussions/actions";
import type { ReportResolution } from "@/lib/discussions/schema";
import { initialFormState } from "@/lib/forms";

const CHOICES: Record<ReportResolution, { label: string; pending: string; variant: "danger" | "secondary"; confirm?: string }> = {
  post_deleted: {
    label: "Delete post",
    pending: "Deleting…",
    variant: "danger",
    confirm: "Delete this post? Its reports are resolved with it; replies to it stay, and a thread with nothing else left goes with it.",
  },
  // Keeping needs no confirmation: nothing is lost, and the post can still be deleted from its thread.
  dismissed: { label: "Keep post", pending: "Keeping…", variant: "secondary" },
};

/**
 * One decision on a reported post of the review queue (decision 012). On success the queue
 * reloads with the outcome said where focus lands (the post's entry has moved to Resolved
 * recently); another moderator's decision meanwhile comes back as the error beside the button.
 */
function Resolve({ postId, authorName, resolution }: { postId: number; authorName: string; resolution: ReportResolution }) {
  const [state, action] = useActionState(resolveReportsAction, initialFormState);
  const choice = CHOICES[resolution];
  return (
    <ConfirmForm action={action} className="flex flex-wrap items-center gap-2" question={choice.confirm}>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="resolution" value={resolution} />
      <SubmitButton variant={choice.variant} className="px-2.5 py-1 text-xs" pendingLabel={choice.pending}>
        {choice.label}
        <span className="sr-only"> by {authorName}</span>
      </SubmitButton>
      <InlineFormError state={state} />
    </ConfirmForm>
  );
}

export function ReviewReportedPost({ postId, authorName }: { postId: number; authorName: string }) {
  return (
    <div role="group" aria-label={`Decision on ${authorName}'s post`} className="flex flex-wrap items-center gap-2">
      <Resolve postId={postId} authorName={authorName} resolution="post_deleted" />
      <Resolve postId={postId} authorName={authorName} resolution="dismissed" />
    </div>
  );
}
