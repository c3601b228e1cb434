/**
 * Drafts of unsent text, kept in the browser's localStorage (decision 020): the rules, without
 * React or `window` (the storage and the time are passed in), so that they are unit-tested.
 *
 * A draft belongs to one signed-in person and one form ("reply:42", "edit:42"…): its key holds
 * both, so someone else signing in on the same computer never sees it, and signing out can find
 * every draft of Toile by the prefix and remove them.
 */

/** Every key of Toile's drafts starts with this: signing out removes them all by it. */
export const DRAFT_PREFIX = "toile:draft:";

/** A draft not touched for 30 days is dropped when read: the conversation has moved on. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/**
 * The most of one field a draft keeps: the longest post Toile takes (BODY_MAX, a unit test
 * checks they agree). Beyond it the post cannot be sent anyway; its start is still worth keeping.
 */
export const DRAFT_FIELD_MAX = 50_000;

/** What a form's fields hold, by name ("body", "title"). A missing field is an empty one. */
export type DraftFields = Readonly<Record<string, string>>;

export interface Draft {
  fields: DraftFields;
  /** When it was last saved (ms since the epoch). */
  savedAt: number;
  /**
   * What the form started with when the draft was begun (an edit: the post as saved then; empty
   * for a reply). When the form now starts with something else, the post changed since (saved
   * from another tab or device) and the draft, written against the old text, is stale.
   */
  start: DraftFields;
}

/** The parts of `Storage` drafts use (window.localStorage, or a stand-in in tests). */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/** The key of a person's draft for a form. */
export function draftKey(owner: string, form: string): string {
  return `${DRAFT_PREFIX}${owner}:${form}`;
}

/** Whether two sets of fields read the same: spaces around the text do not count, as for UnsavedText. */
export function sameText(a: DraftFields, b: DraftFields): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].every((name) => (a[name] ?? "").trim() === (b[name] ?? "").trim());
}

/**
 * The draft to keep for what the form holds now, or null when there is nothing worth keeping:
 * every field empty (the person emptied the box) or the text the form started with (an edit
 * left as it was). Each field is cut at DRAFT_FIELD_MAX.
 */
export function draftOf(fields: DraftFields, start: DraftFields, now: number): Draft | null {
  if (sameText(fields, {}) || sameText(fields, start)) return null;
  const kept = Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, value.slice(0, DRAFT_FIELD_MAX)]));
  return { fields: kept, savedAt: now, start };
}

export function serializeDraft(draft: Draft): string {
  // `start` only when there is one: a reply's draft stays small.
  return JSON.stringify({ v: 1, savedAt: draft.savedAt, fields: draft.fields, ...(sameText(draft.start, {}) ? {} : { start: draft.start }) });
}

function isFields(value: unknown): value is DraftFields {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((field) => typeof field === "string");
}

/** The draft stored as `raw`, or null for anything else (nothing, another version, a hand-edited value). */
export function parseDraft(raw: string | null): Draft | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { v, savedAt, fields, start = {} } = value as Record<string, unknown>;
  if (v !== 1 || typeof savedAt !== "number" || !Number.isFinite(savedAt) || !isFields(fields) || !isFields(start)) return null;
  return { fields, savedAt, start };
}

/**
 * Whether a stored draft is one to put back into a form that now starts with `start`: not older
 * than DRAFT_MAX_AGE_MS, written against the same starting text (an edit: the post unchanged
 * since), and different from it.
 */
export function restorable(draft: Draft, start: DraftFields, now: number): boolean {
  return now - draft.savedAt <= DRAFT_MAX_AGE_MS && sameText(draft.start, start) && !sameText(draft.fields, start) && !sameText(draft.fields, {});
}

/**
 * The draft stored under `key` that the form (starting with `start`) should show, or null.
 * Whatever is there and is not such a draft (expired, stale, unreadable) is removed.
 */
export function readDraft(storage: DraftStorage, key: string, start: DraftFields, now: number): Draft | null {
  const raw = storage.getItem(key);
  if (raw === null) return null;
  const draft = parseDraft(raw);
  if (draft && restorable(draft, start, now)) return draft;
  storage.removeItem(key);
  return null;
}

/**
 * Keeps the draft of what the form holds now under `key`, or forgets it when there is nothing
 * worth keeping (see draftOf). A full storage (the quota) or a storage the browser refuses
 * leaves things as they were, silently: a draft is a convenience, and the text is still in the
 * box. Says whether a draft is kept.
 */
export function saveDraft(storage: DraftStorage, key: string, fields: DraftFields, start: DraftFields, now: number): boolean {
  const draft = draftOf(fields, start, now);
  try {
    if (draft) storage.setItem(key, serializeDraft(draft));
    else storage.removeItem(key);
    return draft !== null;
  } catch {
    return false;
  }
}

/** The keys of every draft of Toile in the storage (whoever they belong to). */
function draftKeys(storage: DraftStorage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
  }
  return keys;
}

/** Signing out: every draft of Toile goes, whoever wrote it (a shared computer keeps none). */
export function forgetAllDrafts(storage: DraftStorage): void {
  for (const key of draftKeys(storage)) storage.removeItem(key);
}

/** Removes the drafts older than DRAFT_MAX_AGE_MS, and unreadable ones, whoever they belong to. */
export function forgetExpiredDrafts(storage: DraftStorage, now: number): void {
  for (const key of draftKeys(storage)) {
    const draft = parseDraft(storage.getItem(key));
    if (!draft || now - draft.savedAt > DRAFT_MAX_AGE_MS) storage.removeItem(key);
  }
}
