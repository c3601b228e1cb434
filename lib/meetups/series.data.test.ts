import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeGroup, makeUser } from "@/test/fixtures";
import { listSeries, usualMeetupZone } from "./data";
import { makeMeetup } from "./test-fixtures";

describe("a meetup's series", () => {
  it("lists the group's meetups numbered as it is, or titled as it is, leaving out cancelled ones and other groups'", async () => {
    const organizer = await makeUser();
    const [group, other] = await Promise.all([makeGroup(organizer.id), makeGroup(organizer.id)]);
    const inDays = (days: number) => ({ startsAt: new Date(Date.now() + days * 24 * 3600_000), endsAt: new Date(Date.now() + days * 24 * 3600_000 + 2 * 3600_000) });
    await makeMeetup(organizer.id, group.id, { title: "Garden circle #4", ...inDays(2) });
    const fifthAt = inDays(9);
    await makeMeetup(organizer.id, group.id, { title: "Garden circle #5", ...fifthAt });
    const sixth = await makeMeetup(organizer.id, group.id, { title: "Garden circle #6", ...inDays(16) });
    await db.meetup.update({ where: { id: sixth.id }, data: { cancelledAt: new Date() } });
    await makeMeetup(organizer.id, group.id, { title: "Potluck", ...inDays(3) });
    await makeMeetup(organizer.id, other.id, { title: "Garden circle #7", ...inDays(23) });

    const series = await listSeries(group.id, "Garden circle #4");
    expect(series.map((meetup) => meetup.title).sort()).toEqual(["Garden circle #4", "Garden circle #5"]);
    expect(series.find((meetup) => meetup.title === "Garden circle #5")?.startsAt).toEqual(fifthAt.startsAt);
    expect((await listSeries(group.id, "Potluck")).map((meetup) => meetup.title)).toEqual(["Potluck"]);
  });

  it("the group's usual zone is its latest meetup's, cancelled or not; none before the first", async () => {
    const organizer = await makeUser();
    const [group, other] = await Promise.all([makeGroup(organizer.id), makeGroup(organizer.id)]);
    const inDays = (days: number) => ({ startsAt: new Date(Date.now() + days * 24 * 3600_000), endsAt: new Date(Date.now() + days * 24 * 3600_000 + 2 * 3600_000) });
    expect(await usualMeetupZone(group.id)).toBeNull();
    await makeMeetup(organizer.id, group.id, { timeZone: "Europe/Paris", ...inDays(2) });
    const latest = await makeMeetup(organizer.id, group.id, { timeZone: "Asia/Tokyo", ...inDays(9) });
    await makeMeetup(organizer.id, group.id, { timeZone: "America/New_York", ...inDays(5) });
    await makeMeetup(organizer.id, other.id, { timeZone: "Africa/Dakar", ...inDays(20) });
    expect(await usualMeetupZone(group.id)).toBe("Asia/Tokyo");
    await db.meetup.update({ where: { id: latest.id }, data: { cancelledAt: new Date() } });
    expect(await usualMeetupZone(group.id)).toBe("Asia/Tokyo");
  });
});
