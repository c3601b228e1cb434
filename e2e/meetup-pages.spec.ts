import { expect, type Page } from "@playwright/test";
import { answerNextDialog, createGroup, DEMO_PASSWORD, fillMeetupForm, joinGroup, meetupHasStarted, newPerson, newUser, signIn, signUp, startThread, unique, test, wallClock } from "./support";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// Journeys with several people in their own browsers take longer than one person's.
test.describe.configure({ timeout: 180_000 });

/** Schedules a meetup from the group's Meetups tab and returns its path. */
async function scheduleMeetup(page: Page, groupSlug: string, input: { title: string; capacity?: string; lengthMinutes?: number }): Promise<string> {
  const startsAt = new Date(Date.now() + 3 * DAY);
  await page.goto(`/g/${groupSlug}/meetups/new`);
  await fillMeetupForm(page, { title: input.title, startsAt, endsAt: new Date(startsAt.getTime() + (input.lengthMinutes ?? 120) * MINUTE), venueName: "Tool library", capacity: input.capacity });
  await page.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(page.getByRole("heading", { level: 1, name: input.title })).toBeVisible();
  return new URL(page.url()).pathname;
}

function breadcrumb(page: Page) {
  return page.getByRole("navigation", { name: "Breadcrumb" });
}

test("a capacity lowered below those going is shown truthfully, and the organizer is told on save that nobody was removed", async ({ browser }) => {
  const { page: organizer } = await newPerson(browser, "Planner");
  const group = await createGroup(organizer);
  const title = unique("Bike repair");
  const meetupPath = await scheduleMeetup(organizer, group.slug, { title, capacity: "3" });
  await expect(organizer.getByText("0 of 3 taken")).toBeVisible();
  await expect(breadcrumb(organizer)).toHaveText(/Meetups\s*›\s*Upcoming/);

  const [ana, ben, cleo] = await Promise.all([newPerson(browser, "Ana"), newPerson(browser, "Ben"), newPerson(browser, "Cleo")]);
  for (const person of [ana, ben]) {
    await joinGroup(person.page, group);
    await person.page.goto(meetupPath);
    await person.page.getByRole("button", { name: "Going", exact: true }).click();
    await expect(person.page.getByText("You answered: Going.")).toBeVisible();
    // One announcement of the answer: the page's status line, not a second "Saved" from the form.
    await expect(person.page.getByRole("status").filter({ hasText: /You answered|Saved/ })).toHaveCount(1);
  }

  // An ordinary save is confirmed.
  await organizer.goto(meetupPath);
  await organizer.getByRole("link", { name: "Edit or cancel" }).click();
  await organizer.getByLabel("Venue name").fill("Bike kitchen");
  await organizer.getByRole("button", { name: "Save changes" }).click();
  await expect(organizer.getByRole("status").filter({ hasText: "Changes saved." })).toHaveText("Changes saved.");
  // The outcome takes the focus: keyboard and screen reader users start from it, not the top.
  await expect(organizer.getByRole("status").filter({ hasText: "Changes saved." })).toBeFocused();

  // Down to one seat with two people going: nobody is bumped, and the organizer hears so.
  await organizer.getByRole("link", { name: "Edit or cancel" }).click();
  await organizer.getByLabel("Capacity").fill("1");
  await organizer.getByRole("button", { name: "Save changes" }).click();
  await expect(organizer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(organizer.getByRole("status").filter({ hasText: "Changes saved." })).toHaveText(
    "Changes saved. 2 people are already going, more than the capacity of 1. Nobody was removed: new “going” answers join the waitlist, and the next seat opens once 2 of those going withdraw.",
  );
  await expect(organizer.getByText("2 going — over the capacity of 1")).toBeVisible();
  await expect(organizer.getByText(/of 1 taken/)).toHaveCount(0);
  await expect(organizer.getByRole("list", { name: "Going" }).getByRole("listitem")).toHaveCount(2);
  // The confirmation is for the save, not for every later visit.
  await expect(organizer).toHaveURL(new RegExp(`${meetupPath}$`));
  await organizer.reload();
  await expect(organizer.getByText("Changes saved.", { exact: false })).toHaveCount(0);
  await expect(organizer.getByText("2 going — over the capacity of 1")).toBeVisible();

  // What the page promised happens: a new "going" joins the waitlist.
  await joinGroup(cleo.page, group);
  await cleo.page.goto(meetupPath);
  await expect(cleo.page.getByText("Nobody was removed: new “going” answers join the waitlist", { exact: false })).toBeVisible();
  await cleo.page.getByRole("button", { name: "Join the waitlist" }).click();
  await expect(cleo.page.getByText("number 1 on the waitlist", { exact: false }).first()).toBeVisible();
  await expect(cleo.page.getByText("2 going — over the capacity of 1 · 1 on the waitlist")).toBeVisible();
  // The group's list of meetups says the same, briefly.
  await cleo.page.goto(`/g/${group.slug}/meetups`);
  await expect(cleo.page.getByRole("list", { name: "Upcoming meetups" }).getByRole("listitem").filter({ hasText: title })).toContainText("2 going (capacity 1) · 1 on the waitlist");
  // Leaving the group would withdraw her place on the waitlist: "Leave group" says so first.
  const asked = answerNextDialog(cleo.page, false);
  await cleo.page.getByRole("button", { name: `Leave group: ${group.name}` }).click();
  expect(await asked).toContain(`Your answers to the upcoming meetup “${title}” will be withdrawn`);
  await expect(cleo.page.getByRole("button", { name: `Leave group: ${group.name}` })).toBeVisible();
});

test("a cancelled meetup's page reads as cancelled; a past one's breadcrumb says Past", async ({ browser }) => {
  const { page: organizer } = await newPerson(browser, "Host");
  const group = await createGroup(organizer);
  const title = unique("Seed swap");
  const meetupPath = await scheduleMeetup(organizer, group.slug, { title, capacity: "10" });
  const guest = await newPerson(browser, "Guest");
  await joinGroup(guest.page, group);
  await guest.page.goto(meetupPath);
  await guest.page.getByRole("button", { name: "Going", exact: true }).click();
  await expect(guest.page.getByText("You answered: Going.")).toBeVisible();
  await expect(guest.page.getByRole("heading", { name: "Who is coming" })).toBeVisible();

  await organizer.goto(meetupPath);
  await organizer.getByRole("link", { name: "Edit or cancel" }).click();
  organizer.once("dialog", (dialog) => void dialog.accept());
  await organizer.getByRole("button", { name: "Cancel meetup" }).click();
  await expect(organizer.getByText("This meetup was cancelled.")).toBeVisible();

  await guest.page.reload();
  const page = guest.page;
  await expect(breadcrumb(page)).toHaveText(/Meetups\s*›\s*Cancelled/);
  await expect(page.getByText("This meetup was cancelled.")).toBeVisible();
  // Nothing left to take or answer: no seats, no deadline.
  await expect(page.getByText("Seats", { exact: true })).toHaveCount(0);
  await expect(page.getByText(/of 10 taken/)).toHaveCount(0);
  await expect(page.getByText(/^Answers (until|closed)$/)).toHaveCount(0);
  // Who had answered, not who is coming.
  await expect(page.getByRole("heading", { name: "Who is coming" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Who had answered" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Had answered going" })).toContainText(guest.user.name);
  await expect(page.getByText("Had answered going (1)")).toBeVisible();
  await expect(page.getByText("You had answered: Going.")).toBeVisible();
  // A visitor sees the counts, in the past tense too.
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(meetupPath);
  await expect(anonymous.getByText("1 had answered going. Members of the group see who.")).toBeVisible();

  // A meetup that has ended is in the Past list.
  const pastTitle = unique("Compost tour");
  const pastPath = await scheduleMeetup(organizer, group.slug, { title: pastTitle, lengthMinutes: 60 });
  await meetupHasStarted(pastPath, 180);
  await organizer.goto(pastPath);
  await expect(breadcrumb(organizer)).toHaveText(/Meetups\s*›\s*Past/);
  await expect(organizer.getByText("Answers closed", { exact: true })).toBeVisible();
  await expect(organizer.getByRole("heading", { name: "Who had answered" })).toBeVisible();
  await organizer.goto(`/g/${group.slug}/meetups`);
  await expect(organizer.getByRole("list", { name: "Past meetups" }).getByRole("link", { name: pastTitle })).toBeVisible();
});

test("a meetup under way can be corrected but neither moved nor cancelled", async ({ browser }) => {
  const { page: organizer } = await newPerson(browser, "Host");
  const group = await createGroup(organizer);
  const title = unique("Pond survey");
  const meetupPath = await scheduleMeetup(organizer, group.slug, { title, capacity: "5" });
  // Started ten minutes ago (its stored start now has seconds, which the form does not show).
  await meetupHasStarted(meetupPath, 10);
  await organizer.goto(meetupPath);
  // Under way, nobody checked in yet: the answers still stand, not yet history.
  await expect(organizer.getByRole("heading", { name: "Who said they would come" })).toBeVisible();
  await expect(organizer.getByRole("link", { name: "Edit or cancel" })).toHaveCount(0);
  await organizer.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(organizer.getByText("The meetup has started: its time and seats stay as they were", { exact: false })).toBeVisible();
  await expect(organizer.getByRole("heading", { name: "Cancel the meetup" })).toHaveCount(0);
  await expect(organizer.getByRole("button", { name: "Cancel meetup" })).toHaveCount(0);
  for (const label of ["Starts", "Ends", "RSVP deadline (optional)", "Capacity (optional)"]) await expect(organizer.getByLabel(label)).not.toBeEditable();
  await expect(organizer.getByLabel("Time zone")).toBeDisabled();

  // A wrong room is still worth fixing, and telling everyone of it would read as news.
  await expect(organizer.getByRole("button", { name: "Save changes" })).toHaveAccessibleDescription("This meetup has started: changes are saved without notifying anyone.");
  await organizer.getByLabel("Venue name").fill("Garden shed");
  await organizer.getByRole("button", { name: "Save changes" }).click();
  await expect(organizer.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  await expect(organizer.getByText("Garden shed", { exact: false })).toBeVisible();
});

test("pages past the last one are 404 pages; page 1 of an empty list is its empty state", async ({ page, browser }) => {
  const user = newUser("Pager");
  await signUp(page, user);
  const group = await createGroup(page);

  // A newcomer has no notification: page 1 says so, page 999 does not exist.
  const empty = await page.goto("/notifications");
  expect(empty?.status()).toBe(200);
  await expect(page.getByText("No notification yet.", { exact: false })).toBeVisible();
  // Each list says which of its pages is missing (pages-past-the-end.spec.ts).
  for (const [path, heading] of [
    ["/notifications?page=2", "There is no page 2 of your notifications"],
    ["/notifications?page=999", "There is no page 999 of your notifications"],
    [`/g/${group.slug}/meetups?page=2`, "There is no page 2 of this group's past meetups"],
    [`/g/${group.slug}/meetups?page=999`, "There is no page 999 of this group's past meetups"],
  ]) {
    const response = await page.goto(path!);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: heading! })).toBeVisible();
  }
  expect((await page.goto(`/g/${group.slug}/meetups?page=1`))?.status()).toBe(200);
  await expect(page.getByText("No past meetup.")).toBeVisible();

  // The health overview of someone who runs a few groups fits on one page.
  const moderator = await (await browser.newContext()).newPage();
  await signIn(moderator, "moderator@toile.test", DEMO_PASSWORD);
  expect((await moderator.goto("/health"))?.status()).toBe(200);
  await expect(moderator.getByRole("table").getByRole("link", { name: "City Gardeners" })).toBeVisible();
  for (const [path, firstPage] of [
    ["/health?page=999", "/health"],
    ["/health?view=declines&page=999", "/health?view=declines"],
  ]) {
    const response = await moderator.goto(path!);
    expect(response?.status(), path).toBe(404);
    await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("There is no page 999 of the health overview");
    await expect(moderator.getByRole("link", { name: "Go to the first page" })).toHaveAttribute("href", firstPage!);
  }
});

test("a group's pages are titled with the group's name; a hidden group's are not", async ({ browser }) => {
  const { page: owner } = await newPerson(browser, "Owner");
  const group = await createGroup(owner);
  const title = unique("Potluck");
  const meetupPath = await scheduleMeetup(owner, group.slug, { title });
  await startThread(owner, group.slug, "Recipes", "Who brings what?");

  const expected: [string, string][] = [
    [`/g/${group.slug}/meetups`, `Meetups · ${group.name} · Toile`],
    [`/g/${group.slug}/meetups/new`, `Schedule a meetup · ${group.name} · Toile`],
    [meetupPath, `${title} · ${group.name} · Toile`],
    [`${meetupPath}/edit`, `Edit “${title}” · ${group.name} · Toile`],
    [`${meetupPath}/check-in`, `Check-in for “${title}” · ${group.name} · Toile`],
    [`/g/${group.slug}/t/new`, `Start a thread · ${group.name} · Toile`],
    [`/g/${group.slug}/projects`, `Projects · ${group.name} · Toile`],
    [`/g/${group.slug}/projects/new`, `Start a project · ${group.name} · Toile`],
    [`/g/${group.slug}/settings`, `Settings · ${group.name} · Toile`],
    [`/g/${group.slug}/health`, `Group health · ${group.name} · Toile`],
  ];
  for (const [path, documentTitle] of expected) {
    expect((await owner.goto(path))?.status(), path).toBe(200);
    await expect(owner, path).toHaveTitle(documentTitle);
  }

  // A private group: a stranger's 404 pages do not name it (nor its meetup), and do not fail.
  const secret = await createGroup(owner, { name: unique("Secret circle"), visibility: "private" });
  const secretMeetup = await scheduleMeetup(owner, secret.slug, { title: unique("Hidden dinner") });
  await expect(owner).toHaveTitle(new RegExp(`· ${secret.name} · Toile$`));
  const { page: stranger } = await newPerson(browser, "Stranger");
  for (const path of [`/g/${secret.slug}/meetups`, `/g/${secret.slug}/meetups/new`, `/g/${secret.slug}/t/new`, `/g/${secret.slug}/settings`, secretMeetup, `${secretMeetup}/edit`, `${secretMeetup}/check-in`, "/g/no-such-group/meetups"]) {
    const response = await stranger.goto(path);
    expect(response?.status(), path).toBe(404);
    // A 404 page's title may arrive with the client render (README, known limitations): wait for it.
    await expect(stranger, path).toHaveTitle(/not found/);
    const documentTitle = await stranger.title();
    expect(documentTitle, path).not.toContain(secret.name);
    expect(documentTitle, path).not.toContain("Hidden dinner");
  }
});

test("an organizer schedules the next of a series from the last one: the form comes filled in, a week later, and nobody's answers come along", async ({ browser }) => {
  const { page: organizer } = await newPerson(browser, "Convener");
  const group = await createGroup(organizer);
  const threadTitle = unique("Soil tests");
  const threadPath = await startThread(organizer, group.slug, threadTitle, "Who has a pH kit to lend?");
  const title = `${unique("Soil lab")} #1`;
  const startsAt = new Date(Date.now() + 2 * DAY);
  await organizer.goto(threadPath);
  await organizer.getByRole("link", { name: "Take this offline" }).click();
  await fillMeetupForm(organizer, { title, startsAt, endsAt: new Date(startsAt.getTime() + 90 * MINUTE), venueName: "Community room", capacity: "8", description: "Bring a **soil sample**." });
  await organizer.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(organizer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The host hosts: no answer to give, and no seat taken (decision 004 §3b).
  await expect(organizer.getByText("You host this meetup: hosts give no answer and take no seat.")).toBeVisible();
  await expect(organizer.getByRole("group", { name: "Your answer" })).toHaveCount(0);

  // A member sees no such link.
  const member = await newPerson(browser, "Member");
  await joinGroup(member.page, group);
  await member.page.goto(organizer.url());
  await expect(member.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await member.page.getByRole("button", { name: "Going", exact: true }).click();
  await expect(member.page.getByText("You answered: Going.")).toBeVisible();
  await expect(member.page.getByRole("link", { name: "Schedule another like this" })).toHaveCount(0);

  await organizer.getByRole("link", { name: "Schedule another like this" }).click();
  await expect(organizer.getByRole("heading", { name: "Schedule a meetup" })).toBeVisible();
  await expect(organizer.getByText(`Filled in from “${title}”`)).toBeVisible();
  const next = title.replace(/#1$/, "#2");
  await expect(organizer.getByLabel("Title", { exact: true })).toHaveValue(next);
  await expect(organizer.getByLabel("Description")).toHaveValue("Bring a **soil sample**.");
  await expect(organizer.getByLabel("Venue name")).toHaveValue("Community room");
  await expect(organizer.getByLabel("Capacity")).toHaveValue("8");
  await expect(organizer.getByLabel("Time zone")).toHaveValue("Europe/Paris");
  await expect(organizer.getByLabel("Starts")).toHaveValue(wallClock(new Date(startsAt.getTime() + 7 * DAY), "Europe/Paris"));
  await expect(organizer.getByRole("checkbox", { name: threadTitle })).toBeChecked();
  await organizer.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(organizer.getByRole("heading", { level: 1, name: next })).toBeVisible();
  // A new meetup: the member's "going" stayed with the first one.
  await expect(organizer.getByText("0 of 8 taken")).toBeVisible();
  await expect(organizer.getByRole("link", { name: threadTitle })).toBeVisible();

  // A meetup of another group is not copied: the form starts empty.
  const other = await createGroup(member.page);
  await member.page.goto(`/g/${other.slug}/meetups/new?from=${new URL(organizer.url()).pathname.split("/").pop()}`);
  await expect(member.page.getByLabel("Title", { exact: true })).toHaveValue("");
  await expect(member.page.getByText("Filled in from", { exact: false })).toHaveCount(0);
});

test("a past meetup's check-in page lists who came, read only; an upcoming one's says when check-in opens", async ({ page }) => {
  await signIn(page, "organizer@toile.test", DEMO_PASSWORD);
  await page.goto("/g/city-gardeners/meetups");
  await page.getByRole("link", { name: "Garden circle: hands-on evening" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Garden circle: hands-on evening" })).toBeVisible();
  const came = await page.getByRole("list", { name: "Came", exact: true }).getByRole("listitem").allTextContents();
  expect(came.length).toBeGreaterThanOrEqual(3);

  await page.goto(`${new URL(page.url()).pathname}/check-in`);
  await expect(page.getByRole("heading", { name: "Who came to “Garden circle: hands-on evening”", exact: true })).toBeVisible();
  await expect(page.getByText(/^Check-in closed on .*, 7 days after the meetup/)).toBeVisible();
  const listed = page.getByRole("list", { name: `${came.length} checked in` }).getByRole("listitem");
  await expect(listed).toHaveCount(came.length);
  for (const name of came) await expect(listed.filter({ hasText: name })).toHaveCount(1);
  // Nothing to change any more: no check-in or undo buttons, no walk-in form.
  await expect(page.getByRole("button", { name: /check.?in/i })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Walk-ins" })).toHaveCount(0);

  await page.goto("/g/city-gardeners/meetups");
  await page.getByRole("link", { name: "Kids' plot planting morning" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kids' plot planting morning" })).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/check-in`);
  await expect(page.getByRole("heading", { name: "Check-in for “Kids' plot planting morning”", exact: true })).toBeVisible();
  await expect(page.getByText(/^Check-in opens when the meetup starts, on .*, and stays open for 7 days\./)).toBeVisible();
  await expect(page.getByRole("button", { name: /check.?in/i })).toHaveCount(0);
});

test("the threads a meetup deepens stop at ten: the count shows as they are ticked, and the rest wait until one is unticked", async ({ page }) => {
  await signIn(page, "organizer@toile.test", DEMO_PASSWORD);
  await page.goto("/g/city-gardeners/meetups/new");
  const threads = page.getByRole("list", { name: "Threads" }).getByRole("checkbox");
  expect(await threads.count()).toBeGreaterThan(10);
  await expect(page.getByText("0 of 10 linked.")).toBeVisible();
  for (let n = 0; n < 10; n++) await threads.nth(n).check();
  await expect(page.getByText("10 of 10 linked: untick one to link another.")).toBeVisible();
  await expect(threads.nth(10)).toBeDisabled();
  await expect(threads.nth(9)).toBeEnabled();
  await threads.nth(9).uncheck();
  await expect(page.getByText("9 of 10 linked.")).toBeVisible();
  await threads.nth(10).check();
  await expect(threads.nth(10)).toBeChecked();
});
