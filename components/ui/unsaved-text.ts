import { useEffect, useState, type ChangeEvent } from "react";

/** What the guard needs of the browser window (a stand-in in unit tests). */
export interface LeaveHost {
  addEventListener(type: "beforeunload", listener: (event: BeforeUnloadEvent) => void): void;
  removeEventListener(type: "beforeunload", listener: (event: BeforeUnloadEvent) => void): void;
  confirm(message: string): boolean;
}

/**
 * Text typed into a post's box that has not been sent (a reply, a new thread, an edit): while
 * there is some, leaving the page (closing the tab, reloading, following a link out) asks first,
 * and so does closing the form. "Some" means text other than `saved`, what the box started with
 * (nothing for a reply, the post as saved for an edit); spaces alone do not count, and neither
 * does an emptied box (nothing would be lost).
 *
 * The beforeunload listener is there only while the text is unsent: a page that has one is kept
 * out of the back/forward cache by some browsers.
 */
export class UnsavedText {
  private dirty = false;

  constructor(
    private saved = "",
    private readonly host: () => LeaveHost = () => window,
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

  private set(dirty: boolean): void {
    if (dirty === this.dirty) return;
    this.dirty = dirty;
    if (dirty) this.host().addEventListener("beforeunload", this.warn);
    else this.host().removeEventListener("beforeunload", this.warn);
  }
}

/**
 * One UnsavedText for a form's post box: wire `track` to the text area's onChange, call `settle`
 * once the text is sent, `mayDiscard` before closing the form. Unmounting settles it.
 */
export function useUnsavedText(saved = ""): UnsavedText {
  const [draft] = useState(() => new UnsavedText(saved));
  useEffect(() => draft.startFrom(saved), [draft, saved]);
  useEffect(() => draft.settle, [draft]);
  return draft;
}
