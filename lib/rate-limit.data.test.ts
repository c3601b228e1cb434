import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clientAddress, limitSignUp } from "@/lib/auth/client-address";
import { setReaction } from "@/lib/discussions/mutations";
import { createGroup } from "@/lib/groups/mutations";
import { makeMeetup } from "@/lib/meetups/test-fixtures";
import { addMember, editAsShown, makeGroup, makeThread, makeUser, refusal } from "@/test/fixtures";

/** The limits on what a script could repeat cheaply: each refuses with RATE_LIMITED, per person. */
describe("rate limits", () => {
  const setting = process.env.TOILE_RATE_LIMITS;
  afterEach(() => {
    process.env.TOILE_RATE_LIMITS = setting;
  });

  it("a person creates at most 10 groups an hour; the 11th is refused and not created", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    const founder = await makeUser();
    for (let i = 0; i < 10; i++) await makeGroup(founder.id);
    const input = { name: "One too many", slug: `one-too-many-${founder.id.slice(-6)}`, description: "A group over the hourly limit.", tags: [], visibility: "public" as const, language: "en" as const };
    expect((await refusal(createGroup(founder.id, input))).code).toBe("RATE_LIMITED");
    expect(await db.group.count({ where: { slug: input.slug } })).toBe(0);
  });

  it("an organizer schedules at most 20 meetups an hour (each one notifies the whole group)", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    const organizer = await makeUser();
    const group = await makeGroup(organizer.id);
    for (let i = 0; i < 20; i++) await makeMeetup(organizer.id, group.id);
    expect((await refusal(makeMeetup(organizer.id, group.id))).message).toMatch(/scheduled many meetups/);
    expect(await db.meetup.count({ where: { groupId: group.id } })).toBe(20);
  });

  it("edits and likes are limited per person, generously", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    const [author, fan] = [await makeUser(), await makeUser()];
    const group = await makeGroup(author.id);
    await addMember(group.id, fan.id);
    const thread = await makeThread(author.id, group.id);
    for (let i = 0; i < 60; i++) await editAsShown(author.id, thread.postId, `Edit number ${i} of the opening post.`);
    expect((await refusal(editAsShown(author.id, thread.postId, "One edit too many."))).code).toBe("RATE_LIMITED");
    // Like, unlike, like…: 120 changes of mind, ending unliked.
    for (let i = 0; i < 120; i++) await setReaction(fan.id, thread.postId, "like", i % 2 === 0);
    expect((await refusal(setReaction(fan.id, thread.postId, "like", true))).code).toBe("RATE_LIMITED");
    expect(await db.reaction.count({ where: { postId: thread.postId } })).toBe(0);
    // 180 writes, each a round trip and a limiter row: slow on a busy two-core machine.
  }, 120_000);

  it("sign-ups: 20 an hour per address behind a proxy, whatever the client writes before it; 300 for the whole site", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    for (let i = 0; i < 20; i++) await limitSignUp(clientAddress(`10.9.${i}.1, 198.51.100.77`, 1));
    expect((await refusal(limitSignUp(clientAddress("10.9.99.1, 198.51.100.77", 1)))).message).toMatch(/from here/);
    await limitSignUp(clientAddress("198.51.100.78", 1));
    // Forging a new address every time (no proxy to tell) only reaches the site-wide cap.
    for (let i = 21; i < 300; i++) await limitSignUp(clientAddress(`203.0.${i >> 8}.${i & 255}`, 0));
    expect((await refusal(limitSignUp(clientAddress("203.0.200.1", 0)))).message).toMatch(/Many accounts are being created right now/);
  }, 120_000);
});

