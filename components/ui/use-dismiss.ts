"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";

/**
 * What closes an open popup — a picker, a menu — besides its own button: a click outside
 * `wrapper` (the button and its panel) closes it where it is, and Escape inside closes it and
 * gives focus back to `toggle`. Returns the wrapper's `onKeyDown`.
 */
export function useDismiss({ open, onClose, wrapper, toggle }: { open: boolean; onClose: () => void; wrapper: React.RefObject<HTMLElement | null>; toggle: React.RefObject<HTMLElement | null> }) {
  // The latest onClose, without subscribing again on every render.
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) closeRef.current();
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open, wrapper]);
  return (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    closeRef.current();
    toggle.current?.focus();
  };
}
