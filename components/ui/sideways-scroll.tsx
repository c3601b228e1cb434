"use client";

import type { FocusEvent, HTMLAttributes } from "react";
import { revealDelta } from "./reveal";

/**
 * A box that scrolls sideways on a narrow screen (a strip of chips, a wide table), which brings
 * whatever the keyboard focuses inside it wholly into view. Chromium scrolls a focused element
 * into view only when too little of it shows: a link half past the edge stays there, its focus
 * ring out of sight. Only this box moves, never the page.
 */
export function SidewaysScroll({ as: Box = "div", ...props }: Omit<HTMLAttributes<HTMLElement>, "onFocus"> & { as?: "div" | "nav" }) {
  return <Box {...props} onFocus={revealFocused} />;
}

/** `onFocus` of a sideways-scrolling box: scrolls it so the focused element shows whole. */
export function revealFocused(event: FocusEvent<HTMLElement>) {
  const box = event.currentTarget;
  if (box.scrollWidth <= box.clientWidth || !(event.target instanceof Element)) return;
  box.scrollLeft += revealDelta(box.getBoundingClientRect(), event.target.getBoundingClientRect());
}
