"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms";

/**
 * A toggle that a server action turns on and off (following a thread, muting a group's notices).
 * Its name stays the same and `aria-pressed` says whether it is on, as Like's; the outcome is said
 * in a status next to it. The action receives `hidden` and `field` ("true" to turn it on).
 */
export function PressedToggle({
  action,
  hidden,
  field,
  pressed,
  label,
  size,
  title,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  field: string;
  pressed: boolean;
  label: string;
  size: string;
  /** What turning it on does, shown on hover. */
  title?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name={field} value={String(!pressed)} />
      <SubmitButton variant="secondary" className={`${size} aria-pressed:border-brand-600 aria-pressed:bg-brand-50`} aria-pressed={pressed} title={title}>
        {/* Only when pressed: an empty span would still take the button's gap before the label. */}
        {pressed && <span aria-hidden>✓</span>}
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
