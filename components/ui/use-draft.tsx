"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type RefCallback } from "react";
import { formatRelative } from "@/lib/time";
import { Button } from "./button";
import { draftKey, forgetAllDrafts, forgetExpiredDrafts, parseDraft, readDraft, restorable, sameText, saveDraft, type DraftFields, type DraftStorage } from "./drafts";
import { useUnsavedText, type UnsavedText } from "./unsaved-text";

/** A pause in the typing this long saves the draft (and so does leaving the page: pagehide). */
const SAVE_AFTER_MS = 500;

/** localStorage, or null where the browser refuses it (storage turned off, some private modes). */
function browserStorage(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// The forms that say whether a draft waits ("Reply (draft)") hear of each save and removal made
// here, and of those made in the browser's other tabs (the storage event). A long thread has
// hundreds of them: one storage listener for all, and no news when nothing changed (below).
const listeners = new Set<() => void>();
function changed(): void {
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener("storage", changed);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", changed);
  };
}

/** Runs `work` (which may remove drafts) and tells the forms only when it did remove some. */
function dropping<T>(storage: DraftStorage, work: () => T): T {
  const before = storage.length;
  const result = work();
  if (storage.length !== before) changed();
  return result;
}

/** Old drafts of anyone who used this browser are removed once per page load, not only when their form is shown again. */
let sweptExpired = false;

/** Signing out: the next person at this computer finds none of Toile's drafts (decision 020). */
export function forgetDraftsOnSignOut(): void {
  const storage = browserStorage();
  if (storage) forgetAllDrafts(storage);
  changed();
}

function fieldIn(form: HTMLFormElement, name: string): HTMLInputElement | HTMLTextAreaElement | null {
  const field = form.elements.namedItem(name);
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field : null;
}

/** What the form's fields named in `names` (one a line) hold. */
function typedIn(form: HTMLFormElement, names: string): DraftFields {
  return Object.fromEntries(names.split("\n").map((name) => [name, fieldIn(form, name)?.value ?? ""]));
}

const BODY_ONLY = ["body"] as const;
const NO_STATUS = { text: "", discard: false };

export interface DraftOptions {
  /** The signed-in person's id: a draft is theirs alone. Null: nobody to keep a draft for. */
  owner: string | null;
  /** Which form, for this person: "thread:3", "reply:42", "edit:42", "new-thread:<group>". */
  form: string;
  /** The form's fields the draft keeps, by name; the first is focused when the draft is discarded. */
  fields?: readonly string[];
  /** What the post's box ("body") starts with: nothing for a reply, the post as saved for an edit. */
  saved?: string;
}

export interface KeptDraft {
  /** The guard of the "body" box: leaving or closing the form asks first (UnsavedText). */
  unsaved: UnsavedText;
  /** A draft waits in this browser for this form (for a closed form's button: "Reply (draft)"). */
  waiting: boolean;
  /**
   * The <form>'s ref: a waiting draft is put back into the form when it is shown. Take it out of
   * the object first (`const { fill } = draft`): React's lint holds an object one of whose
   * members is given to `ref` for a ref itself, and then refuses every other use of it in render.
   */
  fill: RefCallback<HTMLFormElement>;
  /** The <form>'s onInput: what is typed is saved once the typing pauses. */
  keep: () => void;
  /** What DraftStatus says: "Draft restored (saved 3 minutes ago).", with a Discard draft button. */
  status: { text: string; discard: boolean };
  /** The Discard draft button: the box is emptied (an edit: back to the post as saved) and the draft forgotten. */
  discard: () => void;
  /** The text was sent: nothing to guard or keep any more. */
  sent: () => void;
  /** Before closing the form: UnsavedText.mayDiscard, and the draft goes with the text when the person agrees. */
  mayDiscard: (question: string) => boolean;
}

/**
 * A post's form whose unsent text is kept as a draft in this browser (decision 020), on top of
 * UnsavedText's guard: saved a moment after the typing pauses and when the page goes away, put
 * back when the form is shown again (after a reload, another visit, the next day), forgotten
 * once sent, emptied or discarded. Leaving the page keeps it: that is its point.
 *
 * The form's fields stay uncontrolled: a draft is put back by setting their values, not their
 * defaults, so that React's reset after a successful send still empties them.
 */
export function useDraft({ owner, form, fields = BODY_ONLY, saved = "" }: DraftOptions): KeptDraft {
  const unsaved = useUnsavedText(saved);
  const key = owner === null ? null : draftKey(owner, form);
  // Strings, so that the callbacks below keep their identity from one render to the next (a
  // new ref callback would be detached and attached again, saving and restoring each time).
  const names = fields.join("\n");
  const [status, setStatus] = useState(NO_STATUS);
  const shown = useRef<HTMLFormElement | null>(null);
  const restoredInto = useRef<HTMLFormElement | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const waiting = useSyncExternalStore(
    subscribe,
    () => {
      const storage = key === null ? null : browserStorage();
      const draft = storage && key !== null ? parseDraft(storage.getItem(key)) : null;
      return draft !== null && restorable(draft, { body: saved }, Date.now());
    },
    // The server knows nothing of the browser's storage.
    () => false,
  );

  const save = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const storage = browserStorage();
    const element = shown.current;
    if (key === null || !storage || !element) return;
    saveDraft(storage, key, typedIn(element, names), { body: saved }, Date.now());
    changed();
  }, [key, names, saved]);

  /** A save still waiting for the pause is made now: the page or the form is going away. */
  const flush = useCallback(() => {
    if (timer.current !== undefined) save();
  }, [save]);

  const forget = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const storage = browserStorage();
    if (key !== null && storage) storage.removeItem(key);
    changed();
    setStatus(NO_STATUS);
  }, [key]);

  const fill = useCallback(
    (element: HTMLFormElement | null) => {
      if (!element) {
        flush();
        shown.current = null;
        return;
      }
      shown.current = element;
      // Attached again to the same form (a re-render): what is in it is the person's, not the draft's.
      if (restoredInto.current === element) return;
      restoredInto.current = element;
      const storage = browserStorage();
      // Text typed before the page could run (a slow phone) is newer than any draft: it stays.
      if (key === null || !storage || !sameText(typedIn(element, names), { body: saved })) return;
      const draft = dropping(storage, () => readDraft(storage, key, { body: saved }, Date.now()));
      if (!draft) return;
      for (const name of names.split("\n")) {
        const field = fieldIn(element, name);
        if (field && draft.fields[name] !== undefined) field.value = draft.fields[name];
      }
      const body = fieldIn(element, "body");
      if (body instanceof HTMLTextAreaElement) unsaved.track({ currentTarget: body });
      setStatus({ text: `Draft restored (saved ${formatRelative(new Date(draft.savedAt), new Date())}).`, discard: true });
    },
    [flush, key, names, saved, unsaved],
  );

  const keep = useCallback(() => {
    // "Draft discarded." is old news once the person writes again.
    setStatus((current) => (current.discard ? current : NO_STATUS));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(save, SAVE_AFTER_MS);
  }, [save]);

  useEffect(() => {
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [flush]);

  useEffect(() => {
    const storage = browserStorage();
    if (!storage) return;
    dropping(storage, () => {
      if (!sweptExpired) {
        sweptExpired = true;
        forgetExpiredDrafts(storage, Date.now());
      }
      // This form's draft, when it is expired or stale (an edit's post changed since), goes now,
      // not when the form is opened: its button stops saying "(draft)".
      if (key !== null) readDraft(storage, key, { body: saved }, Date.now());
    });
  }, [key, saved]);

  const discard = () => {
    const element = shown.current;
    forget();
    unsaved.settle();
    if (element) {
      const all = names.split("\n");
      // Back to what the form started with: empty, or an edit's post as saved.
      for (const name of all) {
        const field = fieldIn(element, name);
        if (field) field.value = name === "body" ? saved : "";
      }
      fieldIn(element, all[0] ?? "body")?.focus();
    }
    setStatus({ text: "Draft discarded.", discard: false });
  };

  const sent = () => {
    unsaved.settle();
    forget();
  };

  const mayDiscard = (question: string) => {
    if (!unsaved.mayDiscard(question)) return false;
    forget();
    return true;
  };

  return { unsaved, waiting, fill, keep, status, discard, sent, mayDiscard };
}

/**
 * Inside a form with a draft: says, politely, that a draft was put back (and when it was saved),
 * with the button that discards it, or that it was discarded. The live region is there, empty,
 * before it has anything to say, so that screen readers announce what it then says.
 */
export function DraftStatus({ draft }: { draft: KeptDraft }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p role="status" className="text-sm text-stone-600">
        {draft.status.text}
      </p>
      {draft.status.discard && (
        <Button variant="ghost" className="px-2 py-1 text-xs" onClick={draft.discard}>
          Discard draft
        </Button>
      )}
    </div>
  );
}
