"use client";

import { useActionState, useEffect, useId } from "react";
import { InFormPanel, useDisclosure } from "@/components/discussions/disclosure";
import { Button, SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useUnsavedText } from "@/components/ui/unsaved-text";
import { MODERATION_REASON_MAX } from "@/lib/moderation/log";
import { initialFormState, type FormState } from "@/lib/forms";

/**
 * A moderator acting against someone — deleting their post or thread, removing them from the
 * group (decision 019), declining their request to join (decision 025): the button opens a small form below it that says what the act does and
 * takes an optional reason, sent to `personName` with the notice and kept in the moderation log.
 * The form is the confirmation — a second, deliberate click ("Delete and tell Ana") — so no
 * dialog comes on top; Cancel (or Escape inside it) closes it and gives focus back to the button.
 * A reason typed and not sent is guarded as a reply is (UnsavedText): leaving the page, or
 * closing the form, asks first; unlike a reply it keeps no draft, so the question says it would
 * be lost. `hidden` are the
 * action's hidden fields. Like Reply's, the form opens below the whole row of buttons: in its
 * post's panel, or in its table row's (decision 039); elsewhere on a line of its own.
 */
const PENDING_LABELS = { Delete: "Deleting…", Remove: "Removing…", Decline: "Declining…" } as const;

const LEAVE_REASON = "Leave this page? The reason you typed has not been sent and will be lost.";

export function ActWithReason({
  action,
  hidden,
  personName,
  verb,
  consequence,
  toggle,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  personName: string;
  verb: "Delete" | "Remove" | "Decline";
  consequence: string;
  toggle: { label: string; ariaLabel?: string; variant: "ghost" | "danger"; className: string };
}) {
  const reason = useUnsavedText("", LEAVE_REASON);
  const { open, toggleRef, close, toggle: flip, panel, closeOnEscape } = useDisclosure(() => reason.mayDiscard(`Discard your reason for ${personName}? It has not been sent.`));
  const [state, formAction] = useActionState(action, initialFormState);
  const formId = useId();
  // Sent: nothing left to lose (where the form stays, its box is emptied by the form's reset).
  useEffect(() => {
    if (state.status === "success") reason.settle();
  }, [state, reason]);
  return (
    <>
      <Button ref={toggleRef} variant={toggle.variant} className={toggle.className} aria-label={toggle.ariaLabel} aria-expanded={open} aria-controls={open ? formId : undefined} onClick={flip}>
        {toggle.label}
      </Button>
      {open && (
        <InFormPanel panel={panel}>
          {/* In a table row's panel, it stays at the left of what the table shows, however far the
              table is scrolled sideways, and never wider than the screen (a phone). */}
          <div className={`mt-2 ${panel?.tagName === "TD" ? "sticky left-0 mb-2 max-w-[calc(100vw-3rem)]" : "w-full"}`}>
            <form id={formId} action={formAction} onKeyDown={closeOnEscape} className="max-w-xl min-w-64 space-y-2 rounded-md border border-red-200 bg-red-50/40 p-3" noValidate>
              <FormMessage state={state} />
              {Object.entries(hidden).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <p className="text-sm text-stone-700">{consequence}</p>
              <TextAreaField
                id={`${formId}-reason`}
                name="reason"
                label={`Reason for ${personName} (optional)`}
                rows={2}
                autoFocus
                maxLength={MODERATION_REASON_MAX}
                defaultValue={state.values?.reason}
                error={state.fieldErrors?.reason}
                hint={`Sent to ${personName} with the notice, and kept in the group's moderation log. Up to ${MODERATION_REASON_MAX} characters.`}
                onChange={reason.track}
              />
              {/* The button carries a person's name, which may be long: it wraps, and Cancel goes under it. */}
              <div className="flex flex-wrap gap-2">
                <SubmitButton variant="danger" pendingLabel={PENDING_LABELS[verb]} className="min-w-0 whitespace-normal wrap-anywhere">
                  {verb} and tell {personName}
                </SubmitButton>
                <Button variant="ghost" onClick={() => close()}>
                  Cancel
                </Button>
              </div>
            </form>
          </div>
        </InFormPanel>
      )}
    </>
  );
}
