// What a program that imports a little of the package ships: bundles made with the
// pinned esbuild (minified, for the browser) from the packages as installed. Importing
// the object and its guard must leave the metadata out, importing from the package's
// index must leave the other catalogs out, and only the zod module may pull in zod. The
// sizes are printed (`bundle sizes`, and docs/benchmarks.md), never asserted.

import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { test } from "node:test";

import { build } from "esbuild";

import { testsRoot } from "./support.js";

/** The minified bundle of a module made of `source` (whose result is used, so kept). */
async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: testsRoot, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

/** Markers of what a bundle may hold: text only the metadata, another catalog, or zod has. */
const TELEPORT_DESCRIPTION = "indicates that a session has ended";
const HALO_LABEL = "Api key created";
const PRIVX_VALUE = "User-logged-in";
const ZOD = "ZodError";

const cases: { name: string; source: string; has: string[]; lacks: string[] }[] = [
  {
    name: "teleport: the object and its guard",
    source: `import { TeleportEvent, isTeleportEvent } from "vendor-event-types/teleport"; console.log(TeleportEvent.SessionEnd, isTeleportEvent);`,
    has: ["session.end"],
    lacks: [TELEPORT_DESCRIPTION, ZOD],
  },
  {
    name: "teleport: the parser",
    source: `import { parseTeleportEvent } from "vendor-event-types/teleport"; console.log(parseTeleportEvent);`,
    has: ["session.end"],
    lacks: [TELEPORT_DESCRIPTION],
  },
  {
    name: "teleport: the metadata",
    source: `import { teleportEventInfo } from "vendor-event-types/teleport"; console.log(teleportEventInfo);`,
    has: [TELEPORT_DESCRIPTION],
    lacks: [ZOD],
  },
  {
    name: "teleport's guard, from the package's index",
    source: `import { isTeleportEvent } from "vendor-event-types"; console.log(isTeleportEvent);`,
    has: ["session.end"],
    lacks: [TELEPORT_DESCRIPTION, PRIVX_VALUE, HALO_LABEL, ZOD],
  },
  {
    name: "cloudpassage-halo: the object and its parser",
    source: `import { CloudPassageHaloEvent, parseCloudPassageHaloEvent } from "vendor-event-types/cloudpassage-halo"; console.log(CloudPassageHaloEvent, parseCloudPassageHaloEvent);`,
    has: ["api_client_created"],
    lacks: [HALO_LABEL],
  },
  {
    name: "privx: the code lookup",
    source: `import { privxEventFromCode } from "vendor-event-types/privx"; console.log(privxEventFromCode);`,
    has: [PRIVX_VALUE],
    lacks: ["The system license does not allow operation."],
  },
  {
    name: "teleport: a zod schema",
    source: `import { anyTeleportEventSchema } from "vendor-event-types/teleport/zod"; console.log(anyTeleportEventSchema);`,
    has: ["session.end", ZOD],
    lacks: [TELEPORT_DESCRIPTION],
  },
];

test("bundles take only what they import", async (context) => {
  const sizes: string[] = [];
  for (const { name, source, has, lacks } of cases) {
    const code = await bundle(source);
    for (const text of has) {
      assert.ok(code.includes(text), `${name}: the bundle lacks ${JSON.stringify(text)}`);
    }
    for (const text of lacks) {
      assert.ok(!code.includes(text), `${name}: the bundle holds ${JSON.stringify(text)}`);
    }
    sizes.push(`${name}: ${code.length} B minified, ${gzipSync(code).length} B gzipped`);
  }
  const zodAlone = await bundle(`import * as z from "zod"; console.log(z.string().transform((value) => value));`);
  sizes.push(`zod alone (z.string().transform): ${zodAlone.length} B minified, ${gzipSync(zodAlone).length} B gzipped`);
  context.diagnostic("bundle sizes (esbuild --bundle --minify, browser):");
  for (const size of sizes) {
    context.diagnostic(size);
  }
});
