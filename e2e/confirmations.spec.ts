import { expect, type Page } from "@playwright/test";
import { answerNextDialog, createGroup, newPerson, startThread, test } from "./support";

const BODY = "Tulips and crocuses, free to a good home.";

/** The thread's opening post, as its author sees it. */
function opener(page: Page) {
  return page.getByRole("article").first();
}

test("a destructive button never acts unasked: without JavaScript Delete is disabled and the post stays; with it, the question comes and No keeps the post", async ({ browser }) => {
  // Two browsers, one of them signing up (argon2), and several page loads.
  test.slow();
  const author = await newPerson(browser, "Author");
  const group = await createGroup(author.page);
  const threadPath = await startThread(author.page, group.slug, "Bulbs to share", BODY);

  // The same session in a browser that runs no script (as a page not yet hydrated): a click could
  // only post the form natively, without the question, so the buttons that ask are disabled.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await author.page.context().storageState() });
  const page = await noScript.newPage();
  const posted: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posted.push(request.url());
  });
  await page.goto(threadPath);
  const deletePost = opener(page).getByRole("button", { name: /^Delete your post from / });
  await expect(deletePost).toBeDisabled();
  await expect(deletePost).toHaveAccessibleDescription("Available once the page has finished loading: it asks before acting.");
  await expect(page.getByRole("button", { name: "Delete thread" })).toBeDisabled();
  // Clicked all the same (a disabled button ignores it): nothing is sent, and the post is still there.
  await deletePost.click({ force: true });
  expect(posted).toEqual([]);
  await page.reload();
  await expect(opener(page)).toContainText(BODY);
  await noScript.close();

  // With the page's script: the button asks, and dismissing the question keeps the post.
  await author.page.goto(threadPath);
  const dismissed = answerNextDialog(author.page, false);
  await opener(author.page).getByRole("button", { name: /^Delete your post from / }).click();
  expect(await dismissed).toContain("Delete this post?");
  await author.page.reload();
  await expect(opener(author.page)).toContainText(BODY);
  await expect(opener(author.page)).not.toContainText("This post was deleted.");
});
