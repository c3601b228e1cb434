// Everything lib/health/index.ts reaches must be pure: no framework, database or I/O module,
// no clock, no randomness. This test reads the sources (it may use fs; the engine may not)
// and walks the import graph with the TypeScript parser.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const HERE = dirname(fileURLToPath(import.meta.url));
/**
 * The only third-party modules the engine may import: the markdown pipeline analyzePost reads
 * posts with (lib/markdown/pipeline.ts, the renderer's own, so it counts what readers see).
 */
const ALLOWED_PACKAGES = new Set([
  "unified", "remark-parse", "remark-gfm", "remark-breaks", "remark-rehype", "rehype-raw", "rehype-sanitize",
  "rehype-shift-heading", "rehype-external-links", "rehype-stringify", "unist-util-visit", "hast",
]);

interface Finding {
  file: string;
  problem: string;
}

/** Module specifiers and impure calls of one source text. */
function inspect(fileName: string, source: string): { imports: string[]; problems: string[] } {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const imports: string[] = [];
  const problems: string[] = [];
  const isName = (e: ts.Expression, name: string) => ts.isIdentifier(e) && e.text === name;
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      imports.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const e = node.moduleReference.expression;
      if (ts.isStringLiteral(e)) imports.push(e.text);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || isName(callee, "require")) {
        const arg = node.arguments[0];
        if (arg && ts.isStringLiteralLike(arg)) imports.push(arg.text);
        else problems.push("dynamic import or require with a computed specifier");
      }
      if (ts.isPropertyAccessExpression(callee)) {
        if (isName(callee.expression, "Date") && callee.name.text === "now") problems.push("Date.now()");
        if (isName(callee.expression, "performance") && callee.name.text === "now") problems.push("performance.now()");
      }
    } else if (ts.isNewExpression(node) && isName(node.expression, "Date") && (node.arguments?.length ?? 0) === 0) {
      problems.push("new Date() without argument");
    } else if (ts.isPropertyAccessExpression(node) && isName(node.expression, "Math") && node.name.text === "random") {
      problems.push("Math.random");
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { imports, problems };
}

function resolveRelative(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, "index.ts")]) {
    if (candidate.endsWith(".ts") && existsSync(candidate)) return candidate;
  }
  return null;
}

function walk(entry: string): { files: string[]; findings: Finding[] } {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const name = relative(HERE, file);
    const { imports, problems } = inspect(file, readFileSync(file, "utf8"));
    for (const problem of problems) findings.push({ file: name, problem });
    for (const spec of imports) {
      if (spec.startsWith(".")) {
        const target = resolveRelative(file, spec);
        if (target) queue.push(target);
        else findings.push({ file: name, problem: `unresolved import ${spec}` });
      } else if (!ALLOWED_PACKAGES.has(spec)) {
        findings.push({ file: name, problem: `forbidden import ${spec}` });
      }
    }
  }
  return { files: [...seen].map((f) => relative(HERE, f)).sort(), findings };
}

describe("purity of lib/health", () => {
  it("reaches only pure modules from index.ts", () => {
    const { files, findings } = walk(join(HERE, "index.ts"));
    expect(findings).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(["index.ts", "analyze-post.ts", "compute.ts", "qualify.ts", "drivers.ts", "recommendations.ts"]));
    expect(files.some((f) => f.endsWith(".test.ts") || f.startsWith("load") || f.startsWith("snapshots") || f.startsWith("jobs"))).toBe(false);
  });

  it("detects what it forbids", () => {
    const bad = [
      'import { PrismaClient } from "@prisma/client";',
      'import fs from "node:fs";',
      'export { headers } from "next/headers";',
      'const pg = require("pg");',
      "const t = Date.now();",
      "const d = new Date();",
      "const r = Math.random();",
      "const ok = new Date(0);",
      "// Date.now() in a comment is fine",
      'const s = "Math.random() in a string is fine";',
    ].join("\n");
    const { imports, problems } = inspect("bad.ts", bad);
    expect(imports.filter((s) => !ALLOWED_PACKAGES.has(s))).toEqual(["@prisma/client", "node:fs", "next/headers", "pg"]);
    expect(problems).toEqual(["Date.now()", "new Date() without argument", "Math.random"]);
  });
});
