"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { saveNoticePreferencesAction } from "@/lib/notifications/actions";
import { NOTICES_HEADING_ID, OPTIONAL_NOTICES, type OptionalNoticeKind } from "@/lib/notifications/preferences";

/**
 * Which optional notices one receives (decision 031): a checkbox each, checked to receive it.
 * After saving, the boxes show what was saved (the answer carries it back).
 */
export function NoticePreferencesForm({ muted }: { muted: readonly OptionalNoticeKind[] }) {
  const [state, action] = useActionState(saveNoticePreferencesAction, initialFormState);
  const receives = (field: string, kind: OptionalNoticeKind) => (state.values ? state.values[field] === "on" : !muted.includes(kind));
  return (
    <form action={action} aria-labelledby={NOTICES_HEADING_ID} className="space-y-4">
      <fieldset className="space-y-3">
        <legend className="text-sm text-stone-600">Tell me of:</legend>
        {OPTIONAL_NOTICES.map(({ kind, field, label, hint }) => (
          <div key={kind} className="flex items-start gap-2">
            <input
              // Keyed on what was saved, so the box shows it after a save.
              key={`${field}-${String(receives(field, kind))}`}
              id={`notice-${field}`}
              name={field}
              type="checkbox"
              defaultChecked={receives(field, kind)}
              aria-describedby={`notice-${field}-hint`}
              className="mt-0.5 size-4 shrink-0 rounded border-stone-300 accent-brand-700"
            />
            <div>
              <label htmlFor={`notice-${field}`} className="text-sm font-medium text-stone-800">
                {label}
              </label>
              <p id={`notice-${field}-hint`} className="text-sm text-stone-600">
                {hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <p className="text-sm text-stone-600">Replies to you, mentions of you, your meetups and your projects are always told.</p>
      <SubmitButton pendingLabel="Saving…">Save notices</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
