"use client";

import { useEffect, useRef } from "react";

/**
 * A confirmation carried by the address after a redirect (`?saved=1`, `?notice=…`): shown once,
 * politely announced, then `param` is dropped from the address, so a reload or a later action on
 * the page does not repeat it. With `focus`, it also takes keyboard focus: after an action whose
 * page is gone (a deleted thread) or was rebuilt (a renamed one), keyboard and screen reader
 * users start from the outcome instead of the top of the document.
 */
export function OneTimeNotice({ message, param, focus = false }: { message: string; param: string; focus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
    const url = new URL(window.location.href);
    if (!url.searchParams.has(param)) return;
    url.searchParams.delete(param);
    window.history.replaceState(window.history.state, "", url);
  }, [focus, param]);
  return (
    <p ref={ref} tabIndex={focus ? -1 : undefined} role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
      {message}
    </p>
  );
}
