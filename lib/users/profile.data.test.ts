import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RENDER_VERSION } from "@/lib/markdown/render";
import { makeGroup, makeUser } from "@/test/fixtures";
import { loadOwnProfile, loadProfile } from "./data";
import { updateProfile } from "./mutations";

describe("a member's profile (decision 028)", () => {
  let person: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    person = await makeUser({ name: "Ada Gardener" });
    await makeGroup(person.id);
  });

  it("stores what was written and the bio rendered once, sanitised like a post", async () => {
    await updateProfile(person.id, {
      headline: "Urban agronomist",
      location: "Lyon",
      website: "https://example.org/ada",
      bio: "I grow **tomatoes**.<script>alert(1)</script> [me](javascript:alert(1))",
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { bio: true, bioHtml: true, renderVersion: true } });
    expect(stored.bioHtml).toContain("<strong>tomatoes</strong>");
    expect(stored.bioHtml).not.toMatch(/<script|javascript:/);
    expect(stored.renderVersion).toBe(RENDER_VERSION);
    expect(await loadOwnProfile(person.id)).toEqual({ headline: "Urban agronomist", location: "Lyon", website: "https://example.org/ada", bio: stored.bio });
    // Anyone, signed in or not, reads it on the profile page.
    expect((await loadProfile(person.id, null))!.user).toMatchObject({ headline: "Urban agronomist", location: "Lyon", website: "https://example.org/ada", bioHtml: stored.bioHtml });
  });

  it("an empty field clears what was there", async () => {
    await updateProfile(person.id, { headline: "", location: "", bio: "" });
    expect(await loadOwnProfile(person.id)).toEqual({ headline: "", location: "", website: null, bio: "" });
    expect((await loadProfile(person.id, null))!.user).toMatchObject({ headline: "", website: null, bioHtml: "" });
  });
});
