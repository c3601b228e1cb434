"use client";

import { useRef, useState, type RefObject } from "react";
import { Button } from "@/components/ui/button";

/**
 * A Reply, Edit or Edit title button that shows its form below it (a disclosure): it stays in place, says
 * whether the form is open, and gets focus back when the form closes, so keyboard and screen
 * reader users carry on from where they were. `announcement` is said politely after closing
 * ("Reply posted."), in a region that exists before it is filled so that it is announced.
 * `mayClose` is asked before the form closes (Cancel, or the button again): a form holding
 * unsent text asks the person first (UnsavedText.mayDiscard). `close` says whether it closed.
 */
export function useDisclosure(mayClose: () => boolean = () => true) {
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = (message = "") => {
    if (!mayClose()) return false;
    setOpen(false);
    setAnnouncement(message);
    toggleRef.current?.focus();
    return true;
  };
  const toggle = () => {
    if (open && !mayClose()) return;
    setAnnouncement("");
    setOpen(!open);
  };
  return { open, announcement, toggleRef, close, toggle };
}

export function Announcement({ text }: { text: string }) {
  return (
    <span role="status" className="text-xs text-emerald-800">
      {text}
    </span>
  );
}

/**
 * `draftWaits`: a draft of the closed form's text is kept in this browser (decision 020): the
 * button says so ("Reply (draft)"), in its name too, so that the person finds it again.
 */
export function DisclosureButton({
  open,
  controls,
  toggleRef,
  onToggle,
  label,
  children,
  draftWaits = false,
}: {
  open: boolean;
  controls: string;
  toggleRef: RefObject<HTMLButtonElement | null>;
  onToggle: () => void;
  label: string;
  children: string;
  draftWaits?: boolean;
}) {
  const marked = draftWaits && !open ? " (draft)" : "";
  return (
    <Button ref={toggleRef} variant="ghost" className="px-2 py-1 text-xs" aria-label={label + marked} aria-expanded={open} aria-controls={open ? controls : undefined} onClick={onToggle}>
      {children + marked}
    </Button>
  );
}
