import { expect, type Browser, type Page } from "@playwright/test";
import { answerNextDialog, appointModerator, createGroup, groupRemovedSpamAccounts, joinGroup, newPerson, startThread, test } from "./support";


/** An owner's new group, and someone who joined it, each in their own browser. */
async function groupWithMember(browser: Browser, memberName: string) {
  const owner = await newPerson(browser, "Owner");
  const member = await newPerson(browser, memberName);
  const group = await createGroup(owner.page);
  await joinGroup(member.page, group);
  return { owner, member, group };
}


/** The id of the post a page shows first (the thread's opener), from its article's anchor. */
async function openerId(page: Page): Promise<number> {
  const id = await page.getByRole("article").first().getAttribute("id");
  return Number(id!.replace("post-", ""));
}

test("a moderator deletes a spam thread: it leaves the list, its addresses answer 404, and its author is told", async ({ browser }) => {
  // Three people sign up (argon2) and the journey crosses many pages.
  test.slow();
  const owner = await newPerson(browser, "Owner");
  const moderator = await newPerson(browser, "Mod");
  const spammer = await newPerson(browser, "Spammer");
  const group = await createGroup(owner.page);
  await startThread(owner.page, group.slug, "Welcome, introduce yourself", "Tell us what you grow and where.");
  await joinGroup(moderator.page, group);
  await joinGroup(spammer.page, group);

  await appointModerator(owner.page, group, moderator.user.name);

  const spamPath = await startThread(spammer.page, group.slug, "Cheap watches, best prices", "Visit my shop for the cheapest watches in town.");
  const permalink = `/g/${group.slug}/posts/${await openerId(spammer.page)}`;
  // Its author cannot delete the thread as a whole (only their post), nor see the moderation controls.
  await expect(spammer.page.getByRole("button", { name: "Delete thread" })).toHaveCount(0);

  await moderator.page.goto(spamPath);
  const deleteButton = moderator.page.getByRole("button", { name: "Delete thread" });
  // Someone else's thread: the button opens a form that says what happens and asks for a reason
  // for its author (decision 019). Cancelling changes nothing and gives focus back to the button.
  await deleteButton.click();
  await expect(deleteButton).toHaveAttribute("aria-expanded", "true");
  const reason = moderator.page.getByLabel(`Reason for ${spammer.user.name} (optional)`);
  await expect(reason).toBeFocused();
  await expect(moderator.page.getByText("“Cheap watches, best prices” disappears from the group with all its replies")).toBeVisible();
  await moderator.page.getByRole("button", { name: "Cancel" }).click();
  await expect(deleteButton).toBeFocused();
  await expect(reason).toHaveCount(0);
  await expect(moderator.page.getByRole("heading", { level: 1 })).toHaveText("Cheap watches, best prices");

  // With the keyboard, and a reason: the thread is gone, and the group's page says so where focus lands.
  await moderator.page.keyboard.press("Enter");
  await expect(reason).toBeFocused();
  await moderator.page.keyboard.type("Advertising is not allowed here.");
  await moderator.page.keyboard.press("Tab");
  await expect(moderator.page.getByRole("button", { name: `Delete and tell ${spammer.user.name}` })).toBeFocused();
  await moderator.page.keyboard.press("Enter");
  await expect(moderator.page).toHaveURL(new RegExp(`/g/${group.slug}$`));
  const notice = moderator.page.getByRole("status").filter({ hasText: "The thread was deleted." });
  await expect(notice).toBeFocused();
  const list = moderator.page.getByRole("list", { name: "Threads" });
  await expect(list.getByRole("link", { name: "Welcome, introduce yourself" })).toBeVisible();
  await expect(list.getByRole("link", { name: "Cheap watches, best prices" })).toHaveCount(0);
  // Back does not bring the deleted thread's page back from the browser's memory, reply box and all.
  await moderator.page.goBack();
  await expect(moderator.page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(moderator.page.getByLabel("Reply to the thread")).toHaveCount(0);

  // Its thread page and its post's permalink answer 404, for the moderator and for its author.
  for (const page of [moderator.page, spammer.page]) {
    const response = await page.goto(spamPath);
    expect(response?.status(), spamPath).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect((await page.goto(permalink))?.status(), permalink).toBe(404);
  }
  await spammer.page.goto(`/g/${group.slug}`);
  await expect(spammer.page.getByRole("link", { name: "Cheap watches, best prices" })).toHaveCount(0);
  // Its author is told, by "the moderators" (not by name), and led to the group's page.
  await spammer.page.getByRole("link", { name: /^Notifications/ }).click();
  const told = spammer.page.getByRole("link", { name: `The moderators of ${group.name} deleted your thread “Cheap watches, best prices”: “Advertising is not allowed here.”` });
  await expect(told).toBeVisible();
  await expect(spammer.page.getByRole("main")).not.toContainText(moderator.user.name);
  await told.click();
  await expect(spammer.page).toHaveURL(new RegExp(`/g/${group.slug}$`));
});

test("an author edits their thread's title: a refused title keeps what was typed, and the old address leads to the new one", async ({ browser }) => {
  test.slow();
  const { owner, member: author, group } = await groupWithMember(browser, "Author");
  const oldPath = await startThread(author.page, group.slug, "Compost question", "How do you keep a compost heap working through the winter?");
  const { page } = author;

  await page.getByRole("button", { name: "Edit title of the thread" }).click();
  const field = page.getByRole("textbox", { name: "Thread title" });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("Compost question");

  // An empty title is refused on its field, with what was typed kept.
  await field.fill("   ");
  await page.getByRole("button", { name: "Save title" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need your attention." })).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/Give the thread a title\./);
  await expect(field).toHaveValue("   ");

  await field.fill("Composting through a cold winter?");
  await page.getByRole("button", { name: "Save title" }).click();
  // The address follows the title; the outcome is announced and has focus.
  await expect(page).toHaveURL(/\/t\/\d+-composting-through-a-cold-winter$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Composting through a cold winter?");
  await expect(page.getByRole("status").filter({ hasText: "Title saved." })).toBeFocused();
  const newPath = new URL(page.url()).pathname;
  expect(newPath).not.toBe(oldPath);

  // Links shared before keep working: the old address redirects to the new one.
  await page.goto(oldPath);
  await expect(page).toHaveURL(new RegExp(`${newPath}$`));
  await page.goto(`/g/${group.slug}`);
  await expect(page.getByRole("list", { name: "Threads" }).getByRole("link", { name: "Composting through a cold winter?" })).toBeVisible();

  // Once a moderator locks the thread, its author no longer edits the title; the owner still can.
  await owner.page.goto(newPath);
  await owner.page.getByRole("button", { name: "Lock thread" }).click();
  await expect(owner.page.getByRole("button", { name: "Unlock thread" })).toBeVisible();
  await expect(owner.page.getByRole("button", { name: "Edit title of the thread" })).toBeVisible();
  await page.goto(newPath);
  await expect(page.getByText("This thread is locked: it takes no new replies.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit title of the thread" })).toHaveCount(0);
});

test("a reason typed for removing someone is not lost without asking: leaving the page asks, Escape asks, then closes the form onto its button", async ({ browser }) => {
  const { owner, member, group } = await groupWithMember(browser, "Member");
  const { page } = owner;
  await page.goto(`/g/${group.slug}/members`);
  const remove = page.getByRole("button", { name: `Remove ${member.user.name}` });
  const reason = page.getByLabel(`Reason for ${member.user.name} (optional)`);
  // Nothing typed: Escape closes the form at once, focus back on its button.
  await remove.click();
  await expect(reason).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(reason).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(remove).toHaveAttribute("aria-expanded", "false");

  await remove.click();
  await reason.fill("Three warnings about self-promotion.");
  // Another tab: the page asks; staying keeps the page and the reason.
  const tabs = page.getByRole("navigation", { name: "Group sections" });
  const stayed = answerNextDialog(page, false);
  await tabs.getByRole("link", { name: "Discussions" }).click();
  expect(await stayed).toBe("Leave this page? The reason you typed has not been sent and will be lost.");
  await expect(page).toHaveURL(new RegExp(`/g/${group.slug}/members$`));
  await expect(reason).toHaveValue("Three warnings about self-promotion.");
  // Escape asks too; "no" keeps the form open with the reason.
  const kept = answerNextDialog(page, false);
  await reason.press("Escape");
  expect(await kept).toBe(`Discard your reason for ${member.user.name}? It has not been sent.`);
  await expect(reason).toHaveValue("Three warnings about self-promotion.");
  // "Yes" closes it, focus back on Remove; leaving then asks nothing.
  const discarded = answerNextDialog(page, true);
  await reason.press("Escape");
  await discarded;
  await expect(reason).toHaveCount(0);
  await expect(remove).toBeFocused();
  let asked = false;
  page.on("dialog", (dialog) => {
    asked = true;
    void dialog.dismiss();
  });
  await tabs.getByRole("link", { name: "Discussions" }).click();
  await expect(page).toHaveURL(new RegExp(`/g/${group.slug}$`));
  expect(asked).toBe(false);
});

test("an owner removes a member, who can no longer post or rejoin, then reinstates them", async ({ browser }) => {
  test.slow();
  const { owner, member, group } = await groupWithMember(browser, "Member");
  const threadPath = await startThread(member.page, group.slug, "Hello from a new member", "Glad to be here, what should I read first?");

  await owner.page.goto(`/g/${group.slug}/members`);
  await expect(owner.page.getByRole("heading", { name: "2 members" })).toBeVisible();
  // Nobody removes themselves (they leave), and an owner cannot be removed.
  await expect(owner.page.getByRole("button", { name: `Remove ${owner.user.name}` })).toHaveCount(0);
  // The table is named, and holds a row per member only: the rows where forms open are not
  // counted while empty.
  const members = owner.page.getByRole("table", { name: "Members" });
  await expect(members.getByRole("row")).toHaveCount(3);
  // On a phone the page keeps its width, and so does the table: "Joined" goes under the role,
  // so the role's menu and Remove show whole, with no sideways scrolling to find them.
  await owner.page.setViewportSize({ width: 375, height: 800 });
  expect(await owner.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await expect(members.getByRole("row", { name: member.user.name }).getByText("joined just now")).toBeVisible();
  const remove = (await owner.page.getByRole("button", { name: `Remove ${member.user.name}` }).boundingBox())!;
  const frame = (await members.locator("xpath=..").boundingBox())!;
  expect(remove.x + remove.width).toBeLessThanOrEqual(frame.x + frame.width);
  // The button opens a form that says what removing does and takes a reason for them (decision
  // 019), across the table under the member's row (decision 039): whole on a phone's screen,
  // however far the table was scrolled to reach the button.
  await owner.page.getByRole("button", { name: `Remove ${member.user.name}` }).click();
  const consequence = owner.page.getByText(`Removed from ${group.name}, they can no longer post`);
  await expect(consequence).toBeVisible();
  for (const part of [consequence, owner.page.getByRole("button", { name: `Remove and tell ${member.user.name}` })]) {
    await expect.poll(async () => (await part.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    const box = (await part.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }
  await owner.page.setViewportSize({ width: 1280, height: 720 });
  // The member has the group's page open as it happens.
  await member.page.goto(`/g/${group.slug}`);
  await owner.page.getByLabel(`Reason for ${member.user.name} (optional)`).fill("Three warnings about self-promotion.");
  await owner.page.getByRole("button", { name: `Remove and tell ${member.user.name}` }).click();
  const outcome = owner.page.getByRole("status").filter({ hasText: `${member.user.name} was removed from the group.` });
  await expect(outcome).toBeVisible();
  await expect(outcome).toBeFocused();
  await expect(owner.page.getByRole("heading", { name: "1 member" })).toBeVisible();
  const removed = owner.page.getByRole("region", { name: "Removed (1)" });
  await expect(removed.getByRole("rowheader", { name: member.user.name })).toBeVisible();

  // Their page, out of date, still offers to leave: the refusal brings it up to date.
  const leaving = answerNextDialog(member.page, true);
  await member.page.getByRole("button", { name: `Leave group: ${group.name}` }).click();
  await leaving;
  await expect(member.page.getByText("You were removed from this group.")).toBeVisible();
  await expect(member.page.getByRole("button", { name: `Leave group: ${group.name}` })).toHaveCount(0);

  // The removed person is told, and can neither post, reply nor join again.
  await member.page.goto("/notifications");
  await expect(member.page.getByRole("link", { name: `You were removed from ${group.name} by its moderators: “Three warnings about self-promotion.”` })).toBeVisible();
  await member.page.goto(`/g/${group.slug}`);
  await expect(member.page.getByText("You were removed from this group.")).toBeVisible();
  await expect(member.page.getByRole("button", { name: `Join group: ${group.name}` })).toHaveCount(0);
  await expect(member.page.getByRole("link", { name: "Start a thread" })).toHaveCount(0);
  expect((await member.page.goto(`/g/${group.slug}/t/new`))?.status()).toBe(403);
  await member.page.goto(threadPath);
  await expect(member.page.getByText("You were removed from this group and cannot reply.")).toBeVisible();
  await expect(member.page.getByRole("textbox", { name: "Reply to the thread" })).toHaveCount(0);

  // Reinstated: back in the list as a member, told, and taking part again.
  await removed.getByRole("button", { name: `Reinstate ${member.user.name}` }).click();
  await expect(owner.page.getByRole("status").filter({ hasText: `${member.user.name} is a member again.` })).toBeFocused();
  await expect(owner.page.getByRole("heading", { name: "2 members" })).toBeVisible();
  await expect(owner.page.getByRole("region", { name: /^Removed/ })).toHaveCount(0);
  await member.page.goto(`/g/${group.slug}`);
  await expect(member.page.getByText("You are a member")).toBeVisible();
  await startThread(member.page, group.slug, "Back again", "Thanks for letting me back in, I will behave.");
});

test("a moderator finds someone removed long ago by name, accents aside, and reinstates them", async ({ browser }) => {
  test.slow();
  const { owner, member, group } = await groupWithMember(browser, "Zoë");
  await owner.page.goto(`/g/${group.slug}/members`);
  await owner.page.getByRole("button", { name: `Remove ${member.user.name}` }).click();
  await owner.page.getByRole("button", { name: `Remove and tell ${member.user.name}` }).click();
  await expect(owner.page.getByRole("region", { name: "Removed (1)" })).toBeVisible();

  // A wave of spam accounts removed since: she is no longer on the Removed list's first page.
  const spam = 52;
  await groupRemovedSpamAccounts(group.slug, spam);
  await owner.page.goto(`/g/${group.slug}/members`);
  const removed = owner.page.getByRole("region", { name: `Removed (${spam + 1})` });
  await expect(removed.getByRole("rowheader")).toHaveCount(50);
  await expect(removed.getByRole("rowheader", { name: member.user.name })).toHaveCount(0);
  // Every removed person can be reached: by paging…
  await removed.getByRole("navigation", { name: "Pages of removed people" }).getByRole("link", { name: "Next →" }).click();
  await expect(owner.page.getByRole("region", { name: `Removed (${spam + 1})` }).getByRole("rowheader", { name: member.user.name })).toBeVisible();

  // …or by name, typed without the accent: both lists are filtered.
  await owner.page.getByRole("searchbox", { name: "Find members and removed people by name" }).fill("zoe");
  await owner.page.getByRole("button", { name: "Search" }).click();
  await expect(owner.page).toHaveURL(/[?&]q=zoe(&|$)/);
  await expect(owner.page.getByText("No member matching “zoe”.")).toBeVisible();
  const found = owner.page.getByRole("region", { name: "Removed (1 matching “zoe”)" });
  await expect(found.getByRole("rowheader")).toHaveText([member.user.name]);
  await found.getByRole("button", { name: `Reinstate ${member.user.name}` }).click();
  await expect(owner.page.getByRole("status").filter({ hasText: `${member.user.name} is a member again.` })).toBeFocused();
  // Still filtered: she is the one member matching, and nobody removed matches any more.
  await expect(owner.page.getByRole("region", { name: "2 members" }).getByRole("rowheader")).toHaveText([member.user.name]);
  await expect(owner.page.getByRole("region", { name: "Removed (0 matching “zoe”)" })).toContainText("Nobody removed matching “zoe”.");
  await member.page.goto(`/g/${group.slug}`);
  await expect(member.page.getByText("You are a member")).toBeVisible();
});

test("a moderator restores a thread deleted by mistake from the Deleted threads page; members cannot see it", async ({ browser }) => {
  // Three people sign up (argon2) and the journey crosses many pages.
  test.slow();
  const owner = await newPerson(browser, "Owner");
  const moderator = await newPerson(browser, "Mod");
  const member = await newPerson(browser, "Member");
  const group = await createGroup(owner.page);
  await joinGroup(moderator.page, group);
  await joinGroup(member.page, group);
  await appointModerator(owner.page, group, moderator.user.name);

  const title = "Seed swap: what to bring";
  const path = await startThread(member.page, group.slug, title, "Bring seeds in labelled envelopes, and a pen.");
  await moderator.page.goto(path);
  await moderator.page.getByRole("button", { name: "Delete thread" }).click();
  await moderator.page.getByRole("button", { name: `Delete and tell ${member.user.name}` }).click();
  await expect(moderator.page.getByRole("status").filter({ hasText: "The thread was deleted." })).toBeFocused();

  // The way to the deleted threads is on the group's page, for the people who run it.
  await moderator.page.getByRole("link", { name: "Deleted threads" }).click();
  await expect(moderator.page).toHaveURL(new RegExp(`/g/${group.slug}/t/deleted$`));
  const deleted = moderator.page.getByRole("region", { name: "Deleted threads (1)" });
  const row = deleted.getByRole("row").filter({ has: moderator.page.getByRole("rowheader", { name: title }) });
  await expect(row.getByRole("cell", { name: member.user.name })).toBeVisible();
  await expect(row.getByRole("cell", { name: moderator.user.name })).toBeVisible();
  await expect(row.getByRole("time")).toHaveAttribute("title", /\d/);

  // A member sees no such link, and the page refuses them.
  await member.page.goto(`/g/${group.slug}`);
  await expect(member.page.getByRole("link", { name: "Deleted threads" })).toHaveCount(0);
  const refused = await member.page.goto(`/g/${group.slug}/t/deleted`);
  expect(refused?.status()).toBe(403);
  await expect(member.page.getByRole("heading", { name: "You cannot do this here" })).toBeVisible();

  await row.getByRole("button", { name: `Restore thread: ${title}` }).click();
  const notice = moderator.page.getByRole("status").filter({ hasText: "The thread was restored." });
  await expect(notice).toBeFocused();
  await expect(moderator.page.getByRole("region", { name: "Deleted threads (0)" })).toBeVisible();
  await notice.getByRole("link", { name: `Go to “${title}”` }).click();
  await expect(moderator.page.getByRole("heading", { level: 1 })).toHaveText(title);

  // Back in the group's list, and its address works for its author again.
  await member.page.goto(`/g/${group.slug}`);
  await expect(member.page.getByRole("list", { name: "Threads" }).getByRole("link", { name: title })).toBeVisible();
  const response = await member.page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(member.page.getByText("Bring seeds in labelled envelopes, and a pen.")).toBeVisible();
});
