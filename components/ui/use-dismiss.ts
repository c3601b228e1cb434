"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";

/**
 * What closes an open popup — a picker, a menu — besides its own button: a click outside
 * `wrapper` (the button and its panel) and the keyboard's focus leaving it (Tab past its last
 * item, Shift+Tab before its button) close it where it is, and Escape inside closes it and
 * gives focus back to `toggle`. Returns the wrapper's `onKeyDown`.
 *
 * Closing as focus leaves is what GitHub's and Discourse's menus do: left open, the panel covers
 * the controls the focus moved to, says it is expanded, and Escape (heard inside only) no longer
 * closes it. Only a move to a known element outside counts: focus going nowhere (a click on the
 * panel's padding, another window) leaves `relatedTarget` empty, and the click handler decides.
 */
export function useDismiss({ open, onClose, wrapper, toggle }: { open: boolean; onClose: () => void; wrapper: React.RefObject<HTMLElement | null>; toggle: React.RefObject<HTMLElement | null> }) {
  // The latest onClose, without subscribing again on every render.
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const element = wrapper.current;
    if (!open || !element) return;
    const outside = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) closeRef.current();
    };
    const focusLeaves = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !element.contains(next)) closeRef.current();
    };
    document.addEventListener("pointerdown", outside);
    element.addEventListener("focusout", focusLeaves);
    return () => {
      document.removeEventListener("pointerdown", outside);
      element.removeEventListener("focusout", focusLeaves);
    };
  }, [open, wrapper]);
  return (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    closeRef.current();
    toggle.current?.focus();
  };
}
