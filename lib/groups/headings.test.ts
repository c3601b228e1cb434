import { describe, expect, it } from "vitest";
import { pageHasOwnHeading } from "./headings";

const base = "/g/city-gardeners";

describe("pageHasOwnHeading", () => {
  it.each([`${base}/t/12-compost-bins`, `${base}/t/12`, `${base}/t/12-compost-bins/p/40`, `${base}/meetups/3`, `${base}/projects/7`])("%s has its own h1", (path) => {
    expect(pageHasOwnHeading(path, base)).toBe(true);
  });

  it.each([
    base,
    `${base}/meetups`,
    `${base}/meetups/new`,
    `${base}/meetups/3/edit`,
    `${base}/meetups/3/check-in`,
    `${base}/projects/new`,
    `${base}/projects/7/edit`,
    `${base}/t/new`,
    `${base}/members`,
    `${base}/health`,
    "/g/city-gardeners-two/t/12-x",
  ])("%s leaves the h1 to the group's name", (path) => {
    expect(pageHasOwnHeading(path, base)).toBe(false);
  });
});
