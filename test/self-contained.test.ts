// The repository carries what it reads: no code under src/, test/, bench/, scripts/ or bin/
// names a file outside it, so a clone with nothing beside it runs. (data/sources is the
// project's own copy of the seeds; temp folders a test makes with tmpdir() are its own scratch.)
// .ci/run proves the same by running the suite in an empty folder made from `git archive HEAD`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const CODE_DIRS = ["src", "test", "bench", "scripts", "bin"];

interface Found {
  /** The code as written. */
  code: string;
  /** Where it points, when that can be worked out from the code alone. */
  resolved: string;
}

const inside = (p: string) => {
  const rel = path.relative(ROOT, p);
  return rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
};

const LITERAL = /^(["'])([^"'`\\]*)\1$/;
/** Module specifiers: static and dynamic imports, re-exports, vi.mock. */
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.(?:do)?[mM]ock\(\s*)(["'])([^"']+)\1/g;
/** path.resolve(…) / path.join(…) with no call inside, optionally kept in a const. */
const PATH_CALL =
  /(?:\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*)?\bpath\.(resolve|join)\(([^()]*)\)/g;
/**
 * Filesystem roots no project file lives under (not /tmp: a config test names a file there it
 * never opens; not "/api/…" and other URL paths).
 */
const ABSOLUTE =
  /(["'`])((?:\/(?:work|home|Users|root|etc|var|opt|mnt|srv)\/|~\/|[A-Z]:\\)[^"'`]*)\1/g;

/**
 * Every file path a source file names, resolved where the code alone says where it points:
 * module specifiers, path.resolve/join over import.meta.dirname and constants built from it,
 * filesystem-root literals, and relative literals used as paths from the working directory.
 * Returns those found and those that land outside the repository.
 */
function pathsIn(file: string, text: string): { all: Found[]; outside: Found[] } {
  const dir = path.dirname(file);
  const all: Found[] = [];
  const covered: [number, number][] = [];

  for (const m of text.matchAll(SPECIFIER)) {
    covered.push([m.index, m.index + m[0].length]);
    const spec = m[2] as string;
    if (spec.startsWith(".")) all.push({ code: m[0], resolved: path.resolve(dir, spec) });
  }

  const known = new Map<string, string>();
  for (const m of text.matchAll(PATH_CALL)) {
    covered.push([m.index, m.index + m[0].length]);
    const parts: string[] = [];
    for (const raw of (m[3] as string).split(",")) {
      const arg = raw.trim();
      if (arg === "") continue;
      if (arg === "import.meta.dirname") parts.push(dir);
      else if (known.has(arg)) parts.push(known.get(arg) as string);
      else if (LITERAL.test(arg)) parts.push((arg.match(LITERAL) as RegExpMatchArray)[2] as string);
      else {
        parts.length = 0; // a value only known at run time: not this check's to judge
        break;
      }
    }
    // Only paths anchored in this file's folder (or a root literal) say where they point.
    if (parts.length === 0 || !path.isAbsolute(parts[0] as string)) continue;
    const resolved = m[2] === "resolve" ? path.resolve(...parts) : path.join(...parts);
    all.push({ code: m[0].replace(/\s+/g, " "), resolved });
    if (m[1]) known.set(m[1], resolved);
  }

  for (const m of text.matchAll(ABSOLUTE)) all.push({ code: m[0], resolved: m[2] as string });

  // A relative literal outside the calls above is a path from the working directory, the
  // repository root under `npm test`.
  for (const m of text.matchAll(/(["'`])(\.\.(?:[/\\][^"'`]*)?)\1/g)) {
    if (covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
    all.push({ code: m[0], resolved: path.resolve(ROOT, m[2] as string) });
  }

  return { all, outside: all.filter((f) => !inside(f.resolved)) };
}

/** The code to check; not this file, whose examples of what is caught are meant to be caught. */
function codeFiles(): string[] {
  return CODE_DIRS.flatMap((d) =>
    readdirSync(path.join(ROOT, d), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(ts|js|mjs|cjs)$/.test(f))
      .map((f) => path.join(ROOT, d, f)),
  ).filter((f) => f !== import.meta.filename);
}

describe("the repository is self-contained", () => {
  it("no code under src/, test/, bench/, scripts/ or bin/ reads a path outside it", () => {
    const files = codeFiles();
    const found = files.map((f) => ({ f, ...pathsIn(f, readFileSync(f, "utf8")) }));
    const outside = found.flatMap(({ f, outside }) =>
      outside.map((o) => `${path.relative(ROOT, f)}: ${o.code} → ${o.resolved}`),
    );
    expect(outside).toEqual([]);
    // It looked: the data paths the app and the tests build were resolved, not skipped.
    const resolved = new Set(found.flatMap(({ all }) => all.map((a) => a.resolved)));
    expect(resolved).toContain(path.join(ROOT, "data", "factdesk.json"));
    expect(resolved).toContain(
      path.join(ROOT, "vendor", "slack-manifest-schema", "manifest.schema.1.0.0.json"),
    );
  });

  it.each([
    [
      "a constant climbing out of the root",
      "test/manifest.test.ts",
      `const repoRoot = path.resolve(import.meta.dirname, "..");
       const schema = path.resolve(repoRoot, "../sibling/slack/manifest.schema.1.0.0.json");`,
    ],
    [
      "separate segments",
      "test/store/integrity.test.ts",
      `const root = path.resolve(import.meta.dirname, "..", "..");
       const seeds = path.resolve(root, "..", "sibling", "seeds");`,
    ],
    ["an import", "test/x.test.ts", `import { seeds } from "../../sibling/seeds/index.ts";`],
    ["a dynamic import", "src/a.ts", `const m = await import("../../elsewhere.ts");`],
    ["an absolute path", "bench/b.ts", `readFileSync("/opt/sibling/seeds/000.txt");`],
    ["a path from the working directory", "scripts/s.ts", `readFileSync("../sibling/x.json");`],
  ])("would catch %s", (_, file, code) => {
    expect(pathsIn(path.join(ROOT, file), code).outside).toHaveLength(1);
  });

  it("lets paths inside the repository and run-time paths be", () => {
    const code = `import { x } from "../src/x.ts";
      const root = path.resolve(import.meta.dirname, "..");
      const data = path.join(root, "data", "sources");
      const tmp = path.join(tmpdir(), "factdesk-");
      const live = path.resolve(options.file);
      fetch("/api/chat.postMessage");`;
    const { all, outside } = pathsIn(path.join(ROOT, "test", "t.test.ts"), code);
    expect(outside).toEqual([]);
    expect(all.map((a) => a.resolved)).toEqual([
      path.join(ROOT, "src", "x.ts"),
      ROOT,
      path.join(ROOT, "data", "sources"),
    ]);
  });
});
