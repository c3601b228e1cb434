import { expect, type Page } from "@playwright/test";
import { answerNextDialog, createGroup, joinGroup, newPerson, startThread, test } from "./support";

/** A post's article on a thread page, found by its author and words. */
function postOf(page: Page, authorName: string, words: string) {
  return page.getByRole("article", { name: `Post by ${authorName}` }).filter({ hasText: words });
}

/** An owner's thread with a reply of theirs, and a member who reads it; both on the thread page. */
async function threadWithReply(browser: Parameters<typeof newPerson>[0]) {
  const owner = await newPerson(browser, "Owner");
  const group = await createGroup(owner.page);
  const threadPath = await startThread(owner.page, group.slug, "Keyboard walk", "Where shall we walk?");
  await owner.page.getByLabel("Reply to the thread").fill("Along the canal");
  await owner.page.getByRole("button", { name: "Post reply" }).click();
  await expect(postOf(owner.page, owner.user.name, "Along the canal")).toBeVisible();
  const reader = await newPerson(browser, "Reader");
  await joinGroup(reader.page, group);
  await reader.page.goto(threadPath);
  return { owner, reader };
}

test("every box rendered as Markdown says so in its description; a plain-text box does not", async ({ browser }) => {
  const { owner, reader } = await threadWithReply(browser);
  const page = owner.page;
  const reply = postOf(page, owner.user.name, "Along the canal");

  await expect(page.getByLabel("Reply to the thread")).toHaveAccessibleDescription(/Markdown works/);
  await reply.getByRole("button", { name: `Reply to ${owner.user.name}`, exact: true }).click();
  await expect(reply.getByLabel(`Your reply to ${owner.user.name}`)).toHaveAccessibleDescription(/Markdown works/);
  await reply.getByRole("button", { name: /^Edit your post from / }).click();
  await expect(reply.getByRole("textbox", { name: "Edit your post" })).toHaveAccessibleDescription(/Markdown works/);

  // A report's note is read as typed, by the moderators: no promise of formatting there.
  const opener = postOf(reader.page, owner.user.name, "Along the canal");
  await opener.getByRole("button", { name: `Report ${owner.user.name}'s post` }).click();
  const note = opener.getByLabel("Note for the moderators");
  await expect(note).toHaveAccessibleDescription(/only the group's moderators read it/);
  await expect(note).not.toHaveAccessibleDescription(/Markdown works/);
});

test("Escape closes Reply, Edit and Report and gives focus back to their button, asking first when text was typed", async ({ browser }) => {
  const { owner, reader } = await threadWithReply(browser);
  const page = owner.page;
  const reply = postOf(page, owner.user.name, "Along the canal");
  const replyButton = reply.getByRole("button", { name: `Reply to ${owner.user.name}`, exact: true });
  const box = reply.getByLabel(`Your reply to ${owner.user.name}`);

  // Nothing typed: Escape closes at once.
  await replyButton.click();
  await expect(box).toBeFocused();
  await box.press("Escape");
  await expect(box).toHaveCount(0);
  await expect(replyButton).toBeFocused();
  await expect(replyButton).toHaveAttribute("aria-expanded", "false");

  // Typed: Escape asks; "no" keeps the text, "yes" closes.
  await replyButton.press("Enter");
  await box.pressSequentially("Or through the woods");
  const [question] = await Promise.all([answerNextDialog(page, false), box.press("Escape")]);
  expect(question).toMatch(/^Discard your reply\?/);
  await expect(box).toHaveValue("Or through the woods");
  await expect(box).toBeFocused();
  // Its draft outlives a reload, and the text put back is not thrown away by Escape without asking either.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await reply.getByRole("button", { name: `Reply to ${owner.user.name} (draft)`, exact: true }).click();
  await expect(box).toHaveValue("Or through the woods");
  await Promise.all([answerNextDialog(page, true), box.press("Escape")]);
  await expect(box).toHaveCount(0);
  await expect(replyButton).toBeFocused();

  // Edit: the same.
  const editButton = reply.getByRole("button", { name: /^Edit your post from / });
  await editButton.click();
  const editor = reply.getByRole("textbox", { name: "Edit your post" });
  await expect(editor).toBeFocused();
  await editor.press("Escape");
  await expect(editor).toHaveCount(0);
  await expect(editButton).toBeFocused();

  // Report opens with focus on its first question, the reason; Escape closes it.
  const seen = postOf(reader.page, owner.user.name, "Along the canal");
  const reportButton = seen.getByRole("button", { name: `Report ${owner.user.name}'s post` });
  await reportButton.click();
  await expect(seen.getByRole("group", { name: "Why are you reporting this post?" }).getByRole("radio").first()).toBeFocused();
  await reader.page.keyboard.press("Escape");
  await expect(seen.getByRole("button", { name: "Send report" })).toHaveCount(0);
  await expect(reportButton).toBeFocused();
  await expect(reportButton).toHaveAttribute("aria-expanded", "false");
});
