"use client";

import { createContext, use, useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { ActWithReason } from "@/components/moderation/act-with-reason";
import { SubmitButton } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms";
import { decideJoinRequestAction, reinstateMemberAction, removeMemberAction } from "@/lib/groups/actions";

interface Outcome {
  message: string;
  /** A refusal ("This request does not exist any more: it was taken back.") is said in red. */
  refused?: boolean;
  /** Bumped on every outcome, so the same sentence twice still takes focus again. */
  count: number;
}

const OutcomeContext = createContext<{ outcome: Outcome; announce: (message: string, refused?: boolean) => void }>({ outcome: { message: "", count: 0 }, announce: () => undefined });

/**
 * Holds the Members page's last outcome. Removing or reinstating someone moves their row from
 * one list to the other, taking the button that had focus with it: the outcome ("Ada was removed
 * from the group.") is announced in `MemberModerationOutcome` and takes focus there, so keyboard
 * and screen reader users carry on from the lists instead of the top of the document. A project's
 * contributors list uses it the same way when its lead removes someone.
 */
export function MemberModerationStatus({ children }: { children: ReactNode }) {
  const [outcome, setOutcome] = useState<Outcome>({ message: "", count: 0 });
  const announce = (message: string, refused = false) => setOutcome((previous) => ({ message, refused, count: previous.count + 1 }));
  return <OutcomeContext value={{ outcome, announce }}>{children}</OutcomeContext>;
}

/** Where the outcome is said: present (empty) before it is filled, so the change is announced. */
export function MemberModerationOutcome() {
  const { outcome } = use(OutcomeContext);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome.count > 0) ref.current?.focus();
  }, [outcome]);
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="status"
      className={
        !outcome.message ? "sr-only" : outcome.refused ? "rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" : "rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
      }
    >
      {outcome.message}
    </p>
  );
}

interface MemberActionProps {
  groupId: string;
  userId: string;
  userName: string;
}

/**
 * `act`, with its success said in the page's outcome (MemberModerationOutcome), and its refusal
 * too when it is about the page being out of date rather than a field ("it was taken back"): the
 * action refreshes the page then, and the row whose form would have said it may be gone.
 */
export function useAnnounced(act: (previous: FormState, formData: FormData) => Promise<FormState>, { successes = true } = {}) {
  const { announce } = use(OutcomeContext);
  return async (previous: FormState, formData: FormData) => {
    const result = await act(previous, formData);
    if (successes && result.status === "success" && result.message) announce(result.message);
    if (result.status === "error" && result.message && !result.fieldErrors) {
      announce(result.message, true);
      return { ...result, message: undefined };
    }
    return result;
  };
}

/**
 * "Remove <name>": opens a small form that says what it does and takes a reason for them
 * (decision 019); "Remove and tell <name>" confirms.
 */
export function RemoveMemberButton({ groupName, groupId, userId, userName }: MemberActionProps & { groupName: string }) {
  const action = useAnnounced(removeMemberAction);
  return (
    <ActWithReason
      action={action}
      hidden={{ groupId, userId }}
      personName={userName}
      verb="Remove"
      consequence={`Removed from ${groupName}, they can no longer post, reply, react, RSVP or join the group again, and they give up their seats at upcoming meetups. You can reinstate them later.`}
      toggle={{ label: "Remove", ariaLabel: `Remove ${userName}`, variant: "danger", className: "px-2.5 py-1 text-xs" }}
    />
  );
}

/** "Reinstate <name>": undoes a removal, as a plain member (no confirmation: nothing is lost). */
export function ReinstateMemberButton({ groupId, userId, userName }: MemberActionProps) {
  const [state, action] = useActionState(useAnnounced(reinstateMemberAction), initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="secondary" className="px-2.5 py-1 text-xs" pendingLabel="Reinstating…" aria-label={`Reinstate ${userName}`}>
        Reinstate
      </SubmitButton>
      <InlineFormError state={state} />
    </form>
  );
}

/**
 * A request to join's answers (decision 025): "Accept" at once (nothing is lost: they can be
 * removed), "Decline" with a reason for them, as removing someone takes one. Either moves the
 * request out of the list: the outcome is said in the page's MemberModerationOutcome.
 */
export function JoinRequestActions({ requestId, userName }: { requestId: number; userName: string }) {
  const [state, accept] = useActionState(useAnnounced(decideJoinRequestAction), initialFormState);
  const decline = useAnnounced(decideJoinRequestAction);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={accept} className="flex items-center gap-2">
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="decision" value="accept" />
        <SubmitButton className="px-2.5 py-1 text-xs" pendingLabel="Accepting…" aria-label={`Accept ${userName}'s request`}>
          Accept
        </SubmitButton>
        <InlineFormError state={state} />
      </form>
      <ActWithReason
        action={decline}
        hidden={{ requestId, decision: "decline" }}
        personName={userName}
        verb="Decline"
        consequence={`${userName} will not become a member, and may ask again later.`}
        toggle={{ label: "Decline", ariaLabel: `Decline ${userName}'s request`, variant: "ghost", className: "px-2.5 py-1 text-xs" }}
      />
    </div>
  );
}
