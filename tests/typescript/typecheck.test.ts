// Type checks that must fail: an exhaustive `switch` over a whole catalog compiles, and
// the same `switch` without one member does not, with the compiler naming that member.
// The cases are written from the conformance vectors into typecheck/ and checked by the
// pinned tsc with the tests' own options.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { fixturesOut, loadVectors, projectRoot, testsRoot, type Vectors } from "./support.js";

const dir = join(testsRoot, "typecheck");

/** A module handling every event of `vectors` but those in `left`, from `parse…(raw)` on. */
function exhaustive(vectors: Vectors, pkg: string, left: readonly string[]): string {
  const type = vectors.type;
  const cases = vectors.events
    .filter((event) => !left.includes(event.name))
    .map((event, index) => `    case ${type}.${event.ident.typescript}:\n      return ${index};`);
  return [
    `import { ${type}, parse${type} } from "${pkg}/${vectors.catalog}";`,
    "",
    `export function handle(raw: unknown): number {`,
    `  const event = parse${type}(raw);`,
    `  switch (event) {`,
    `    case undefined:`,
    `      return -1;`,
    ...cases,
    `    default: {`,
    `      const unhandled: never = event;`,
    `      return unhandled;`,
    `    }`,
    `  }`,
    `}`,
    "",
  ].join("\n");
}

/** The compiler's errors, by file name. */
function typecheck(files: Record<string, string>): Map<string, string[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const [name, source] of Object.entries(files)) {
    writeFileSync(join(dir, name), source);
  }
  const tsconfig = {
    extends: "../tsconfig.json",
    compilerOptions: { noEmit: true, rootDir: "." },
    include: ["*.ts"],
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  const tsc = spawnSync(join(testsRoot, "node_modules/.bin/tsc"), ["-p", join(dir, "tsconfig.json"), "--pretty", "false"], {
    encoding: "utf8",
  });
  assert.equal(tsc.error, undefined);
  const errors = new Map<string, string[]>(Object.keys(files).map((name) => [name, []]));
  for (const line of tsc.stdout.split("\n").filter((line) => line.trim() !== "")) {
    const match = /^(?:.*\/)?([^/(]+\.ts)\(\d+,\d+\): (error TS\d+: .*)$/.exec(line);
    assert.ok(match, `unexpected output of tsc: ${line}`);
    errors.get(match[1]!)?.push(match[2]!);
  }
  assert.equal(tsc.status === 0, [...errors.values()].every((list) => list.length === 0), tsc.stdout);
  return errors;
}

test("an exhaustive switch compiles; one member short, tsc names the member", () => {
  const real = loadVectors(join(projectRoot, "generated/conformance"));
  const fixtures = loadVectors(join(fixturesOut, "conformance"));
  const chosen = [
    // An exact catalog, a case-insensitive one, and a fixture with aliases and codes.
    { vectors: real.find((vectors) => vectors.catalog === "teleport")!, pkg: "vendor-event-types" },
    { vectors: real.find((vectors) => vectors.catalog === "cloudpassage-halo")!, pkg: "vendor-event-types" },
    { vectors: fixtures.find((vectors) => vectors.catalog === "every-feature")!, pkg: "vendor-event-types-fixtures" },
  ];
  const files: Record<string, string> = {};
  const missing: Record<string, string> = {};
  for (const { vectors, pkg } of chosen) {
    assert.ok(vectors, "the catalog's vectors");
    const left = vectors.events.at(-1)!.name;
    files[`${vectors.catalog}-complete.ts`] = exhaustive(vectors, pkg, []);
    files[`${vectors.catalog}-incomplete.ts`] = exhaustive(vectors, pkg, [left]);
    missing[`${vectors.catalog}-incomplete.ts`] = left;
  }
  const errors = typecheck(files);
  for (const [name, list] of errors) {
    const left = missing[name];
    if (left === undefined) {
      assert.deepEqual(list, [], `${name} compiles`);
    } else {
      assert.deepEqual(list, [`error TS2322: Type '${JSON.stringify(left)}' is not assignable to type 'never'.`], name);
    }
  }
});

test("a member's type holds its value only", () => {
  const errors = typecheck({
    "member-types.ts": [
      `import { TeleportEvent } from "vendor-event-types/teleport";`,
      `export const right: TeleportEvent.SessionStart = "session.start";`,
      `export const wrong: TeleportEvent.SessionStart = "session.end";`,
      "",
    ].join("\n"),
  });
  assert.deepEqual(errors.get("member-types.ts"), [
    `error TS2322: Type '"session.end"' is not assignable to type '"session.start"'.`,
  ]);
});
