// Every binding answers the same vectors: generated/conformance/*.json for the real
// catalogs (through the package vendor-event-types), the fixtures' vectors for the
// generator's fixture specs (through the fixture package, hostile.yaml among them), and
// those of the naming corpus, whose type names are the globals and helpers of the
// package (`Map`, `Object`, …): every catalog is reached at the package's root and at
// its subpath.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";

import { catalogApi, exportNames, fixturesOut, loadVectors, namingOut, projectRoot, type Vectors } from "./support.js";

const packages = [
  { what: "specs/", vectors: join(projectRoot, "generated/conformance"), out: join(projectRoot, "generated"), name: "vendor-event-types" },
  { what: "tests/generate/specs/", vectors: join(fixturesOut, "conformance"), out: fixturesOut, name: "vendor-event-types-fixtures" },
  { what: "tests/naming/accepted/", vectors: join(namingOut.accepted, "conformance"), out: namingOut.accepted, name: "vendor-event-types-naming" },
  {
    what: "tests/naming/conflicting/",
    vectors: join(namingOut.conflicting, "conformance"),
    out: namingOut.conflicting,
    name: "vendor-event-types-naming-conflicting",
  },
];

for (const pkg of packages) {
  const catalogs = loadVectors(pkg.vectors);

  describe(`the package for ${pkg.what}`, () => {
    test("exports a module per catalog, and the index exports every catalog's names", async () => {
      const manifest = JSON.parse(readFileSync(join(pkg.out, "typescript/package.json"), "utf8")) as { exports: Record<string, unknown> };
      assert.deepEqual(
        Object.keys(manifest.exports).sort(),
        [".", "./package.json", ...catalogs.map((vectors) => `./${vectors.catalog}`)].sort(),
      );
      const index = (await import(pkg.name)) as Record<string, unknown>;
      const expected = catalogs.flatMap((vectors) => exportNames(vectors.type, vectors.coded));
      assert.deepEqual(Object.keys(index).sort(), expected.sort());
    });
  });

  for (const vectors of catalogs) {
    const module = (await import(`${pkg.name}/${vectors.catalog}`)) as Record<string, unknown>;
    describe(`${vectors.catalog} (${pkg.what}): conformance`, () => {
      conformance(vectors, module);
    });
  }
}

function conformance(vectors: Vectors, module: Record<string, unknown>): void {
  const api = catalogApi(module, vectors.type, vectors.coded);

  test("exports exactly the names derived from the type", () => {
    assert.deepEqual(Object.keys(module).sort(), exportNames(vectors.type, vectors.coded).sort());
    if (!vectors.coded) {
      assert.equal(api.code, undefined);
    }
  });

  test("the members object: a key per event, `ident.typescript`, whose value is the name", () => {
    assert.deepEqual(
      Object.keys(api.members),
      vectors.events.map((event) => event.ident.typescript),
    );
    for (const event of vectors.events) {
      assert.ok(Object.hasOwn(api.members, event.ident.typescript), event.ident.typescript);
      assert.equal(api.members[event.ident.typescript], event.name);
    }
    assert.equal(Object.getPrototypeOf(api.members), Object.prototype);
    assert.ok(Object.isFrozen(api.members));
  });

  test("the values, in the document's order", () => {
    assert.deepEqual(api.values, vectors.events.map((event) => event.name));
    assert.ok(Object.isFrozen(api.values));
  });

  test("every event's metadata", () => {
    for (const event of vectors.events) {
      const info = api.info(event.name);
      assert.ok(info, event.name);
      assert.equal(info.name, event.name);
      assert.equal(info.key, event.ident.typescript);
      assert.equal(info.code ?? null, event.code);
      assert.equal(info.label ?? null, event.label);
      assert.equal(info.description ?? null, event.description);
      assert.equal(info.category ?? null, event.category);
      assert.equal(info.deprecated ?? null, event.deprecated);
      assert.deepEqual(info.aliases, event.aliases);
      assert.ok(Object.isFrozen(info) && Object.isFrozen(info.aliases), event.name);
      assert.equal(api.label(event.name) ?? null, event.label);
      assert.equal(api.description(event.name) ?? null, event.description);
      assert.equal(api.category(event.name) ?? null, event.category);
      if (api.code) {
        assert.equal(api.code(event.name), event.code);
      }
      assert.ok(api.is(event.name), event.name);
    }
  });

  test("every parse vector", () => {
    assert.ok(vectors.parse.length > 0);
    for (const { input, expected } of vectors.parse) {
      assert.equal(api.parse(input), expected ?? undefined, JSON.stringify(input));
      // `is` holds for the wire values themselves, not for aliases or another case.
      assert.equal(api.is(input), expected !== null && input === expected, JSON.stringify(input));
      if (expected === null) {
        assert.equal(api.info(input), undefined, JSON.stringify(input));
        assert.equal(api.label(input), undefined, JSON.stringify(input));
        assert.equal(api.code?.(input), undefined, JSON.stringify(input));
      }
    }
  });

  if (!vectors.coded) {
    test("no code vectors, and no code lookups", () => {
      assert.deepEqual(vectors.codes, []);
      assert.equal(api.fromCode, undefined);
    });
    return;
  }

  test("every code vector", () => {
    assert.ok(api.fromCode && api.code);
    assert.ok(vectors.codes.length > 0);
    for (const { code, expected } of vectors.codes) {
      assert.equal(api.fromCode(code), expected ?? undefined, String(code));
      if (expected !== null) {
        assert.equal(api.code(expected), code);
      }
    }
  });
}
