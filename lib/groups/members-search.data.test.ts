import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, makeGroup, makeUser } from "@/test/fixtures";
import { listGroupMembers, listRemovedMembers, MEMBERS_PAGE_SIZE, REMOVED_MEMBERS_PAGE_SIZE } from "./data";
import { foldForSearch } from "./search";

type User = Awaited<ReturnType<typeof makeUser>>;
const MINUTE = 60_000;

describe("finding people on the Members page by name", () => {
  let group: { id: string };
  let zoe: User, angstrom: User, lukasz: User, strasse: User, percent: User;

  beforeAll(async () => {
    const owner = await makeUser({ name: "Owner Person" });
    group = await makeGroup(owner.id);
    [zoe, angstrom, lukasz, strasse, percent] = await Promise.all([
      makeUser({ name: "Zoë Ångström-Lefèvre" }),
      makeUser({ name: "ANDERS ÅNGSTRÖM" }),
      makeUser({ name: "Łukasz Œuvray" }),
      makeUser({ name: "Hans Straße" }),
      makeUser({ name: "Gain 50% Bot" }),
    ]);
    for (const user of [zoe, angstrom, lukasz, strasse, percent]) await addMember(group.id, user.id);
  });

  const activeNames = async (q: string) => (await listGroupMembers(group.id, { q })).members.map((m) => m.user.name).sort();

  it("ignores case and accents, spells ligatures out, and needs every word", async () => {
    expect(await activeNames("angstrom")).toEqual(["ANDERS ÅNGSTRÖM", "Zoë Ångström-Lefèvre"]);
    expect(await activeNames("ZOE lefevre")).toEqual(["Zoë Ångström-Lefèvre"]);
    // What is typed with accents finds names without them, and the other way round.
    expect(await activeNames("Åndérs")).toEqual(["ANDERS ÅNGSTRÖM"]);
    expect(await activeNames("lukasz oeuvray")).toEqual(["Łukasz Œuvray"]);
    expect(await activeNames("strasse")).toEqual(["Hans Straße"]);
    expect(await activeNames("zoe anders")).toEqual([]);
    // Folded in the database as the directory folds (foldForSearch): a name is found by its folded self.
    for (const user of [zoe, angstrom, lukasz, strasse]) expect(await activeNames(foldForSearch(user.name))).toContain(user.name);
  });

  it("takes % and _ as typed, not as wildcards", async () => {
    expect(await activeNames("50%")).toEqual(["Gain 50% Bot"]);
    expect(await activeNames("5_%")).toEqual([]);
    expect(await activeNames("%")).toEqual(["Gain 50% Bot"]);
  });

  it("counts the matches for pagination, and lists everyone without a filter", async () => {
    expect(await listGroupMembers(group.id, { q: "angstrom" })).toMatchObject({ total: 2 });
    const all = await listGroupMembers(group.id);
    expect(all.total).toBe(6);
    expect(all.members[0]).toMatchObject({ role: "owner", user: { name: "Owner Person" }, joinedAt: expect.any(Date) });
  });

  it("reaches every removed person: the filter narrows the Removed list, which is paginated", async () => {
    const spammers = await Promise.all(Array.from({ length: REMOVED_MEMBERS_PAGE_SIZE + 2 }, (_, i) => makeUser({ name: `Spam Bot ${i}` })));
    const now = Date.now();
    // Zoë was removed first: past the first page of the most recently removed.
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: zoe.id } }, data: { status: "banned", removedAt: new Date(now - 1000 * MINUTE) } });
    await db.membership.createMany({
      data: spammers.map((spammer, i) => ({ groupId: group.id, userId: spammer.id, status: "banned" as const, removedAt: new Date(now - i * MINUTE) })),
    });

    const first = await listRemovedMembers(group.id);
    expect(first.total).toBe(REMOVED_MEMBERS_PAGE_SIZE + 3);
    expect(first.members).toHaveLength(REMOVED_MEMBERS_PAGE_SIZE);
    expect(first.members[0]).toMatchObject({ user: { name: "Spam Bot 0" }, removedAt: expect.any(Date) });
    expect(first.members.map((m) => m.user.id)).not.toContain(zoe.id);
    const second = await listRemovedMembers(group.id, { page: 2 });
    expect(second.members.map((m) => m.user.name)).toEqual([`Spam Bot ${REMOVED_MEMBERS_PAGE_SIZE}`, `Spam Bot ${REMOVED_MEMBERS_PAGE_SIZE + 1}`, zoe.name]);

    expect(await listRemovedMembers(group.id, { q: "zoe" })).toEqual({ total: 1, members: [{ removedAt: expect.any(Date), user: { id: zoe.id, name: zoe.name } }] });
    // The active list no longer has her; the filter applies to both lists alike.
    expect(await activeNames("zoe")).toEqual([]);
    expect((await listRemovedMembers(group.id, { q: "spam 51" })).members.map((m) => m.user.name)).toEqual(["Spam Bot 51"]);
  });

  it("pages the active list in its order, filter or not", async () => {
    const other = await makeGroup((await makeUser({ name: "Big Owner" })).id);
    const people = await Promise.all(Array.from({ length: MEMBERS_PAGE_SIZE + 1 }, (_, i) => makeUser({ name: `Reader ${String(i).padStart(2, "0")}` })));
    for (const [i, person] of people.entries()) {
      await addMember(other.id, person.id);
      await db.membership.update({ where: { groupId_userId: { groupId: other.id, userId: person.id } }, data: { joinedAt: new Date(Date.now() - (100 - i) * MINUTE) } });
    }
    const page2 = await listGroupMembers(other.id, { q: "reader", page: 2 });
    expect(page2).toEqual({ total: MEMBERS_PAGE_SIZE + 1, members: [expect.objectContaining({ user: expect.objectContaining({ name: `Reader ${MEMBERS_PAGE_SIZE}` }) })] });
    expect((await listGroupMembers(other.id, { page: 2 })).members.map((m) => m.user.name)).toEqual([`Reader ${MEMBERS_PAGE_SIZE - 1}`, `Reader ${MEMBERS_PAGE_SIZE}`]);
  });
});
