// The records' validators and zod schemas, and the endpoints, against the payload vectors
// (conformance/payloads/<catalog>.json) of every package with records: the real catalogs'
// (halo-security), the fixtures' (every-feature, hostile: keys that are no identifiers,
// `__proto__`, nested lists). A valid payload parses to the very value, which gives back
// the same JSON, unknown keys included; an invalid one throws a `TypeError` whose message
// starts with the exact path of the first problem.

import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";

import { fixturesOut, loadVectors, lowerFirst, type PayloadError, type PayloadVectors, projectRoot } from "./support.js";

const packages = [
  { what: "specs/", vectors: join(projectRoot, "generated/conformance"), name: "vendor-event-types" },
  { what: "tests/generate/specs/", vectors: join(fixturesOut, "conformance"), name: "vendor-event-types-fixtures" },
];

/** How each kind of problem's message starts, after the path. */
const MESSAGE_START: Record<PayloadError["kind"], string> = {
  missing: "missing required field",
  type: "expected ",
  null: "expected ",
  extra: "unknown field",
};

let catalogsWithRecords = 0;
for (const pkg of packages) {
  for (const vectors of loadVectors(pkg.vectors)) {
    const payloads = vectors.payloads;
    if (payloads === undefined) {
      continue;
    }
    catalogsWithRecords++;
    const module = (await import(`${pkg.name}/${vectors.catalog}`)) as Record<string, unknown>;
    const zod = (await import(`${pkg.name}/${vectors.catalog}/zod`)) as Record<string, unknown>;
    describe(`${vectors.catalog} (${pkg.what}): records and endpoints`, () => {
      records(payloads, module);
      zodRecords(payloads, zod);
      endpoints(payloads, module);
    });
  }
}

test("the payload vectors were found", () => {
  assert.ok(catalogsWithRecords >= 3, `${catalogsWithRecords} catalogs with records`);
});

type Validator = (value: unknown) => unknown;

function validator(module: Record<string, unknown>, record: string): Validator {
  const parse = module[`parse${record}`];
  assert.equal(typeof parse, "function", `parse${record}`);
  return parse as Validator;
}

function records(payloads: PayloadVectors, module: Record<string, unknown>): void {
  const parseEvent = module[`parse${payloads.type}`] as (value: unknown) => string | undefined;

  test("every valid payload: the same value back, the same JSON, unknown keys included", () => {
    assert.ok(payloads.valid.length > 0);
    for (const vector of payloads.valid) {
      const input: unknown = JSON.parse(vector.json);
      const parsed = validator(module, vector.type)(input);
      assert.equal(parsed, input, `${vector.type}: ${vector.name}`);
      assert.deepEqual(parsed, vector.expected, `${vector.type}: ${vector.name}`);
      assert.equal(JSON.stringify(parsed), JSON.stringify(JSON.parse(vector.json)), vector.name);
      // Event types are kept as received; the catalog's parser finds those it lists.
      for (const event of vector.events) {
        assert.equal(parseEvent(event.value) ?? null, event.event, `${vector.name}: ${event.path}`);
      }
    }
  });

  test("every invalid payload: a TypeError naming the exact path of the first problem", () => {
    assert.ok(payloads.invalid.length > 0);
    for (const vector of payloads.invalid) {
      const { path, kind } = vector.error;
      assert.throws(
        () => validator(module, vector.type)(JSON.parse(vector.json)),
        (error: unknown) => {
          assert.ok(error instanceof TypeError, vector.name);
          assert.ok(
            error.message.startsWith(`${path}: ${MESSAGE_START[kind]}`),
            `${vector.type}: ${vector.name}: ${error.message}`,
          );
          return true;
        },
      );
    }
  });

  test("a value that is not JSON's is no record", () => {
    for (const record of payloads.records) {
      for (const value of [undefined, () => ({}), Symbol("x"), 1n]) {
        assert.throws(() => validator(module, record)(value), TypeError, record);
      }
    }
  });
}

/** A zod issue's path written as the vectors write paths: `$.list[0]["a-b"]`. */
function zodPath(path: readonly PropertyKey[]): string {
  return (
    "$" +
    path
      .map((step) =>
        typeof step === "number"
          ? `[${step}]`
          : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(String(step))
            ? `.${String(step)}`
            : `[${JSON.stringify(String(step))}]`,
      )
      .join("")
  );
}

/** What the tests use of a record's zod schema. */
interface RecordSchema {
  safeParse(
    input: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; keys?: string[] }[] } };
}

/**
 * `value` without the keys `__proto__`: zod (4.6) neither checks nor outputs a field of
 * that name, a limitation the package's README states; the package's own validators do.
 */
function withoutProto(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutProto);
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "__proto__")
        .map(([key, member]) => [key, withoutProto(member)]),
    );
  }
  return value;
}

function zodRecords(payloads: PayloadVectors, zod: Record<string, unknown>): void {
  const schema = (record: string): RecordSchema => {
    const found = zod[`${lowerFirst(record)}Schema`];
    assert.equal(typeof found, "object", record);
    return found as RecordSchema;
  };

  test("zod: every valid payload parses, to the same JSON where its event types are the catalog's wire values", () => {
    for (const vector of payloads.valid) {
      const result = schema(vector.type).safeParse(JSON.parse(vector.json));
      assert.ok(result.success, `${vector.type}: ${vector.name}`);
      // An alias, or another case, is output as the catalog's wire value.
      if (result.success && vector.events.every((event) => event.event === null || event.event === event.value)) {
        assert.deepEqual(withoutProto(JSON.parse(JSON.stringify(result.data))), withoutProto(vector.expected), vector.name);
      }
    }
  });

  test("zod: every invalid payload is an issue at the vector's path", () => {
    // Problems of a `__proto__` field are not zod's to find (see `withoutProto`).
    const invalid = payloads.invalid.filter((vector) => !vector.error.path.includes(".__proto__"));
    assert.ok(invalid.length > 0);
    for (const vector of invalid) {
      const result = schema(vector.type).safeParse(JSON.parse(vector.json));
      assert.ok(!result.success, `${vector.type}: ${vector.name}`);
      // A key the record does not list is an issue of its object, which names the key.
      const paths = result.success
        ? []
        : result.error.issues.flatMap((issue) =>
            issue.keys === undefined ? [zodPath(issue.path)] : issue.keys.map((key) => zodPath([...issue.path, key])),
          );
      assert.ok(paths.includes(vector.error.path), `${vector.name}: ${paths.join(", ")}`);
    }
  });
}

interface EndpointApi {
  readonly method: string;
  readonly url: string;
  readonly path: string;
  readonly query?: (query: Record<string, unknown>) => [string, string][];
}

/** A value of a parameter's type, and how a query string writes it. */
function sample(type: string, event: string): [unknown, string] {
  switch (type) {
    case "string":
      return ["a b&c=d", "a b&c=d"];
    case "integer":
      return [-7, "-7"];
    case "number":
      return [0.5, "0.5"];
    case "boolean":
      return [true, "true"];
    default:
      return [event, event];
  }
}

function endpoints(payloads: PayloadVectors, module: Record<string, unknown>): void {
  test("the endpoints: by id, in the document's order, with method, URL and query", () => {
    const name = `${lowerFirst(payloads.type)}Endpoints`;
    if (payloads.endpoints.length === 0) {
      assert.equal(module[name], undefined);
      return;
    }
    const all = module[name] as Record<string, EndpointApi>;
    assert.ok(Object.isFrozen(all));
    assert.deepEqual(
      Object.keys(all),
      payloads.endpoints.map((endpoint) => endpoint.name),
    );
    const event = (module[`${lowerFirst(payloads.type)}Values`] as string[])[0] ?? "";
    for (const endpoint of payloads.endpoints) {
      const api = all[endpoint.name]!;
      assert.equal(api.method, endpoint.method, endpoint.name);
      assert.equal(api.url, endpoint.url, endpoint.name);
      assert.equal(api.path, endpoint.path, endpoint.name);
      assert.equal(api.path, new URL(endpoint.url).pathname, endpoint.name);
      if (endpoint.query === null) {
        assert.equal(api.query, undefined, endpoint.name);
        continue;
      }
      // Every parameter given, in the document's order; then only the required ones.
      const full: Record<string, unknown> = {};
      const pairs: [string, string][] = [];
      for (const parameter of endpoint.parameters) {
        const [value, written] = sample(parameter.type, event);
        // Defined, not assigned: a parameter may be named `__proto__`.
        Object.defineProperty(full, parameter.name, { value, enumerable: true });
        pairs.push([parameter.name, written]);
      }
      assert.deepEqual(api.query!(full), pairs, endpoint.name);
      const required: Record<string, unknown> = Object.fromEntries(
        endpoint.parameters.filter((parameter) => parameter.required).map((parameter) => [parameter.name, full[parameter.name]]),
      );
      assert.deepEqual(
        api.query!(required),
        pairs.filter(([key]) => endpoint.parameters.some((parameter) => parameter.name === key && parameter.required)),
        endpoint.name,
      );
      // What `URLSearchParams` makes of them: the documented names, the values escaped.
      assert.equal(new URLSearchParams(api.query!(full)).toString(), new URLSearchParams(pairs).toString());
    }
  });
}
