import { expect } from "@playwright/test";
import { createGroup, fillMeetupForm, groupHasMoreMembers, joinGroup, meetupHasStarted, newPerson, unique, test } from "./support";

const MINUTE = 60_000;

// Journeys with several people in their own browsers take longer than one person's.
test.describe.configure({ timeout: 180_000 });

test("walk-ins: chosen from a list in a small group, typed by name or email once the group is large", async ({ browser }) => {
  const { page: organizer, user: host } = await newPerson(browser, "Organizer");
  const group = await createGroup(organizer);
  const walker = await newPerson(browser, "Walker");
  await joinGroup(walker.page, group);
  const title = unique("Seed swap");
  const startsAt = new Date(Date.now() + 3 * 24 * 60 * MINUTE);
  await organizer.goto(`/g/${group.slug}/meetups/new`);
  await fillMeetupForm(organizer, { title, startsAt, endsAt: new Date(startsAt.getTime() + 120 * MINUTE), venueName: "Library" });
  await organizer.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(organizer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const meetupPath = new URL(organizer.url()).pathname;
  await meetupHasStarted(meetupPath);
  const walkIns = organizer.getByRole("list", { name: "Walk-ins checked in" });

  // A small group: the other members are a list to choose from.
  await organizer.goto(`${meetupPath}/check-in`);
  // The host gave no answer but has their own row to tick, and is no walk-in to choose.
  const hostRow = organizer.getByRole("row", { name: new RegExp(host.name) });
  await expect(hostRow.getByRole("cell", { name: "Host" })).toBeVisible();
  await expect(organizer.getByRole("combobox", { name: "Walk-in member" }).getByRole("option", { name: host.name })).toHaveCount(0);
  await hostRow.getByRole("button", { name: `Check in ${host.name}` }).click();
  await expect(hostRow.getByText("Checked in")).toBeVisible();
  await expect(walkIns).toHaveCount(0);
  await hostRow.getByRole("button", { name: `Undo check-in of ${host.name}` }).click();
  await expect(hostRow.getByText("Not yet")).toBeVisible();
  await organizer.getByRole("combobox", { name: "Walk-in member" }).selectOption({ label: walker.user.name });
  await organizer.getByRole("button", { name: "Check in walk-in" }).click();
  await expect(walkIns.getByRole("listitem").filter({ hasText: walker.user.name })).toBeVisible();
  await expect(organizer.getByText(`${walker.user.name} is checked in.`)).toBeVisible();
  await expect(organizer.getByText("1 checked in")).toBeVisible();

  // Before (or without) the page's script, Undo and the walk-in form post as plain forms, and say what they did.
  const noScript = await (await browser.newContext({ javaScriptEnabled: false, storageState: await organizer.context().storageState() })).newPage();
  await noScript.goto(`${meetupPath}/check-in`);
  await noScript.getByRole("list", { name: "Walk-ins checked in" }).getByRole("button", { name: `Undo check-in of ${walker.user.name}` }).click();
  await expect(noScript.getByText(`Check-in of ${walker.user.name} undone.`)).toBeVisible();
  await expect(noScript.getByRole("list", { name: "Walk-ins checked in" })).toHaveCount(0);
  await noScript.getByRole("combobox", { name: "Walk-in member" }).selectOption({ label: walker.user.name });
  await noScript.getByRole("button", { name: "Check in walk-in" }).click();
  await expect(noScript.getByRole("list", { name: "Walk-ins checked in" }).getByRole("listitem").filter({ hasText: walker.user.name })).toBeVisible();
  await expect(noScript.getByText("1 checked in")).toBeVisible();

  // The group grows past what a list can hold: the organizer types the person instead.
  const prefix = unique("Crowd");
  const crowd = await groupHasMoreMembers(group.slug, 205, prefix);
  await organizer.reload();
  await expect(organizer.getByRole("combobox", { name: "Walk-in member" })).toHaveCount(0);
  const field = organizer.getByRole("textbox", { name: "Walk-in member" });

  // A name nobody has: said on the field, and what was typed stays.
  await field.fill("Nobody Atall");
  await organizer.getByRole("button", { name: "Check in walk-in" }).click();
  await expect(organizer.getByText("No member of this group is called “Nobody Atall”. Check the spelling, or use their email.")).toBeVisible();
  await expect(field).toHaveValue("Nobody Atall");
  await expect(field).toHaveAttribute("aria-invalid", "true");

  // By name (the last of the crowd, far beyond any list), then by email, in another case.
  await field.fill(crowd.name(205).toLowerCase());
  await organizer.getByRole("button", { name: "Check in walk-in" }).click();
  await expect(organizer.getByText(`${crowd.name(205)} is checked in.`)).toBeVisible();
  await expect(walkIns.getByRole("listitem").filter({ hasText: crowd.name(205) })).toBeVisible();
  await expect(field).toHaveValue("");
  await field.fill(crowd.email(3).toUpperCase());
  await organizer.getByRole("button", { name: "Check in walk-in" }).click();
  await expect(walkIns.getByRole("listitem").filter({ hasText: crowd.name(3) })).toBeVisible();
  await expect(organizer.getByText("3 checked in")).toBeVisible();
  await expect(organizer.getByRole("button", { name: `Undo check-in of ${crowd.name(3)}` })).toBeVisible();

  // Typed again: already checked in, said on the field.
  await field.fill(crowd.email(3));
  await organizer.getByRole("button", { name: "Check in walk-in" }).click();
  await expect(organizer.getByText(`${crowd.name(3)} is already checked in.`)).toBeVisible();
  await expect(organizer.getByText("3 checked in")).toBeVisible();

  // Undone, the walk-in leaves the list with its button: the outcome is said in place of the
  // last one, and the keyboard goes on to the form, where they could be checked in again.
  await organizer.getByRole("button", { name: `Undo check-in of ${crowd.name(3)}` }).click();
  await expect(organizer.getByText(`Check-in of ${crowd.name(3)} undone.`)).toBeVisible();
  await expect(walkIns.getByRole("listitem").filter({ hasText: crowd.name(3) })).toHaveCount(0);
  await expect(organizer.getByText("2 checked in")).toBeVisible();
  await expect(organizer.getByText(`${crowd.name(3)} is already checked in.`)).toHaveCount(0);
  await expect(field).toBeFocused();
});
