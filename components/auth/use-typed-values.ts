"use client";

import { useState, useTransition } from "react";
import { initialFormState, type FormState } from "@/lib/forms";

/**
 * A form whose fields live in state rather than in the server's echo: a refused submission keeps
 * everything typed, passwords included, without sending them back. `submit` posts the values
 * to `action`; on success, `then` (signing in, say) gives the state to show.
 */
export function useTypedValues<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState(initial);
  const [state, setState] = useState<FormState>(initialFormState);
  const [pending, startTransition] = useTransition();
  const set = (key: keyof T) => (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [key]: event.target.value });

  function submit(event: React.FormEvent<HTMLFormElement>, action: (previous: FormState, form: FormData) => Promise<FormState>, then: (result: FormState) => Promise<FormState>) {
    event.preventDefault();
    // A second click or Enter while the first is on its way sends nothing (the button stays
    // focusable, aria-disabled, so the keyboard's place is not lost).
    if (pending) return;
    const form = new FormData();
    for (const [key, value] of Object.entries(values)) form.set(key, value);
    startTransition(async () => {
      const result = await action(initialFormState, form);
      setState(result.status === "success" ? await then(result) : result);
    });
  }

  /** A field's props, bound to its value, its change and its error: `<TextField {...field("email")} label="Email" />`. */
  const field = (key: keyof T & string) => ({ name: key, value: values[key], onChange: set(key), error: state.fieldErrors?.[key] });

  return { values, setValues, set, field, state, pending, submit };
}
