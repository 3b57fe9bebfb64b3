// Shared by the tests: where the project is, and the conformance vectors' format
// (generated/conformance/*.json, written by the generator from each catalog).

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The project's root: this file runs as tests/typescript/dist/support.js. */
export const projectRoot: string = fileURLToPath(new URL("../../../", import.meta.url));

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
  codes: { code: number; expected: string | null }[];
}

/** Every catalog's vectors in a `conformance/` folder, by file name. */
export function loadVectors(dir: string): Vectors[] {
  const files = readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
  if (files.length === 0) {
    throw new Error(`no conformance vectors in ${dir}`);
  }
  return files.map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as Vectors);
}

/** What the EventInfo of a generated module holds. */
export interface Info {
  name: string;
  key: string;
  code?: number;
  label?: string;
  description?: string;
  category?: string;
  aliases: readonly string[];
  deprecated?: string;
}

/**
 * A generated catalog module seen through the names derived from its type, as a test
 * that does not know the catalog at compile time sees it.
 */
export interface CatalogApi {
  members: Readonly<Record<string, string>>;
  values: readonly string[];
  is: (value: string) => boolean;
  parse: (value: string) => string | undefined;
  info: (value: string) => Info | undefined;
  label: (value: string) => string | undefined;
  description: (value: string) => string | undefined;
  category: (value: string) => string | undefined;
  code: ((value: string) => number | undefined) | undefined;
  fromCode: ((code: number) => string | undefined) | undefined;
}

/** The names a catalog module exports for its type, as the generator derives them. */
export function exportNames(type: string, coded: boolean): string[] {
  const lower = type.charAt(0).toLowerCase() + type.slice(1);
  const names = [
    type,
    `${lower}Values`,
    `is${type}`,
    `parse${type}`,
    `${lower}Info`,
    `${lower}Label`,
    `${lower}Description`,
    `${lower}Category`,
  ];
  if (coded) {
    names.push(`${lower}Code`, `${lower}FromCode`);
  }
  return names;
}

/** The API of an imported catalog module, checking that each export is what it should be. */
export function catalogApi(module: Record<string, unknown>, type: string, coded: boolean): CatalogApi {
  const lower = type.charAt(0).toLowerCase() + type.slice(1);
  const get = <T>(name: string, kind: "object" | "function"): T => {
    if (!Object.hasOwn(module, name) || typeof module[name] !== kind) {
      throw new Error(`the module exports no ${kind} \`${name}\``);
    }
    return module[name] as T;
  };
  return {
    members: get(type, "object"),
    values: get(`${lower}Values`, "object"),
    is: get(`is${type}`, "function"),
    parse: get(`parse${type}`, "function"),
    info: get(`${lower}Info`, "function"),
    label: get(`${lower}Label`, "function"),
    description: get(`${lower}Description`, "function"),
    category: get(`${lower}Category`, "function"),
    code: coded ? get(`${lower}Code`, "function") : undefined,
    fromCode: coded ? get(`${lower}FromCode`, "function") : undefined,
  };
}
