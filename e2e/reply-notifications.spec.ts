import { expect } from "@playwright/test";
import { createGroup, joinGroup, newPerson, startThread, test } from "./support";

test("someone answers a thread: its author is told, follows the notification and lands on the reply", async ({ browser }) => {
  // Two people sign up (argon2 is slow on purpose), as in the other two-person journeys.
  test.slow();
  const author = await newPerson(browser, "Starter");
  const group = await createGroup(author.page);
  const title = "Who has a ladder to lend?";
  const threadPath = await startThread(author.page, group.slug, title, "The gutters need clearing before the rain.");

  const replier = await newPerson(browser, "Helper");
  await joinGroup(replier.page, group);
  await replier.page.goto(threadPath);
  await replier.page.getByLabel("Reply to the thread").fill("Mine is in the shed, come by on Sunday.");
  await replier.page.getByRole("button", { name: "Post reply" }).click();
  await expect(replier.page.getByRole("article", { name: `Post by ${replier.user.name}` })).toContainText("come by on Sunday");
  // Replying tells the other person, not the one who replied.
  await expect(replier.page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();

  await author.page.goto("/groups");
  await expect(author.page.getByRole("link", { name: "Notifications 1 unread" })).toBeVisible();
  await author.page.getByRole("link", { name: /^Notifications/ }).click();
  await author.page.getByRole("link", { name: `${replier.user.name} replied to your thread “${title}”.` }).click();

  // The permalink leads to the thread page, anchored at the reply.
  await expect(author.page).toHaveURL(new RegExp(`${threadPath}#post-\\d+$`));
  const reply = author.page.getByRole("article", { name: `Post by ${replier.user.name}` });
  await expect(author.page.locator(":target")).toContainText("come by on Sunday");
  await expect(reply).toHaveAttribute("id", new URL(author.page.url()).hash.slice(1));
  await expect(reply).toBeInViewport();
  // Followed, it is read: the header has nothing unread left.
  await expect(author.page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
});

test("a member follows a thread: replies gather into one notice leading to the first, until they stop following", async ({ browser }) => {
  test.slow();
  const starter = await newPerson(browser, "Starter");
  const group = await createGroup(starter.page);
  const title = "Planning the autumn seed swap";
  const threadPath = await startThread(starter.page, group.slug, title, "Date, place, who brings tables?");
  const follower = await newPerson(browser, "Follower");
  const replier = await newPerson(browser, "Replier");
  await joinGroup(follower.page, group);
  await joinGroup(replier.page, group);

  await follower.page.goto(threadPath);
  const follow = follower.page.getByRole("button", { name: "Follow thread" });
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  await follow.click();
  await expect(follower.page.getByRole("status").filter({ hasText: "You follow this thread: you will be told of every reply." })).toBeVisible();
  await expect(follow).toHaveAttribute("aria-pressed", "true");

  await replier.page.goto(threadPath);
  for (const text of ["I can bring two tables.", "The library hall is free on the 12th."]) {
    await replier.page.getByLabel("Reply to the thread").fill(text);
    await replier.page.getByRole("button", { name: "Post reply" }).click();
    await expect(replier.page.getByRole("article").filter({ hasText: text })).toBeVisible();
  }

  // One notice for both, leading to the first reply.
  await follower.page.goto("/notifications");
  await expect(follower.page.getByRole("link", { name: "Notifications 1 unread" })).toBeVisible();
  await follower.page.getByRole("link", { name: `New replies in “${title}”, the latest by ${replier.user.name}.` }).click();
  await expect(follower.page).toHaveURL(new RegExp(`${threadPath}#post-\\d+$`));
  await expect(follower.page.locator(":target")).toContainText("I can bring two tables.");

  // Stopping: the next reply tells them nothing.
  await follower.page.getByRole("button", { name: "Follow thread" }).click();
  await expect(follower.page.getByRole("status").filter({ hasText: "You no longer follow this thread." })).toBeVisible();
  await expect(follower.page.getByRole("button", { name: "Follow thread" })).toHaveAttribute("aria-pressed", "false");
  await replier.page.getByLabel("Reply to the thread").fill("Tables confirmed.");
  await replier.page.getByRole("button", { name: "Post reply" }).click();
  await expect(replier.page.getByRole("article").filter({ hasText: "Tables confirmed." })).toBeVisible();
  await follower.page.goto("/notifications");
  await expect(follower.page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expect(follower.page.getByRole("link", { name: /^New repl/ })).toHaveCount(1);

  // Following again, a reply is one unread notice; reading the thread, reached from the group's
  // page without a reload, clears the header's count as well as the notice.
  await follower.page.goto(threadPath);
  await follower.page.getByRole("button", { name: "Follow thread" }).click();
  await expect(follower.page.getByRole("button", { name: "Follow thread" })).toHaveAttribute("aria-pressed", "true");
  await replier.page.getByLabel("Reply to the thread").fill("Chairs too.");
  await replier.page.getByRole("button", { name: "Post reply" }).click();
  await expect(replier.page.getByRole("article").filter({ hasText: "Chairs too." })).toBeVisible();
  await follower.page.goto(`/g/${group.slug}`);
  const header = follower.page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Notifications 1 unread" })).toBeVisible();
  await follower.page.getByRole("link", { name: title }).click();
  await expect(follower.page.getByRole("article").filter({ hasText: "Chairs too." })).toBeVisible();
  await expect(header.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
});

test("a member follows a group's new threads: each new thread is a notice leading to it", async ({ browser }) => {
  test.slow();
  const starter = await newPerson(browser, "Starter");
  const group = await createGroup(starter.page);
  const follower = await newPerson(browser, "Follower");
  await joinGroup(follower.page, group);

  await follower.page.goto(`/g/${group.slug}`);
  const follow = follower.page.getByRole("button", { name: "Follow new threads" });
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  await follow.click();
  await expect(follower.page.getByRole("status").filter({ hasText: "You will be told of every new thread of this group." })).toBeVisible();
  await expect(follow).toHaveAttribute("aria-pressed", "true");

  const title = "Lending library for tools";
  const threadPath = await startThread(starter.page, group.slug, title, "Shall we start one?");
  await follower.page.goto("/notifications");
  await follower.page.getByRole("link", { name: `${starter.user.name} started “${title}” in ${group.name}.` }).click();
  await expect(follower.page).toHaveURL(new RegExp(`${threadPath}$`));
  await expect(follower.page.getByRole("heading", { level: 1 })).toHaveText(title);
});
