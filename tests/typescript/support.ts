// Shared by the tests: where the project is, and the conformance vectors' format
// (generated/conformance/*.json, written by the generator from each catalog).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The project's root: this file runs as tests/typescript/dist/support.js. */
export const projectRoot: string = fileURLToPath(new URL("../../../", import.meta.url));

/** The tests' package (tests/typescript/), whose node_modules holds the packages under test. */
export const testsRoot: string = fileURLToPath(new URL("../", import.meta.url));

/** The generator's output for its fixture specs, written by scripts/test-typescript. */
export const fixturesOut: string = join(projectRoot, "target/fixtures-generated");

/**
 * The generator's output for the naming corpus (tests/naming/): the specs accepted
 * together, and those that conflict with them (accepted together too), written by
 * scripts/test-typescript.
 */
export const namingOut: { accepted: string; conflicting: string } = {
  accepted: join(projectRoot, "target/naming-generated/accepted"),
  conflicting: join(projectRoot, "target/naming-generated/conflicting"),
};

export interface EventVector {
  name: string;
  ident: { rust: string; typescript: string; python: string };
  code: number | null;
  label: string | null;
  description: string | null;
  category: string | null;
  aliases: string[];
  deprecated: string | null;
}

export interface Vectors {
  catalog: string;
  type: string;
  match: "exact" | "ascii-case-insensitive";
  coded: boolean;
  other: string;
  events: EventVector[];
  parse: { input: string; expected: string | null }[];
  /** JSON values that are not strings: never an event type. */
  non_strings: unknown[];
  codes: { code: number; expected: string | null }[];
  /** JSON values that are not codes, in coded catalogs: never an event type. */
  non_codes: unknown[];
  /** The payload vectors (conformance/payloads/<catalog>.json), for catalogs with records. */
  payloads?: PayloadVectors;
}

/** The first problem of an invalid payload, as `eventgen_catalog::payload` defines it. */
export interface PayloadError {
  path: string;
  kind: "missing" | "type" | "null" | "extra";
  expected: string | null;
}

/** A catalog's payload vectors: its records and endpoints, and payloads of its records. */
export interface PayloadVectors {
  catalog: string;
  type: string;
  records: string[];
  endpoints: {
    name: string;
    method: string;
    url: string;
    path: string;
    query: string | null;
    parameters: { name: string; type: string; required: boolean }[];
  }[];
  valid: {
    name: string;
    type: string;
    json: string;
    expected: unknown;
    events: { path: string; value: string; event: string | null }[];
  }[];
  invalid: { name: string; type: string; json: string; error: PayloadError }[];
}

/** Every catalog's vectors in a `conformance/` folder, by file name. */
export function loadVectors(dir: string): Vectors[] {
  const files = readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
  if (files.length === 0) {
    throw new Error(`no conformance vectors in ${dir}`);
  }
  return files.map((name) => {
    const vectors = JSON.parse(readFileSync(join(dir, name), "utf8")) as Vectors;
    const payloads = join(dir, "payloads", name);
    if (existsSync(payloads)) {
      vectors.payloads = JSON.parse(readFileSync(payloads, "utf8")) as PayloadVectors;
    }
    return vectors;
  });
}

/** The metadata fields, in the order the info objects list them after `value` and `key`. */
export const FIELDS = ["code", "label", "description", "category", "aliases", "deprecated"] as const;
export type Field = (typeof FIELDS)[number];

/** Whether `event` has `field` (aliases: a non-empty list). */
export function hasField(event: EventVector, field: Field): boolean {
  return field === "aliases" ? event.aliases.length > 0 : event[field] !== null;
}

/** The fields of the catalog's info type: those some event has. */
export function catalogFields(vectors: Vectors): Field[] {
  return FIELDS.filter((field) => vectors.events.some((event) => hasField(event, field)));
}

/**
 * The keys of an event's info object: `value`, `key`, and the catalog's fields that the
 * event has (`aliases` on every event when the catalog has any).
 */
export function infoKeys(vectors: Vectors, event: EventVector): string[] {
  const fields = catalogFields(vectors).filter((field) => field === "aliases" || hasField(event, field));
  return ["value", "key", ...fields];
}

/** What the info objects of a generated module may hold, for any catalog. */
export interface Info {
  readonly value: string;
  readonly key: string;
  readonly code?: number;
  readonly label?: string;
  readonly description?: string;
  readonly category?: string;
  readonly aliases?: readonly string[];
  readonly deprecated?: string;
}

/**
 * A generated catalog module seen through the names derived from its type, as a test
 * that does not know the catalog at compile time sees it.
 */
export interface CatalogApi {
  members: Readonly<Record<string, string>>;
  values: readonly string[];
  is: (value: unknown) => boolean;
  parse: (value: unknown) => string | undefined;
  info: (value: unknown) => Info | undefined;
  fromCode: ((code: unknown) => string | undefined) | undefined;
}

/** `TeleportEvent` → `teleportEvent`: how value and function names start. */
export function lowerFirst(type: string): string {
  return type.charAt(0).toLowerCase() + type.slice(1);
}

/** The names a catalog module exports for its type, as the generator derives them. */
export function exportNames(type: string, coded: boolean, payloads?: PayloadVectors): string[] {
  const lower = lowerFirst(type);
  const names = [type, `${lower}Values`, `is${type}`, `parse${type}`, `${lower}Info`];
  if (coded) {
    names.push(`${lower}FromCode`);
  }
  // A validator per record, and the endpoints when there are some.
  names.push(...(payloads?.records ?? []).map((record) => `parse${record}`));
  if ((payloads?.endpoints.length ?? 0) > 0) {
    names.push(`${lower}Endpoints`);
  }
  return names;
}

/** The names a catalog's zod module exports: the event types' two schemas, one per record. */
export function zodExportNames(type: string, payloads?: PayloadVectors): string[] {
  return [
    `${lowerFirst(type)}Schema`,
    `any${type}Schema`,
    ...(payloads?.records ?? []).map((record) => `${lowerFirst(record)}Schema`),
  ];
}

/** Gets an export of `module` that must be of `kind`. */
function exported<T>(module: Record<string, unknown>, name: string, kind: "object" | "function"): T {
  if (!Object.hasOwn(module, name) || typeof module[name] !== kind) {
    throw new Error(`the module exports no ${kind} \`${name}\``);
  }
  return module[name] as T;
}

/** The API of an imported catalog module, checking that each export is what it should be. */
export function catalogApi(module: Record<string, unknown>, type: string, coded: boolean): CatalogApi {
  const lower = lowerFirst(type);
  return {
    members: exported(module, type, "object"),
    values: exported(module, `${lower}Values`, "object"),
    is: exported(module, `is${type}`, "function"),
    parse: exported(module, `parse${type}`, "function"),
    info: exported(module, `${lower}Info`, "function"),
    fromCode: coded ? exported(module, `${lower}FromCode`, "function") : undefined,
  };
}

/** What the tests use of a zod schema: `safeParse`. */
export interface Schema {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: unknown };
}

/** The schemas of an imported zod module: a catalogued event type, and one as received. */
export function zodApi(module: Record<string, unknown>, type: string): { schema: Schema; any: Schema } {
  const [schema, any] = zodExportNames(type);
  return { schema: exported(module, schema!, "object"), any: exported(module, any!, "object") };
}
