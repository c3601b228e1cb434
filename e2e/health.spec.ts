import { expect, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { createGroup, DEMO_PASSWORD, groupScoredDormant, newUser, signIn, signUp, test } from "./support";

/** The demo data is seeded in the e2e database; these journeys use its accounts and groups. */
const THRIVING = { slug: "city-gardeners", name: "City Gardeners" };

async function signInAs(page: Page, who: "moderator" | "member" | "admin" | "organizer") {
  await signIn(page, `${who}@toile.test`, DEMO_PASSWORD);
}

/** The group page's score, named in words ("Overall score 72 out of 100"), the number visible. */
function overallScore(page: Page) {
  return page.getByText(/^Overall score \d+ out of 100$/);
}

function overallColumn(page: Page) {
  return page.getByRole("table").getByRole("row").locator("td:nth-child(2)");
}

test("a moderator reviews the groups they run, sorts them, and acts on a group's recommendations", async ({ page }) => {
  await signInAs(page, "moderator");
  // Their header, with its extra "Group health", still holds on one row of a laptop's screen.
  expect((await page.getByRole("banner").boundingBox())!.height).toBeLessThan(70);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Group health" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Group health" })).toBeVisible();
  const table = page.getByRole("table", { name: /^Health of the groups you moderate/ });
  await expect(table.getByRole("link", { name: THRIVING.name })).toBeVisible();
  await expect(table.getByRole("link", { name: "Retro Computing Collective" })).toBeVisible();

  // Sorted by overall score, highest first, by default; the header flips it.
  const overallHeader = table.getByRole("columnheader", { name: /Overall/ });
  await expect(overallHeader).toHaveAttribute("aria-sort", "descending");
  // Every column looks sortable: the sorted one's ▼, a neutral mark on the others, all unspoken.
  const marks = table.getByRole("columnheader").getByRole("link").locator("[aria-hidden]");
  await expect(marks).toHaveText(["↕", "▼", "↕", "↕", "↕", "↕", "↕", "↕", "↕"]);
  await expect(table.locator("th[aria-sort]:not([aria-sort=none])")).toHaveCount(1);
  const descending = (await overallColumn(page).allTextContents()).map(Number);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await overallHeader.getByRole("link").click();
  await expect(table.getByRole("columnheader", { name: /Overall/ })).toHaveAttribute("aria-sort", "ascending");
  const ascending = (await overallColumn(page).allTextContents()).map(Number);
  expect(ascending).toEqual([...descending].reverse());

  // The Band column sorts in the bands' order, Thriving first.
  await table.getByRole("columnheader", { name: /Band/ }).getByRole("link").click();
  await expect(table.getByRole("columnheader", { name: /Band/ })).toHaveAttribute("aria-sort", "descending");
  const bandOrder = ["Thriving", "Healthy", "Needs attention", "Dormant"];
  const bands = (await table.getByRole("row").locator(":scope > td:nth-of-type(2)") /* the Band, after the Overall */.allTextContents()).map((text) => bandOrder.findIndex((band) => text.startsWith(band)));
  expect(bands).not.toContain(-1);
  expect(bands).toEqual([...bands].sort((a, b) => a - b));
  expect(await table.getByRole("rowheader").first().textContent()).toBe(THRIVING.name);

  // Last activity: the most recent first on the first click, as every score column.
  await table.getByRole("columnheader", { name: /Last activity/ }).getByRole("link").click();
  await expect(table.getByRole("columnheader", { name: /Last activity/ })).toHaveAttribute("aria-sort", "descending");
  const lastActive = await table.locator("tbody time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  expect(lastActive.length).toBeGreaterThan(1);
  expect(lastActive).toEqual([...lastActive].sort().reverse());

  // Filter by band.
  await page.getByRole("navigation", { name: "Filter by band" }).getByRole("link", { name: "Dormant" }).click();
  await expect(table.getByRole("link", { name: "Retro Computing Collective" })).toBeVisible();
  await expect(table.getByRole("link", { name: THRIVING.name })).toHaveCount(0);

  // One group in depth.
  await page.goto("/health");
  await table.getByRole("link", { name: THRIVING.name }).click();
  await expect(page).toHaveURL(`/g/${THRIVING.slug}/health`);
  await expect(overallScore(page)).toBeVisible();
  const dimensions = page.getByRole("region", { name: "Dimensions" });
  for (const name of ["Sustained activity", "Content richness", "Offline meetups", "Collaborative projects"]) await expect(dimensions.getByText(name)).toBeVisible();
  const activity = page.getByRole("table", { name: "Metrics of Sustained activity" });
  const responsiveness = activity.getByRole("row", { name: /Responsiveness/ });
  // The evidence cell, not the unit's description (which always says "new threads answered").
  await expect(responsiveness.getByRole("cell", { name: /^\d+ of \d+ new threads? got a reply from another member within 48 h/ })).toBeVisible();
  // A thin metric's "provisional" is a word of its own when read aloud, not "Follow-throughprovisional".
  await expect(page.getByRole("rowheader", { name: /^[\w -]+ provisional / }).first()).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /[a-z]provisional/ })).toHaveCount(0);
  await expect(page.getByRole("img", { name: "Health over the last 90 days" })).toBeVisible();
  await page.getByText("Show the trend as a table").click();
  await expect(page.getByRole("table", { name: /daily scores/ }).getByRole("row")).toHaveCount(91);

  // A recommendation is a link to act on.
  const advice = page.getByRole("region", { name: "Recommendations" });
  // A thread named in a sentence is told from its words by more than colour.
  const namedThreads = await advice.locator(`li li a[href^="/g/${THRIVING.slug}/t/"]`).all();
  expect(namedThreads.length).toBeGreaterThan(0);
  for (const thread of namedThreads) await expect(thread).toHaveCSS("text-decoration-line", "underline");
  const action = advice.getByRole("link").first();
  const href = await action.getAttribute("href");
  expect(href).toMatch(new RegExp(`^/g/${THRIVING.slug}/`));
  await action.click();
  await expect(page).toHaveURL(new RegExp(href!.replace(/[?]/g, "\\?")));
  expect((await page.request.get(href!)).status()).toBe(200);

  // The silent group is told, first, to get people talking again, with a link to do it.
  await page.goto("/g/retro-computing-collective/health");
  const first = page.getByRole("region", { name: "Recommendations" }).getByRole("listitem").first();
  await expect(first.getByRole("heading")).toHaveText(/^No message in \d+ days — start a conversation$/);
  await first.getByRole("link", { name: "Start a thread →" }).click();
  await expect(page).toHaveURL("/g/retro-computing-collective/t/new");
});

test("members see only the band badge; health pages and exports are forbidden to them", async ({ page }) => {
  await signInAs(page, "member");
  await page.goto(`/g/${THRIVING.slug}`);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My meetups" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Group health" })).toHaveCount(0);
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

test("anonymous visitors are sent to sign in and come back to the view they asked for; exports answer 401", async ({ page }) => {
  expect((await page.request.get("/health/export.csv")).status()).toBe(401);
  expect((await page.request.get(`/g/${THRIVING.slug}/health/history.csv`)).status()).toBe(401);
  const groupHealth = `/g/${THRIVING.slug}/health?from=digest`;
  await page.goto(groupHealth);
  await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(groupHealth)}`);

  // The query string survives signing in: the same filtered view, not the overview's default.
  const declines = "/health?view=declines&band=dormant";
  await page.goto(declines);
  await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(declines)}`);
  await page.getByLabel("Email").fill("moderator@toile.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(declines);
  await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Biggest declines" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "Filter by band" }).getByRole("link", { name: "Dormant" })).toHaveAttribute("aria-current", "page");
});

test("CSV exports parse and match the pages", async ({ page }) => {
  await signInAs(page, "moderator");
  let rows: Record<string, string>[] = [];
  // The page and its download, read again should a group's score be recomputed between the two
  // (other journeys post in the demo groups meanwhile, and the jobs recompute their health).
  await expect(async () => {
    await page.goto("/health");
    const names = await page.getByRole("table").getByRole("rowheader").allTextContents();
    const scores = (await overallColumn(page).allTextContents()).map(Number);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download as CSV" }).click();
    expect((await download).suggestedFilename()).toMatch(/^group-health-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await (await download).path();
    rows = parse(await import("node:fs").then((fs) => fs.readFileSync(file!, "utf8")), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.group)).toEqual(names);
    // The page cuts the CSV's tenths to whole points (lib/health/format).
    expect(rows.map((row) => Math.floor(Number(row.overall)))).toEqual(scores);
  }).toPass({ timeout: 30_000 });

  // Only the groups this moderator runs, though other groups declined or thrive too.
  expect(rows.map((row) => row.group).sort()).toEqual(["City Gardeners", "Community Organizers Circle", "Data Visualization Club", "Retro Computing Collective"]);

  // The history CSV has exactly the rows of the chart's table alternative, values included
  // (today's row is the live report in both).
  await page.goto(`/g/${THRIVING.slug}/health`);
  await page.getByText("Show the trend as a table").click();
  const table = page.getByRole("table", { name: /daily scores/ });
  const tableRows = await table.getByRole("row").evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
  const history = await page.request.get(`/g/${THRIVING.slug}/health/history.csv`);
  expect(history.status()).toBe(200);
  expect(history.headers()["content-type"]).toContain("text/csv");
  const days = parse(await history.text(), { columns: true }) as Record<string, string>[];
  expect(Object.keys(days[0]!)).toEqual(["day", "overall", "band", "provisional", "activity", "richness", "meetups", "projects"]);
  expect(days).toHaveLength(90);
  const csvRows = days.map((d) => [d.day!, ...[d.overall, d.activity, d.richness, d.meetups, d.projects].map((v) => Number(v))]);
  expect(tableRows.map(([day, ...scores]) => [day!, ...scores.map(Number)])).toEqual(csvRows);
  // The last row is the score at the top of the page.
  const overall = (await overallScore(page).textContent())!.match(/\d+/)![0];
  expect(Math.floor(Number(days.at(-1)!.overall))).toBe(Number(overall));
});

test("a meetup that took place with too few check-ins to count: the advice is to check in who came, not to schedule one as if none had", async ({ page }) => {
  // The demo's dark-sky trip, five days ago: two of the four going were checked in (clouds).
  await signInAs(page, "admin");
  await page.goto("/g/amateur-astronomy-night/health");
  const advice = page.getByRole("region", { name: "Recommendations" });
  const checkIn = advice.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "“Dark-sky trip to the plateau (new moon)” does not count as held yet — check in who came" }) });
  await expect(checkIn).toContainText("2 of the 3 members checked in that a meetup needs to count.");
  await expect(advice.getByRole("heading", { name: /schedule one$/ })).toHaveCount(0);
  await checkIn.getByRole("link", { name: "Check people in →" }).click();
  await expect(page).toHaveURL(/\/g\/amateur-astronomy-night\/meetups\/\d+\/check-in$/);
  await expect(page.getByRole("heading", { name: "Who came to “Dark-sky trip to the plateau (new moon)”?" })).toBeVisible();
});

test("moderators of other groups, organizers and members get 403 on a group's health page and history", async ({ page, browser }) => {
  // The demo moderator runs City Gardeners, but is a plain member of Ateliers vélo and not a
  // member of Amateur Astronomy Night.
  await signInAs(page, "moderator");
  for (const slug of ["ateliers-velo", "amateur-astronomy-night"]) {
    expect((await page.goto(`/g/${slug}/health`))?.status(), slug).toBe(403);
    await expect(page.getByRole("heading", { name: "You cannot do this here" })).toBeVisible();
    expect((await page.request.get(`/g/${slug}/health/history.csv`)).status(), slug).toBe(403);
  }
  // The demo organizer organizes City Gardeners' meetups but does not moderate it.
  const organizer = await (await browser.newContext()).newPage();
  await signInAs(organizer, "organizer");
  expect((await organizer.goto(`/g/${THRIVING.slug}/health`))?.status()).toBe(403);
  await expect(organizer.getByText("Responsiveness")).toHaveCount(0);
  expect((await organizer.request.get(`/g/${THRIVING.slug}/health/history.csv`)).status()).toBe(403);
});

test("an owner appoints a moderator and an organizer from the members page; a moderator cannot; a site admin can", async ({ browser }) => {
  // Five people sign up (password hashing is deliberately slow) and three join: a long journey.
  test.slow();
  const ownerPage = await (await browser.newContext()).newPage();
  const owner = newUser("Owner");
  await signUp(ownerPage, owner);
  const group = await createGroup(ownerPage);
  const join = async (name: string) => {
    const user = newUser(name);
    const page = await (await browser.newContext()).newPage();
    await signUp(page, user);
    await page.goto(`/g/${group.slug}`);
    await page.getByRole("button", { name: `Join group: ${group.name}` }).click();
    await expect(page.getByText("You are a member")).toBeVisible();
    return { user, page };
  };
  const helper = await join("Helper");
  const planner = await join("Planner");
  const third = await join("Third");
  await helper.page.goto(`/g/${group.slug}/members`);
  await expect(helper.page.getByLabel(`Role of ${helper.user.name}`, { exact: true })).toHaveCount(0);
  expect((await helper.page.goto(`/g/${group.slug}/health`))?.status()).toBe(403);

  // The owner (not a site admin) appoints in the browser.
  await ownerPage.goto(`/g/${group.slug}/members`);
  await expect(ownerPage.getByText("As the group's owner, you can appoint moderators and organizers.")).toBeVisible();
  const appoint = async (name: string, role: "moderator" | "organizer") => {
    await ownerPage.getByLabel(`Role of ${name}`, { exact: true }).selectOption(role);
    await ownerPage.getByRole("button", { name: `Save role of ${name}` }).click();
    // This person's own confirmation (an earlier one stays on the page for someone else).
    await expect(ownerPage.getByRole("row").filter({ hasText: name }).getByRole("status")).toHaveText("Role updated.");
    // The choice just saved stays shown (a form reset must not put the old role back).
    await expect(ownerPage.getByLabel(`Role of ${name}`, { exact: true })).toHaveValue(role);
  };
  await appoint(helper.user.name, "moderator");
  await appoint(planner.user.name, "organizer");
  await ownerPage.reload();
  await expect(ownerPage.getByLabel(`Role of ${helper.user.name}`, { exact: true })).toHaveValue("moderator");
  await expect(ownerPage.getByLabel(`Role of ${planner.user.name}`, { exact: true })).toHaveValue("organizer");

  // The new moderator reads the group's health, but may not appoint anyone.
  expect((await helper.page.goto(`/g/${group.slug}/health`))?.status()).toBe(200);
  await expect(helper.page.getByRole("heading", { name: "Group health" })).toBeVisible();
  await helper.page.goto(`/g/${group.slug}/members`);
  await expect(helper.page.getByRole("row", { name: new RegExp(third.user.name) })).toContainText("Member");
  await expect(helper.page.getByRole("combobox")).toHaveCount(0);
  await expect(helper.page.getByRole("button", { name: /Save role of/ })).toHaveCount(0);
  // The organizer neither.
  await planner.page.goto(`/g/${group.slug}/members`);
  await expect(planner.page.getByRole("combobox")).toHaveCount(0);
  expect((await planner.page.goto(`/g/${group.slug}/health`))?.status()).toBe(403);

  // A site admin from outside the group may appoint too.
  const adminPage = await (await browser.newContext()).newPage();
  await signInAs(adminPage, "admin");
  await adminPage.goto(`/g/${group.slug}/members`);
  await adminPage.getByLabel(`Role of ${third.user.name}`, { exact: true }).selectOption("moderator");
  await adminPage.getByRole("button", { name: `Save role of ${third.user.name}` }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Role updated." })).toBeVisible();
  expect((await third.page.goto(`/g/${group.slug}/health`))?.status()).toBe(200);
});

test("a site admin sees every group's health, private ones included", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/health?sort=name&dir=asc");
  const table = page.getByRole("table", { name: "Health of every group, sorted by Group" });
  await expect(table.getByRole("columnheader", { name: /Group/ })).toHaveAttribute("aria-sort", "ascending");
  for (const name of [THRIVING.name, "Community Organizers Circle", "Retro Computing Collective", "Startup Growth Network"]) {
    await expect(table.getByRole("link", { name })).toBeVisible();
  }
  await table.getByRole("link", { name: "Community Organizers Circle" }).click();
  // The overview's own heading is "Group health" too: wait for the group's page itself.
  await expect(page).toHaveURL("/g/community-organizers-circle/health");
  await expect(overallScore(page)).toBeVisible();
  expect((await page.request.get("/g/community-organizers-circle/health/history.csv")).status()).toBe(200);
  // The way back names what the overview is for them: every group, not only theirs.
  await expect(page.getByRole("link", { name: "All groups' health" })).toHaveAttribute("href", "/health");

  // Not a member of Data Visualization Club: the liveliest threads can be taken offline (site
  // admins organize anywhere), but starting a project needs membership, so no link to a 403.
  await page.goto("/g/data-viz-club/health");
  // Each named after its thread, as a list of the page's links reads them.
  await expect(page.getByRole("link", { name: /^Take it offline: \S/ }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /^Start a project from it/ })).toHaveCount(0);
});

test("a site admin finds a group by name, accents aside; the search stays through sorting and views, and in the CSV export", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/health?sort=name");
  await page.getByRole("searchbox", { name: "Find a group by name or topic" }).fill("ateliers velo");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=ateliers\+velo(&|$)/);
  const table = page.getByRole("table");
  await expect(table.getByRole("rowheader")).toHaveText(["Les Ateliers Vélo"]);
  await expect(page.getByText("1 group matching “ateliers velo”")).toBeVisible();
  await table.getByRole("columnheader", { name: /Last activity/ }).getByRole("link").click();
  await expect(table.getByRole("columnheader", { name: /Last activity/ })).toHaveAttribute("aria-sort", "descending");
  await expect(table.getByRole("rowheader")).toHaveText(["Les Ateliers Vélo"]);
  const csv = await page.request.get((await page.getByRole("link", { name: "Download as CSV" }).getAttribute("href"))!);
  const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
  expect(rows.map((row) => row.group)).toEqual(["Les Ateliers Vélo"]);
  // Another view keeps the search.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Biggest declines" }).click();
  // The page being left has the search too: wait for the other view before checking it kept it.
  await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Biggest declines" })).toHaveAttribute("aria-current", "page");
  await expect(page).toHaveURL(/[?&]q=ateliers\+velo(&|$)/);
  await expect(page.getByRole("searchbox", { name: "Find a group by name or topic" })).toHaveValue("ateliers velo");

  // Nothing found: said as every empty list says it, with the way back to every group.
  await page.goto("/health?q=zzzz");
  await expect(page.getByText("No group matches “zzzz”.")).toBeVisible();
  await page.getByRole("link", { name: "See every group" }).click();
  await expect(page).toHaveURL(/\/health$/);
  await expect(page.getByRole("table")).toBeVisible();
});

test("on a phone, the group's current tab is scrolled into view", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signInAs(page, "moderator");
  // On the group page, the moderator's band badge is a link whose name starts with its words.
  await page.goto(`/g/${THRIVING.slug}`);
  await expect(page.getByRole("link", { name: /^Health: Thriving.* — see the details$/ })).toHaveAttribute("href", `/g/${THRIVING.slug}/health`);
  await page.goto(`/g/${THRIVING.slug}/health`);
  const tab = page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Health" });
  await expect(tab).toHaveAttribute("aria-current", "page");
  await expect(tab).toBeInViewport({ ratio: 1 });
});

test("on a phone, every metric and the trend chart read without scrolling sideways, in legible type; at every width the chart is drawn about as wide as its box", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signInAs(page, "moderator");
  await page.goto(`/g/${THRIVING.slug}/health`);
  // One card per metric, its evidence at full width; the wide table is hidden from everyone.
  const activity = page.getByRole("list", { name: "Metrics of Sustained activity" });
  const responsiveness = activity.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Responsiveness/ }) });
  const evidence = responsiveness.getByText(/^\d+ of \d+ new threads? got a reply from another member within 48 h/);
  await evidence.scrollIntoViewIfNeeded();
  await expect(evidence).toBeInViewport({ ratio: 1 });
  expect((await evidence.boundingBox())!.x + (await evidence.boundingBox())!.width).toBeLessThanOrEqual(375);
  await expect(page.getByRole("table", { name: "Metrics of Sustained activity" })).toHaveCount(0);
  const metrics = page.getByRole("region", { name: "Every metric" }).getByRole("listitem");
  expect(await metrics.count()).toBeGreaterThanOrEqual(17);
  const rightEdges = await metrics.evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().right));
  expect(Math.max(...rightEdges)).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  // The chart drawn for a phone: its labels keep about their drawn 11 px, not 5 px.
  const chart = page.getByRole("img", { name: "Health over the last 90 days" });
  await expect(chart).toHaveCount(1);
  await expect(chart).toBeVisible();
  const labels = await chart.locator("text").evaluateAll((texts) => texts.map((text) => ({ text: text.textContent, height: text.getBoundingClientRect().height })));
  expect(labels.map((label) => label.text)).toEqual(expect.arrayContaining(["Thriving", "Score (0–100)", "Day (UTC)", "100"]));
  for (const label of labels) expect(label.height, `"${label.text}"`).toBeGreaterThanOrEqual(9);
  // Whatever the width, the chart shown is drawn about as wide as its box, never shrunk to 80 %.
  for (const width of [640, 767, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(chart).toHaveCount(1);
    const scale = await chart.evaluate((svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width);
    expect(scale, `${width} px`).toBeGreaterThanOrEqual(0.9);
  }
  await page.setViewportSize({ width: 375, height: 800 });
  // The legend and the table alternative are still there; the figure is named by the chart's title.
  await expect(page.getByRole("figure", { name: "Health over the last 90 days" }).getByRole("list", { name: "Legend" })).toBeVisible();
  await page.getByText("Show the trend as a table").click();
  await expect(page.getByRole("table", { name: /daily scores/ }).getByRole("row")).toHaveCount(91);
});

test("on a phone, group names in the overview and the header's links wrap between words, never inside one", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signInAs(page, "moderator");
  await page.goto("/health");
  const table = page.getByRole("table", { name: /^Health of the groups you moderate/ });
  await expect(table.getByRole("link", { name: THRIVING.name })).toBeVisible();
  // Each word of a link's text lies on one line: a word split across lines has two boxes.
  const splitWords = (links: ReturnType<Page["getByRole"]>) =>
    links.evaluateAll((elements) =>
      elements.flatMap((element) => {
        const split: string[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of node.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            if (range.getClientRects().length > 1) split.push(word[0]);
          }
        }
        return split;
      }),
    );
  const groupLinks = table.getByRole("rowheader").getByRole("link");
  expect(await groupLinks.count()).toBe(4);
  expect(await splitWords(groupLinks)).toEqual([]);
  await page.getByRole("banner").getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Account" })).toBeVisible();
  expect(await splitWords(page.getByRole("banner").getByRole("navigation", { name: "Main" }).getByRole("link"))).toEqual([]);
  expect(await splitWords(page.getByRole("banner").getByRole("link", { name: "Account" }))).toEqual([]);
});

test("a new group on thin evidence is 'too early to tell', not 'Dormant', and its dashboard says so; an old one is dormant", async ({ page }) => {
  await signUp(page, newUser("Founder"));
  const group = await createGroup(page);
  // Its owner now runs a group: the header they land on already says so.
  await expect(page.getByRole("banner").getByRole("link", { name: "Group health" })).toBeVisible();
  await groupScoredDormant(group.slug);
  await page.goto(`/g/${group.slug}`);
  const about = page.getByRole("complementary", { name: "About" });
  await expect(about).toContainText("Health: too early to tell (new group)");
  await expect(about).not.toContainText("Dormant");
  // Its owner's dashboard shows the provisional band, and says what the members read instead.
  await page.goto(`/g/${group.slug}/health`);
  await expect(page.getByText("The group is under 30 days old: on the group's page, its members read “too early to tell” rather than this band.")).toBeVisible();
  await groupScoredDormant(group.slug, { createdDaysAgo: 60 });
  await page.reload();
  await expect(page.getByText(/its members read “too early to tell”/)).toHaveCount(0);
  await page.goto(`/g/${group.slug}`);
  await expect(about).toContainText("Health: Dormant (provisional)");
});

test("a quiet private group: its owner is told to start a thread and that no metric moved; a site admin from outside gets no link to a 403", async ({ page, browser }) => {
  await signUp(page, newUser("Founder"));
  const group = await createGroup(page, { visibility: "private" });
  // Old enough that its weights are the same now as 30 days ago, and silent all along.
  await groupScoredDormant(group.slug, { createdDaysAgo: 200 });
  await page.goto(`/g/${group.slug}/health`);
  await expect(overallScore(page)).toBeVisible();
  // Nothing moved in 30 days: no list of "0.0 pts … Unchanged".
  const drivers = page.getByRole("region", { name: "What changed in 30 days" });
  await expect(drivers).toContainText("No metric moved in 30 days.");
  await expect(drivers.getByRole("listitem")).toHaveCount(0);
  const revive = page.getByRole("region", { name: "Recommendations" }).getByRole("listitem").first();
  await expect(revive.getByRole("heading")).toHaveText("Nobody has written yet — start a conversation");
  await expect(revive.getByRole("link", { name: "Start a thread →" })).toHaveAttribute("href", `/g/${group.slug}/t/new`);

  // A site admin reads the dashboard but can neither post in nor join a private group.
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "admin");
  await admin.goto(`/g/${group.slug}/health`);
  const adminRevive = admin.getByRole("region", { name: "Recommendations" }).getByRole("listitem").first();
  await expect(adminRevive.getByRole("heading")).toHaveText("Nobody has written yet — start a conversation");
  await expect(adminRevive).toContainText("Only its members can start a thread here");
  await expect(adminRevive.getByRole("link", { name: "Start a thread →" })).toHaveCount(0);
  expect((await admin.request.get(`/g/${group.slug}/t/new`)).status()).toBe(403);
});
