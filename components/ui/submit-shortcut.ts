import type { KeyboardEvent } from "react";

/** The keys of a keydown that decide (a DOM KeyboardEvent has them all). */
type Keys = Pick<globalThis.KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey" | "isComposing">;

/**
 * Ctrl+Enter, or Cmd+Enter on a Mac, with no other modifier: the "send" of a multi-line text box,
 * as on GitHub, where Enter alone starts a new line. Not while an input method is composing
 * (Japanese, Chinese…): Enter then confirms the character being typed.
 */
export function isSubmitShortcut(keys: Keys): boolean {
  return keys.key === "Enter" && keys.ctrlKey !== keys.metaKey && !keys.altKey && !keys.shiftKey && !keys.isComposing;
}

/**
 * A text area's onKeyDown: Ctrl/Cmd+Enter sends its form. Through a click on the form's submit
 * button when it has one, as Enter in a one-line field does (the HTML "implicit submission"): the
 * button's own rules apply, so a SubmitButton still refuses a second send while the first is
 * pending. A form without a button is sent with requestSubmit (its submit handlers still run).
 */
export function submitOnShortcut(event: KeyboardEvent<HTMLTextAreaElement>): void {
  const form = event.currentTarget.form;
  if (!form || !isSubmitShortcut(event.nativeEvent)) return;
  event.preventDefault();
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (button) button.click();
  else form.requestSubmit();
}
