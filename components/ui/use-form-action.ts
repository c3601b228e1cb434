"use client";

import { useActionState, useEffect, useRef } from "react";
import { initialFormState, type FormState } from "@/lib/forms";

/**
 * `useActionState` over a server action, with something to do once each answer shows
 * (`onAnswer`: move the focus, clear a draft). The server action itself goes to the form, so the
 * form still posts without JavaScript, before the page has loaded or with scripts off: a closure
 * around the action would render as `action="javascript:throw …"`, a form that does nothing.
 * `onAnswer` runs after the answer is rendered, so it suits a component that stays on the page;
 * one that goes with its success (a Restore button) must act before, in a closure.
 */
export function useFormAction(action: (previous: FormState, formData: FormData) => Promise<FormState>, onAnswer: (state: FormState) => void) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const latest = useRef(onAnswer);
  useEffect(() => {
    latest.current = onAnswer;
  });
  // An answer shown from the start (a form posted before the page's script ran) is not acted on.
  const handled = useRef(state);
  useEffect(() => {
    if (state === handled.current) return;
    handled.current = state;
    latest.current(state);
  }, [state]);
  return [state, formAction, pending] as const;
}
