import { expect } from "@playwright/test";
import { createGroup, fillProjectForm, joinGroup, newPerson, submitNewProject, test } from "./support";

// Three people and a dozen pages: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test("the lead adds a co-lead, who is told; an update is edited by its author; the group's owner deletes it, then the project, and each is told; both come back", async ({ browser }) => {
  const owner = await newPerson(browser, "Owner");
  const group = await createGroup(owner.page);
  const lea = await newPerson(browser, "Lea");
  const ben = await newPerson(browser, "Ben");
  await joinGroup(lea.page, group);
  await joinGroup(ben.page, group);

  await lea.page.goto(`/g/${group.slug}/projects/new`);
  await fillProjectForm(lea.page, { name: "Repair café", goal: "A monthly repair café at the hall.", status: "Active" });
  const projectPath = await submitNewProject(lea.page, "Repair café");

  // The lead adds Ben without his joining first; a mistyped address says why and stays typed.
  const person = lea.page.getByLabel("Add a member of the group");
  await person.fill("nobody-at-all@example.test");
  await lea.page.getByRole("button", { name: "Add to project" }).click();
  await expect(lea.page.getByText("No member of this group has that email: only its members can be added to its projects.")).toBeVisible();
  await expect(person).toHaveValue("nobody-at-all@example.test");
  await person.fill(ben.user.email);
  await lea.page.getByLabel("As", { exact: true }).selectOption({ label: "Co-lead" });
  await lea.page.getByRole("button", { name: "Add to project" }).click();
  await expect(lea.page.getByRole("status").filter({ hasText: `${ben.user.name} was added as a co-lead and notified.` })).toBeVisible();
  await expect(lea.page.getByRole("list", { name: "Contributors" }).getByRole("listitem").filter({ hasText: ben.user.name }).getByRole("paragraph")).toContainText("Co-lead");

  // Ben is told, and the notification leads to the project.
  await ben.page.goto("/notifications");
  await ben.page.getByRole("link", { name: `${lea.user.name} added you to Repair café as a co-lead.` }).click();
  await expect(ben.page).toHaveURL(new RegExp(`${projectPath}$`));

  // He posts an update with a typo and corrects it.
  await ben.page.getByLabel("Progress update").fill("Booked teh hall for March.");
  await ben.page.getByRole("button", { name: "Post update" }).click();
  const update = ben.page.getByRole("article", { name: `Update by ${ben.user.name}` });
  await expect(update).toContainText("Booked teh hall");
  const editButton = update.getByRole("button", { name: /^Edit your update/ });
  await editButton.click();
  const editBox = update.getByLabel("Edit your update", { exact: true });
  // Escape with a change asks first; kept, the text stays; unchanged, Escape just closes.
  await editBox.fill("Booked the hall for");
  ben.page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe("Discard your changes to this update? They have not been saved.");
    void dialog.dismiss();
  });
  await editBox.press("Escape");
  await expect(editBox).toHaveValue("Booked the hall for");
  await editBox.fill("Booked teh hall for March.");
  await editBox.press("Escape");
  await expect(editBox).toHaveCount(0);
  await expect(editButton).toBeFocused();
  await editButton.click();
  await editBox.fill("Booked the hall for March.");
  await update.getByRole("button", { name: "Save update" }).click();
  await expect(update).toContainText("Booked the hall for March.");
  await expect(update).toContainText("(edited)");
  // Older updates come page by page: a malformed page reads as the first, one past the last is a 404.
  expect((await ben.page.goto(`${projectPath}?page=2`))?.status()).toBe(404);
  await ben.page.goto(`${projectPath}?page=zz`);
  await expect(ben.page.getByRole("article", { name: `Update by ${ben.user.name}` })).toContainText("(edited)");
  // Lea, who leads, neither edits nor deletes his words.
  await lea.page.reload();
  await expect(lea.page.getByRole("article", { name: `Update by ${ben.user.name}` }).getByRole("button")).toHaveCount(0);
  await expect(lea.page.getByRole("button", { name: "Delete project" })).toHaveCount(0);

  // The group's owner takes the update down, then the whole project, each after confirming.
  await owner.page.goto(projectPath);
  owner.page.on("dialog", (dialog) => void dialog.accept());
  await owner.page.getByRole("button", { name: new RegExp(`^Delete ${ben.user.name}'s update`) }).click();
  await expect(owner.page.getByRole("article", { name: `Update by ${ben.user.name}` })).toHaveCount(0);
  await expect(owner.page.getByText("No progress update yet.")).toBeVisible();
  // Deleting the project tells its leads, with the reason the owner may give.
  await owner.page.getByRole("button", { name: "Delete project" }).click();
  const leads = `${lea.user.name} and ${ben.user.name}`;
  await owner.page.getByLabel(`Reason for ${leads} (optional)`).fill("Looks like an advert for a hall.");
  await owner.page.getByRole("button", { name: `Delete and tell ${leads}` }).click();
  await expect(owner.page).toHaveURL(new RegExp(`/g/${group.slug}/projects$`));
  await expect(owner.page.getByRole("status").filter({ hasText: "The project was deleted." })).toBeFocused();
  await expect(owner.page.getByRole("link", { name: "Repair café" })).toHaveCount(0);

  // Gone for everyone: its page is a 404.
  const response = await ben.page.goto(projectPath);
  expect(response?.status()).toBe(404);
  // The Deleted projects page is the owners' and moderators' only.
  expect((await ben.page.goto(`/g/${group.slug}/projects/deleted`))?.status()).toBe(403);

  // Deleted by mistake: the owner brings it back from the Deleted projects page, as it was.
  await owner.page.getByRole("link", { name: "Deleted projects" }).click();
  await expect(owner.page.getByRole("heading", { name: "Deleted projects (1)" })).toBeVisible();
  const row = owner.page.getByRole("row", { name: /Repair café/ });
  await expect(row).toContainText(lea.user.name);
  await row.getByRole("button", { name: "Restore project: Repair café" }).click();
  await expect(owner.page).toHaveURL(new RegExp(`${projectPath}$`));
  await expect(owner.page.getByRole("status").filter({ hasText: "The project was restored." })).toBeFocused();
  await expect(owner.page.getByRole("list", { name: "Contributors" })).toContainText(ben.user.name);
  expect((await ben.page.goto(projectPath))?.status()).toBe(200);

  // Each was told, by "the moderators": Ben of his update, Lea (who leads) of her project's deletion and return.
  await ben.page.goto("/notifications");
  await expect(ben.page.getByRole("link", { name: `The moderators of ${group.name} deleted your update to the project “Repair café”.` })).toBeVisible();
  await lea.page.goto("/notifications");
  await expect(lea.page.getByRole("link", { name: `The moderators of ${group.name} deleted your project “Repair café”: “Looks like an advert for a hall.”` })).toBeVisible();
  await lea.page.getByRole("link", { name: `The moderators of ${group.name} restored your project “Repair café”.` }).click();
  await expect(lea.page).toHaveURL(new RegExp(`${projectPath}$`));

  // The update deleted on its own stays deleted with the project back; the moderators see it and
  // restore it, the lead sees no such list.
  await expect(lea.page.getByRole("heading", { name: /^Deleted by the moderators/ })).toHaveCount(0);
  await expect(owner.page.getByRole("heading", { name: "Deleted by the moderators (1)" })).toBeVisible();
  await owner.page.getByRole("button", { name: new RegExp(`^Restore ${ben.user.name}'s update`) }).click();
  const back = owner.page.getByRole("article", { name: `Update by ${ben.user.name}` });
  await expect(back).toContainText("Booked the hall for March.");
  await expect(back).toBeFocused();
  await expect(owner.page.getByRole("heading", { name: /^Deleted by the moderators/ })).toHaveCount(0);
  await ben.page.goto("/notifications");
  await ben.page.getByRole("link", { name: `The moderators of ${group.name} restored your update to the project “Repair café”.` }).click();
  await expect(ben.page.getByRole("article", { name: `Update by ${ben.user.name}` })).toContainText("Booked the hall for March.");
});
