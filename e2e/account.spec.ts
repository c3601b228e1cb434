import { expect } from "@playwright/test";
import { answerNextDialog, createGroup, DEMO_PASSWORD, fillMeetupForm, joinGroup, newPerson, serverAnswer, signIn, signOut, startThread, test } from "./support";

test("a member renames themself and changes their password; their other browser is signed out", async ({ browser }) => {
  const { page, user } = await newPerson(browser, "Renamer");
  // The same person, signed in on a second browser (a phone, a shared computer).
  const other = await (await browser.newContext()).newPage();
  await signIn(other, user.email, user.password);

  await page.getByRole("banner").getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await expect(page.getByText(`You sign in as ${user.email}.`)).toBeVisible();

  // The name: a refused one stays in the field, with the reason next to it.
  const nameForm = page.getByRole("form", { name: "Your name" });
  const name = nameForm.getByLabel("Display name");
  await expect(name).toHaveValue(user.name);
  await name.fill("C");
  await nameForm.getByRole("button", { name: "Save name" }).click();
  await expect(name).toHaveValue("C");
  await expect(name).toHaveAccessibleDescription(/Enter the name other members will see \(at least 2 characters\)\./);
  const newName = `${user.name} Martin`;
  await name.fill(newName);
  await nameForm.getByRole("button", { name: "Save name" }).click();
  await expect(nameForm.getByRole("status")).toHaveText(`Saved: other members now see you as ${newName}.`);
  await expect(page.getByRole("banner")).toContainText(`Signed in as ${newName}`);
  // Beside it, their letter avatar (decision 030), which follows the new name.
  await expect(page.getByRole("banner").getByRole("link", { name: newName, exact: true }).locator("[aria-hidden]")).toHaveAttribute("data-initials", "RM");

  // The password: a wrong current one, then two new ones that differ; what was typed stays.
  const passwordForm = page.getByRole("form", { name: "Password" });
  const current = passwordForm.getByLabel("Current password");
  const fresh = passwordForm.getByLabel("New password", { exact: true });
  const again = passwordForm.getByLabel("New password, again");
  await current.fill("not my password");
  await fresh.fill("plum velvet harbor kite");
  await again.fill("plum velvet harbor kite");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(current).toHaveAccessibleDescription("That is not your current password.");
  await expect(fresh).toHaveValue("plum velvet harbor kite");
  await current.fill(user.password);
  await again.fill("plum velvet harbor kit");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(again).toHaveAccessibleDescription("This does not match the new password. Type it again.");
  await again.fill("plum velvet harbor kite");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByRole("status")).toHaveText("Password changed. Every other browser signed in as you is now signed out.");
  await expect(current).toHaveValue("");
  // The keyboard's place is kept: the button stayed focusable while the change was on its way.
  await expect(passwordForm.getByRole("button", { name: "Change password" })).toBeFocused();

  // This browser stays signed in; the other one is signed out at its next page.
  await page.reload();
  await expect(page.getByRole("banner")).toContainText(`Signed in as ${newName}`);
  await other.reload();
  await expect(other.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  // The new password is the one that signs in.
  await signOut(page);
  await signIn(page, user.email, "plum velvet harbor kite");
  await expect(page.getByRole("banner")).toContainText(`Signed in as ${newName}`);
});

test("a member changes the email they sign in with, confirming it with their password", async ({ page, browser }) => {
  const { page: them, user } = await newPerson(browser, "Mover");
  const taken = await newPerson(browser, "Holder");
  await them.goto("/me/settings");
  const form = them.getByRole("form", { name: "Email" });
  const email = form.getByLabel("Email");
  const password = form.getByLabel("Current password");
  await expect(email).toHaveValue(user.email);

  // Another account's address, then a wrong password: said next to the field, what was typed kept.
  await email.fill(taken.user.email);
  await password.fill(user.password);
  await form.getByRole("button", { name: "Save email" }).click();
  await expect(email).toHaveAccessibleDescription(/^Another account signs in with this email: choose another address\./);
  await expect(email).toHaveValue(taken.user.email);
  const moved = `moved.${user.email}`;
  await email.fill(moved);
  await password.fill("not my password");
  await form.getByRole("button", { name: "Save email" }).click();
  await expect(password).toHaveAccessibleDescription(/^That is not your current password\./);
  await expect(email).toHaveValue(moved);

  await password.fill(user.password);
  await form.getByRole("button", { name: "Save email" }).click();
  await expect(form.getByRole("status")).toHaveText(`Saved: you now sign in as ${moved}.`);
  await expect(password).toHaveValue("");
  await expect(them.getByText(`You sign in as ${moved}.`)).toBeVisible();

  // The new address signs in; the old one no longer does.
  await signIn(page, moved, user.password);
  await signOut(page);
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
});

test("a member says who they are on their profile: a bad website is refused with what was typed kept, then others read it", async ({ browser }) => {
  const { page, user } = await newPerson(browser, "Profiled");
  await page.goto("/me/settings");
  const form = page.getByRole("form", { name: "Your profile" });
  const headline = form.getByLabel("Headline");
  const place = form.getByLabel("Where you are");
  const website = form.getByLabel("Website");
  const about = form.getByLabel("About you", { exact: true });
  await headline.fill("Urban agronomist, seed saver");
  await place.fill("Lyon");
  await website.fill("javascript:alert(1)");
  await about.fill("I keep a **seed library** and answer questions about compost.");
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(website).toHaveAccessibleDescription(/Use a full web address starting with http:\/\/ or https:\/\//);
  await expect(website).toBeFocused();
  for (const [field, typed] of [
    [headline, "Urban agronomist, seed saver"],
    [place, "Lyon"],
    [about, "I keep a **seed library** and answer questions about compost."],
  ] as const)
    await expect(field).toHaveValue(typed);
  // The Preview shows the bio as the profile will.
  await form.getByRole("button", { name: "Preview of about you" }).click();
  await expect(form.getByRole("region", { name: "Preview of about you" }).locator("strong")).toHaveText("seed library");

  await website.fill("https://www.example.org/seeds/");
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved: your profile shows it now.");
  await expect(website).toHaveValue("https://www.example.org/seeds/");

  // Another member reads it on the profile page.
  const reader = await newPerson(browser, "Reader");
  const profilePath = (await page.getByRole("link", { name: "See your profile" }).getAttribute("href"))!;
  await reader.page.goto(profilePath);
  await expect(reader.page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  await expect(reader.page.getByText("Urban agronomist, seed saver")).toBeVisible();
  await expect(reader.page.getByText("Lyon")).toBeVisible();
  const site = reader.page.getByRole("link", { name: "example.org/seeds" });
  await expect(site).toHaveAttribute("href", "https://www.example.org/seeds/");
  await expect(site).toHaveAttribute("rel", /nofollow/);
  const aboutSection = reader.page.getByRole("region", { name: "About" });
  await expect(aboutSection.locator("strong")).toHaveText("seed library");

  // Emptied, the profile says nothing of it any more. (The status already says "Saved" from
  // the first save: the server's answer says when this one is in.)
  await headline.fill("");
  await website.fill("");
  await about.fill("");
  const saved = serverAnswer(page, "/me/settings");
  await form.getByRole("button", { name: "Save profile" }).click();
  await saved;
  await expect(headline).toHaveValue("");
  await reader.page.reload();
  await expect(reader.page.getByText("Urban agronomist, seed saver")).toHaveCount(0);
  await expect(reader.page.getByRole("region", { name: "About" })).toHaveCount(0);
  await expect(reader.page.getByRole("link", { name: "example.org/seeds" })).toHaveCount(0);
});

test("the account page asks a visitor to sign in first", async ({ page }) => {
  await page.goto("/me/settings");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fme%2Fsettings$/);
});

test("someone who forgot their password is told to ask a site admin, who gives them a new one from their profile", async ({ page, browser }) => {
  const forgetful = await newPerson(browser, "Forgetful");
  await forgetful.page.getByRole("banner").getByRole("link", { name: "Account" }).click();
  await forgetful.page.getByRole("link", { name: "See your profile" }).click();
  await expect(forgetful.page).toHaveURL(/\/u\/\w+$/);
  const profilePath = new URL(forgetful.page.url()).pathname;
  // A member sees no such thing on someone's profile.
  const member = await newPerson(browser, "Bystander");
  await member.page.goto(profilePath);
  await expect(member.page.getByRole("heading", { level: 1, name: forgetful.user.name })).toBeVisible();
  await expect(member.page.getByRole("button", { name: "Give a new password" })).toHaveCount(0);

  // The sign-in page says what to do, then the admin does it.
  await page.goto("/login");
  await expect(page.getByText("Forgot your password?")).toBeVisible();
  await expect(page.getByText(/ask one of the site's admins to give you a new one/)).toBeVisible();
  await signIn(page, "admin@toile.test", DEMO_PASSWORD);
  await page.goto(profilePath);
  const admin = page.getByRole("region", { name: "Site admin" });
  const asked = answerNextDialog(page, false);
  await admin.getByRole("button", { name: "Give a new password" }).click();
  expect(await asked).toBe(`Give ${forgetful.user.name} a new password? Their current one stops working and they are signed out everywhere.`);
  await expect(admin.getByRole("status")).toHaveCount(0);
  const given = answerNextDialog(page, true);
  await admin.getByRole("button", { name: "Give a new password" }).click();
  await given;
  const status = admin.getByRole("status");
  await expect(status).toHaveText(new RegExp(`^New password for ${forgetful.user.name}: ([a-z]+-){5}\\d{2}$`));
  const password = (await status.textContent())!.split(": ")[1]!;

  // Their browser is signed out; the old password no longer works, the new one does, and a notice says what happened.
  await forgetful.page.reload();
  await expect(forgetful.page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await forgetful.page.goto("/login");
  await forgetful.page.getByLabel("Email").fill(forgetful.user.email);
  await forgetful.page.getByLabel("Password").fill(forgetful.user.password);
  await forgetful.page.getByRole("button", { name: "Sign in" }).click();
  // (Filtered: after a client-side navigation, Next.js's route announcer is an alert too.)
  await expect(forgetful.page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await signIn(forgetful.page, forgetful.user.email, password);
  await forgetful.page.goto("/notifications");
  await forgetful.page.getByRole("link", { name: "Sam Okafor, a site admin, gave you a new password. Choose your own under Account." }).click();
  await expect(forgetful.page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
});

test("a member turns off notices of reactions: reactions to their posts no longer tell them, replies still do", async ({ browser }) => {
  const author = await newPerson(browser, "Quiet");
  const group = await createGroup(author.page);
  const threadPath = await startThread(author.page, group.slug, "Mulch or not?", "Straw, leaves or nothing at all?");

  // From the notifications page to the Account page's Notices, where every box starts checked.
  await author.page.goto("/notifications");
  await author.page.getByRole("link", { name: "Choose which notices you get" }).click();
  const notices = author.page.getByRole("form", { name: "Notices" });
  const reactions = notices.getByRole("checkbox", { name: "Reactions to my posts" });
  for (const name of ["Reactions to my posts", "New meetups in my groups", "Reminders of meetups I am going to"]) await expect(notices.getByRole("checkbox", { name })).toBeChecked();
  await expect(reactions).toHaveAccessibleDescription("One notice per post, gathering everyone who reacted until you read it.");
  await reactions.uncheck();
  await notices.getByRole("button", { name: "Save notices" }).click();
  await expect(notices.getByRole("status")).toHaveText("Saved.");
  await author.page.reload();
  await expect(author.page.getByRole("form", { name: "Notices" }).getByRole("checkbox", { name: "Reactions to my posts" })).not.toBeChecked();
  await expect(author.page.getByRole("form", { name: "Notices" }).getByRole("checkbox", { name: "New meetups in my groups" })).toBeChecked();

  // Someone reacts, then replies: only the reply is told.
  const reader = await newPerson(browser, "Reader");
  await joinGroup(reader.page, group);
  await reader.page.goto(threadPath);
  const opener = reader.page.getByRole("article", { name: `Post by ${author.user.name}` });
  const liked = serverAnswer(reader.page, threadPath);
  await opener.getByRole("button", { name: `Like ${author.user.name}'s post (0 likes)` }).click();
  await liked;
  await reader.page.getByLabel("Reply to the thread").fill("Leaves, shredded, every time.");
  await reader.page.getByRole("button", { name: "Post reply" }).click();
  await expect(reader.page.getByRole("article", { name: `Post by ${reader.user.name}` })).toBeVisible();

  await author.page.goto("/notifications");
  await expect(author.page.getByRole("link", { name: `${reader.user.name} replied to your thread “Mulch or not?”.` })).toBeVisible();
  await expect(author.page.getByRole("link", { name: /reacted/ })).toHaveCount(0);
});

test("a member mutes one group's notices: its new meetups no longer tell them, their other group's still do", async ({ browser }) => {
  test.slow();
  const organizer = await newPerson(browser, "Convener");
  const [quiet, busy] = [await createGroup(organizer.page), await createGroup(organizer.page)];
  const member = await newPerson(browser, "Muter");
  for (const group of [quiet, busy]) await joinGroup(member.page, group);

  // The toggle is in the group's header, on every tab; pressed, it says what it stops and what it does not.
  await member.page.goto(`/g/${quiet.slug}/meetups`);
  const mute = member.page.getByRole("button", { name: "Mute notices" });
  await expect(mute).toHaveAttribute("aria-pressed", "false");
  await mute.click();
  await expect(member.page.getByRole("status").filter({ hasText: "Muted:" })).toHaveText(
    "Muted: its meetups and reactions no longer notify you; replies and mentions still do.",
  );
  await expect(mute).toHaveAttribute("aria-pressed", "true");
  await member.page.goto(`/g/${quiet.slug}`);
  await expect(member.page.getByRole("button", { name: "Mute notices" })).toHaveAttribute("aria-pressed", "true");

  // The Account page lists it, leading back to it.
  await member.page.goto("/me/settings");
  const notices = member.page.getByRole("region", { name: "Notices" });
  await expect(notices.getByRole("list")).toHaveText(quiet.name);
  await expect(notices.getByRole("link", { name: quiet.name })).toHaveAttribute("href", `/g/${quiet.slug}`);

  // A meetup in each group: only the one from the group not muted is told.
  const startsAt = new Date(Date.now() + 3 * 24 * 3_600_000);
  for (const [group, title] of [[quiet, "Quiet walk"], [busy, "Busy market"]] as const) {
    await organizer.page.goto(`/g/${group.slug}/meetups/new`);
    await fillMeetupForm(organizer.page, { title, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000), venueName: "Square" });
    await organizer.page.getByRole("button", { name: "Schedule meetup" }).click();
    await expect(organizer.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }
  await member.page.goto("/notifications");
  await expect(member.page.getByRole("link", { name: /^New meetup in .*“Busy market”/ })).toBeVisible();
  await expect(member.page.getByRole("link", { name: /Quiet walk/ })).toHaveCount(0);

  // Heard again, the group's next meetup is told.
  await member.page.goto(`/g/${quiet.slug}`);
  await member.page.getByRole("button", { name: "Mute notices" }).click();
  await expect(member.page.getByRole("status").filter({ hasText: "again" })).toHaveText("Unmuted: you will hear of its meetups and reactions again.");
  await expect(member.page.getByRole("button", { name: "Mute notices" })).toHaveAttribute("aria-pressed", "false");
  await organizer.page.goto(`/g/${quiet.slug}/meetups/new`);
  await fillMeetupForm(organizer.page, { title: "Second quiet walk", startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000), venueName: "Square" });
  await organizer.page.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(organizer.page.getByRole("heading", { level: 1, name: "Second quiet walk" })).toBeVisible();
  await member.page.goto("/notifications");
  await expect(member.page.getByRole("link", { name: /“Second quiet walk”/ })).toBeVisible();
  await member.page.goto("/me/settings");
  await expect(member.page.getByRole("region", { name: "Notices" }).getByText("To quiet one group only, press “Mute notices” on its page.")).toBeVisible();
});
