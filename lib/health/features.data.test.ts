import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createThread, replyToPost } from "@/lib/discussions/mutations";
import { addMember, editAsShown, makeGroup, makeUser } from "@/test/fixtures";
import { backfillPostFeatures } from "./backfill-features";
import { columnsToFeatures } from "./feature-columns";
import { analyzePost, FEATURES_VERSION } from "./index";
import { loadGroupActivity } from "./load-activity";

/**
 * Issue 3, "features at write time": every post create and edit stores the PostFeatures of
 * its body (lib/health `analyzePost`) in the Post columns the loader reads, and the backfill
 * fills the posts that have none. Through the real mutations and the real table.
 */

const FEATURE_COLUMNS = { featuresVersion: true, wordCount: true, substantive: true, hasArtifact: true, mattr: true, textHash: true, minhash: true } as const;

async function storedColumns(postId: number) {
  return db.post.findUniqueOrThrow({ where: { id: postId }, select: { body: true, ...FEATURE_COLUMNS } });
}

/** The stored columns, read back as the engine sees them. */
async function storedFeatures(postId: number) {
  return columnsToFeatures(await storedColumns(postId));
}

const LONG_FRENCH =
  "Samedi dernier, l'atelier de réparation a accueilli une vingtaine de vélos : freins, dérailleurs, " +
  "crevaisons et même une roue voilée qu'il a fallu redresser à la main. Merci aux bénévoles qui sont " +
  "restés jusqu'au soir ; la prochaine fois, apportons davantage de chambres à air et de câbles neufs, " +
  "car nous en avons manqué vers quinze heures alors que la file d'attente s'allongeait encore.";

const WITH_ARTEFACTS = [
  "> Someone said this before, and these quoted words are not mine at all",
  "",
  "Here is the plan for the compost bays, see [the drawing](https://example.org/compost/plan) and this:",
  "",
  "```",
  "width = 1.2 m",
  "```",
].join("\n");

describe("post features at write time", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  let member: Awaited<ReturnType<typeof makeUser>>;
  let groupId: string;

  beforeAll(async () => {
    [owner, member] = await Promise.all([makeUser(), makeUser()]);
    groupId = (await makeGroup(owner.id)).id;
    await addMember(groupId, member.id);
  });

  it("createThread stores analyzePost of the opening post's body", async () => {
    const { postId } = await createThread(owner.id, groupId, { title: "Bike repair day", body: LONG_FRENCH });
    const row = await storedColumns(postId);
    const expected = analyzePost(LONG_FRENCH);
    expect(row.body).toBe(LONG_FRENCH);
    expect(columnsToFeatures(row)).toEqual(expected);
    // The columns themselves: the current version, the hash, 64 × uint32 of MinHash.
    expect(row.featuresVersion).toBe(FEATURES_VERSION);
    expect(row.textHash).toBe(expected.textHash);
    expect(row.textHash).toMatch(/^[0-9a-f]{16}$/);
    expect(row.minhash).toHaveLength(256);
    expect(row.wordCount).toBe(expected.wordCount);
    expect(row.wordCount).toBeGreaterThanOrEqual(50);
    expect(row.substantive).toBe(true);
    expect(row.mattr).toBe(expected.mattr);
    expect(row.mattr).not.toBeNull();
  });

  it("replyToPost stores analyzePost of the reply (quotes, links and code as analyzePost sees them)", async () => {
    const { threadId, postId: openerId } = await createThread(owner.id, groupId, { title: "Compost bays", body: "Who wants to build compost bays this spring?" });
    const { postId } = await replyToPost(member.id, { threadId, parentId: openerId, body: WITH_ARTEFACTS });
    const expected = analyzePost(WITH_ARTEFACTS);
    expect(await storedFeatures(postId)).toEqual(expected);
    // Not a vacuous comparison: the quote is left out of the words, the link and code make an artefact.
    expect(expected).toMatchObject({ hasArtifact: true, substantive: true, mattr: null, version: FEATURES_VERSION });
    expect(expected.wordCount).toBe(13);
    expect(expected.minhash).toHaveLength(64);
  });

  it("a body under 3 words stores no MinHash signature", async () => {
    const { threadId, postId: openerId } = await createThread(owner.id, groupId, { title: "Short answers", body: "Any short answers welcome here, really." });
    const { postId } = await replyToPost(member.id, { threadId, parentId: openerId, body: "Merci !" });
    const row = await storedColumns(postId);
    expect(row.minhash).toBeNull();
    expect(row.wordCount).toBe(1);
    expect(columnsToFeatures(row)).toEqual(analyzePost("Merci !"));
  });

  it("editPost replaces every feature column with those of the new body", async () => {
    const first = "A short first draft of the post.";
    const { postId } = await createThread(member.id, groupId, { title: "Draft", body: first });
    const before = await storedFeatures(postId);
    expect(before).toEqual(analyzePost(first));

    await editAsShown(member.id, postId, LONG_FRENCH + "\n\nPhotos : https://example.org/atelier");
    const after = await storedFeatures(postId);
    expect(after).toEqual(analyzePost(LONG_FRENCH + "\n\nPhotos : https://example.org/atelier"));
    expect(after.textHash).not.toBe(before.textHash);
    expect(after.minhash).not.toEqual(before.minhash);
    expect(after.wordCount).toBeGreaterThan(before.wordCount);
    expect([before.substantive, after.substantive]).toEqual([false, true]);
    expect([before.mattr, after.mattr === null]).toEqual([null, false]);
  });

  it("the loader hands the engine exactly the stored features", async () => {
    const { threadId, postId: openerId } = await createThread(owner.id, groupId, { title: "Loaded", body: LONG_FRENCH });
    const { postId } = await replyToPost(member.id, { threadId, parentId: openerId, body: WITH_ARTEFACTS });
    const activity = (await loadGroupActivity(groupId, new Date()))!;
    const loaded = (id: number) => activity.posts.find((p) => p.id === String(id))!.features;
    expect(loaded(openerId)).toEqual(analyzePost(LONG_FRENCH));
    expect(loaded(postId)).toEqual(analyzePost(WITH_ARTEFACTS));
  });
});

describe("backfillPostFeatures", () => {
  it("fills the posts without features, in batches, leaves computed ones alone, and is idempotent", async () => {
    const owner = await makeUser();
    const groupId = (await makeGroup(owner.id)).id;
    const thread = await db.thread.create({ data: { groupId, authorId: owner.id, title: "Imported", slug: "imported" } });
    const bodies = [LONG_FRENCH, WITH_ARTEFACTS, "Merci !", "Five plain words right here.", "| day | who |\n|---|---|\n| sat | Ana |"];
    // Imported posts (as the demo seed writes them): no features yet, featuresVersion 0.
    const imported = [];
    for (const body of bodies) {
      imported.push(await db.post.create({ data: { threadId: thread.id, authorId: owner.id, body, html: "" }, select: { id: true } }));
    }
    for (const { id } of imported) {
      expect(await storedColumns(id)).toMatchObject({ featuresVersion: 0, wordCount: 0, textHash: "", minhash: null, mattr: null });
    }
    // Posts with features already written through the mutations must not be counted or touched.
    const { postId: current } = await createThread(owner.id, groupId, { title: "Written", body: "Written through the app, features included." });
    const currentBefore = await storedColumns(current);

    const progress: number[] = [];
    const done = await backfillPostFeatures({ batchSize: 2, onProgress: (n) => progress.push(n) });
    // Other tests of this file wrote every post through the mutations: only the imported ones are due.
    expect(done).toBe(bodies.length);
    expect(progress).toEqual([2, 4, 5]);
    for (const [i, { id }] of imported.entries()) {
      const row = await storedColumns(id);
      expect(row.featuresVersion).toBe(FEATURES_VERSION);
      expect(columnsToFeatures(row)).toEqual(analyzePost(bodies[i]!));
    }
    expect(await storedColumns(current)).toEqual(currentBefore);
    expect(await backfillPostFeatures()).toBe(0);
  });
});
