"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms";

/**
 * The form-level outcome. Errors are announced (role="alert"); successes politely (role="status").
 * When field errors exist the fields carry the details, so this stays short, and the keyboard
 * moves to the first field to fix (its message is its description), as on GOV.UK forms.
 */
export function FormMessage({ state, className = "", fieldsSpeak = false }: { state: FormState; className?: string; fieldsSpeak?: boolean }) {
  const anchor = useRef<HTMLSpanElement>(null);
  const fieldErrors = state.status === "error" && state.fieldErrors !== undefined && Object.keys(state.fieldErrors).length > 0;
  useEffect(() => {
    if (fieldErrors) anchor.current?.closest("form")?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, fieldErrors]);
  return (
    <>
      <span ref={anchor} hidden />
      {/* `fieldsSpeak`: a one-field form whose field announces its own error needs no second alert. */}
      {!(fieldsSpeak && fieldErrors) && <Outcome state={state} className={className} />}
    </>
  );
}

function Outcome({ state, className }: { state: FormState; className: string }) {
  if (!state.message || state.status === "idle") return null;
  if (state.status === "error") {
    return (
      <p role="alert" className={`rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 ${className}`}>
        {state.message}
      </p>
    );
  }
  return (
    <p role="status" className={`rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ${className}`}>
      {state.message}
    </p>
  );
}

/**
 * A one-button form's error, beside its button (a like, a flag, a removal): announced as it
 * appears. Success needs no words there: the page itself changes.
 */
export function InlineFormError({ state, className = "" }: { state: FormState; className?: string }) {
  if (state.status !== "error") return null;
  return (
    <span role="alert" className={`text-xs text-red-700 ${className}`}>
      {state.message}
    </span>
  );
}
