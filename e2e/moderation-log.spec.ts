import { expect } from "@playwright/test";
import { appointModerator, createGroup, joinGroup, newPerson, startThread, test } from "./support";

test("a moderator's deletion, lock and rename are in the group's Moderation log, filtered by kind; the deleted post is restored from it; members are refused it", async ({ browser }) => {
  // Three people sign up (argon2) and the journey crosses many pages.
  test.slow();
  const owner = await newPerson(browser, "Owner");
  const moderator = await newPerson(browser, "Mod");
  const author = await newPerson(browser, "Author");
  const group = await createGroup(owner.page);
  await joinGroup(moderator.page, group);
  await joinGroup(author.page, group);
  await appointModerator(owner.page, group, moderator.user.name);
  // The appointed person is told, with where their new work waits.
  await moderator.page.goto("/notifications");
  await expect(moderator.page.getByRole("link", { name: `${owner.user.name} made you a moderator of ${group.name}: see its Reports and Health tabs.` })).toBeVisible();
  const threadPath = await startThread(owner.page, group.slug, "Seed swap rules", "Bring your seeds in labelled envelopes.");

  await author.page.goto(threadPath);
  await author.page.getByLabel("Reply to the thread").fill("Cheap watches at my shop, best prices in town!");
  await author.page.getByRole("button", { name: "Post reply" }).click();
  await expect(author.page.getByRole("article").filter({ hasText: "Cheap watches" })).toBeVisible();

  // The moderator deletes the spam reply and locks the thread.
  const { page } = moderator;
  await page.goto(threadPath);
  const spam = page.getByRole("article").filter({ hasText: "Cheap watches" });
  await spam.getByRole("button", { name: `Delete ${author.user.name}'s post` }).click();
  await spam.getByLabel(`Reason for ${author.user.name} (optional)`).fill("Advertising is not allowed here.");
  await spam.getByRole("button", { name: `Delete and tell ${author.user.name}` }).click();
  await expect(page.getByText("This post was deleted.")).toBeVisible();
  // The moderators may read what it said before deciding to restore it; its author and members are sent none of it.
  const deletedPost = page.getByRole("article").filter({ hasText: "This post was deleted." });
  await expect(deletedPost.getByText("Cheap watches at my shop, best prices in town!")).toBeHidden();
  await deletedPost.getByText("Show what it said").click();
  await expect(deletedPost.getByText("Cheap watches at my shop, best prices in town!")).toBeVisible();
  await author.page.goto(threadPath);
  await expect(author.page.getByText("This post was deleted.")).toBeVisible();
  await expect(author.page.getByText("Show what it said")).toHaveCount(0);
  expect(await author.page.content()).not.toContain("Cheap watches");
  await page.getByRole("button", { name: "Lock thread" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thread locked" })).toBeVisible();
  // And gives the owner's thread a clearer title.
  await page.getByRole("button", { name: "Edit title of the thread" }).click();
  await page.getByRole("textbox", { name: "Thread title" }).fill("Seed swap: the rules");
  await page.getByRole("button", { name: "Save title" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seed swap: the rules");
  const renamedPath = new URL(page.url()).pathname;

  // All three are in the log, newest first, after the owner's appointing the moderator; from the group's tabs.
  await page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Moderation log" }).click();
  await expect(page.getByRole("heading", { name: "Moderation log (4)" })).toBeVisible();
  const entries = page.getByRole("list", { name: "Moderation log", exact: true }).getByRole("listitem");
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(3)).toContainText(`${owner.user.name} changed the role of ${moderator.user.name} from member to moderator`);
  await expect(entries.nth(0)).toContainText(`${moderator.user.name} renamed the thread “Seed swap: the rules” (it was “Seed swap rules”)`);
  await expect(entries.nth(1)).toContainText(`${moderator.user.name} locked the thread “Seed swap rules”`);
  await expect(entries.nth(2)).toContainText(`${moderator.user.name} deleted ${author.user.name}'s post in “Seed swap rules”: “Advertising is not allowed here.”`);
  // The thread is still there: its entries lead to it, at its new address, under the title each
  // had. The deleted post's leads to its place in the thread.
  await expect(entries.nth(1).getByRole("link", { name: "Seed swap rules" })).toHaveAttribute("href", renamedPath);
  await expect(entries.nth(0).getByRole("link", { name: "Seed swap: the rules" })).toHaveAttribute("href", renamedPath);
  expect(renamedPath).not.toBe(threadPath);
  await expect(entries.nth(0).getByRole("link", { name: moderator.user.name })).toBeVisible();

  // One kind of action: the choice is in the address, and the select keeps it.
  await page.getByLabel("Kind of action").selectOption({ label: "Threads locked" });
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/g/${group.slug}/log\\?action=thread_locked$`));
  await expect(page.getByRole("heading", { name: "Moderation log (1)" })).toBeVisible();
  const locks = page.getByRole("list", { name: "Moderation log: Threads locked" }).getByRole("listitem");
  await expect(locks).toHaveCount(1);
  await expect(locks.first()).toContainText("locked the thread");
  await expect(page.getByLabel("Kind of action")).toHaveValue("thread_locked");
  await page.getByRole("link", { name: "Show all actions" }).click();
  await expect(page.getByRole("heading", { name: "Moderation log (4)" })).toBeVisible();

  // Second thoughts: the entry leads to the deleted post, where the moderators restore it.
  await entries.nth(2).getByRole("link", { name: `${author.user.name}'s post in “Seed swap rules”` }).click();
  await expect(page).toHaveURL(/#post-\d+$/);
  const restored = page.getByRole("article", { name: `Post by ${author.user.name}` });
  await expect(restored).toContainText("This post was deleted.");
  await expect(restored).toContainText("Deleted by the moderators.");
  await restored.getByRole("button", { name: new RegExp(`^Restore ${author.user.name}'s post`) }).click();
  await expect(restored).toContainText("Cheap watches at my shop");
  await expect(restored).toBeFocused();
  await expect(restored.getByRole("button", { name: /^Restore/ })).toHaveCount(0);
  // The author is told, and the log has it, newest first.
  await author.page.goto("/notifications");
  await expect(author.page.getByRole("link", { name: `The moderators of ${group.name} restored your post in “Seed swap: the rules”.` })).toBeVisible();
  await page.goto(`/g/${group.slug}/log`);
  await expect(page.getByRole("heading", { name: "Moderation log (5)" })).toBeVisible();
  await expect(entries.nth(0)).toContainText(`${moderator.user.name} restored ${author.user.name}'s post in “Seed swap: the rules”`);

  // A member has no tab for it, and the page is forbidden to them.
  await author.page.goto(`/g/${group.slug}`);
  await expect(author.page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Moderation log" })).toHaveCount(0);
  const response = await author.page.goto(`/g/${group.slug}/log`);
  expect(response?.status()).toBe(403);
  await expect(author.page.getByRole("heading", { name: "You cannot do this here" })).toBeVisible();
});
