import type { KeyboardEvent } from "react";
import { describe, expect, it, vi } from "vitest";
import { isSubmitShortcut, submitOnShortcut } from "./submit-shortcut";

const keys = { key: "Enter", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, isComposing: false };

describe("the send shortcut of a text area", () => {
  it("is Ctrl+Enter or Cmd+Enter", () => {
    expect(isSubmitShortcut({ ...keys, ctrlKey: true })).toBe(true);
    expect(isSubmitShortcut({ ...keys, metaKey: true })).toBe(true);
  });

  it("is not Enter alone (a new line), another key, or Enter with other modifiers", () => {
    expect(isSubmitShortcut(keys)).toBe(false);
    expect(isSubmitShortcut({ ...keys, key: "a", ctrlKey: true })).toBe(false);
    expect(isSubmitShortcut({ ...keys, ctrlKey: true, shiftKey: true })).toBe(false);
    expect(isSubmitShortcut({ ...keys, ctrlKey: true, altKey: true })).toBe(false);
    expect(isSubmitShortcut({ ...keys, ctrlKey: true, metaKey: true })).toBe(false);
  });

  it("is not the Enter that confirms a character an input method is composing", () => {
    expect(isSubmitShortcut({ ...keys, ctrlKey: true, isComposing: true })).toBe(false);
  });
});

/** A keydown in a text area of a form with (or without) a submit button. */
function keydown(pressed: Partial<typeof keys>, { button = true, inForm = true } = {}) {
  const click = vi.fn();
  const requestSubmit = vi.fn();
  const form = { querySelector: () => (button ? { click } : null), requestSubmit };
  const preventDefault = vi.fn();
  const event = { nativeEvent: { ...keys, ...pressed }, currentTarget: { form: inForm ? form : null }, preventDefault } as unknown as KeyboardEvent<HTMLTextAreaElement>;
  submitOnShortcut(event);
  return { click, requestSubmit, preventDefault };
}

describe("submitOnShortcut", () => {
  it("clicks the form's submit button, so its pending guard applies, and types no new line", () => {
    const sent = keydown({ ctrlKey: true });
    expect(sent.click).toHaveBeenCalledOnce();
    expect(sent.requestSubmit).not.toHaveBeenCalled();
    expect(sent.preventDefault).toHaveBeenCalledOnce();
  });

  it("asks a form without a submit button to submit itself", () => {
    expect(keydown({ metaKey: true }, { button: false }).requestSubmit).toHaveBeenCalledOnce();
  });

  it("leaves any other key, and a text area outside a form, alone", () => {
    for (const sent of [keydown({}), keydown({ ctrlKey: true }, { inForm: false })]) {
      expect(sent.click).not.toHaveBeenCalled();
      expect(sent.preventDefault).not.toHaveBeenCalled();
    }
  });
});
