import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { createGroup, newUser, signIn, signUp } from "./support";

/** The demo data is seeded in the e2e database; these journeys use its accounts and groups. */
const DEMO_PASSWORD = "toile-demo";
const THRIVING = { slug: "city-gardeners", name: "City Gardeners" };

async function signInAs(page: Page, who: "moderator" | "member" | "admin") {
  await signIn(page, `${who}@toile.test`, DEMO_PASSWORD);
}

function overallColumn(page: Page) {
  return page.getByRole("table").getByRole("row").locator("td:nth-child(2)");
}

test("a moderator reviews the groups they run, sorts them, and acts on a group's recommendations", async ({ page }) => {
  await signInAs(page, "moderator");
  await page.goto("/health");
  await expect(page.getByRole("heading", { level: 1, name: "Group health" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: THRIVING.name })).toBeVisible();
  await expect(table.getByRole("link", { name: "Retro Computing Collective" })).toBeVisible();

  // Sorted by overall score, highest first, by default; the header flips it.
  const overallHeader = table.getByRole("columnheader", { name: /Overall/ });
  await expect(overallHeader).toHaveAttribute("aria-sort", "descending");
  const descending = (await overallColumn(page).allTextContents()).map(Number);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await overallHeader.getByRole("link").click();
  await expect(table.getByRole("columnheader", { name: /Overall/ })).toHaveAttribute("aria-sort", "ascending");
  const ascending = (await overallColumn(page).allTextContents()).map(Number);
  expect(ascending).toEqual([...descending].reverse());

  // Filter by band.
  await page.getByRole("navigation", { name: "Filter by band" }).getByRole("link", { name: "Dormant" }).click();
  await expect(table.getByRole("link", { name: "Retro Computing Collective" })).toBeVisible();
  await expect(table.getByRole("link", { name: THRIVING.name })).toHaveCount(0);

  // One group in depth.
  await page.goto("/health");
  await table.getByRole("link", { name: THRIVING.name }).click();
  await expect(page).toHaveURL(`/g/${THRIVING.slug}/health`);
  await expect(page.getByLabel(/Overall score \d+ out of 100/)).toBeVisible();
  const dimensions = page.getByRole("region", { name: "Dimensions" });
  for (const name of ["Sustained activity", "Content richness", "Offline meetups", "Collaborative projects"]) await expect(dimensions.getByText(name)).toBeVisible();
  const activity = page.getByRole("table", { name: "Metrics of Sustained activity" });
  const responsiveness = activity.getByRole("row", { name: /Responsiveness/ });
  await expect(responsiveness).toContainText(/new threads|reply/);
  await expect(page.getByRole("img", { name: "Health over the last 90 days" })).toBeVisible();
  await page.getByText("Show the trend as a table").click();
  await expect(page.getByRole("table", { name: /daily scores/ }).getByRole("row")).toHaveCount(91);

  // A recommendation is a link to act on.
  const advice = page.getByRole("region", { name: "Recommendations" });
  const action = advice.getByRole("link").first();
  const href = await action.getAttribute("href");
  expect(href).toMatch(new RegExp(`^/g/${THRIVING.slug}/`));
  await action.click();
  await expect(page).toHaveURL(new RegExp(href!.replace(/[?]/g, "\\?")));
  expect((await page.request.get(href!)).status()).toBe(200);
});

test("members see only the band badge; health pages and exports are forbidden to them", async ({ page }) => {
  await signInAs(page, "member");
  await page.goto(`/g/${THRIVING.slug}`);
  await expect(page.getByText(/^Health:/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Health" })).toHaveCount(0);

  const groupPage = await page.goto(`/g/${THRIVING.slug}/health`);
  expect(groupPage?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You cannot do this here" })).toBeVisible();
  await expect(page.getByText("Responsiveness")).toHaveCount(0);
  expect((await page.goto("/health"))?.status()).toBe(403);
  expect((await page.request.get(`/g/${THRIVING.slug}/health/history.csv`)).status()).toBe(403);
  expect((await page.request.get("/health/export.csv")).status()).toBe(403);
  // A private group the member does not belong to does not exist for them.
  expect((await page.request.get("/g/community-organizers-circle/health/history.csv")).status()).toBe(404);
  expect((await page.goto("/g/community-organizers-circle/health"))?.status()).toBe(404);
});

test("anonymous visitors are sent to sign in, and exports answer 401", async ({ page }) => {
  await page.goto(`/g/${THRIVING.slug}/health`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.goto("/health");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fhealth|\/login\?callbackUrl=\/health/);
  expect((await page.request.get("/health/export.csv")).status()).toBe(401);
  expect((await page.request.get(`/g/${THRIVING.slug}/health/history.csv`)).status()).toBe(401);
});

test("CSV exports parse and match the pages", async ({ page }) => {
  await signInAs(page, "moderator");
  await page.goto("/health");
  const names = await page.getByRole("table").getByRole("rowheader").allTextContents();
  const scores = (await overallColumn(page).allTextContents()).map(Number);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as CSV" }).click();
  const file = await (await download).path();
  const rows = parse(await import("node:fs").then((fs) => fs.readFileSync(file!, "utf8")), { columns: true }) as Record<string, string>[];
  expect(rows.map((row) => row.group)).toEqual(names);
  expect(rows.map((row) => Math.round(Number(row.overall)))).toEqual(scores);

  await page.goto(`/g/${THRIVING.slug}/health`);
  const history = await page.request.get(`/g/${THRIVING.slug}/health/history.csv`);
  expect(history.status()).toBe(200);
  expect(history.headers()["content-type"]).toContain("text/csv");
  const days = parse(await history.text(), { columns: true }) as Record<string, string>[];
  expect(days.length).toBeGreaterThanOrEqual(89);
  expect(Object.keys(days[0]!)).toEqual(["day", "overall", "band", "provisional", "activity", "richness", "meetups", "projects"]);
  expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort());
});

test("a site admin appoints a moderator from the members page; owners can too, others cannot", async ({ browser }) => {
  const ownerPage = await (await browser.newContext()).newPage();
  await signUp(ownerPage, newUser("Owner"));
  const group = await createGroup(ownerPage);
  const helper = newUser("Helper");
  const helperPage = await (await browser.newContext()).newPage();
  await signUp(helperPage, helper);
  await helperPage.goto(`/g/${group.slug}`);
  await helperPage.getByRole("button", { name: `Join ${group.name}` }).click();
  await expect(helperPage.getByText("You are a member")).toBeVisible();
  await helperPage.goto(`/g/${group.slug}/members`);
  await expect(helperPage.getByLabel(`Role of ${helper.name}`, { exact: true })).toHaveCount(0);
  expect((await helperPage.goto(`/g/${group.slug}/health`))?.status()).toBe(403);

  const adminPage = await (await browser.newContext()).newPage();
  await signInAs(adminPage, "admin");
  await adminPage.goto(`/g/${group.slug}/members`);
  await adminPage.getByLabel(`Role of ${helper.name}`, { exact: true }).selectOption("moderator");
  await adminPage.getByRole("button", { name: `Save role of ${helper.name}` }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Role updated." })).toBeVisible();

  // The new moderator now reads the group's health.
  const response = await helperPage.goto(`/g/${group.slug}/health`);
  expect(response?.status()).toBe(200);
  await expect(helperPage.getByRole("heading", { name: "Group health" })).toBeVisible();
});

test("a site admin sees every group's health, private ones included", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/health?sort=name&dir=asc");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: /Group/ })).toHaveAttribute("aria-sort", "ascending");
  for (const name of [THRIVING.name, "Community Organizers Circle", "Retro Computing Collective", "Startup Growth Network"]) {
    await expect(table.getByRole("link", { name })).toBeVisible();
  }
  await table.getByRole("link", { name: "Community Organizers Circle" }).click();
  await expect(page.getByRole("heading", { name: "Group health" })).toBeVisible();
  expect((await page.request.get("/g/community-organizers-circle/health/history.csv")).status()).toBe(200);
});
