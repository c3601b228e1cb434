import { expect, type Page } from "@playwright/test";
import { answerNextDialog, createGroup, joinGroup, newPerson, newUser, signUp, startThread, test, unique } from "./support";

/** Edits the viewer's only post in `article` to `text`, as its author does on the thread page. */
async function editPost(page: Page, postText: string, text: string) {
  const post = page.getByRole("article").filter({ hasText: postText });
  await post.getByRole("button", { name: /^Edit your post from / }).click();
  await post.getByRole("textbox", { name: "Edit your post" }).fill(text);
  await post.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("article").filter({ hasText: text })).toBeVisible();
}

test("an edited post shows what each edit changed; its author removes the earlier versions", async ({ page, browser }) => {
  const author = newUser("Ana Editor");
  await signUp(page, author);
  const group = await createGroup(page, { name: unique("Seed savers") });
  await startThread(page, group.slug, "Bean swap", "Bring beans on Tuesday at the café.");

  // Saving the same text is no edit: nothing is marked.
  const opener = page.getByRole("article", { name: `Post by ${author.name}` });
  await opener.getByRole("button", { name: /^Edit your post from / }).click();
  // The caret waits after the text, where an edit mostly adds to it.
  const box = opener.getByRole("textbox", { name: "Edit your post" });
  await expect(box).toBeFocused();
  expect(await box.evaluate((field: HTMLTextAreaElement) => [field.selectionStart, field.selectionEnd])).toEqual(Array(2).fill("Bring beans on Tuesday at the café.".length));
  await opener.getByRole("button", { name: "Save changes" }).click();
  await expect(opener.getByRole("status").filter({ hasText: "Nothing changed" })).toHaveText("Nothing changed: the post is as it was.");
  await expect(opener.getByRole("link", { name: /edited/ })).toHaveCount(0);
  await page.reload();

  await editPost(page, "Bring beans", "Bring beans on Tuesday at the library.");
  await editPost(page, "Bring beans", "Bring beans and peas on Tuesday at the library.");

  // "(edited …)" leads to the history, named for screen readers after its post.
  await opener.getByRole("link", { name: /^\(edited (just now|\d+ seconds? ago) \([^)]+ UTC\) ?\) ?: edit history of your post from / }).click();
  await expect(page.getByRole("heading", { name: "Edit history", level: 2 })).toBeVisible();
  await expect(page).toHaveTitle(`Edit history · ${group.name} · Toile`);
  await expect(page.getByText(/, edited 2 times\.$/)).toBeVisible();
  const versions = page.getByRole("list", { name: "Versions, newest first" }).getByRole("article");
  await expect(versions).toHaveCount(3);
  const current = page.getByRole("article", { name: "Version 3 (current)" });
  await expect(current).toContainText("2 words added");
  await expect(current.locator("ins")).toHaveText([/^\[added: and peas ?\]$/]);
  const second = page.getByRole("article", { name: "Version 2" });
  await expect(second).toContainText("1 word added, 1 removed");
  await expect(second.locator("del")).toHaveText("[removed: café]");
  await expect(second.locator("ins")).toHaveText("[added: library]");
  await second.getByText("Full text of version 2").click();
  await expect(second.getByText("Bring beans on Tuesday at the library.", { exact: true })).toBeVisible();
  await expect(page.getByRole("article", { name: "Version 1 as first posted" })).toContainText("Bring beans on Tuesday at the café.");

  // Another member reads it too, but may not remove anything.
  const { page: other } = await newPerson(browser, "Ben Reader");
  await joinGroup(other, group);
  await other.goto(page.url());
  await expect(other.getByRole("article", { name: "Version 1 as first posted" })).toContainText("at the café");
  await expect(other.getByRole("button", { name: "Remove earlier versions" })).toHaveCount(0);

  // The author removes them, asked first: only the current text stays, and the page says why.
  const asked = answerNextDialog(page, true);
  await page.getByRole("button", { name: "Remove earlier versions" }).click();
  expect(await asked).toBe("Remove the 2 earlier versions of your post? Readers will see only its current text. This cannot be undone.");
  const note = page.getByText("Earlier versions were removed by its author.");
  await expect(note).toBeFocused();
  await expect(versions).toHaveCount(1);
  await expect(page.getByRole("article", { name: "Version 3 (current)" })).toContainText("Bring beans and peas on Tuesday at the library.");
  await expect(page.getByText("at the café")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Remove earlier versions" })).toHaveCount(0);
  await other.reload();
  await expect(other.getByText("at the café")).toHaveCount(0);
});

test("a moderator removes the earlier versions of a member's post: the member is told and the log records it", async ({ page, browser }) => {
  const owner = newUser("Mo Owner");
  await signUp(page, owner);
  const group = await createGroup(page, { name: unique("Quiet readers") });
  const threadUrl = await startThread(page, group.slug, "Library hours", "When is the library open?");

  const { page: member, user } = await newPerson(browser, "Rita Member");
  await joinGroup(member, group);
  await member.goto(threadUrl);
  await member.getByLabel("Reply to the thread").fill("Call me on 555-0100 about it.");
  await member.getByRole("button", { name: "Post reply" }).click();
  await editPost(member, "Call me", "Ask at the front desk about it.");

  await page.goto(threadUrl);
  await page.getByRole("article", { name: `Post by ${user.name}` }).getByRole("link", { name: new RegExp(`: edit history of ${user.name}'s post from `) }).click();
  await expect(page.getByRole("article", { name: "Version 1 as first posted" })).toContainText("555-0100");
  const asked = answerNextDialog(page, true);
  await page.getByRole("button", { name: "Remove earlier versions" }).click();
  expect(await asked).toBe(`Remove the 1 earlier version of ${user.name}'s post? Readers will see only its current text. ${user.name} will be told, and it goes into the moderation log. This cannot be undone.`);
  await expect(page.getByText("Earlier versions were removed by the moderators.")).toBeFocused();
  await expect(page.getByText("555-0100")).toHaveCount(0);

  await page.goto(`/g/${group.slug}/log`);
  await expect(page.getByRole("list", { name: "Moderation log" }).getByRole("listitem").first()).toContainText(
    `removed 1 earlier version of ${user.name}'s post in “Library hours” from its edit history`,
  );

  await member.goto("/notifications");
  await member.getByRole("link", { name: /removed the earlier versions of your post in “Library hours”/ }).click();
  await expect(member.getByRole("heading", { name: "Edit history" })).toBeVisible();
  await expect(member.getByText("Earlier versions were removed by the moderators.")).toBeVisible();
});

test("an unknown post's history, or who reacted to it, is the 404 page, as are a private group's for outsiders", async ({ page, browser }) => {
  await signUp(page, newUser("Pia Private"));
  const group = await createGroup(page, { visibility: "private" });
  await startThread(page, group.slug, "Members only", "Secret plans for the plot.");
  const history = await page.getByRole("article").first().getByRole("link", { name: /permalink/ }).getAttribute("href");
  expect(history).toMatch(/#post-\d+$/);
  const postId = history!.split("#post-")[1];
  await page.goto(`/g/${group.slug}/posts/${postId}/history`);
  await expect(page.getByRole("heading", { name: "Edit history" })).toBeVisible();
  await expect(page.getByText(", never edited.", { exact: false })).toBeVisible();

  const { page: outsider } = await newPerson(browser, "Olaf Outsider");
  for (const subpage of ["history", "reactions"]) {
    for (const url of [`/g/${group.slug}/posts/${postId}/${subpage}`, `/g/${group.slug}/posts/999999999/${subpage}`, `/g/${group.slug}/posts/abc/${subpage}`]) {
      const response = await outsider.goto(url);
      expect(response?.status(), url).toBe(404);
    }
  }
  // A member: the post's reactions (none yet) — but no unknown kind, and no page past the end.
  await page.goto(`/g/${group.slug}/posts/${postId}/reactions`);
  await expect(page.getByText("Nobody has reacted to this post yet.")).toBeVisible();
  for (const url of [`/g/${group.slug}/posts/999999999/history`, `/g/${group.slug}/posts/${postId}/reactions?kind=meh`, `/g/${group.slug}/posts/${postId}/reactions?page=2`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
  }
});

test("an edit saved from a tab opened before another edit is refused, keeps its text, and saves once confirmed", async ({ page }) => {
  const author = newUser("Two Tabs");
  await signUp(page, author);
  const group = await createGroup(page, { name: unique("Tab keepers") });
  const threadPath = await startThread(page, group.slug, "Sowing dates", "Tomatoes: sow in March.");
  const other = await page.context().newPage();
  await other.goto(threadPath);

  // Both tabs open the editor; the first saves.
  const first = page.getByRole("article", { name: `Post by ${author.name}` });
  const second = other.getByRole("article", { name: `Post by ${author.name}` });
  await second.getByRole("button", { name: /^Edit your post from / }).click();
  await editPost(page, "Tomatoes", "Tomatoes: sow in late March.");

  // The second is refused rather than silently replacing it, and keeps what was typed; the
  // post above shows the first tab's words.
  await second.getByRole("textbox", { name: "Edit your post" }).fill("Tomatoes: sow in February, indoors.");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Someone else (or you, in another tab) saved this post since you opened this page" })).toBeVisible();
  await expect(second.getByRole("textbox", { name: "Edit your post" })).toHaveValue("Tomatoes: sow in February, indoors.");
  await expect(second.getByText("Tomatoes: sow in late March.")).toBeVisible();

  // Saving again replaces the first tab's words knowingly.
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("textbox", { name: "Edit your post" })).toHaveCount(0);
  await expect(second).toContainText("Tomatoes: sow in February, indoors.");
  await page.reload();
  await expect(first).toContainText("Tomatoes: sow in February, indoors.");

  // A reply deleted in one tab while the other edits it: the form stays, with its text and why.
  await page.getByLabel("Reply to the thread").fill("Also peppers, in April.");
  await page.getByRole("button", { name: "Post reply" }).click();
  const reply = page.getByRole("article").filter({ hasText: "Also peppers" });
  await expect(reply).toBeVisible();
  await other.reload();
  const otherReply = other.getByRole("article").filter({ hasText: "Also peppers" });
  await otherReply.getByRole("button", { name: /^Edit your post from / }).click();
  await otherReply.getByRole("textbox", { name: "Edit your post" }).fill("Also peppers, in early April.");
  page.once("dialog", (dialog) => void dialog.accept());
  await reply.getByRole("button", { name: /^Delete your post/ }).click();
  await expect(page.getByText("This post was deleted.").first()).toBeVisible();
  await otherReply.getByRole("button", { name: "Save changes" }).click();
  await expect(otherReply.getByRole("alert").filter({ hasText: "This post was deleted." })).toBeVisible();
  await expect(otherReply.getByRole("textbox", { name: "Edit your post" })).toHaveValue("Also peppers, in early April.");
});
