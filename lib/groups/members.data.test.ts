import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, makeGroup, makeUser } from "@/test/fixtures";
import { findMemberByNameOrEmail } from "./members";

type User = Awaited<ReturnType<typeof makeUser>>;
const WORDING = { removed: "take part in its projects", membersOnly: "be added to its projects" };

/**
 * The lookup every "name a member" form shares (a project's "Add a member of the group", a
 * meetup's walk-ins): an email, a whole name, or the start of one member's name.
 */
describe("findMemberByNameOrEmail", () => {
  let group: { id: string };
  let grace: User, gregor: User, greta: User, sam: User, samira: User, removed: User, outsider: User;

  const find = (person: string) => db.$transaction((tx) => findMemberByNameOrEmail(tx, group.id, person, WORDING));
  const refusal = async (person: string) => {
    const error = await find(person).then(
      () => null,
      (e: unknown) => e as { code: string; message: string; field?: string },
    );
    expect(error).toMatchObject({ code: "INVALID", field: "person" });
    return error!.message;
  };

  beforeAll(async () => {
    const owner = await makeUser({ name: "Owner Lookup" });
    group = await makeGroup(owner.id);
    [grace, gregor, greta, sam, samira, removed, outsider] = await Promise.all([
      makeUser({ name: "Grace Kim" }),
      makeUser({ name: "Gregor Mendel" }),
      makeUser({ name: "Greta Lind" }),
      makeUser({ name: "Sam" }),
      makeUser({ name: "Samira Haddad" }),
      makeUser({ name: "Rémi Gone" }),
      makeUser({ name: "Otto Outside" }),
    ]);
    for (const user of [grace, gregor, greta, sam, samira, removed]) await addMember(group.id, user.id);
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: removed.id } }, data: { status: "banned" } });
  });

  it("the start of one member's name, any case, finds them", async () => {
    expect(await find("Grace")).toEqual({ id: grace.id, name: "Grace Kim" });
    expect(await find("grac")).toEqual({ id: grace.id, name: "Grace Kim" });
    expect(await find("gregor m")).toEqual({ id: gregor.id, name: "Gregor Mendel" });
  });

  it("a whole name wins over longer names starting with it", async () => {
    expect(await find("sam")).toEqual({ id: sam.id, name: "Sam" });
    expect(await find("Sami")).toEqual({ id: samira.id, name: "Samira Haddad" });
  });

  it("a start several names share lists them and finds nobody", async () => {
    expect(await refusal("Gr")).toBe("Several members' names start with “Gr”: Grace Kim, Gregor Mendel, and Greta Lind. Type more of the name, or use the email of the one you mean.");
    expect(await refusal("gre")).toMatch(/Gregor Mendel and Greta Lind\./);
  });

  it("emails and whole names keep their answers; removed members and outsiders are not guessed, nor named", async () => {
    expect(await find(greta.email.toUpperCase())).toEqual({ id: greta.id, name: "Greta Lind" });
    expect(await refusal("Rémi Gone")).toBe("Rémi Gone was removed from this group: they cannot take part in its projects.");
    expect(await refusal("Rémi")).toBe("No member of this group is called “Rémi”. Check the spelling, or use their email.");
    expect(await refusal(removed.email)).toBe("Rémi Gone was removed from this group: they cannot take part in its projects.");
    // An account outside the group reads as an unknown address: a lookup maps no email to a name.
    expect(await refusal(outsider.email)).toBe("No member of this group has that email: only its members can be added to its projects.");
    expect(await refusal("Otto")).toMatch(/^No member of this group is called “Otto”/);
    expect(await refusal("nobody@example.test")).toBe("No member of this group has that email: only its members can be added to its projects.");
  });

  it("wildcards are letters: % and _ match only themselves", async () => {
    expect(await refusal("%")).toMatch(/^No member of this group is called “%”/);
    expect(await refusal("G_ace")).toMatch(/^No member of this group is called/);
    const literal = await makeUser({ name: "Zed_50% Off" });
    await addMember(group.id, literal.id);
    expect(await find("zed_50% off")).toEqual({ id: literal.id, name: "Zed_50% Off" });
    expect(await find("Zed_5")).toEqual({ id: literal.id, name: "Zed_50% Off" });
  });
});
