// What an editor shows when hovering a member of the hostile fixture: the pinned
// TypeScript's own language server (`tsc --lsp`, as editors run it) is asked for the hover
// of every member of `HostileEvent`, and the Markdown it returns is rendered the way
// CommonMark renders what the generator writes there (code spans and backslash escapes).
// Each hover shows the member's wire value exactly, with characters no one could see as
// `\u{XXXX}`; no text of the spec turned into a JSDoc tag or link.

import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";

import { type EventVector, fixturesOut, loadVectors } from "./support.js";

/** A value as documentation shows it: every character that is a control, default-
 * ignorable (invisible) or a line break, but the line feed, as `\u{XXXX}`. Written
 * from Unicode's properties, independently of the generator's list. */
function shown(text: string): string {
  return text.replace(/(?!\n)[\p{Cc}\p{Default_Ignorable_Code_Point}\u2028\u2029]/gu, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return `\\u{${code.toString(16).toUpperCase().padStart(4, "0")}}`;
  });
}

/** The text a CommonMark renderer displays for inline Markdown made of plain text,
 * backslash escapes, code spans and autolinks (what the generator writes). */
function rendered(markdown: string): string {
  let out = "";
  let at = 0;
  while (at < markdown.length) {
    const c = markdown.charAt(at);
    if (c === "\\" && /[!-/:-@[-`{-~]/.test(markdown.charAt(at + 1))) {
      out += markdown.charAt(at + 1);
      at += 2;
    } else if (c === "`") {
      const fence = /^`+/.exec(markdown.slice(at))?.[0] ?? "`";
      const close = new RegExp(`(?<!\`)${fence}(?!\`)`, "g");
      close.lastIndex = at + fence.length;
      const end = close.exec(markdown);
      if (end === null) {
        out += fence;
        at += fence.length;
        continue;
      }
      let content = markdown.slice(at + fence.length, end.index).replaceAll("\n", " ");
      if (content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "") {
        content = content.slice(1, -1);
      }
      out += content;
      at = end.index + fence.length;
    } else if (c === "<" && /^<https?:\/\/[^\s<>]*>/.test(markdown.slice(at))) {
      const link = /^<([^>]*)>/.exec(markdown.slice(at))?.[1] ?? "";
      out += link;
      at += link.length + 2;
    } else {
      out += c;
      at += 1;
    }
  }
  return out;
}

/** A language server speaking LSP over stdio, as editors run it. */
class LanguageServer {
  private readonly process: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();

  constructor(executable: string) {
    this.process = spawn(executable, ["--lsp", "--stdio"], { stdio: ["pipe", "pipe", "ignore"] });
    this.process.stdout?.on("data", (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as {
        id?: number;
        method?: string;
        result?: unknown;
      };
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.method !== undefined) {
        // A request from the server (configuration, capabilities): nothing to add.
        this.send({ jsonrpc: "2.0", id: message.id, result: null });
      } else if (message.id !== undefined) {
        this.pending.get(message.id)?.(message.result);
        this.pending.delete(message.id);
      }
    }
  }

  private send(message: object): void {
    const body = JSON.stringify(message);
    this.process.stdin?.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: "2.0", id, method, params });
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  async stop(): Promise<void> {
    await this.request("shutdown", null);
    this.notify("exit", null);
    this.process.stdin?.end();
    this.process.kill();
  }
}

/** The executable of the pinned TypeScript, found as its `tsc` script finds it. */
async function typescriptExecutable(): Promise<string> {
  const manifest = createRequire(import.meta.url).resolve("typescript/package.json");
  const module = (await import(pathToFileURL(join(dirname(manifest), "lib/getExePath.js")).href)) as {
    default: () => string;
  };
  return module.default();
}

describe("hostile: what editors show when hovering a member", () => {
  const file = join(fixturesOut, "typescript/src/hostile.ts");
  const source = readFileSync(file, "utf8");
  const uri = pathToFileURL(file).href;
  const [vectors] = loadVectors(join(fixturesOut, "conformance")).filter((v) => v.catalog === "hostile");
  assert.ok(vectors !== undefined);
  let server: LanguageServer;

  before(async () => {
    server = new LanguageServer(await typescriptExecutable());
    await server.request("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(join(fixturesOut, "typescript")).href,
      capabilities: { textDocument: { hover: { contentFormat: ["markdown"] } } },
    });
    server.notify("initialized", {});
    server.notify("textDocument/didOpen", {
      textDocument: { uri, languageId: "typescript", version: 1, text: source },
    });
  });

  after(async () => {
    await server.stop();
  });

  /** The hover of the member of `HostileEvent` for `event`, in the members object or, as
   * a type, in its namespace: its documentation as Markdown (without the code block of
   * its type), and as rendered. */
  async function hover(event: EventVector, where: "object" | "namespace" = "object"): Promise<{ markdown: string; text: string }> {
    // The member's key in the members object, `  Key: "value",`, or its type in the
    // namespace, `  export type Key = typeof HostileEvent.Key;`.
    const lines = source.split("\n");
    const ident = event.ident.typescript;
    const [opening, prefix, declaration] =
      where === "object"
        ? [`export const ${vectors?.type} = {`, "  ", `  ${ident}: `]
        : [`export namespace ${vectors?.type} {`, "  export type ", `  export type ${ident} = `];
    const start = lines.indexOf(opening);
    const line = lines.findIndex((text, index) => index > start && text.startsWith(declaration));
    assert.ok(start >= 0 && line >= 0, `${where}: ${ident}`);
    const character = prefix.length;
    const result = (await server.request("textDocument/hover", {
      textDocument: { uri },
      position: { line, character },
    })) as { contents: { kind: string; value: string } } | null;
    assert.ok(result !== null, `no hover for ${event.ident.typescript}`);
    assert.equal(result.contents.kind, "markdown");
    const markdown = result.contents.value.replace(/^```typescript\n[\s\S]*?\n```\n/, "");
    return { markdown, text: rendered(markdown) };
  }

  test("every member shows its wire value and aliases exactly, as a value and as a type", async () => {
    for (const [event, where] of vectors.events.flatMap((e) => [[e, "object"], [e, "namespace"]] as const)) {
      const { markdown, text } = await hover(event, where);
      let facts = `Wire value: ${shown(event.name)}`;
      if (event.code !== null) facts += `; code: ${event.code}`;
      assert.ok(text.includes(facts), `${event.name}: ${JSON.stringify(text)}`);
      if (event.aliases.length > 0) {
        assert.ok(text.includes(`also accepted: ${event.aliases.map(shown).join(", ")}`), text);
      }
      // JSDoc tags show as `*@tag*`, links as Markdown links: only `@deprecated` may.
      const tags = [...markdown.matchAll(/\*@(\w+)\*/g)].map((match) => match[1]);
      assert.deepEqual(tags, event.deprecated === null ? [] : ["deprecated"], event.name);
      assert.ok(!/(?<!\\)\]\(/.test(markdown), `${event.name}: a link: ${markdown}`);
    }
  });

  test("a comment end, tags and links in a description show as written", async () => {
    const event = vectors.events.find((e) => e.name === "star*/comment");
    assert.ok(event !== undefined);
    const { text } = await hover(event);
    assert.ok(
      text.startsWith(
        "star*/comment ends a JSDoc comment, and so does */ here; {@link HostileEvent} and " +
          "{@link HostileEvent} would be links.\n@deprecated at the start of a line would be a tag.\n",
      ),
      JSON.stringify(text),
    );
  });

  test("characters no one could see show as escapes, in every text", async () => {
    const event = vectors.events.find((e) => e.ident.typescript === "LineSeparator");
    assert.ok(event !== undefined && event.description !== null && event.label !== null);
    const { text } = await hover(event);
    assert.ok(text.startsWith(`${shown(event.label)}\n\n${shown(event.description)}\n\n`), JSON.stringify(text));
    assert.ok(text.includes("Line\\u{2028}separator"), text);
  });

  test("deprecation shows its reason", async () => {
    const event = vectors.events.find((e) => e.deprecated !== null);
    assert.ok(event !== undefined && event.deprecated !== null);
    const { markdown } = await hover(event);
    const reason = markdown.split("*@deprecated* — ")[1] ?? "";
    assert.equal(rendered(reason), shown(event.deprecated));
  });
});
