// The generator's fixture specs (tests/generate/specs/) as TypeScript: the hostile one,
// whose values break naive templates and lookups built on plain objects, and the one
// with every feature of the spec format. tsc has type-checked the generated modules
// (strict, isolatedDeclarations) before these run.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";

import {
  FeatureEvent,
  type FeatureEventInfo,
  featureEventFromCode,
  featureEventInfo,
  isFeatureEvent,
  parseFeatureEvent,
} from "vendor-event-types-fixtures/every-feature";
import { anyFeatureEventSchema, featureEventSchema } from "vendor-event-types-fixtures/every-feature/zod";
import {
  HostileEvent,
  hostileEventFromCode,
  hostileEventInfo,
  hostileEventValues,
  isHostileEvent,
  parseHostileEvent,
} from "vendor-event-types-fixtures/hostile";
import { anyHostileEventSchema } from "vendor-event-types-fixtures/hostile/zod";

import { fixturesOut } from "./support.js";

describe("hostile: every value survives the templates", () => {
  test("values with quotes, backslashes, comment ends and template syntax", () => {
    const expected: [HostileEvent, string][] = [
      [HostileEvent.QuoteDouble, 'quote"double'],
      [HostileEvent.BackSlash, "back\\slash"],
      [HostileEvent.CommentEnd, "*/ comment end"],
      [HostileEvent.Triple, '"""triple'],
      [HostileEvent.TemplateLiteral, "${x}"],
      [HostileEvent.JinjaExpression, "{{ x }}"],
      [HostileEvent.JinjaStatement, "{% x %}"],
      [HostileEvent.AB, "a|b"],
      [HostileEvent.Script, "<script>"],
      [HostileEvent.CafeCree, "café.créé"],
      [HostileEvent.StarComment, "star*/comment"],
      [HostileEvent.LineSeparator, "line\u2028separator"],
    ];
    for (const [member, value] of expected) {
      assert.equal(member, value);
      assert.equal(parseHostileEvent(value), value);
      assert.ok(isHostileEvent(value));
      assert.equal(anyHostileEventSchema.parse(value), value);
    }
  });

  test("each member is a type, whatever its value", () => {
    const comment: HostileEvent.CommentEnd = "*/ comment end";
    const template: HostileEvent.TemplateLiteral = "${x}";
    const self: HostileEvent.Self = HostileEvent.Self;
    assert.deepEqual([comment, template, self], [HostileEvent.CommentEnd, HostileEvent.TemplateLiteral, "Self"]);
  });

  test("text with line breaks, indentation and escapes-that-are-not", () => {
    assert.equal(
      hostileEventInfo(HostileEvent.Self).description,
      "Line one.\nLine two.\n\n    Indented like code.\n\nLast paragraph.",
    );
    assert.equal(
      hostileEventInfo(HostileEvent.BackSlash).description,
      "C:\\path\\to\\file, and \\n is not a newline; \\u{41} is not an escape.",
    );
    assert.equal(hostileEventInfo(HostileEvent.JinjaExpression).label, "{{ label }}");
    assert.equal(hostileEventInfo(HostileEvent.JinjaExpression).category, "{{ category }}");
    assert.equal(hostileEventInfo(HostileEvent.CafeCree).description, "Non-ASCII: 日本語, emoji 🙂, right-to-left שלום.");
  });

  test("characters no one can see, or that break lines, are carried exactly", () => {
    assert.equal(
      hostileEventInfo(HostileEvent.LineSeparator).description,
      "Line\u2028separator, paragraph\u2029separator, next\u0085line, zero\u200Bwidth, tab\there, " +
        "right-to-left\u202Eoverride, tag\u{E0001}, variation\u2764\uFE0F, carriage\rreturn.",
    );
    assert.equal(hostileEventInfo(HostileEvent.LineSeparator).label, "zero\u200Bwidth");
    assert.equal(parseHostileEvent("para\u2029graph"), HostileEvent.LineSeparator);
    assert.equal(parseHostileEvent("line separator"), undefined);
    assert.equal(parseHostileEvent("line\nseparator"), undefined);
  });

  test("prototype names that are real events are found, and only those", () => {
    for (const [member, value, code] of [
      [HostileEvent.Proto, "__proto__", 17],
      [HostileEvent.Constructor, "constructor", 16],
      [HostileEvent.ToString, "toString", 18],
      [HostileEvent.HasOwnProperty, "hasOwnProperty", 19],
    ] as const) {
      assert.equal(member, value);
      assert.equal(parseHostileEvent(value), value);
      assert.ok(isHostileEvent(value));
      assert.equal(hostileEventInfo(value).code, code);
      assert.equal(hostileEventFromCode(code), value);
      assert.equal(hostileEventInfo(value).value, value);
    }
    for (const value of ["valueOf", "prototype", "__defineGetter__", "isPrototypeOf", "propertyIsEnumerable"]) {
      assert.equal(parseHostileEvent(value), undefined, value);
      assert.equal(isHostileEvent(value), false, value);
      assert.equal(hostileEventInfo(value), undefined, value);
    }
  });

  test("`__proto__` is a member, not the members object's prototype", () => {
    assert.equal(Object.getPrototypeOf(HostileEvent), Object.prototype);
    assert.ok(Object.hasOwn(HostileEvent, "Proto"));
    assert.ok(!Object.hasOwn(HostileEvent, "__proto__"));
    assert.ok(hostileEventValues.includes(HostileEvent.Proto));
  });

  test("aliases parse to the canonical value; `is` only takes that", () => {
    assert.equal(parseHostileEvent("kind"), HostileEvent.Type);
    assert.equal(parseHostileEvent('ty"pe'), HostileEvent.Type);
    assert.equal(isHostileEvent("kind"), false);
    assert.deepEqual(hostileEventInfo(HostileEvent.Type).aliases, ["kind", 'ty"pe']);
    assert.deepEqual(hostileEventInfo(HostileEvent.Self).aliases, []);
  });

  test("deprecation carries its reason", () => {
    assert.equal(hostileEventInfo(HostileEvent.Event2fa).deprecated, 'Use "quote"double" instead */ {{ x }}');
    assert.equal(hostileEventInfo(HostileEvent.Unknown).deprecated, undefined);
  });

  test("the vendor's own `unknown` is a real event with code 0", () => {
    assert.equal(parseHostileEvent("unknown"), HostileEvent.Unknown);
    assert.equal(hostileEventFromCode(0), HostileEvent.Unknown);
  });

  test("the generated source holds no comment end inside a comment and no bare `__proto__` key", () => {
    const source = readFileSync(join(fixturesOut, "typescript/src/hostile.ts"), "utf8");
    for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
      assert.ok(!comment.slice(3, -2).includes("*/"), comment);
      // Tags are the templates' own: a record validator's `@throws`.
      assert.ok(!/^\s*\*\s*@(?!deprecated |module$|throws \{TypeError\} naming the path)/m.test(comment), comment);
    }
    assert.ok(!/^\s*"?__proto__"?\s*:/m.test(source));
  });

  test("the generated source names every global through globalThis", () => {
    for (const file of ["hostile.ts", "every-feature.ts", "hostile/zod.ts"]) {
      const source = readFileSync(join(fixturesOut, "typescript/src", file), "utf8");
      // The code alone: no comments, no string literals.
      const code = source
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "")
        .replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
      for (const global of ["Object", "Map", "Set", "ReadonlyMap", "ReadonlySet", "Array", "String", "JSON"]) {
        const bare = new RegExp(`(?<![.\\w$"])${global}\\b(?!\\s*:)`);
        assert.ok(!bare.test(code), `${file}: a bare \`${global}\``);
      }
    }
  });
});

describe("every-feature: ASCII case, aliases, deprecation, codes", () => {
  test("case and aliases", () => {
    assert.equal(parseFeatureEvent("SESSION.START"), FeatureEvent.SessionStart);
    assert.equal(parseFeatureEvent("Session.Stop"), FeatureEvent.SessionEnd);
    assert.equal(parseFeatureEvent("session.FINISH"), FeatureEvent.SessionEnd);
    assert.equal(isFeatureEvent("SESSION.START"), false);
    assert.equal(parseFeatureEvent("oauth-to\u212Aen-issued"), undefined);
    assert.equal(parseFeatureEvent("OAUTH-TOKEN-ISSUED"), FeatureEvent.OauthTokenIssued);
  });

  test("the largest code", () => {
    assert.equal(featureEventFromCode(4294967295), FeatureEvent.Event2faEnabled);
    assert.equal(featureEventInfo(FeatureEvent.Event2faEnabled).code, 4294967295);
  });

  test("metadata: optional where some events lack it", () => {
    const info: FeatureEventInfo = featureEventInfo(FeatureEvent.LegacyLogin);
    const code: number = info.code;
    const label: string | undefined = info.label;
    const aliases: readonly string[] = info.aliases;
    assert.deepEqual([code, label, aliases], [4, undefined, []]);
    assert.equal(info.deprecated, "Replaced by session.start in version 2.");
    assert.equal(featureEventInfo(FeatureEvent.SessionStart).label, "Session started");
    assert.equal(featureEventInfo(FeatureEvent.SessionStart).category, "Sessions");
  });

  test("zod: aliases and any ASCII case, to the canonical value", () => {
    assert.equal(featureEventSchema.parse("SESSION.FINISH"), FeatureEvent.SessionEnd);
    assert.equal(anyFeatureEventSchema.parse("Session.Stop"), FeatureEvent.SessionEnd);
    assert.equal(anyFeatureEventSchema.parse("session.paused"), "session.paused");
  });
});
