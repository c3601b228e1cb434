"use client";

import { useEffect } from "react";
import { THREAD_REPLY_FORM_ID } from "@/lib/discussions/paths";

/**
 * Moves focus to what the address's fragment points at when a thread page loads: `#reply` (the
 * thread's reply form, which other pages link to as an invitation to answer) focuses its textarea,
 * `#post-N` the post. The browser only scrolls there; with focus, keyboard and screen reader users
 * start from the same place as everyone else.
 */
export function FocusHashTarget() {
  useEffect(() => {
    const focusTarget = () => {
      const id = window.location.hash.slice(1);
      if (id !== THREAD_REPLY_FORM_ID && !/^post-\d+$/.test(id)) return;
      const target = document.getElementById(id);
      const field = target instanceof HTMLFormElement ? target.querySelector("textarea") : null;
      (field ?? target)?.focus();
    };
    focusTarget();
    // The rest of the page can still be hydrating and put focus back on the body: try again for
    // a moment, but only while nothing has focus (never taking it from what the person chose).
    let tries = 0;
    const retry = window.setInterval(() => {
      if (++tries > 15) window.clearInterval(retry);
      else if (document.activeElement === null || document.activeElement === document.body) focusTarget();
    }, 100);
    // A link to #reply or #post-N on the page itself changes only the fragment: no new page.
    window.addEventListener("hashchange", focusTarget);
    return () => {
      window.clearInterval(retry);
      window.removeEventListener("hashchange", focusTarget);
    };
  }, []);
  return null;
}
