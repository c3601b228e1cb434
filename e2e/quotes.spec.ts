import { expect, type Locator } from "@playwright/test";
import { createGroup, joinGroup, newPerson, newUser, signUp, startThread, test } from "./support";

/**
 * Selects the text from `from` (in `start`) to `to` (in `end`, by default the same element), as
 * a person dragging across it would. Each is looked for in one text node of its element.
 */
async function select(start: Locator, from: string, end: Locator, to: string) {
  const endHandle = await end.elementHandle();
  await start.evaluate(
    (startElement, { from, to, endElement }) => {
      const textWith = (element: Element, words: string) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes(words)) return node;
        throw new Error(`No text "${words}"`);
      };
      const first = textWith(startElement, from);
      const last = textWith(endElement!, to);
      const range = document.createRange();
      range.setStart(first, first.textContent!.indexOf(from));
      range.setEnd(last, last.textContent!.indexOf(to) + to.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { from, to, endElement: endHandle },
  );
}

test("a member quotes the words they selected in a post, or a whole post, in their reply", async ({ page, browser }) => {
  const alice = newUser("Quoted");
  await signUp(page, alice);
  const group = await createGroup(page);
  const threadPath = await startThread(page, group.slug, "Sunday ride", "The **Sunday** ride starts early.\n\n- bring a pump\n- bring water");
  await page.getByLabel("Reply to the thread").fill("We meet at the bakery at nine, then ride to the lake.");
  await page.getByRole("button", { name: "Post reply" }).click();
  const aliceReply = page.getByRole("article", { name: `Post by ${alice.name}` }).filter({ hasText: "We meet at the bakery" });
  await expect(aliceReply).toBeVisible();

  const { page: bob, user: bobUser } = await newPerson(browser, "Quoter");
  await joinGroup(bob, group);
  await bob.goto(threadPath);
  const opener = bob.getByRole("article", { name: `Post by ${alice.name}` }).first();
  const reply = bob.getByRole("article", { name: `Post by ${alice.name}` }).filter({ hasText: "We meet at the bakery" });

  // Words selected in a reply, with the mouse: its reply form opens with them quoted, the cursor after.
  await select(reply.locator(".post-body"), "at the bakery", reply.locator(".post-body"), "at nine");
  await reply.getByRole("button", { name: `Quote ${alice.name}` }).click();
  const answer = reply.getByLabel(`Your reply to ${alice.name}`);
  await expect(answer).toBeFocused();
  await expect(answer).toHaveValue("> at the bakery at nine\n\n");
  await answer.pressSequentially("Nine is early for me.");
  await expect(answer).toHaveValue("> at the bakery at nine\n\nNine is early for me.");
  await reply.getByRole("button", { name: "Post reply" }).click();
  const bobsAnswer = bob.getByRole("article", { name: `Post by ${bobUser.name}` }).filter({ hasText: "Nine is early for me." });
  await expect(bobsAnswer.locator("blockquote")).toHaveText("at the bakery at nine");

  // A selection that runs on past the post (into its buttons) quotes only the post's words; the
  // quote goes after what was typed already, as a paragraph of its own.
  await reply.getByRole("button", { name: `Reply to ${alice.name}`, exact: true }).click();
  await answer.fill("Agreed about the lake.");
  await select(reply.locator(".post-body"), "ride to the lake", reply.getByRole("button", { name: `Quote ${alice.name}` }), "Quote");
  await reply.getByRole("button", { name: `Quote ${alice.name}` }).click();
  await expect(answer).toHaveValue("Agreed about the lake.\n\n> ride to the lake.\n\n");
  bob.once("dialog", (dialog) => void dialog.accept());
  await reply.getByRole("button", { name: "Cancel" }).click();
  await expect(answer).toBeHidden();

  // Nothing selected, from the keyboard: the whole opening post, with its formatting, into the
  // thread's own reply form.
  await bob.evaluate(() => window.getSelection()?.removeAllRanges());
  await opener.getByRole("button", { name: `Quote ${alice.name}` }).focus();
  await bob.keyboard.press("Enter");
  const threadAnswer = bob.getByLabel("Reply to the thread");
  await expect(threadAnswer).toBeFocused();
  await expect(threadAnswer).toHaveValue("> The **Sunday** ride starts early.\n>\n> - bring a pump\n> - bring water\n\n");
  await bob.keyboard.type("I'll bring both.");
  await bob.getByRole("button", { name: "Post reply" }).click();
  const quotedOpener = bob.getByRole("article", { name: `Post by ${bobUser.name}` }).filter({ hasText: "I'll bring both." }).locator("blockquote");
  await expect(quotedOpener.getByText("Sunday", { exact: true })).toHaveJSProperty("tagName", "STRONG");
  await expect(quotedOpener.getByRole("listitem")).toHaveText(["bring a pump", "bring water"]);
});

test("people who cannot reply are offered no quote", async ({ page, browser }) => {
  const alice = newUser("Unquoted");
  await signUp(page, alice);
  const group = await createGroup(page);
  const threadPath = await startThread(page, group.slug, "Nothing to quote here", "Only read this.");
  await expect(page.getByRole("button", { name: `Quote ${alice.name}` })).toBeVisible();

  // A visitor who is not signed in reads the thread; nothing offers to quote it.
  const visitor = await browser.newContext();
  const reader = await visitor.newPage();
  await reader.goto(threadPath);
  await expect(reader.getByRole("article", { name: `Post by ${alice.name}` })).toContainText("Only read this.");
  await expect(reader.getByRole("button", { name: /^Quote/ })).toHaveCount(0);
  await visitor.close();
});
