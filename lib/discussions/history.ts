/**
 * A post's edit history (decision 023), as its history page shows it: each version of the text in
 * order, and what each edit changed, word by word. Pure: no database, so the page's wording and
 * the diff's shape are unit-tested.
 */
import { diffWordsWithSpace } from "diff";

/** The history page's note about removed versions: focus lands there once they are removed. */
export const HISTORY_NOTE_ID = "history-note";

export interface PostVersion {
  /** 1 is the text as first posted. */
  number: number;
  body: string;
  /** When this text was written: the post's creation or the edit that made it. */
  writtenAt: Date;
  current: boolean;
}

/**
 * The post's versions, oldest first: the texts its edits replaced (its revisions, kept in order),
 * then its current text. A cleared history (or one from before histories were kept) has fewer
 * revisions than edits: numbering then starts after the versions that are gone, so "Version 3"
 * always names the same text.
 */
export function postVersions(
  post: { body: string; createdAt: Date; editedAt: Date | null },
  revisions: readonly { body: string; writtenAt: Date }[],
  editCount: number,
): PostVersion[] {
  const first = Math.max(1, editCount - revisions.length + 1);
  const earlier = revisions.map((revision, index) => ({ number: first + index, body: revision.body, writtenAt: revision.writtenAt, current: false }));
  return [...earlier, { number: first + revisions.length, body: post.body, writtenAt: post.editedAt ?? post.createdAt, current: true }];
}

export type ChangePart = { kind: "same" | "added" | "removed"; text: string } | { kind: "elided"; words: number };

/** Unchanged text kept on each side of a change, in characters (about a dozen words). */
export const CONTEXT_CHARS = 80;

/**
 * What an edit changed, word by word (whitespace counts as text, so paragraphs stay where they
 * were). Long unchanged stretches between changes are elided down to CONTEXT_CHARS on each side,
 * cut at a space: a one-word fix in a long post reads as that fix, not as the whole post again.
 */
export function wordChanges(before: string, after: string): ChangePart[] {
  const parts: ChangePart[] = diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
  return parts.flatMap((part, index): ChangePart[] => {
    if (part.kind !== "same") return [part];
    const keepStart = index > 0 ? CONTEXT_CHARS : 0;
    const keepEnd = index < parts.length - 1 ? CONTEXT_CHARS : 0;
    if (part.text.length <= keepStart + keepEnd + CONTEXT_CHARS) return [part];
    const head = cutAfter(part.text, keepStart);
    const tail = cutBefore(part.text, part.text.length - keepEnd);
    const middle = part.text.slice(head.length, part.text.length - tail.length);
    return [
      ...(head ? [{ kind: "same" as const, text: head }] : []),
      { kind: "elided" as const, words: countWords(middle) },
      ...(tail ? [{ kind: "same" as const, text: tail }] : []),
    ];
  });
}

/** The text's start up to the first whitespace at or after `length` (all of it when none). */
function cutAfter(text: string, length: number): string {
  if (length === 0) return "";
  const space = text.slice(length).search(/\s/);
  return space === -1 ? text : text.slice(0, length + space);
}

/** The text's end from the last whitespace at or before `start`. */
function cutBefore(text: string, start: number): string {
  if (start >= text.length) return "";
  const space = text.slice(0, start + 1).search(/\s\S*$/);
  return space === -1 ? text : text.slice(space);
}

const WORDS = new Intl.Segmenter(undefined, { granularity: "word" });

/** Words as a reader counts them: a dash, an emoji or Markdown's "**" around a word are none ("**bold**" is one). */
function countWords(text: string): number {
  let count = 0;
  for (const segment of WORDS.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** How many words an edit added and removed: the summary beside each edit. */
export function changeCounts(parts: readonly ChangePart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === "added") added += countWords(part.text);
    if (part.kind === "removed") removed += countWords(part.text);
  }
  return { added, removed };
}

/** "2 words added, 1 removed", "1 word removed", "whitespace only". */
export function describeChangeCounts({ added, removed }: { added: number; removed: number }): string {
  const words = (count: number) => `${count} ${count === 1 ? "word" : "words"}`;
  if (added && removed) return `${words(added)} added, ${removed} removed`;
  if (added) return `${words(added)} added`;
  if (removed) return `${words(removed)} removed`;
  return "spacing or punctuation only";
}

/** The line under the history's heading about versions that are no longer there, if any. */
export function missingVersionsNote(history: { editCount: number; revisionCount: number; clearedAt: Date | null; clearedByAuthor: boolean | null }): string | null {
  if (history.clearedAt) {
    const who = history.clearedByAuthor === null ? "" : history.clearedByAuthor ? " by its author" : " by the moderators";
    return `Earlier versions were removed${who}.`;
  }
  if (history.revisionCount < history.editCount) return "Versions from before edit histories were kept are not shown.";
  return null;
}
