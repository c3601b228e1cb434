"use client";

import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { focusWhenShown } from "@/components/ui/focus-when-shown";
import { RelativeTime } from "@/components/ui/relative-time";
import { askToJoinAction, withdrawJoinRequestAction } from "@/lib/groups/actions";
import { JOIN_MESSAGE_MAX } from "@/lib/groups/schema";
import { initialFormState, type FormState } from "@/lib/forms";

/** Where focus lands once a request is sent or taken back: the line that says where it stands. */
const STANDING_ID = "join-request-standing";

export interface OwnJoinRequest {
  status: "pending" | "declined";
  message: string;
  createdAt: Date;
  decidedAt: Date | null;
  reason: string | null;
}

/**
 * Asking to join a listed private group (decision 025): a message to its moderators, or, while
 * a request waits, where it stands and a way to take it back. A declined request shows the
 * moderators' reason, and the form to ask again.
 */
export function AskToJoin({ groupId, groupName, request, now }: { groupId: string; groupName: string; request: OwnJoinRequest | null; now: Date }) {
  // Each outcome is said where the person is after it: "Request taken back." above the form to
  // ask again, a refusal where it happened; never a former act's beside the other form.
  const [last, setLast] = useState<"ask" | "withdraw" | null>(null);
  const then = (action: typeof askToJoinAction, which: "ask" | "withdraw") => async (previous: FormState, formData: FormData) => {
    setLast(which);
    const result = await action(previous, formData);
    // The form gives way to the request's standing (or back): focus follows what replaced it.
    if (result.status === "success") focusWhenShown(STANDING_ID);
    return result;
  };
  const [askState, ask] = useActionState(then(askToJoinAction, "ask"), initialFormState);
  const [withdrawState, withdraw] = useActionState(then(withdrawJoinRequestAction, "withdraw"), initialFormState);
  if (request?.status === "pending") {
    return (
      <form action={withdraw} className="space-y-2">
        <input type="hidden" name="groupId" value={groupId} />
        <p id={STANDING_ID} tabIndex={-1} className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-stone-800">
          You asked to join <RelativeTime date={request.createdAt} now={now} />: the group&apos;s moderators have not answered yet. You will be told when they do.
        </p>
        <SubmitButton variant="secondary" pendingLabel="Taking back…">
          Take back my request
        </SubmitButton>
        <FormMessage state={last === "withdraw" && withdrawState.status === "error" ? withdrawState : initialFormState} />
      </form>
    );
  }
  const errors = askState.fieldErrors ?? {};
  return (
    <form action={ask} className="space-y-3" noValidate>
      <input type="hidden" name="groupId" value={groupId} />
      <p id={STANDING_ID} tabIndex={-1} className="text-sm text-stone-700">
        {request?.status === "declined" ? (
          <>
            The moderators declined your request <RelativeTime date={request.decidedAt ?? request.createdAt} now={now} />
            {request.reason ? `: “${request.reason}”` : "."} You may ask again.
          </>
        ) : (
          <>Only members read {groupName}&apos;s discussions. Ask to join: its moderators will answer.</>
        )}
      </p>
      {/* A refusal to ask, or the request just taken back; once sent, the request's standing
          replaces this form, and "Request sent" would be stale here after it is taken back. */}
      <FormMessage state={last === "ask" && askState.status === "error" ? askState : last === "withdraw" && withdrawState.status === "success" ? withdrawState : initialFormState} />
      <TextAreaField
        name="message"
        label="Message to the moderators (optional)"
        hint={`Who you are and why you would like to join, up to ${JOIN_MESSAGE_MAX} characters.`}
        defaultValue={askState.values?.message ?? ""}
        error={errors.message}
        rows={3}
      />
      <SubmitButton pendingLabel="Sending…">Ask to join</SubmitButton>
    </form>
  );
}
