import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countsBy } from "./counts";

const ROOT = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

describe("counting related rows", () => {
  it("product code never selects a Prisma relation _count (a whole-table aggregate in 6.19; see lib/counts.ts)", () => {
    const offenders = ["lib", "app", "components"]
      .flatMap(sources)
      .filter((file) => /_count:\s*\{\s*select\s*:/.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it("turns grouped counts into a map", () => {
    const counts = countsBy([{ threadId: 1, _count: { _all: 3 } }, { threadId: 2, _count: { _all: 5 } }], (row: { threadId: number }) => row.threadId);
    expect(counts.get(1)).toBe(3);
    expect(counts.get(2)).toBe(5);
    expect(counts.get(3)).toBeUndefined();
  });
});
