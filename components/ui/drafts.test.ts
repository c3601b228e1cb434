import { describe, expect, it } from "vitest";
import { BODY_MAX } from "@/lib/discussions/schema";
import {
  DRAFT_FIELD_MAX,
  DRAFT_MAX_AGE_MS,
  draftKey,
  draftOf,
  forgetAllDrafts,
  forgetExpiredDrafts,
  parseDraft,
  readDraft,
  restorable,
  saveDraft,
  serializeDraft,
  type DraftStorage,
} from "./drafts";

const NOW = Date.UTC(2026, 11, 1, 12, 0);
const DAY = 24 * 3600 * 1000;
const EMPTY = {};

/** A localStorage stand-in: a Map, optionally full (setItem throws, as a browser over its quota). */
function fakeStorage(entries: Record<string, string> = {}, { full = false } = {}) {
  const items = new Map(Object.entries(entries));
  const storage: DraftStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      items.set(key, String(value));
    },
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
  return { storage, items };
}

describe("draft keys", () => {
  it("belong to one person and one form, under Toile's prefix", () => {
    expect(draftKey("user-1", "reply:42")).toBe("toile:draft:user-1:reply:42");
    expect(draftKey("user-1", "reply:42")).not.toBe(draftKey("user-2", "reply:42"));
    expect(draftKey("user-1", "reply:42")).not.toBe(draftKey("user-1", "edit:42"));
  });
});

describe("what a draft keeps", () => {
  it("keeps what the form holds, with when it was saved", () => {
    expect(draftOf({ title: "Bins", body: "Which one?" }, EMPTY, NOW)).toEqual({ fields: { title: "Bins", body: "Which one?" }, savedAt: NOW, start: EMPTY });
    // A title alone is worth keeping too.
    expect(draftOf({ title: "Bins", body: "" }, EMPTY, NOW)).not.toBeNull();
  });

  it("keeps nothing for an emptied box, spaces, or an edit back to the post as saved", () => {
    expect(draftOf({ body: "" }, EMPTY, NOW)).toBeNull();
    expect(draftOf({ title: " ", body: "\n \n" }, EMPTY, NOW)).toBeNull();
    expect(draftOf({ body: "The post as saved.\n" }, { body: "The post as saved." }, NOW)).toBeNull();
    expect(draftOf({ body: "The post, changed." }, { body: "The post as saved." }, NOW)?.start).toEqual({ body: "The post as saved." });
  });

  it("cuts each field at the longest post Toile takes", () => {
    expect(DRAFT_FIELD_MAX).toBe(BODY_MAX);
    const draft = draftOf({ body: "x".repeat(DRAFT_FIELD_MAX + 10) }, EMPTY, NOW);
    expect(draft?.fields.body).toHaveLength(DRAFT_FIELD_MAX);
  });
});

describe("serialising", () => {
  it("reads back what it wrote, with or without a starting text", () => {
    for (const start of [EMPTY, { body: "As saved." }]) {
      const draft = draftOf({ body: "Changed." }, start, NOW)!;
      expect(parseDraft(serializeDraft(draft))).toEqual(draft);
    }
    // A reply's draft does not carry an empty starting text.
    expect(serializeDraft(draftOf({ body: "Hi" }, EMPTY, NOW)!)).not.toContain("start");
  });

  it("refuses anything that is not a draft of this version", () => {
    for (const raw of [null, "", "not json", "null", "42", "[]", '{"v":2,"savedAt":1,"fields":{}}', '{"v":1,"savedAt":"yesterday","fields":{}}', '{"v":1,"savedAt":1,"fields":{"body":3}}', '{"v":1,"savedAt":1,"fields":{},"start":[]}']) {
      expect(parseDraft(raw), String(raw)).toBeNull();
    }
  });
});

describe("which draft is put back", () => {
  const reply = draftOf({ body: "Half a thought" }, EMPTY, NOW)!;

  it("one up to 30 days old, not one older", () => {
    expect(restorable(reply, EMPTY, NOW + DRAFT_MAX_AGE_MS)).toBe(true);
    expect(restorable(reply, EMPTY, NOW + DRAFT_MAX_AGE_MS + 1)).toBe(false);
    expect(DRAFT_MAX_AGE_MS).toBe(30 * DAY);
  });

  it("an edit's draft while the post is as it was when the draft began, and differs from it", () => {
    const edit = draftOf({ body: "Saved, then changed." }, { body: "Saved." }, NOW)!;
    expect(restorable(edit, { body: "Saved." }, NOW)).toBe(true);
    // The post was edited since (another tab, another device): the draft is stale.
    expect(restorable(edit, { body: "Saved, and edited elsewhere." }, NOW)).toBe(false);
    // The post now reads as the draft does: nothing to put back.
    expect(restorable({ ...edit, start: { body: "Saved, then changed." } }, { body: "Saved, then changed." }, NOW)).toBe(false);
  });

  it("is read from the storage, and what is not to be put back is removed from it", () => {
    const key = draftKey("u1", "reply:7");
    const { storage, items } = fakeStorage({ [key]: serializeDraft(reply) });
    expect(readDraft(storage, key, EMPTY, NOW + DAY)).toEqual(reply);
    expect(items.has(key)).toBe(true);
    expect(readDraft(storage, key, EMPTY, NOW + 31 * DAY)).toBeNull();
    expect(items.has(key)).toBe(false);
    expect(readDraft(storage, key, EMPTY, NOW)).toBeNull();

    const editKey = draftKey("u1", "edit:7");
    const stale = fakeStorage({ [editKey]: serializeDraft(draftOf({ body: "New" }, { body: "Old" }, NOW)!), [key]: "garbage" });
    expect(readDraft(stale.storage, editKey, { body: "Old, edited elsewhere" }, NOW)).toBeNull();
    expect(readDraft(stale.storage, key, EMPTY, NOW)).toBeNull();
    expect(stale.items.size).toBe(0);
  });
});

describe("saving", () => {
  it("keeps a draft, and forgets it once the box is emptied", () => {
    const key = draftKey("u1", "thread:3");
    const { storage, items } = fakeStorage();
    expect(saveDraft(storage, key, { body: "Hello" }, EMPTY, NOW)).toBe(true);
    expect(parseDraft(items.get(key)!)?.fields).toEqual({ body: "Hello" });
    expect(saveDraft(storage, key, { body: "" }, EMPTY, NOW)).toBe(false);
    expect(items.has(key)).toBe(false);
  });

  it("leaves things as they were, silently, when the storage is full", () => {
    const key = draftKey("u1", "thread:3");
    const earlier = serializeDraft(draftOf({ body: "Hel" }, EMPTY, NOW)!);
    const { storage, items } = fakeStorage({ [key]: earlier }, { full: true });
    expect(saveDraft(storage, key, { body: "Hello" }, EMPTY, NOW)).toBe(false);
    expect(items.get(key)).toBe(earlier);
  });
});

describe("forgetting many", () => {
  it("signing out removes every draft of Toile, whoever wrote it, and nothing else", () => {
    const { storage, items } = fakeStorage({
      [draftKey("u1", "reply:1")]: "{}",
      [draftKey("u2", "new-thread:g")]: "{}",
      "someone-else:setting": "dark",
    });
    forgetAllDrafts(storage);
    expect([...items.keys()]).toEqual(["someone-else:setting"]);
  });

  it("removes drafts older than 30 days and unreadable ones, keeping the rest", () => {
    const fresh = draftKey("u1", "reply:1");
    const old = draftKey("u2", "reply:1");
    const broken = draftKey("u1", "reply:2");
    const { storage, items } = fakeStorage({
      [fresh]: serializeDraft(draftOf({ body: "Recent" }, EMPTY, NOW - DAY)!),
      [old]: serializeDraft(draftOf({ body: "Ancient" }, EMPTY, NOW - 31 * DAY)!),
      [broken]: "{",
      other: "kept",
    });
    forgetExpiredDrafts(storage, NOW);
    expect([...items.keys()].sort()).toEqual([fresh, "other"].sort());
  });
});
