import { expect, type Page } from "@playwright/test";
import { appointModerator, createGroup, joinGroup, newPerson, startThread, test } from "./support";

/** A post's article on a thread page, found by its author and words. */
function postOf(page: Page, authorName: string, words: string) {
  return page.getByRole("article", { name: `Post by ${authorName}` }).filter({ hasText: words });
}

/** Opens a post's Report form, chooses `reason`, writes `note` and sends it. */
async function report(page: Page, authorName: string, words: string, reason: string, note = "") {
  const post = postOf(page, authorName, words);
  await post.getByRole("button", { name: `Report ${authorName}'s post` }).click();
  await post.getByRole("radio", { name: reason }).check();
  await post.getByLabel("Note for the moderators").fill(note);
  await post.getByRole("button", { name: "Send report" }).click();
}

test("a member reports a post; a moderator is told, deletes it from the queue, and keeps another", async ({ browser }) => {
  // Four people sign up (argon2 is slow on purpose) and the journey crosses many pages.
  test.slow();
  const owner = await newPerson(browser, "Owner");
  const group = await createGroup(owner.page);
  const threadPath = await startThread(owner.page, group.slug, "Seed swap this spring", "Who has tomato seeds to swap?");
  const [author, reporter, moderator] = [await newPerson(browser, "Author"), await newPerson(browser, "Reporter"), await newPerson(browser, "Mod")];
  for (const person of [author, reporter, moderator]) await joinGroup(person.page, group);
  await appointModerator(owner.page, group, moderator.user.name);

  // Member A posts two replies.
  const spam = "Cheap watches at my shop, best prices in town.";
  const opinion = "Honestly, tomatoes are overrated.";
  await author.page.goto(threadPath);
  for (const words of [spam, opinion]) {
    await author.page.getByLabel("Reply to the thread").fill(words);
    await author.page.getByRole("button", { name: "Post reply" }).click();
    await expect(postOf(author.page, author.user.name, words)).toBeVisible();
  }
  // Nobody reports their own post.
  await expect(postOf(author.page, author.user.name, spam).getByRole("button", { name: /^Report/ })).toHaveCount(0);

  // Member B: "Something else" without a note is refused next to the note, choices kept.
  await reporter.page.goto(threadPath);
  const spamPost = postOf(reporter.page, author.user.name, spam);
  await report(reporter.page, author.user.name, spam, "Something else");
  const note = spamPost.getByLabel("Note for the moderators");
  await expect(note).toHaveAccessibleDescription(/Say what is wrong with this post: “Something else” needs a note\./);
  await expect(note).toBeFocused();
  await expect(spamPost.getByRole("radio", { name: "Something else" })).toBeChecked();
  // A note too long is refused too, and what was typed is kept.
  const long = `Selling watches. ${"x".repeat(500)}`;
  await note.fill(long);
  await spamPost.getByRole("button", { name: "Send report" }).click();
  await expect(note).toHaveAccessibleDescription(/Keep the note within 500 characters\./);
  await expect(note).toHaveValue(long);

  // Fixed and sent: the form closes, and the button says it was reported.
  await spamPost.getByRole("radio", { name: "Spam" }).check();
  await note.fill("Selling watches, not seeds.");
  await spamPost.getByRole("button", { name: "Send report" }).click();
  const reported = spamPost.getByRole("button", { name: /^Reported/ });
  await expect(reported).toBeDisabled();
  await expect(reported).toBeFocused();
  await expect(reported).toHaveAccessibleDescription("You reported this post; the group's moderators will review it.");
  await expect(spamPost.getByLabel("Note for the moderators")).toHaveCount(0);
  // It stays reported on the next visit.
  await reporter.page.reload();
  await expect(postOf(reporter.page, author.user.name, spam).getByRole("button", { name: /^Reported/ })).toBeDisabled();

  // The moderator is told, sees the count, and follows the notification to the queue.
  await moderator.page.goto(`/g/${group.slug}`);
  await expect(moderator.page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Reports (1)" })).toBeVisible();
  // Unread: being made a moderator, and the report.
  await moderator.page.getByRole("link", { name: "Notifications 2 unread" }).click();
  await moderator.page.getByRole("link", { name: `${author.user.name}'s post in “Seed swap this spring” in ${group.name} was reported: review it.` }).click();
  await expect(moderator.page).toHaveURL(new RegExp(`/g/${group.slug}/reports$`));
  const queue = moderator.page.getByRole("list", { name: "Reported posts" });
  const entry = queue.getByRole("article", { name: `${author.user.name}'s post in “Seed swap this spring”` });
  await expect(entry).toContainText(spam);
  // The line says whose post it is, not who reported it (the Reports list below says that).
  await expect(entry.getByText(/^1 report (just now|\d+ (second|minute)s? ago) \([^)]+ UTC\) · post by /)).toHaveText(new RegExp(`· post by ${author.user.name} in Seed swap this spring$`));
  await expect(entry.getByRole("link", { name: author.user.name, exact: true })).toHaveAttribute("href", /^\/u\//);
  await expect(entry.getByRole("link", { name: "Seed swap this spring", exact: true })).toHaveAttribute("href", new RegExp(`^/g/${group.slug}/t/`));
  await expect(entry.getByRole("list", { name: "Reasons" })).toHaveText("Spam × 1");
  await expect(entry.getByRole("list", { name: "Reports" })).toContainText(`${reporter.user.name}: Spam — Selling watches, not seeds.`);
  await expect(entry.getByRole("link", { name: /^Read the post in its thread/ })).toHaveAttribute("href", /\/posts\/\d+$/);

  // Deleted from the queue, with a reason for its author (decision 019): gone from the queue,
  // deleted in its thread, and its author told why.
  await entry.getByRole("button", { name: `Delete post by ${author.user.name}` }).click();
  await expect(entry).toContainText("Its reports are resolved with it");
  await expect(entry.getByLabel(`Reason for ${author.user.name} (optional)`)).toBeFocused();
  await entry.getByLabel(`Reason for ${author.user.name} (optional)`).fill("Selling is not allowed in this group.");
  await entry.getByRole("button", { name: `Delete and tell ${author.user.name}` }).click();
  await expect(moderator.page.getByRole("status").filter({ hasText: "The post was deleted and its reports resolved." })).toBeFocused();
  await expect(moderator.page.getByRole("heading", { name: "Reported posts (0)" })).toBeVisible();
  await expect(moderator.page.getByRole("list", { name: "Resolved recently" })).toContainText(`Post deleted by ${moderator.user.name}`);
  await moderator.page.goto(threadPath);
  await expect(moderator.page.getByRole("article", { name: `Post by ${author.user.name}` }).first()).toContainText("This post was deleted.");
  await author.page.goto("/notifications");
  await expect(author.page.getByRole("link", { name: `The moderators of ${group.name} deleted your post in “Seed swap this spring” after it was reported: “Selling is not allowed in this group.”` })).toBeVisible();

  // A second report, kept: it moves to Resolved recently.
  await reporter.page.goto(threadPath);
  await report(reporter.page, author.user.name, opinion, "Off-topic");
  await expect(postOf(reporter.page, author.user.name, opinion).getByRole("button", { name: /^Reported/ })).toBeDisabled();
  await moderator.page.goto(`/g/${group.slug}/reports`);
  await expect(moderator.page.getByRole("link", { name: "Reports (1)" })).toBeVisible();
  const second = moderator.page.getByRole("list", { name: "Reported posts" }).getByRole("article");
  await expect(second.getByRole("list", { name: "Reasons" })).toHaveText("Off-topic × 1");
  // The owner has the queue open too, and will decide after the moderator.
  await owner.page.goto(`/g/${group.slug}/reports`);
  await second.getByRole("button", { name: `Keep post by ${author.user.name}` }).click();
  await expect(moderator.page.getByRole("status").filter({ hasText: "The post was kept and its reports dismissed." })).toBeFocused();
  await expect(moderator.page.getByRole("list", { name: "Reported posts" })).toHaveCount(0);
  const resolved = moderator.page.getByRole("list", { name: "Resolved recently" }).getByRole("listitem");
  await expect(resolved.first()).toContainText(`Post kept by ${moderator.user.name}`);
  await expect(resolved.first()).toContainText(opinion);
  await expect(moderator.page.getByRole("link", { name: "Reports (0)" })).toBeVisible();
  // The owner's page is out of date: deleting the kept post is refused, and the queue shows what happened.
  await owner.page.getByRole("button", { name: `Delete post by ${author.user.name}` }).click();
  await owner.page.getByRole("button", { name: `Delete and tell ${author.user.name}` }).click();
  await expect(owner.page.getByRole("status").filter({ hasText: "Another moderator decided on that post first" })).toBeFocused();
  await expect(owner.page.getByRole("list", { name: "Reported posts" })).toHaveCount(0);
  await expect(owner.page.getByRole("list", { name: "Resolved recently" }).getByRole("listitem").first()).toContainText(`Post kept by ${moderator.user.name}`);
  await owner.page.goto(threadPath);
  await expect(postOf(owner.page, author.user.name, opinion)).toBeVisible();

  // A plain member has no Reports tab, and the queue is forbidden to them.
  await expect(reporter.page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: /^Reports/ })).toHaveCount(0);
  const response = await reporter.page.goto(`/g/${group.slug}/reports`);
  expect(response?.status()).toBe(403);
  await expect(reporter.page.getByRole("heading", { name: "You cannot do this here" })).toBeVisible();
  // Nor does the post's author learn anything of who reported it.
  await author.page.goto(threadPath);
  await expect(author.page.getByRole("main")).not.toContainText(reporter.user.name);
});
