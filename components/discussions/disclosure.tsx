"use client";

import { useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from "react";
import { createPortal } from "react-dom";
import { Button } from "@/components/ui/button";
import { formPanelOf } from "@/components/ui/form-panel";

/**
 * A Reply, Edit or Edit title button that shows its form below it (a disclosure): it stays in place, says
 * whether the form is open, and gets focus back when the form closes, so keyboard and screen
 * reader users carry on from where they were. `announcement` is said politely after closing
 * ("Reply posted."), in a region that exists before it is filled so that it is announced.
 * `mayClose` is asked before the form closes (Cancel, or the button again): a form holding
 * unsent text asks the person first (UnsavedText.mayDiscard). `close` says whether it closed.
 * `closeOnEscape` is the open form's onKeyDown: Escape inside it closes it as Cancel does (asking
 * first when text would be lost, so a draft goes only when the person agrees), focus back on the button;
 * it says whether it closed.
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
  // Where the form shows when the button is a post's or a table row's (InFormPanel); found as it opens.
  const [panel, setPanel] = useState<Element | null>(null);
  const toggle = () => {
    if (open && !mayClose()) return;
    setAnnouncement("");
    if (!open) setPanel(formPanelOf(toggleRef.current));
    setOpen(!open);
  };
  const closeOnEscape = (event: KeyboardEvent): boolean => {
    if (!closesForm(event)) return false;
    event.stopPropagation();
    event.preventDefault();
    return close();
  };
  return { open, announcement, toggleRef, close, toggle, panel, closeOnEscape };
}

/**
 * Whether a key pressed inside an open form closes it: Escape, unless something inside already
 * took it (a list of @mention suggestions closes itself and stops it there; this is a second
 * guard) or an input method is composing text, where Escape cancels the composition.
 */
export function closesForm(event: { key: string; defaultPrevented: boolean; nativeEvent?: { isComposing?: boolean } }): boolean {
  return event.key === "Escape" && !event.defaultPrevented && !event.nativeEvent?.isComposing;
}

/** Said, and shown at the end of the post's row of buttons, so that it never parts the buttons. */
export function Announcement({ text }: { text: string }) {
  return (
    <span role="status" className="order-last text-xs text-emerald-800">
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

/**
 * Where a post's or a table row's open form shows (Reply, Edit, Report; a moderator's act with a
 * reason): in the panel `useDisclosure` found (components/ui/form-panel), below the row of
 * buttons, so that the row stays whole and the form follows it in the page's order as on the
 * screen (Tab from the form goes on, not back up to the row's other buttons). With no panel (a
 * button elsewhere), shown in place.
 */
export function InFormPanel({ panel, children }: { panel: Element | null; children: ReactNode }) {
  return panel ? createPortal(children, panel) : children;
}
