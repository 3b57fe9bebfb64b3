// Every binding answers the same vectors: generated/conformance/*.json for the real
// catalogs (through the package vendor-event-types), the fixtures' vectors for the
// generator's fixture specs (through the fixture package, hostile.yaml among them), and
// those of the naming corpus, whose type names are the globals and helpers of the
// package (`Map`, `Object`, …): every catalog is reached at the package's root and at
// its subpath. The zod schemas answer them too.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";

import {
  catalogApi,
  catalogFields,
  exportNames,
  fixturesOut,
  infoKeys,
  loadVectors,
  namingOut,
  projectRoot,
  type Schema,
  testsRoot,
  type Vectors,
  zodApi,
  zodExportNames,
} from "./support.js";

const packages = [
  { what: "specs/", vectors: join(projectRoot, "generated/conformance"), name: "vendor-event-types" },
  { what: "tests/generate/specs/", vectors: join(fixturesOut, "conformance"), name: "vendor-event-types-fixtures" },
  { what: "tests/naming/accepted/", vectors: join(namingOut.accepted, "conformance"), name: "vendor-event-types-naming" },
  {
    what: "tests/naming/conflicting/",
    vectors: join(namingOut.conflicting, "conformance"),
    name: "vendor-event-types-naming-conflicting",
  },
];

for (const pkg of packages) {
  const catalogs = loadVectors(pkg.vectors);

  describe(`the package for ${pkg.what}`, () => {
    test("exports a module and a zod module per catalog; the index exports every catalog's names", async () => {
      const manifest = JSON.parse(readFileSync(join(testsRoot, "node_modules", pkg.name, "package.json"), "utf8")) as {
        exports: Record<string, unknown>;
      };
      assert.deepEqual(
        Object.keys(manifest.exports).sort(),
        [".", "./package.json", ...catalogs.flatMap((vectors) => [`./${vectors.catalog}`, `./${vectors.catalog}/zod`])].sort(),
      );
      const index = (await import(pkg.name)) as Record<string, unknown>;
      const expected = catalogs.flatMap((vectors) => exportNames(vectors.type, vectors.coded, vectors.payloads));
      assert.deepEqual(Object.keys(index).sort(), expected.sort());
    });
  });

  for (const vectors of catalogs) {
    const module = (await import(`${pkg.name}/${vectors.catalog}`)) as Record<string, unknown>;
    const zod = (await import(`${pkg.name}/${vectors.catalog}/zod`)) as Record<string, unknown>;
    describe(`${vectors.catalog} (${pkg.what}): conformance`, () => {
      conformance(vectors, module);
      zodConformance(vectors, zod);
    });
  }
}

function conformance(vectors: Vectors, module: Record<string, unknown>): void {
  const api = catalogApi(module, vectors.type, vectors.coded);

  test("exports exactly the names derived from the type", () => {
    assert.deepEqual(Object.keys(module).sort(), exportNames(vectors.type, vectors.coded, vectors.payloads).sort());
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

  test("every event's metadata: exactly the catalog's fields", () => {
    for (const event of vectors.events) {
      const info = api.info(event.name);
      assert.ok(info, event.name);
      assert.deepEqual(Object.keys(info), infoKeys(vectors, event), event.name);
      assert.equal(info.value, event.name);
      assert.equal(info.key, event.ident.typescript);
      for (const field of catalogFields(vectors)) {
        if (field === "aliases") {
          assert.deepEqual(info.aliases, event.aliases, event.name);
        } else {
          assert.equal(info[field] ?? null, event[field], `${event.name}: ${field}`);
        }
      }
      assert.ok(Object.isFrozen(info) && (info.aliases === undefined || Object.isFrozen(info.aliases)), event.name);
      assert.ok(api.is(event.name), event.name);
      assert.equal(api.info(event.name), info, "the same object every time");
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
      }
    }
  });

  test("a value that is not a string is no event type", () => {
    assert.ok(vectors.non_strings.length > 0);
    // JSON's, and what only JavaScript has: `undefined`, a symbol, a bigint, a function,
    // a boxed string, and an object that prints as a wire value.
    const first = vectors.events[0]!.name;
    const inputs: unknown[] = [
      ...vectors.non_strings,
      undefined,
      Symbol(first),
      10n,
      () => first,
      new String(first),
      { toString: () => first },
    ];
    for (const input of inputs) {
      const shown = `${typeof input} ${String(input)}`;
      assert.equal(api.parse(input), undefined, shown);
      assert.equal(api.is(input), false, shown);
      assert.equal(api.info(input), undefined, shown);
    }
  });

  if (!vectors.coded) {
    test("no code vectors, and no code lookups", () => {
      assert.deepEqual(vectors.codes, []);
      assert.deepEqual(vectors.non_codes, []);
      assert.equal(api.fromCode, undefined);
    });
    return;
  }

  test("every code vector", () => {
    const fromCode = api.fromCode;
    assert.ok(fromCode);
    assert.ok(vectors.codes.length > 0);
    for (const { code, expected } of vectors.codes) {
      assert.equal(fromCode(code), expected ?? undefined, String(code));
      if (expected !== null) {
        assert.equal(api.info(expected)?.code, code);
      }
    }
    assert.ok(vectors.non_codes.length > 0);
    for (const input of vectors.non_codes) {
      assert.equal(fromCode(input), undefined, JSON.stringify(input));
    }
  });
}

/** Both schemas over the parse vectors: the member for a listed value, the rest as the rule says. */
function zodConformance(vectors: Vectors, module: Record<string, unknown>): void {
  test("the zod module exports exactly its schemas: two for event types, one per record", () => {
    assert.deepEqual(Object.keys(module).sort(), zodExportNames(vectors.type, vectors.payloads).sort());
  });

  const { schema, any } = zodApi(module, vectors.type);
  const outcome = (parser: Schema, input: unknown): unknown => {
    const result = parser.safeParse(input);
    return result.success ? { data: result.data } : "issue";
  };

  test("zod: every parse vector, through both schemas", () => {
    for (const { input, expected } of vectors.parse) {
      const shown = JSON.stringify(input);
      assert.deepEqual(outcome(schema, input), expected === null ? "issue" : { data: expected }, shown);
      // A value the catalog does not list is kept exactly, the very string given.
      assert.deepEqual(outcome(any, input), { data: expected ?? input }, shown);
    }
  });

  test("zod: a value that is not a string is an issue for both", () => {
    for (const input of [...vectors.non_strings, undefined]) {
      assert.equal(outcome(schema, input), "issue", JSON.stringify(input));
      assert.equal(outcome(any, input), "issue", JSON.stringify(input));
    }
  });
}
