import { describe, expect, it } from "vitest";
import { changeCounts, CONTEXT_CHARS, describeChangeCounts, missingVersionsNote, postVersions, wordChanges, type ChangePart } from "./history";

const at = (day: number) => new Date(Date.UTC(2026, 10, day));
/** The text a list of parts shows before and after its edit (elisions left out). */
const sides = (parts: ChangePart[]) => ({
  before: parts.map((part) => (part.kind === "same" || part.kind === "removed" ? part.text : "")).join(""),
  after: parts.map((part) => (part.kind === "same" || part.kind === "added" ? part.text : "")).join(""),
});

describe("postVersions", () => {
  it("lists the replaced texts oldest first, then the current one", () => {
    const versions = postVersions({ body: "C", createdAt: at(1), editedAt: at(3) }, [{ body: "A", writtenAt: at(1) }, { body: "B", writtenAt: at(2) }], 2);
    expect(versions).toEqual([
      { number: 1, body: "A", writtenAt: at(1), current: false },
      { number: 2, body: "B", writtenAt: at(2), current: false },
      { number: 3, body: "C", writtenAt: at(3), current: true },
    ]);
  });

  it("an unedited post is its first version, written when posted", () => {
    expect(postVersions({ body: "A", createdAt: at(1), editedAt: null }, [], 0)).toEqual([{ number: 1, body: "A", writtenAt: at(1), current: true }]);
  });

  it("numbers stay those of the versions when earlier ones are gone", () => {
    // Edited three times, the first two versions removed, edited once since: versions 4 and 5.
    const versions = postVersions({ body: "E", createdAt: at(1), editedAt: at(5) }, [{ body: "D", writtenAt: at(4) }], 4);
    expect(versions.map((version) => version.number)).toEqual([4, 5]);
    expect(postVersions({ body: "B", createdAt: at(1), editedAt: at(2) }, [], 1).map((version) => version.number)).toEqual([2]);
  });
});

describe("wordChanges", () => {
  it("marks the words removed and added, keeping spaces and paragraphs", () => {
    const parts = wordChanges("Meet at the café on Tuesday.\n\nBring seeds.", "Meet at the library on Tuesday at 6.\n\nBring seeds.");
    expect(parts.filter((part) => part.kind !== "same")).toEqual([
      { kind: "removed", text: "café" },
      { kind: "added", text: "library" },
      { kind: "added", text: " at 6" },
    ]);
    expect(sides(parts)).toEqual({ before: "Meet at the café on Tuesday.\n\nBring seeds.", after: "Meet at the library on Tuesday at 6.\n\nBring seeds." });
    expect(changeCounts(parts)).toEqual({ added: 3, removed: 1 });
  });

  it("elides long unchanged stretches, keeping some context around each change", () => {
    const long = Array.from({ length: 200 }, (_, index) => `word${index}`).join(" ");
    const parts = wordChanges(`Start ${long} end.`, `Begin ${long} end.`);
    const elided = parts.find((part) => part.kind === "elided");
    expect(elided).toBeDefined();
    expect(elided!.kind === "elided" && elided!.words).toBeGreaterThan(150);
    // What is shown of the unchanged text after the change is about the context's length, cut between words.
    const after = parts[parts.indexOf(elided!) - 1]!;
    expect(after.kind === "same" && after.text.length).toBeGreaterThanOrEqual(CONTEXT_CHARS);
    expect(after.kind === "same" && after.text.length).toBeLessThan(CONTEXT_CHARS + 10);
    // Cut between words: the shown part is a run of whole words of the text.
    const shown = after.kind === "same" ? after.text.trim() : "";
    expect(`${long} `.startsWith(`${shown} `)).toBe(true);
  });

  it("keeps short unchanged text whole, and a change at the end keeps context before it only", () => {
    expect(wordChanges("One two three.", "One two four.").some((part) => part.kind === "elided")).toBe(false);
    const long = Array.from({ length: 100 }, (_, index) => `w${index}`).join(" ");
    const parts = wordChanges(`${long} old`, `${long} new`);
    expect(parts[0]).toMatchObject({ kind: "elided" });
    expect(parts[1]).toMatchObject({ kind: "same" });
    expect(parts[1]!.kind === "same" && parts[1]!.text.length).toBeLessThan(CONTEXT_CHARS + 10);
  });

  it("identical texts are one unchanged part", () => {
    expect(wordChanges("Same.", "Same.")).toEqual([{ kind: "same", text: "Same." }]);
  });
});

describe("wording", () => {
  it("summarises an edit's words", () => {
    expect(describeChangeCounts({ added: 2, removed: 1 })).toBe("2 words added, 1 removed");
    expect(describeChangeCounts({ added: 1, removed: 0 })).toBe("1 word added");
    expect(describeChangeCounts({ added: 0, removed: 3 })).toBe("3 words removed");
    expect(describeChangeCounts({ added: 0, removed: 0 })).toBe("spacing or punctuation only");
    // Punctuation, dashes and Markdown's marks around a word are no words.
    const counted = changeCounts([{ kind: "same", text: "Single reply A" }, { kind: "added", text: " — edited once with **bold**, l'atelier 2.5 😀" }]);
    expect(counted).toEqual({ added: 6, removed: 0 });
  });

  it("says why versions are missing, and who removed them", () => {
    const whole = { editCount: 2, revisionCount: 2, clearedAt: null, clearedByAuthor: null };
    expect(missingVersionsNote(whole)).toBeNull();
    expect(missingVersionsNote({ ...whole, revisionCount: 0 })).toBe("Versions from before edit histories were kept are not shown.");
    expect(missingVersionsNote({ ...whole, revisionCount: 0, clearedAt: at(1), clearedByAuthor: true })).toBe("Earlier versions were removed by its author.");
    expect(missingVersionsNote({ ...whole, revisionCount: 0, clearedAt: at(1), clearedByAuthor: false })).toBe("Earlier versions were removed by the moderators.");
    expect(missingVersionsNote({ ...whole, revisionCount: 0, clearedAt: at(1), clearedByAuthor: null })).toBe("Earlier versions were removed.");
  });
});
