import { expect, type Page } from "@playwright/test";
import { createGroup, newUser, signUp, startThread, test } from "./support";

/** Replies "Level 1 answer" to the thread, then each level to the one before, up to `deepest`. */
async function replyChain(page: Page, authorName: string, deepest: number) {
  const level = (n: number) => page.getByRole("article", { name: `Post by ${authorName}` }).filter({ hasText: `Level ${n} answer` });
  await page.getByLabel("Reply to the thread").fill("Level 1 answer");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(level(1)).toBeVisible();
  for (let n = 2; n <= deepest; n++) {
    const parent = level(n - 1);
    await parent.getByRole("button", { name: `Reply to ${authorName}`, exact: true }).click();
    await parent.getByLabel(`Your reply to ${authorName}`).fill(`Level ${n} answer`);
    await parent.getByRole("button", { name: "Post reply" }).click();
    if (n < deepest) await expect(level(n)).toBeVisible();
  }
  return level;
}

test("a reply past the depth cap takes its author to it, and links from the profile land on the page that shows it", async ({ page }) => {
  // Seven replies, one under the other.
  test.slow();
  const alice = newUser("Delver");
  await signUp(page, alice);
  const group = await createGroup(page);
  const threadPath = await startThread(page, group.slug, "Down the rabbit hole", "Answer each other's answers.");
  const level = await replyChain(page, alice.name, 7);

  // Level 6 sits at the cap: its reply is on a sub-thread page, and posting it goes there.
  await expect(page).toHaveURL(new RegExp(`${threadPath}/p/\\d+#post-\\d+$`));
  const seventh = page.locator(":target");
  await expect(seventh).toContainText("Level 7 answer");
  await expect(level(7)).toBeVisible();
  await expect(level(7)).toBeFocused();
  const deepUrl = new URL(page.url());
  const seventhId = deepUrl.hash.slice("#post-".length);

  // The resolver: a 307 to that page, and a 404 for a post that does not exist.
  const resolved = await page.request.get(`/g/${group.slug}/posts/${seventhId}`, { maxRedirects: 0 });
  expect(resolved.status()).toBe(307);
  expect(resolved.headers()["location"]).toBe(`${deepUrl.pathname}#post-${seventhId}`);
  expect((await page.request.get(`/g/${group.slug}/posts/2147483647`, { maxRedirects: 0 })).status()).toBe(404);
  // …which a person sees as a 404 page inside the group it was looked for in, under its name.
  await page.goto(`/g/${group.slug}/posts/2147483647`);
  await expect(page.getByRole("heading", { level: 1, name: group.name })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Page not found" })).toBeVisible();
  await page.goBack();

  // From the author's profile, the deep post's link lands on the sub-thread, at the post.
  await level(7).getByRole("link", { name: alice.name, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Recent posts" })).toBeVisible();
  await page.getByRole("listitem").filter({ hasText: "Level 7 answer" }).getByRole("link", { name: "Down the rabbit hole" }).click();
  await expect(page).toHaveURL(`${deepUrl.pathname}#post-${seventhId}`);
  await expect(page.locator(":target")).toContainText("Level 7 answer");
  await expect(level(7)).toBeInViewport();

  // A shallow post's link lands on the thread page itself.
  await page.goBack();
  await page.getByRole("listitem").filter({ hasText: "Level 2 answer" }).getByRole("link", { name: "Down the rabbit hole" }).click();
  await expect(page).toHaveURL(new RegExp(`${threadPath}#post-\\d+$`));
  await expect(page.locator(":target")).toContainText("Level 2 answer");
});

test("reply and edit forms announce their errors, keep focus in place and return it when they close", async ({ page }) => {
  const bea = newUser("Keyboard");
  await signUp(page, bea);
  const group = await createGroup(page);
  const threadPath = await startThread(page, group.slug, "Tabbing through", "Only the keyboard today.");

  // The thread form: its empty-reply error is an alert, and the keyboard is taken to the field.
  const threadReply = page.getByLabel("Reply to the thread");
  await threadReply.fill(" ");
  const post = page.getByRole("button", { name: "Post reply" });
  await post.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Write something" })).toHaveText("Write something before posting.");
  await expect(threadReply).toHaveAccessibleDescription(/^Write something before posting\. Markdown works/);
  await expect(threadReply).toBeFocused();

  // A double click posts once.
  await threadReply.fill("Only once, please.");
  await post.dblclick();
  await expect(page.getByRole("status").filter({ hasText: "Reply posted." })).toBeVisible();
  // The new reply, at the end of the thread, gets focus (the page scrolls to it).
  await expect(page.getByRole("article").filter({ hasText: "Only once, please." })).toBeFocused();
  await page.reload();
  await expect(page.getByRole("article").filter({ hasText: "Only once, please." })).toHaveCount(1);
  await expect(page.getByText("1 reply", { exact: true })).toBeVisible();
  // Matches before and after the edit below.
  const first = page.getByRole("article").filter({ hasText: "Only once" });

  // The inline Reply is a disclosure: it says whether its form is open and gets focus back on Cancel.
  const toggle = first.getByRole("button", { name: `Reply to ${bea.name}`, exact: true });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.focus();
  await page.keyboard.press("Enter");
  const inline = first.getByLabel(`Your reply to ${bea.name}`);
  await expect(inline).toBeFocused();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const formId = (await toggle.getAttribute("aria-controls"))!;
  await expect(page.locator(`form[id="${formId}"]`)).toContainText(`Your reply to ${bea.name}`);
  // From the box: its formatting buttons (one stop, on the first), its Preview, Post reply, then Cancel.
  await page.keyboard.press("Tab");
  await expect(first.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Bold" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(first.getByRole("button", { name: `Preview of your reply to ${bea.name}`, exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(first.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(inline).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");

  // An inline error is announced; a posted reply closes the form, says so and returns focus.
  await page.keyboard.press("Enter");
  await first.getByRole("button", { name: "Post reply" }).click();
  await expect(first.getByRole("alert")).toHaveText("Write something before posting.");
  await inline.fill("A nested answer.");
  await first.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("article").filter({ hasText: "A nested answer." })).toBeVisible();
  const said = first.getByRole("status").filter({ hasText: "Reply posted." });
  await expect(said).toBeVisible();
  await expect(toggle).toBeFocused();
  // It is said after the post's buttons, not between two of them.
  const remove = first.getByRole("button", { name: /^Delete your post from / });
  expect((await said.boundingBox())!.x).toBeGreaterThan((await remove.boundingBox())!.x);

  // Editing: its own wording for an empty edit, announced; focus back on Edit after saving.
  const edit = first.getByRole("button", { name: /^Edit your post from / });
  await edit.click();
  await expect(edit).toHaveAttribute("aria-expanded", "true");
  const editor = first.getByRole("textbox", { name: "Edit your post" });
  // The form opens below the post's whole row of buttons, Delete still beside Edit above it.
  expect((await remove.boundingBox())!.y).toBeLessThan((await editor.boundingBox())!.y);
  await editor.fill("");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("alert")).toHaveText("Write something before saving.");
  // Cancel discards the rejected draft: opened again, the editor holds the post as saved.
  await first.getByRole("button", { name: "Cancel" }).click();
  await expect(edit).toBeFocused();
  await edit.click();
  await expect(editor).toHaveValue("Only once, please.");
  await expect(first.getByRole("alert")).toHaveCount(0);
  await editor.fill("Only once, and edited.");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(editor).toHaveCount(0);
  await expect(first.getByRole("status").filter({ hasText: "Post updated." })).toBeVisible();
  await expect(edit).toBeFocused();

  // Read down to its end, the thread takes the reader back up to its form, ready to type in.
  await page.getByRole("link", { name: "Write a reply to the thread" }).click();
  await expect(page.getByLabel("Reply to the thread")).toBeFocused();

  // Other pages invite answers with <thread>#reply: the thread's form, ready to type in.
  await page.goto(`/g/${group.slug}`);
  await page.goto(`${threadPath}#reply`);
  await expect(page.getByLabel("Reply to the thread")).toBeFocused();
  // And from the page itself (only the fragment changes), a post's anchor focuses the post.
  await page.getByLabel("Reply to the thread").blur();
  await page.goto(`${threadPath}#reply`.replace("#reply", `#${await first.getAttribute("id")}`));
  await expect(first).toBeFocused();
});
