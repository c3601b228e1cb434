import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { listThreadChoices, THREAD_CHOICES } from "./data";

describe("listThreadChoices: the threads a meetup or project form offers", () => {
  let author: Awaited<ReturnType<typeof makeUser>>;
  let groupId: string;
  let otherGroupId: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    author = await makeUser();
    groupId = (await makeGroup(author.id)).id;
    otherGroupId = (await makeGroup(author.id)).id;
    const titles = ["Budget 2027", "Rénovation du local", "50% off the venue?", "50 chairs needed", "snake_case or camelCase", "snakes and ladders night"];
    for (const [i, title] of titles.entries()) {
      ids[title] = (await makeThread(author.id, groupId, title)).threadId;
      // Distinct activity times, oldest first, so the expected order is unambiguous.
      await db.thread.update({ where: { id: ids[title] }, data: { lastActivityAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
    }
    ids.foreign = (await makeThread(author.id, otherGroupId, "Budget of another group")).threadId;
  });

  it("offers the most recently active first, limited, with chosen older threads kept in front", async () => {
    const all = await listThreadChoices(groupId);
    expect(all.map((t) => t.title)).toEqual(["snakes and ladders night", "snake_case or camelCase", "50 chairs needed", "50% off the venue?", "Rénovation du local", "Budget 2027"]);
    expect(THREAD_CHOICES).toBeGreaterThanOrEqual(20);

    const two = await listThreadChoices(groupId, { limit: 2, include: [ids["Budget 2027"]!, ids.foreign!] });
    expect(two.map((t) => t.title)).toEqual(["Budget 2027", "snakes and ladders night", "snake_case or camelCase"]);
  });

  it("finds threads by a case-insensitive part of the title, in this group only", async () => {
    expect((await listThreadChoices(groupId, { query: "BUDGET" })).map((t) => t.id)).toEqual([ids["Budget 2027"]]);
    expect((await listThreadChoices(groupId, { query: "rénovation" })).map((t) => t.title)).toEqual(["Rénovation du local"]);
    expect(await listThreadChoices(groupId, { query: "nothing like this" })).toEqual([]);
  });

  it("treats % and _ in a search as the characters themselves, not wildcards", async () => {
    expect((await listThreadChoices(groupId, { query: "50%" })).map((t) => t.title)).toEqual(["50% off the venue?"]);
    expect((await listThreadChoices(groupId, { query: "snake_" })).map((t) => t.title)).toEqual(["snake_case or camelCase"]);
  });
});
