import { useEffect, useState, type ChangeEvent } from "react";

/** The parts of the Navigation API's `navigate` event the guard reads (not in TypeScript's DOM types yet). */
export interface TraverseEvent extends Event {
  navigationType: "push" | "replace" | "reload" | "traverse";
  hashChange: boolean;
  destination: { sameDocument: boolean };
}

type Listen = {
  (type: "beforeunload", listener: (event: BeforeUnloadEvent) => void): void;
  (type: "click", listener: (event: MouseEvent) => void, capture: true): void;
};
type ListenNavigation = (type: "navigate", listener: (event: TraverseEvent) => void) => void;

/** What the guard needs of the browser window (a stand-in in unit tests). */
export interface LeaveHost {
  addEventListener: Listen;
  removeEventListener: Listen;
  confirm(message: string): boolean;
  location: { href: string };
  /** The Navigation API, where the browser has it: how Back within the app is asked about. */
  navigation?: { addEventListener: ListenNavigation; removeEventListener: ListenNavigation };
}

/**
 * Asked before a link or Back leaves the page; the browser asks in its own words on unload.
 * Every box guarded here also keeps its text as a draft in this browser (useDraft, decision
 * 020), which leaving keeps: the question says the text is not sent, not that it is lost.
 */
export const LEAVE_QUESTION = "Leave this page? What you wrote has not been sent; it is kept as a draft in this browser.";

/**
 * Whether a click follows a link to another page of this site, which the App Router (a Next
 * `<Link>`) or the browser (a plain `<a>`) would then show in place of this one. Not: a click
 * someone already handled, another button or a modifier key (a new tab or window, a download),
 * a link to another tab or a download, a link to another site (a full unload: beforeunload asks),
 * and a fragment of this very page (a permalink, the skip link), which keeps the page.
 */
export function leavesPage(click: Pick<MouseEvent, "defaultPrevented" | "button" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey" | "target">, here: string): boolean {
  if (click.defaultPrevented || click.button !== 0 || click.ctrlKey || click.metaKey || click.shiftKey || click.altKey) return false;
  // What was clicked may be inside the link (an icon, a span), or not an element at all.
  const link = (click.target as Partial<Element> | null)?.closest?.("a[href]");
  if (!link) return false;
  const target = link.getAttribute("target");
  if ((target && target !== "_self") || link.hasAttribute("download")) return false;
  const from = new URL(here);
  const to = new URL(link.getAttribute("href") ?? "", from);
  if (to.origin !== from.origin) return false;
  // `href` keeps a "#" even for an empty fragment ("#" alone scrolls to the top, it does not leave).
  const samePage = to.pathname === from.pathname && to.search === from.search;
  return !(samePage && to.href.includes("#"));
}

/** The answer to each click or Back already asked about: two boxes holding text ask once, not twice. */
const answers = new WeakMap<Event, boolean>();

/**
 * Text typed into a post's box that has not been sent (a reply, a new thread, an edit): while
 * there is some, leaving the page asks first, and so does closing the form. "Some" means text
 * other than `saved`, what the box started with (nothing for a reply, the post as saved for an
 * edit); spaces alone do not count, and neither does an emptied box (nothing would be lost).
 *
 * Leaving is three things, each with its own listener: an unload (closing the tab, reloading,
 * another site), where the browser asks (beforeunload); a click on a link to another page of the
 * app, which the App Router handles without unloading, so a capture-phase click listener asks
 * with confirm() and, if told to stay, cancels the click (Next's Link then does nothing); and Back
 * or Forward within the app, asked about by cancelling the Navigation API's traverse (browsers
 * without that API let it through: popstate comes after the fact and cannot be cancelled).
 *
 * The listeners are there only while the text is unsent: a page with a beforeunload listener is
 * kept out of the back/forward cache by some browsers.
 *
 * Leaving, once agreed, only settles the guard: the draft useDraft keeps of the text stays, to
 * be put back when the form is shown again. Closing the form (mayDiscard) is throwing the text
 * away, and its draft with it.
 */
export class UnsavedText {
  private dirty = false;

  constructor(
    private saved = "",
    private readonly host: () => LeaveHost = () => window,
    /** What leaving asks: a box whose text is not kept as a draft (a moderator's reason) says it would be lost. */
    private readonly leaveQuestion = LEAVE_QUESTION,
  ) {}

  /** What the box now starts with (an edited post, saved since). */
  readonly startFrom = (saved: string): void => {
    this.saved = saved;
  };

  /** Whether some text would be lost. */
  get unsent(): boolean {
    return this.dirty;
  }

  /** The text area's onChange. */
  readonly track = (event: Pick<ChangeEvent<HTMLTextAreaElement>, "currentTarget">): void => {
    const text = event.currentTarget.value.trim();
    this.set(text !== "" && text !== this.saved.trim());
  };

  /** The text was sent (or the form is gone): nothing to lose any more. */
  readonly settle = (): void => {
    this.set(false);
  };

  /** Before closing the form: true when nothing would be lost or the person agrees to lose it. */
  readonly mayDiscard = (question: string): boolean => {
    if (this.dirty && !this.host().confirm(question)) return false;
    this.settle();
    return true;
  };

  private readonly warn = (event: BeforeUnloadEvent): void => {
    // The browser asks in its own words; returnValue for browsers before preventDefault did it.
    event.preventDefault();
    event.returnValue = true;
  };

  private readonly askBeforeLink = (event: MouseEvent): void => {
    if (answers.has(event) || leavesPage(event, this.host().location.href)) this.askBeforeLeaving(event);
  };

  private readonly askBeforeTraverse = (event: TraverseEvent): void => {
    // Another document (beforeunload asks) or a fragment of this page (a permalink) is let be;
    // a traverse the browser will not let the page cancel cannot be asked about.
    if (event.navigationType === "traverse" && event.destination.sameDocument && !event.hashChange && event.cancelable) this.askBeforeLeaving(event);
  };

  /** Staying cancels the click or Back; leaving settles, so that an unload after it does not ask again. */
  private askBeforeLeaving(event: Event): void {
    const leave = answers.get(event) ?? this.host().confirm(this.leaveQuestion);
    answers.set(event, leave);
    if (leave) this.settle();
    else event.preventDefault();
  }

  private set(dirty: boolean): void {
    if (dirty === this.dirty) return;
    this.dirty = dirty;
    const host = this.host();
    if (dirty) {
      host.addEventListener("beforeunload", this.warn);
      host.addEventListener("click", this.askBeforeLink, true);
      host.navigation?.addEventListener("navigate", this.askBeforeTraverse);
    } else {
      host.removeEventListener("beforeunload", this.warn);
      host.removeEventListener("click", this.askBeforeLink, true);
      host.navigation?.removeEventListener("navigate", this.askBeforeTraverse);
    }
  }
}

/**
 * One UnsavedText for a form's post box: wire `track` to the text area's onChange, call `settle`
 * once the text is sent, `mayDiscard` before closing the form. Unmounting settles it.
 * `leaveQuestion`: what leaving the page asks, when the box keeps no draft of its text.
 */
export function useUnsavedText(saved = "", leaveQuestion = LEAVE_QUESTION): UnsavedText {
  const [draft] = useState(() => new UnsavedText(saved, undefined, leaveQuestion));
  useEffect(() => draft.startFrom(saved), [draft, saved]);
  useEffect(() => draft.settle, [draft]);
  return draft;
}
