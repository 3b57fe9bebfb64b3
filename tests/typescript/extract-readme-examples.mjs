// Writes every ```ts block of the generated packages' READMEs into readme-examples/, as
// files that tsc type-checks and `node --test` runs with the other tests.
//
//   node extract-readme-examples.mjs README.md:PACKAGE...
//
// Each README's examples import `vendor-event-types/…`; PACKAGE is the name this test
// package knows that README's package by (the fixtures' is `vendor-event-types-fixtures`).

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "readme-examples");
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
let written = 0;
for (const [readmeNumber, argument] of process.argv.slice(2).entries()) {
  const separator = argument.lastIndexOf(":");
  const [readme, pkg] = [argument.slice(0, separator), argument.slice(separator + 1)];
  const text = readFileSync(readme, "utf8");
  const blocks = [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
  if (blocks.length === 0) {
    throw new Error(`${readme}: no \`\`\`ts examples`);
  }
  blocks.forEach((block, index) => {
    const source = block.replaceAll('from "vendor-event-types', `from "${pkg}`);
    const name = `${pkg}-${readmeNumber}-${String(index + 1).padStart(2, "0")}.ts`;
    writeFileSync(join(out, name), `// From ${readme}, example ${index + 1}.\n${source}`);
    written += 1;
  });
  console.log(`${basename(readme)} (${pkg}): ${blocks.length} example${blocks.length === 1 ? "" : "s"}`);
}
console.log(`${written} README examples written to ${out}`);
