"use client";

import { createContext, type ComponentProps } from "react";

/** Whether the enclosing form asks before it submits (read by SubmitButton). */
export const ConfirmGuardContext = createContext(false);

/** Said, as the disabled button's description, while the question cannot yet be asked. */
export const WAITING_FOR_PAGE = "Available once the page has finished loading: it asks before acting.";

/**
 * A form that asks `question` before submitting (the browser's own dialog: keyboard-usable and
 * announced), for an action that loses something. Without a question it is a plain form, for
 * sites where only some states ask (leaving, but not joining).
 *
 * The question is script. Before the page hydrates (or with JavaScript off) a click would post
 * the form natively and the action would run unasked, so its SubmitButton stays disabled until
 * then; a disabled default button also stops Enter's implicit submission. Asking on submit, not
 * on the button's click, also covers every other way the form is sent.
 */
export function ConfirmForm({ question, onSubmit, children, ...form }: ComponentProps<"form"> & { question?: string }) {
  return (
    <form
      {...form}
      onSubmit={(event) => {
        if (question && !window.confirm(question)) event.preventDefault();
        else onSubmit?.(event);
      }}
    >
      <ConfirmGuardContext value={Boolean(question)}>{children}</ConfirmGuardContext>
    </form>
  );
}
