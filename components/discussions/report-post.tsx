"use client";

import { useActionState } from "react";
import { Button, SubmitOrCancel } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { whenShown } from "@/components/ui/focus-when-shown";
import { FormMessage } from "@/components/ui/form-message";
import { useUnsavedText } from "@/components/ui/unsaved-text";
import { reportPostAction } from "@/lib/discussions/actions";
import { REPORT_NOTE_MAX, REPORT_REASON_LABELS, REPORT_REASONS } from "@/lib/discussions/schema";
import { initialFormState, type FormState } from "@/lib/forms";
import { Announcement, InFormPanel, useDisclosure } from "./disclosure";

const REPORTED = "You reported this post; the group's moderators will review it.";
const LEAVE_NOTE = "Leave this page? The note you typed has not been sent and will be lost.";

/**
 * "Report" under someone else's post (decision 012): a disclosure, like Reply and Edit, opening a
 * short form (a reason, a note). Once sent, or when the viewer's report is still open, the button
 * stays in place as "Reported", disabled but focusable (aria-disabled, as SubmitButton): focus
 * returns to it when the form closes, and its description says what happens next.
 * `postName` as for EditPost ("Ada's post from …"): several posts have a Report button.
 * Opening it puts focus on its first question, the reason, as Reply and Edit put it in their box;
 * Escape closes it as Cancel does, asking first when a note was typed (it keeps no draft).
 */
export function ReportPost({ postId, postName, reported }: { postId: number; postName: string; reported: boolean }) {
  const note = useUnsavedText("", LEAVE_NOTE);
  const { open, announcement, toggleRef, close, toggle, panel, closeOnEscape } = useDisclosure(() => note.mayDiscard("Discard your report? Your note has not been sent."));
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await reportPostAction(previous, formData);
    if (result.status === "success") {
      note.settle();
      close("Report sent.");
    }
    return result;
  }, initialFormState);
  const done = reported || state.status === "success";
  const formId = `report-form-${postId}`;
  const doneId = `report-done-${postId}`;
  const reasonErrorId = `report-reason-${postId}-error`;
  const openAndFocus = () => {
    const reason = (form: HTMLElement) => form.querySelector<HTMLInputElement>('input[name="reason"]:checked') ?? form.querySelector<HTMLInputElement>('input[name="reason"]');
    if (!open) whenShown(formId, (form) => reason(form)?.focus());
    toggle();
  };
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <>
      {/* One button in both states: the same element keeps focus when it becomes "Reported". */}
      <Button
        ref={toggleRef}
        variant="ghost"
        className="px-2 py-1 text-xs"
        aria-label={done ? `Reported ${postName}` : `Report ${postName}`}
        aria-expanded={done ? undefined : open}
        aria-controls={open && !done ? formId : undefined}
        aria-disabled={done || undefined}
        aria-describedby={done ? doneId : undefined}
        title={done ? REPORTED : undefined}
        onClick={done ? undefined : openAndFocus}
      >
        {done ? "Reported" : "Report"}
      </Button>
      {done && (
        <span id={doneId} hidden>
          {REPORTED}
        </span>
      )}
      <Announcement text={announcement} />
      {open && !done && (
        <InFormPanel panel={panel}>
          <form id={formId} action={action} onKeyDown={closeOnEscape} className="mt-3 space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3" noValidate>
            <input type="hidden" name="postId" value={postId} />
            {/* A missing reason: focus lands on the group of choices (FormMessage), which its message describes. */}
            <fieldset className="space-y-1" aria-invalid={Boolean(errors.reason)} tabIndex={errors.reason ? -1 : undefined} aria-describedby={errors.reason ? reasonErrorId : undefined}>
              <legend className="text-sm font-medium text-stone-800">Why are you reporting this post?</legend>
              {/* Remounted with the reason sent back, so the form's reset after a refusal keeps it checked. */}
              <div key={values.reason ?? ""} className="flex flex-wrap gap-x-5 gap-y-1">
                {REPORT_REASONS.map((reason) => (
                  <label key={reason} className="flex items-center gap-2 text-sm">
                    <input type="radio" name="reason" value={reason} defaultChecked={values.reason === reason} className="size-4 shrink-0 accent-brand-700" />
                    {REPORT_REASON_LABELS[reason]}
                  </label>
                ))}
              </div>
              {errors.reason && (
                <p id={reasonErrorId} className="text-sm text-red-700">
                  {errors.reason}
                </p>
              )}
            </fieldset>
            <TextAreaField
              id={`report-note-${postId}`}
              name="note"
              label="Note for the moderators"
              hint={`Optional, except for “Something else”. Up to ${REPORT_NOTE_MAX} characters; only the group's moderators read it.`}
              rows={3}
              defaultValue={values.note ?? ""}
              error={errors.note}
              onChange={note.track}
            />
            <FormMessage state={state} />
            <SubmitOrCancel pendingLabel="Sending…" onCancel={() => close()}>
              Send report
            </SubmitOrCancel>
          </form>
        </InFormPanel>
      )}
    </>
  );
}
