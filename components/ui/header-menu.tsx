"use client";

import { usePathname } from "next/navigation";
import { useId, useRef, useState, type ReactNode } from "react";
import { useDismiss } from "./use-dismiss";

/**
 * The site's links on a phone (decision 038): "Menu", a disclosure whose panel drops below the
 * header. It closes when a link in it leads elsewhere (the header stays mounted across pages), on
 * Escape (focus back on "Menu"), on a click outside it and when Tab takes the focus out of it.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [openOn, setOpenOn] = useState<string | null>(null);
  const pathname = usePathname();
  // Open on this page only: following one of its links closes it, with no effect to run.
  const open = openOn === pathname;
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const dismissOnEscape = useDismiss({ open, onClose: () => setOpenOn(null), wrapper: wrapperRef, toggle: toggleRef });
  return (
    <div
      ref={wrapperRef}
      className="relative"
      onKeyDown={dismissOnEscape}
    >
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="inline-flex items-center gap-1 rounded-md border border-stone-300 px-2.5 py-1.5 text-stone-800 hover:bg-stone-100"
      >
        {label}
        <span aria-hidden className={`text-xs transition-transform ${open ? "rotate-180" : ""}`}>
          ▾
        </span>
      </button>
      {open && (
        <div id={panelId} className="absolute right-0 z-30 mt-2 w-64 max-w-[calc(100vw-2rem)] space-y-3 rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-lg">
          {children}
        </div>
      )}
    </div>
  );
}
