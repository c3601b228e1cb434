"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A confirmation carried by the address after a redirect (`?saved=1`, `?notice=…`): shown once,
 * politely announced, then `param` is dropped from the address, so a reload or a later action on
 * the page does not repeat it. With `focus`, it also takes keyboard focus: after an action whose
 * page is gone (a deleted thread) or was rebuilt (a renamed one), keyboard and screen reader
 * users start from the outcome instead of the top of the document. `param` may name several
 * parameters (a notice and what it is about); `children` follow the message (a link onward).
 */
export function OneTimeNotice({ message, param, focus = false, children }: { message: string; param: string | readonly string[]; focus?: boolean; children?: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // A string key, so a new array of the same names on a re-render does not rerun the effect.
  const params = typeof param === "string" ? param : param.join("&");
  useEffect(() => {
    if (focus) ref.current?.focus();
    const url = new URL(window.location.href);
    const present = params.split("&").filter((name) => url.searchParams.has(name));
    if (present.length === 0) return;
    for (const name of present) url.searchParams.delete(name);
    window.history.replaceState(window.history.state, "", url);
    // A new message is a new outcome on the same page (a moderator keeps one reported post, then
    // deletes another): it takes focus as the first did. Not after every render: the router can
    // put the notice's parameter back in the address after a refresh, and focus must stay put.
  }, [focus, params, message]);
  return (
    <p ref={ref} tabIndex={focus ? -1 : undefined} role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
      {message}
      {children}
    </p>
  );
}
