import ICAL from "ical.js";
import { expect } from "@playwright/test";
import { createGroup, fillMeetupForm, joinGroup, newPerson, unique, test } from "./support";

const MINUTE = 60_000;
// NAME and X-WR-CALNAME are TEXT, which ical.js only unescapes once told.
for (const property of ["name", "x-wr-calname"]) ICAL.design.defaultSet.property[property] = { defaultType: "text" };

test("an online meetup's link reaches members' calendars only; calendar names survive punctuation; copying says what happened", async ({ browser }) => {
  test.slow();
  const { page: organizer } = await newPerson(browser, "Host");
  const group = await createGroup(organizer);
  const member = await newPerson(browser, "Mia");
  await joinGroup(member.page, group);

  const link = `https://meet.example/${unique("room")}`;
  const title = unique("Compost, worms; soil \\ talk");
  const startsAt = new Date(Date.now() + 3 * 24 * 60 * MINUTE);
  await organizer.goto(`/g/${group.slug}/meetups/new`);
  await fillMeetupForm(organizer, { title, startsAt, endsAt: new Date(startsAt.getTime() + 60 * MINUTE) });
  await organizer.getByLabel("Online meetup").check();
  await organizer.getByLabel("Meeting link").fill(link);
  await organizer.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(organizer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const meetupPath = new URL(organizer.url()).pathname;

  // Google Calendar's template gets the title, the times in UTC, "Online" (never the link) and the page.
  const google = new URL((await organizer.getByRole("link", { name: "Add to Google Calendar (opens in a new tab)" }).getAttribute("href"))!);
  expect(google.hostname).toBe("calendar.google.com");
  expect(google.searchParams.get("text")).toBe(title);
  expect(google.searchParams.get("dates")).toMatch(/^\d{8}T\d{6}Z\/\d{8}T\d{6}Z$/);
  expect(google.searchParams.get("location")).toBe("Online");
  expect(google.searchParams.get("details")).toMatch(new RegExp(`^http://[^/]+${meetupPath}$`));

  // Signed out (a calendar app, or anyone with the address): "Online", no link, in both files.
  const anonymous = await (await browser.newContext()).newPage();
  for (const path of [`${meetupPath}/calendar.ics`, `/g/${group.slug}/meetups.ics`]) {
    const ics = (await (await anonymous.request.get(path)).text()).replace(/\r\n /g, "");
    expect(ics, path).toContain(`SUMMARY:${title.replace(/([,;\\])/g, "\\$1")}`);
    expect(ics, path).toContain("LOCATION:Online\r\n");
    expect(ics, path).not.toContain("meet.example");
  }

  // A member's download (their session) carries the link; its calendar name round-trips.
  const download = await (await member.page.request.get(`${meetupPath}/calendar.ics`)).text();
  const calendar = new ICAL.Component(ICAL.parse(download));
  expect(new ICAL.Event(calendar.getFirstSubcomponent("vevent")!).location).toBe(`Online: ${link}`);
  expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(`${title} · ${group.name}`);

  // A public group's feed is one address for everyone: a member is offered it without any key of
  // theirs (passing it on shares nothing personal), so it has no meeting link, even fetched with
  // a session; they are pointed to their personal feed, which carries it from a calendar app.
  await member.page.goto(`/g/${group.slug}/meetups`);
  const feed = member.page.getByLabel("Group calendar feed");
  // The server renders the bare path; the browser makes it absolute once the page has hydrated,
  // and that is the address compared with what is selected and copied below.
  await expect(feed).toHaveValue(new RegExp(`^http://[^/]+/g/${group.slug}/meetups\\.ics$`));
  const feedUrl = await feed.inputValue();
  // "Subscribe" opens the calendar app on the same feed, as a subscription.
  await expect(member.page.getByRole("link", { name: "Subscribe to this feed in your calendar app" })).toHaveAttribute("href", feedUrl.replace(/^http:/, "webcal:"));
  expect(await (await anonymous.request.get(feedUrl)).text()).not.toContain(link);
  expect(await (await member.page.request.get(feedUrl)).text()).not.toContain(link);
  await expect(member.page.getByText("The meeting links of online meetups you go to are in your personal feed, on My meetups.", { exact: false })).toBeVisible();
  await member.page.goto(meetupPath);
  await member.page.getByRole("button", { name: "Going", exact: true }).click();
  await expect(member.page.getByText("You answered: Going.")).toBeVisible();
  await member.page.goto("/me/meetups");
  const personalFeed = await member.page.getByLabel("Your meetups feed").inputValue();
  expect(await (await anonymous.request.get(personalFeed)).text()).toContain(link);

  // The meetup page agrees: members get "Join online", visitors are told it is for members.
  await member.page.goto(meetupPath);
  await expect(member.page.getByRole("link", { name: "Join online (opens in a new tab)", exact: true })).toHaveAttribute("href", link);
  await anonymous.goto(meetupPath);
  await expect(anonymous.getByRole("link", { name: "Join online" })).toHaveCount(0);
  await expect(anonymous.getByText("The meeting link is shown to the group's members.")).toBeVisible();

  // The member's notification about it has a button that says which notification it marks.
  await member.page.goto("/notifications");
  const aboutIt = `New meetup in .*${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
  const markRead = member.page.getByRole("button", { name: new RegExp(`^Mark as read: ${aboutIt}`) });
  await expect(markRead).toBeVisible();
  // Marked read, the button goes and the keyboard stays on that notification.
  await markRead.click();
  await expect(member.page.getByRole("link", { name: new RegExp(aboutIt) })).toBeFocused();

  // Copying: "Copied" only when the clipboard took it; otherwise the address is selected.
  await member.page.goto(`/g/${group.slug}/meetups`);
  await member.page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error("denied"));
  });
  // Hydrated: the selection is made in the address as it stays.
  await expect(feed).toHaveValue(feedUrl);
  await member.page.getByRole("button", { name: "Copy" }).click();
  await expect(member.page.getByRole("status").filter({ hasText: "Select the address and copy it." })).toBeVisible();
  await expect(member.page.getByRole("button", { name: "Copy" })).toBeVisible();
  const selected = await member.page.getByLabel("Group calendar feed").evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
  expect(selected).toBe(feedUrl);

  await member.page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await member.page.reload();
  await expect(feed).toHaveValue(feedUrl);
  await member.page.getByRole("button", { name: "Copy" }).click();
  await expect(member.page.getByRole("button", { name: "Copied" })).toBeVisible();
  await expect(member.page.getByRole("status").filter({ hasText: "Address copied." })).toBeVisible();
  expect(await member.page.evaluate(() => navigator.clipboard.readText())).toBe(feedUrl);
});
