import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { expect, type Page } from "@playwright/test";
import { createGroup, fillMeetupForm, joinGroup, meetupHasStarted, newPerson, startThread, unique, wallClock, wallClockLabel, test } from "./support";

const MINUTE = 60_000;

// Journeys with several people in their own browsers take longer than one person's.
test.describe.configure({ timeout: 180_000 });

/** Schedules a meetup from a thread's "Take this offline" and returns its path. */
async function scheduleFromThread(page: Page, threadPath: string, threadTitle: string, input: Parameters<typeof fillMeetupForm>[1]): Promise<string> {
  await page.goto(threadPath);
  await page.getByRole("link", { name: "Take this offline" }).click();
  await expect(page.getByRole("heading", { name: "Schedule a meetup" })).toBeVisible();
  // Pre-linked, and first in the scrolling picker, however recent the group's other threads are.
  const firstChoice = page.getByRole("list", { name: "Threads" }).getByRole("checkbox").first();
  await expect(firstChoice).toHaveAccessibleName(threadTitle);
  await expect(firstChoice).toBeChecked();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(threadTitle);
  await fillMeetupForm(page, input);
  await page.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(page.getByRole("heading", { level: 1, name: input.title })).toBeVisible();
  const path = new URL(page.url()).pathname;
  expect(path).toMatch(/^\/g\/[^/]+\/meetups\/\d+$/);
  return path;
}

test("an organizer takes a thread offline; the waitlist, promotion, check-in and calendar work end to end", async ({ browser }) => {
  // Four people sign up (argon2 is slow on purpose) and take turns: the longest journey of all,
  // which on two busy cores has run past the file's three minutes.
  test.setTimeout(300_000);
  const { page: organizer } = await newPerson(browser, "Organizer");
  const group = await createGroup(organizer);
  const threadTitle = "Testing our soil";
  const threadPath = await startThread(organizer, group.slug, threadTitle, "Who wants to compare pH readings in person?");
  // A later thread is more recent: the one taken offline must still come first in the form's picker.
  await startThread(organizer, group.slug, "Seed swap dates", "When shall we swap seeds this spring?");

  const alice = await newPerson(browser, "Alice");
  const bob = await newPerson(browser, "Bob");
  // Carol lives in New York: she sees the meetup's time in Paris and in her own zone.
  const carol = await newPerson(browser, "Carol", { timezoneId: "America/New_York" });
  for (const person of [alice, bob, carol]) await joinGroup(person.page, group);

  const title = unique("Soil lab");
  const startsAt = new Date(Date.now() + 2 * 24 * 60 * MINUTE);
  const endsAt = new Date(startsAt.getTime() + 2 * 60 * MINUTE);
  const meetupPath = await scheduleFromThread(organizer, threadPath, threadTitle, { title, startsAt, endsAt, venueName: "Community garden shed", capacity: "2" });
  // The organizer learns the three members were told, once: a reload does not repeat it.
  await expect(organizer.getByRole("status").filter({ hasText: "Meetup scheduled." })).toHaveText("Meetup scheduled. 3 members of the group were notified.");
  await expect(organizer).toHaveURL((url) => !url.searchParams.has("scheduled"));
  await expect(organizer.getByText("0 of 2 taken")).toBeVisible();
  await expect(organizer.getByRole("link", { name: threadTitle })).toBeVisible();
  await expect(organizer.getByText("Time zone: Europe/Paris")).toBeVisible();
  // The thread lists its meetup.
  await organizer.goto(threadPath);
  await expect(organizer.getByRole("region", { name: "Meetups on this topic" }).getByRole("link", { name: title })).toBeVisible();

  // Alice and Bob take the two seats; Carol joins the waitlist.
  for (const person of [alice, bob]) {
    await person.page.goto(meetupPath);
    await person.page.getByRole("button", { name: "Going", exact: true }).click();
    await expect(person.page.getByText("You answered: Going.")).toBeVisible();
  }
  await carol.page.goto(meetupPath);
  await expect(carol.page.getByText("Time zone: Europe/Paris")).toBeVisible();
  await expect(carol.page.getByText(`Your time (America/New York): ${wallClockLabel(startsAt, "America/New_York")}`, { exact: false })).toBeVisible();
  await carol.page.getByRole("button", { name: "Join the waitlist" }).click();
  await expect(carol.page.getByText("number 1 on the waitlist", { exact: false }).first()).toBeVisible();
  // Her answer reads as where it stands: on the waitlist, not going.
  await expect(carol.page.getByRole("button", { name: "On the waitlist" })).toHaveAttribute("aria-pressed", "true");
  await expect(carol.page.getByRole("button", { name: "Going", exact: true })).toHaveCount(0);
  await expect(carol.page.getByRole("list", { name: "Waitlist" })).toContainText(carol.user.name);
  await expect(carol.page.getByRole("list", { name: "Going" })).toContainText(alice.user.name);

  // Alice withdraws: Carol is promoted and told.
  await alice.page.getByRole("button", { name: "Not going" }).click();
  await expect(alice.page.getByText("You answered: Not going.")).toBeVisible();
  await carol.page.reload();
  await expect(carol.page.getByText("You answered: Going.")).toBeVisible();
  await expect(carol.page.getByRole("link", { name: /^Notifications \d+ unread$/ })).toBeVisible();
  await carol.page.getByRole("link", { name: /^Notifications/ }).click();
  const promotion = carol.page.getByRole("link", { name: `A seat opened up: you are now going to “${title}”`, exact: false });
  await expect(promotion).toBeVisible();
  // The notice states the meetup's time in Paris; Carol, in New York, also gets her own.
  const notice = carol.page.getByRole("listitem").filter({ has: promotion });
  await expect(notice).toContainText(new RegExp(`\\(${wallClockLabel(startsAt, "America/New_York")} E[DS]T, your time\\)`));
  await promotion.click();
  await expect(carol.page).toHaveURL(new RegExp(`${meetupPath}$`));

  // The .ics downloads and describes the meetup.
  await organizer.goto(meetupPath);
  const [download] = await Promise.all([organizer.waitForEvent("download"), organizer.getByRole("link", { name: "Add to calendar (.ics)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^meetup-\d+\.ics$/);
  const ics = (await readFile((await download.path())!, "utf8")).replace(/\r\n /g, "");
  const meetupId = meetupPath.split("/").at(-1);
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain(`UID:meetup-${meetupId}@127.0.0.1`);
  expect(ics).toContain(`SUMMARY:${title}`);
  expect(ics).toContain("SEQUENCE:0");
  expect(ics).toContain("STATUS:CONFIRMED");
  expect(ics).toContain("LOCATION:Community garden shed");
  const utc = (date: Date) => date.toISOString().replace(/[-:]/g, "").slice(0, 13) + "00Z";
  expect(ics).toContain(`DTSTART:${utc(startsAt)}`);
  expect(ics).toContain(`DTEND:${utc(endsAt)}`);
  expect(ics).toMatch(new RegExp(`URL;VALUE=URI:http://127\\.0\\.0\\.1:\\d+${meetupPath}`));
  const response = await organizer.request.get(`${meetupPath}/calendar.ics`);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");

  // "My meetups" lists it for Carol (in both zones), with her personal feed.
  await carol.page.getByRole("link", { name: "My meetups" }).click();
  const answeredList = carol.page.getByRole("list", { name: "Meetups you answered" });
  await expect(answeredList.getByRole("link", { name: title })).toBeVisible();
  await expect(answeredList.getByRole("listitem").filter({ hasText: title })).toContainText(`(${wallClockLabel(startsAt, "America/New_York")}`);
  const feedUrl = await carol.page.getByLabel("Your meetups feed").inputValue();
  expect(feedUrl).toMatch(/\/calendar\/[\w-]+\/meetups\.ics$/);
  const feed = await (await carol.page.request.get(feedUrl)).text();
  expect(feed).toContain(`UID:meetup-${meetupId}@127.0.0.1`);
  // The group's public feed, read as a calendar app would (no session, no token), parses with an
  // independent iCalendar parser and gives the same times.
  const anonymous = await (await browser.newContext()).newPage();
  const groupFeed = await anonymous.request.get(`/g/${group.slug}/meetups.ics`);
  expect(groupFeed.status()).toBe(200);
  const events = new ICAL.Component(ICAL.parse(await groupFeed.text())).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  const event = events.find((candidate) => candidate.uid === `meetup-${meetupId}@127.0.0.1`);
  expect(event?.summary).toBe(title);
  expect(event?.startDate.toJSDate().getTime()).toBe(Math.floor(startsAt.getTime() / MINUTE) * MINUTE);
  expect(event?.endDate.toJSDate().getTime()).toBe(Math.floor(endsAt.getTime() / MINUTE) * MINUTE);
  // The group page lists it among its upcoming meetups.
  await anonymous.goto(`/g/${group.slug}`);
  await expect(anonymous.getByRole("list", { name: "Upcoming meetups" }).getByRole("link", { name: title })).toBeVisible();
  // Bob and Carol have its two seats: it says it is full, as the Meetups tab does.
  await expect(anonymous.getByRole("list", { name: "Upcoming meetups" }).getByRole("listitem").filter({ hasText: title })).toContainText("2 / 2 going · full");
  // A visitor sees how many go, not who.
  await anonymous.goto(meetupPath);
  await expect(anonymous.getByText("2 going. Members of the group see who.")).toBeVisible();
  await expect(anonymous.getByText("and join the group to answer.")).toBeVisible();
  await expect(anonymous.getByRole("list", { name: "Going" })).toHaveCount(0);
  await expect(anonymous.getByText(bob.user.name)).toHaveCount(0);

  // Check-in is not open before the meetup starts.
  await organizer.goto(meetupPath);
  await expect(organizer.getByRole("link", { name: "Check people in" })).toHaveCount(0);

  // The day comes; the organizer checks Bob and Carol in.
  await meetupHasStarted(meetupPath);
  await organizer.goto(meetupPath);
  // A meetup under way or past can still be filed in a calendar.
  await expect(organizer.getByRole("link", { name: "Add to calendar (.ics)" })).toBeVisible();
  await organizer.getByRole("link", { name: "Check people in" }).click();
  await expect(organizer.getByRole("heading", { name: `Who came to “${title}”?` })).toBeVisible();
  for (const person of [bob, carol]) {
    await organizer.getByRole("button", { name: `Check in ${person.user.name}` }).click();
    await expect(organizer.getByRole("button", { name: `Undo check-in of ${person.user.name}` })).toBeVisible();
  }
  await expect(organizer.getByText("2 checked in")).toBeVisible();
  // At the door, on a phone: the sheet fits the screen.
  await organizer.setViewportSize({ width: 375, height: 800 });
  expect(await organizer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await expect(organizer.getByRole("button", { name: `Undo check-in of ${bob.user.name}` })).toBeInViewport();
  await organizer.setViewportSize({ width: 1280, height: 720 });
  // Alice said she would not come: she is not on the list (she could still be added as a walk-in).
  await expect(organizer.getByRole("row", { name: new RegExp(alice.user.name) })).toHaveCount(0);

  // Carol sees she was checked in, is invited to post her follow-up in the linked thread, and
  // the meetup page links to it.
  await carol.page.goto(meetupPath);
  await expect(carol.page.getByText("You were checked in.")).toBeVisible();
  // The page now tells who came (not only who had said they would).
  await expect(carol.page.getByRole("heading", { name: "2 came" })).toBeVisible();
  await expect(carol.page.getByRole("list", { name: "Came" }).getByRole("listitem")).toHaveText([bob.user.name, carol.user.name]);
  const invite = carol.page.getByRole("region", { name: "Thanks for coming! Share your follow-up" });
  await invite.getByRole("link", { name: `Post in “${threadTitle}”` }).click();
  // Straight to the reply form, not the top of the thread.
  await expect(carol.page).toHaveURL(new RegExp(`${threadPath}#reply$`));
  await carol.page.getByLabel("Reply to the thread").fill("Follow-up: our soil was pH 6.4 on average; the clay plots were the most acidic.");
  await carol.page.getByRole("button", { name: "Post reply" }).last().click();
  await expect(carol.page.getByText("clay plots were the most acidic")).toBeVisible();
  await carol.page.goto(meetupPath);
  const followUps = carol.page.getByRole("list", { name: "Follow-up posts" });
  await expect(followUps).toContainText("clay plots were the most acidic");
  // Posted: the invitation gives way to a link to her follow-up.
  await expect(carol.page.getByRole("region", { name: "Thanks for coming! Share your follow-up" })).toHaveCount(0);
  await expect(carol.page.getByRole("region", { name: "Your follow-up" }).getByRole("link", { name: threadTitle })).toHaveAttribute("href", new RegExp(`^/g/${group.slug}/posts/\\d+$`));
  await followUps.getByRole("link", { name: threadTitle }).click();
  await expect(carol.page).toHaveURL(new RegExp(`${threadPath}#post-\\d+$`));
  // Who came is for members: a visitor sees no follow-ups from attendees (the thread itself is public).
  await anonymous.goto(meetupPath);
  await expect(anonymous.getByRole("heading", { name: "2 came" })).toBeVisible();
  // Answering a past meetup is impossible for anyone: a visitor is not invited to sign in to answer.
  await expect(anonymous.getByText("to answer", { exact: false })).toHaveCount(0);
  await expect(anonymous.getByRole("heading", { name: "Follow-ups from attendees" })).toHaveCount(0);
  await expect(anonymous.getByText(carol.user.name)).toHaveCount(0);
});

test("schedule form errors are specific and keep what was typed", async ({ browser }) => {
  const { page } = await newPerson(browser, "Planner");
  const group = await createGroup(page);
  await page.goto(`/g/${group.slug}/meetups/new`);
  // A start typed first suggests an end two hours later.
  await page.getByLabel("Starts").fill("2030-05-04T18:30");
  await expect(page.getByLabel("Ends")).toHaveValue("2030-05-04T20:30");
  // The suggestion follows a corrected start; an end typed by hand stays.
  await page.getByLabel("Starts").fill("2030-05-11T19:00");
  await expect(page.getByLabel("Ends")).toHaveValue("2030-05-11T21:00");
  await page.getByLabel("Ends").fill("2030-05-11T23:00");
  await page.getByLabel("Starts").fill("2030-05-11T18:00");
  await expect(page.getByLabel("Ends")).toHaveValue("2030-05-11T23:00");
  const startsAt = new Date(Date.now() + 3 * 24 * 60 * MINUTE);
  await fillMeetupForm(page, { title: "Map night", startsAt, endsAt: new Date(startsAt.getTime() - 60 * MINUTE), venueName: "Library", capacity: "0" });
  await page.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need your attention." })).toBeVisible();
  await expect(page.getByText("The meetup must end after it starts.")).toBeVisible();
  await expect(page.getByText("Capacity must be a whole number of at least 1, or empty for no limit.")).toBeVisible();
  await expect(page.getByLabel("Ends")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title")).toHaveValue("Map night");
  await expect(page.getByLabel("Venue name")).toHaveValue("Library");
  await expect(page.getByLabel("Starts")).toHaveValue(wallClock(startsAt, "Europe/Paris"));
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Paris");

  // A start in the past, no venue, and another zone: both problems at once, the zone chosen this time kept.
  const past = new Date(Date.now() - 2 * 60 * MINUTE);
  await fillMeetupForm(page, { title: "Map night", startsAt: past, endsAt: new Date(past.getTime() + 60 * MINUTE), venueName: "", capacity: "", timeZone: "America/New_York" });
  await page.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(page.getByText("Give the venue's name, or tick “Online meetup”.")).toBeVisible();
  await expect(page.getByLabel("Starts")).toHaveAccessibleDescription(/The meetup must start in the future\./);
  await expect(page.getByLabel("Time zone")).toHaveValue("America/New_York");
  await page.getByLabel("Venue name").fill("Library");
  await page.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(page.getByText("The meetup must start in the future.")).toBeVisible();
  await expect(page.getByText("Give the venue's name, or tick “Online meetup”.")).toHaveCount(0);
  await expect(page.getByLabel("Venue name")).toHaveValue("Library");
  await page.goto(`/g/${group.slug}/meetups`);
  await expect(page.getByText("No meetup planned yet.", { exact: false })).toBeVisible();

  // A mistyped year is caught before anyone is told.
  await page.goto(`/g/${group.slug}/meetups/new`);
  await page.getByLabel("Title", { exact: true }).fill("Map night");
  await page.getByLabel("Venue name").fill("Library");
  await page.getByLabel("Starts").fill("2206-05-11T18:00");
  await page.getByLabel("Ends").fill("2206-05-11T20:00");
  await page.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(page.getByLabel("Starts")).toHaveAccessibleDescription(/A meetup can be scheduled at most 2 years ahead: check the year\./);

  // Once the group has met somewhere, a new meetup's form starts in that zone, not the browser's.
  await page.goto(`/g/${group.slug}/meetups/new`);
  await fillMeetupForm(page, { title: "Map night", startsAt, endsAt: new Date(startsAt.getTime() + 60 * MINUTE), venueName: "Library", capacity: "", timeZone: "America/New_York" });
  await page.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Map night" })).toBeVisible();
  await page.goto(`/g/${group.slug}/meetups/new`);
  await expect(page.getByLabel("Time zone")).toHaveValue("America/New_York");

  // A place of long unbroken text (a pasted map address) wraps on a phone instead of widening the page.
  await fillMeetupForm(page, { title: "Long place", startsAt, endsAt: new Date(startsAt.getTime() + 60 * MINUTE), venueName: `Hall-${"x".repeat(150)}`, capacity: "" });
  await page.getByLabel("Address").fill(`https://www.google.com/maps/place/${"y".repeat(110)}`);
  await page.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Long place" })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
});

test("cancelling keeps the page with a banner, tells who answered, and closes RSVPs", async ({ browser }) => {
  const { page: organizer } = await newPerson(browser, "Host");
  const group = await createGroup(organizer);
  const threadPath = await startThread(organizer, group.slug, "Night walk", "Shall we?");
  const guest = await newPerson(browser, "Guest");
  await joinGroup(guest.page, group);
  const startsAt = new Date(Date.now() + 2 * 24 * 60 * MINUTE);
  const title = unique("Night walk");
  const meetupPath = await scheduleFromThread(organizer, threadPath, "Night walk", { title, startsAt, endsAt: new Date(startsAt.getTime() + 90 * MINUTE), venueName: "Park gate" });
  // Without scripts (not loaded yet, or blocked), the answer buttons still post the answer.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await guest.page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto(meetupPath);
  await plain.getByRole("button", { name: "Going", exact: true }).click();
  await expect(plain.getByText("You answered: Going.")).toBeVisible();
  await noScript.close();
  await guest.page.goto(meetupPath);
  await guest.page.getByRole("button", { name: "Maybe" }).click();
  await expect(guest.page.getByText("You answered: Maybe.")).toBeVisible();

  // An edit: the form shows the stored wall-clock time in the meetup's zone; moving the place
  // tells those who answered.
  await organizer.getByRole("link", { name: "Edit or cancel" }).click();
  await expect(organizer.getByLabel("Starts")).toHaveValue(wallClock(startsAt, "Europe/Paris"));
  await expect(organizer.getByLabel("Time zone")).toHaveValue("Europe/Paris");
  await expect(organizer.getByRole("checkbox", { name: "Night walk" })).toBeChecked();
  await organizer.getByLabel("Venue name").fill("North gate");
  await organizer.getByRole("button", { name: "Save changes" }).click();
  await expect(organizer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(organizer.getByText("North gate")).toBeVisible();

  await organizer.getByRole("link", { name: "Edit or cancel" }).click();
  // The host cancelling tells the one guest who answered.
  await expect(organizer.getByLabel("Reason (optional)")).toHaveAccessibleDescription("Shown on the meetup page and sent to 1 person: everyone who answered.");
  await organizer.getByLabel("Reason (optional)").fill("Heavy rain forecast");
  organizer.once("dialog", (dialog) => void dialog.accept());
  await organizer.getByRole("button", { name: "Cancel meetup" }).click();
  await expect(organizer.getByText("This meetup was cancelled.")).toBeVisible();
  await expect(organizer.getByText("Heavy rain forecast")).toBeVisible();

  await guest.page.reload();
  await expect(guest.page.getByText("This meetup was cancelled.")).toBeVisible();
  // Nothing to add to a calendar any more (the feeds keep it, marked cancelled).
  await expect(guest.page.getByRole("link", { name: "Add to calendar (.ics)" })).toHaveCount(0);
  await expect(guest.page.getByText("This meetup was cancelled: it takes no more RSVPs.")).toBeVisible();
  await expect(guest.page.getByRole("button", { name: "Going", exact: true })).toHaveCount(0);
  await guest.page.goto("/notifications");
  await expect(guest.page.getByRole("link", { name: `“${title}”`, exact: false }).filter({ hasText: "was cancelled: Heavy rain forecast" })).toBeVisible();
  // The notice says where the meetup was, and where it is now.
  const changed = guest.page.getByRole("link", { name: `“${title}” moved from Park gate to North gate.`, exact: false });
  await expect(changed).toContainText("It is still");
  // Following a notification marks it read.
  await changed.click();
  await expect(guest.page).toHaveURL(new RegExp(`${meetupPath}$`));
  await guest.page.goto("/notifications");
  await expect(guest.page.getByRole("button", { name: /^Mark as read: “.*” moved from Park gate/ })).toHaveCount(0);
  await expect(guest.page.getByRole("button", { name: /^Mark as read: “.*” .*was cancelled/ })).toBeVisible();
  await guest.page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(guest.page.getByRole("status").filter({ hasText: "All caught up." })).toBeVisible();
  // The button is gone: the keyboard stays on the page, at its heading.
  await expect(guest.page.getByRole("heading", { level: 1, name: "Notifications" })).toBeFocused();

  const ics = await (await guest.page.request.get(`${meetupPath}/calendar.ics`)).text();
  expect(ics).toContain("STATUS:CANCELLED");
  expect(ics).toContain("SEQUENCE:2");
});

test("authorization: members get 403 on organizer pages; non-members of a private group get 404 everywhere", async ({ browser }) => {
  const { page: owner } = await newPerson(browser, "Keeper");
  const open = await createGroup(owner);
  const startsAt = new Date(Date.now() + 5 * 24 * 60 * MINUTE);
  await owner.goto(`/g/${open.slug}/meetups/new`);
  await fillMeetupForm(owner, { title: "Open meetup", startsAt, endsAt: new Date(startsAt.getTime() + 60 * MINUTE), venueName: "Hall" });
  await owner.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Open meetup" })).toBeVisible();
  const openPath = new URL(owner.url()).pathname;

  const secret = await createGroup(owner, { visibility: "private" });
  await owner.goto(`/g/${secret.slug}/meetups/new`);
  await fillMeetupForm(owner, { title: "Secret meetup", startsAt, endsAt: new Date(startsAt.getTime() + 60 * MINUTE), venueName: "Back room" });
  await owner.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Secret meetup" })).toBeVisible();
  const secretPath = new URL(owner.url()).pathname;

  const { page: member } = await newPerson(browser, "Plain");
  // Not a member yet: the way to answer leads to the group's Join button.
  await member.goto(openPath);
  await expect(member.getByRole("link", { name: "Join the group" })).toHaveAttribute("href", `/g/${open.slug}`);
  await joinGroup(member, open);
  for (const path of [`/g/${open.slug}/meetups/new`, `${openPath}/edit`, `${openPath}/check-in`]) {
    const response = await member.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(member.getByRole("heading", { name: "You cannot do this here" })).toBeVisible();
  }
  await member.goto(openPath);
  await expect(member.getByRole("link", { name: "Edit or cancel" })).toHaveCount(0);
  await expect(member.getByRole("button", { name: "Going", exact: true })).toBeVisible();

  // The member is a stranger to the private group: its pages and calendars do not exist for them.
  for (const path of [secretPath, `${secretPath}/edit`, `${secretPath}/check-in`, `/g/${secret.slug}/meetups`, `/g/${secret.slug}/meetups/new`]) {
    const response = await member.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(member.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  for (const path of [`${secretPath}/calendar.ics`, `/g/${secret.slug}/meetups.ics`, `/g/${secret.slug}/meetups.ics?token=not-a-member-token-123`]) {
    const response = await member.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain("Secret meetup");
  }
  const anonymous = await (await browser.newContext()).newPage();
  expect((await anonymous.goto(secretPath))?.status()).toBe(404);
  expect((await anonymous.request.get(`${secretPath}/calendar.ics`)).status()).toBe(404);

  // The owner's own link opens the private feed from a calendar app (no session). It carries
  // their key to this feed, not their calendar token: it opens neither their personal feed nor
  // another group's.
  await owner.goto(`/g/${secret.slug}/meetups`);
  // The server renders the bare path; the browser makes it absolute once the page has hydrated.
  await expect(owner.getByLabel("Group calendar feed")).toHaveValue(/^http:\/\/[^/]+\/g\/.+\?member=[^&]+&key=[\w-]+$/);
  const feedUrl = await owner.getByLabel("Group calendar feed").inputValue();
  const feed = await anonymous.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("SUMMARY:Secret meetup");
  const key = new URL(feedUrl).searchParams.get("key")!;
  expect((await anonymous.request.get(`/calendar/${key}/meetups.ics`)).status()).toBe(404);
  expect((await anonymous.request.get(feedUrl.replace(`/g/${secret.slug}/`, `/g/${open.slug}/`))).status()).toBe(404);

  // Malformed and unknown ids are 404 pages.
  for (const path of [`/g/${open.slug}/meetups/abc`, `/g/${open.slug}/meetups/99999999`, `/g/${open.slug}/meetups/1e3/edit`, `${secretPath.replace(secret.slug, open.slug)}`]) {
    expect((await member.goto(path))?.status(), path).toBe(404);
  }
  expect((await member.request.get(`/g/${open.slug}/meetups/abc/calendar.ics`)).status()).toBe(404);
  expect((await member.request.get("/calendar/not-a-token/meetups.ics")).status()).toBe(404);
});
