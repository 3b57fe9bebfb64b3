// The real catalogs through the package's typed API, as users write it: members, the
// union type, the type of each member and its narrowing, parsing of what arrives on the
// wire, exact metadata, codes, and the zod schemas. tsc checks the types
// (`@ts-expect-error` marks what must not compile); node checks the behaviour.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { describe, test } from "node:test";

import * as z from "zod";

import { testsRoot } from "./support.js";

import * as everything from "vendor-event-types";
import {
  CloudPassageHaloEvent,
  type CloudPassageHaloEventInfo,
  cloudPassageHaloEventInfo,
  isCloudPassageHaloEvent,
  parseCloudPassageHaloEvent,
} from "vendor-event-types/cloudpassage-halo";
import { anyCloudPassageHaloEventSchema, cloudPassageHaloEventSchema } from "vendor-event-types/cloudpassage-halo/zod";
import { HaloSecurityEvent, haloSecurityEventInfo, parseHaloSecurityEvent } from "vendor-event-types/halo-security";
import { PrivxEvent, type PrivxEventInfo, parsePrivxEvent, privxEventFromCode, privxEventInfo } from "vendor-event-types/privx";
import * as teleport from "vendor-event-types/teleport";
import {
  type AnyTeleportEvent,
  TeleportEvent,
  type TeleportEventInfo,
  isTeleportEvent,
  parseTeleportEvent,
  teleportEventInfo,
  teleportEventValues,
} from "vendor-event-types/teleport";
import { anyTeleportEventSchema, teleportEventSchema } from "vendor-event-types/teleport/zod";

describe("teleport: an exact catalog without codes", () => {
  test("members are the wire values, and the union type is made of them", () => {
    const start: TeleportEvent = TeleportEvent.SessionStart;
    assert.equal(start, "session.start");
    const literal: TeleportEvent = "session.end";
    assert.equal(literal, TeleportEvent.SessionEnd);
    // @ts-expect-error: not a value of the catalog
    const wrong: TeleportEvent = "session.started";
    assert.equal(isTeleportEvent(wrong), false);
    assert.equal(teleportEventValues.length, 75);
  });

  test("each member is a type: discriminated unions", () => {
    type Received =
      | { type: TeleportEvent.SessionStart; sessionId: string }
      | { type: TeleportEvent.UserLogin; user: string };
    const describeReceived = (received: Received): string => {
      switch (received.type) {
        case TeleportEvent.SessionStart:
          return `session ${received.sessionId}`;
        case TeleportEvent.UserLogin:
          return `login of ${received.user}`;
      }
    };
    assert.equal(describeReceived({ type: TeleportEvent.UserLogin, user: "ann" }), "login of ann");
    const exact: TeleportEvent.SessionStart = "session.start";
    // @ts-expect-error: another member's value is not of this member's type
    const other: TeleportEvent.SessionStart = "session.end";
    assert.notEqual(exact, other);
  });

  test("the values are a non-empty tuple", () => {
    const [first, ...rest]: readonly [TeleportEvent, ...TeleportEvent[]] = teleportEventValues;
    const firstIsAnEvent: TeleportEvent = first;
    assert.equal(firstIsAnEvent, "access_request.create");
    assert.equal(rest.length, 74);
  });

  test("parsing is exact, and unknown values are kept by the caller", () => {
    assert.equal(parseTeleportEvent("session.start"), TeleportEvent.SessionStart);
    assert.equal(parseTeleportEvent("Session.Start"), undefined);
    assert.equal(parseTeleportEvent(" session.start"), undefined);
    const received: AnyTeleportEvent = "vendor.added.this.later";
    assert.equal(parseTeleportEvent(received), undefined);
  });

  test("guards and parsers take what arrives on the wire", () => {
    const body: unknown = JSON.parse('{"type": "kube.request", "code": 1}');
    const type: unknown = typeof body === "object" && body !== null && "type" in body ? body.type : undefined;
    if (!isTeleportEvent(type)) {
      assert.fail("kube.request is in the catalog");
    }
    const narrowed: TeleportEvent = type;
    assert.equal(narrowed, TeleportEvent.KubeRequest);
    for (const value of [undefined, null, 1, ["kube.request"], { type: "kube.request" }]) {
      assert.equal(parseTeleportEvent(value), undefined);
      assert.equal(isTeleportEvent(value), false);
      assert.equal(teleportEventInfo(value), undefined);
    }
  });

  test("a switch over the union is exhaustive", () => {
    const kind = (event: TeleportEvent): string => {
      switch (event) {
        case TeleportEvent.SessionStart:
        case TeleportEvent.SessionEnd:
          return "session";
        default:
          return event.split(".")[0] ?? event;
      }
    };
    assert.equal(kind(TeleportEvent.SessionStart), "session");
    assert.equal(kind(TeleportEvent.KubeRequest), "kube");
  });

  test("metadata: exactly the fields teleport has; no codes, so no code lookup", () => {
    const info: TeleportEventInfo = teleportEventInfo(TeleportEvent.SessionEnd);
    // Every event has a description: not optional.
    const description: string = info.description;
    assert.equal(description, "`session.end` indicates that a session has ended.");
    assert.equal(info.key, "SessionEnd");
    assert.equal(info.value, TeleportEvent.SessionEnd);
    assert.deepEqual(Object.keys(info), ["value", "key", "description"]);
    // @ts-expect-error: teleport has no labels
    assert.equal(info.label, undefined);
    // @ts-expect-error: nor codes
    assert.equal(info.code, undefined);
    assert.equal(teleportEventInfo("no.such.event"), undefined);
    // @ts-expect-error: teleport has no codes, so no code lookups
    assert.equal(teleport.teleportEventFromCode, undefined);
    // @ts-expect-error: the helpers that repeated `info(…).x` are gone
    assert.equal(teleport.teleportEventDescription, undefined);
  });

  test("prototype names are not events", () => {
    for (const value of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
      assert.equal(parseTeleportEvent(value), undefined, value);
      assert.equal(isTeleportEvent(value), false, value);
      assert.equal(teleportEventInfo(value), undefined, value);
    }
  });

  test("members cannot be changed", () => {
    assert.throws(() => {
      (TeleportEvent as Record<string, string>)["SessionStart"] = "x";
    }, TypeError);
    assert.throws(() => {
      (teleportEventValues as unknown as string[]).push("x");
    }, TypeError);
    assert.throws(() => {
      (teleportEventInfo(TeleportEvent.SessionStart) as { description: string }).description = "x";
    }, TypeError);
  });

  test("zod: a webhook body, keeping event types the catalog does not list", () => {
    const Webhook = z.object({ id: z.string(), type: anyTeleportEventSchema });
    const known = Webhook.parse({ id: "1", type: "session.start" });
    const type: AnyTeleportEvent = known.type;
    assert.equal(type, TeleportEvent.SessionStart);
    assert.equal(Webhook.parse({ id: "2", type: "vendor.new.event" }).type, "vendor.new.event");
    assert.equal(Webhook.safeParse({ id: "3", type: 42 }).success, false);
    // Matching is exact: another case is another, unknown, value.
    assert.equal(anyTeleportEventSchema.parse("SESSION.START"), "SESSION.START");
    assert.equal(teleportEventSchema.safeParse("SESSION.START").success, false);
    const strict: TeleportEvent = teleportEventSchema.parse("session.start");
    assert.equal(strict, TeleportEvent.SessionStart);
    const error = teleportEventSchema.safeParse("vendor.new.event").error;
    assert.match(String(error?.issues[0]?.message), /not a TeleportEvent/);
  });

  test("zod: z.enum takes the values", () => {
    const schema = z.enum(teleportEventValues);
    const parsed: TeleportEvent = schema.parse("session.start");
    assert.equal(parsed, TeleportEvent.SessionStart);
    assert.equal(schema.safeParse("vendor.new.event").success, false);
  });
});

describe("privx: an exact catalog with codes", () => {
  test("codes both ways", () => {
    assert.equal(privxEventFromCode(100), PrivxEvent.UserLoggedIn);
    assert.equal(privxEventFromCode(100), "User-logged-in");
    const code: number = privxEventInfo(PrivxEvent.UserLoggedIn).code;
    assert.equal(code, 100);
    assert.equal(privxEventInfo("User-logged-out-of-somewhere")?.code, undefined);
    assert.equal(privxEventFromCode(99_999), undefined);
    assert.equal(privxEventFromCode(-1), undefined);
    assert.equal(privxEventFromCode(100.5), undefined);
    assert.equal(privxEventFromCode("100"), undefined);
    assert.equal(privxEventFromCode(100n), undefined);
  });

  test("metadata, with a code and a description on every event", () => {
    const info: PrivxEventInfo = privxEventInfo(PrivxEvent.LicenseError);
    const code: number = info.code;
    const description: string = info.description;
    assert.equal(code, 0);
    assert.equal(description, "The system license does not allow operation.");
    // @ts-expect-error: privx has no categories
    assert.equal(info.category, undefined);
  });

  test("parsing is exact", () => {
    assert.equal(parsePrivxEvent("User-logged-in"), PrivxEvent.UserLoggedIn);
    assert.equal(parsePrivxEvent("user-logged-in"), undefined);
  });
});

describe("cloudpassage-halo: ignoring ASCII case", () => {
  test("any ASCII case parses to the canonical value", () => {
    assert.equal(parseCloudPassageHaloEvent("api_client_created"), CloudPassageHaloEvent.ApiClientCreated);
    assert.equal(parseCloudPassageHaloEvent("API_CLIENT_CREATED"), "api_client_created");
    assert.equal(parseCloudPassageHaloEvent("Api_Client_Created"), "api_client_created");
    // Only the canonical value is of the type.
    assert.equal(isCloudPassageHaloEvent("API_CLIENT_CREATED"), false);
    assert.equal(isCloudPassageHaloEvent("api_client_created"), true);
    // Whatever the case, a value that is not a string is not one.
    assert.equal(parseCloudPassageHaloEvent(undefined), undefined);
    assert.equal(parseCloudPassageHaloEvent(["API_CLIENT_CREATED"]), undefined);
  });

  test("only ASCII letters are folded: not the Kelvin sign, nor the long s", () => {
    // "\u212A".toLowerCase() is "k", and "\u017F".toUpperCase() is "S": a lookup through
    // JavaScript's case mapping would take these for the catalog's values.
    const name = CloudPassageHaloEvent.ImageCollectorRegistrationKeyRegenerated;
    assert.equal(parseCloudPassageHaloEvent(name.toUpperCase()), name);
    assert.equal(parseCloudPassageHaloEvent(name.replace("k", "\u212A")), undefined);
    assert.equal(parseCloudPassageHaloEvent("fim_re_ba\u017Feline"), undefined);
    assert.equal(parseCloudPassageHaloEvent("FIM_RE_BASELINE"), CloudPassageHaloEvent.FimReBaseline);
  });

  test("labels and categories on every event: not optional", () => {
    const info: CloudPassageHaloEventInfo = cloudPassageHaloEventInfo(CloudPassageHaloEvent.ApiClientCreated);
    const label: string = info.label;
    const category: string = info.category;
    assert.equal(label, "Api key created");
    assert.equal(category, "API Key Management");
    // @ts-expect-error: cloudpassage-halo has no descriptions
    assert.equal(info.description, undefined);
    // Metadata is looked up by the canonical value: parse first.
    assert.equal(cloudPassageHaloEventInfo("API_CLIENT_CREATED"), undefined);
  });

  test("zod: the schemas match ignoring ASCII case, and give the canonical value", () => {
    const Webhook = z.object({ type: anyCloudPassageHaloEventSchema });
    assert.equal(Webhook.parse({ type: "API_CLIENT_CREATED" }).type, CloudPassageHaloEvent.ApiClientCreated);
    assert.equal(Webhook.parse({ type: "Vendor_New_Event" }).type, "Vendor_New_Event");
    const strict: CloudPassageHaloEvent = cloudPassageHaloEventSchema.parse("Api_Client_Created");
    assert.equal(strict, "api_client_created");
    assert.equal(cloudPassageHaloEventSchema.safeParse("api_client_\u017Fecret_viewed").success, false);
  });
});

describe("halo-security: labels", () => {
  test("labels by value", () => {
    assert.equal(parseHaloSecurityEvent("account-user-add"), HaloSecurityEvent.AccountUserAdd);
    const label: string = haloSecurityEventInfo(HaloSecurityEvent.AccountUserAdd).label;
    assert.equal(label, "User Added");
  });
});

describe("the package's index", () => {
  test("exports every catalog's names and types, and no zod schema", () => {
    assert.equal(everything.parseTeleportEvent, parseTeleportEvent);
    assert.equal(everything.PrivxEvent, PrivxEvent);
    assert.equal(everything.parseCloudPassageHaloEvent("API_CLIENT_CREATED"), "api_client_created");
    const info: everything.HaloSecurityEventInfo = everything.haloSecurityEventInfo(HaloSecurityEvent.AccountUserAdd);
    assert.equal(info.label, "User Added");
    const start: everything.TeleportEvent.SessionStart = everything.TeleportEvent.SessionStart;
    assert.equal(start, "session.start");
    assert.ok(!Object.keys(everything).some((name) => name.endsWith("Schema")));
  });
});

describe("Node: ES modules only, and require() where Node loads them", () => {
  test("require() of a catalog module works (Node 20.19 and later)", () => {
    const script = 'const { parseTeleportEvent } = require("vendor-event-types/teleport"); process.stdout.write(String(parseTeleportEvent("session.start")));';
    const output = execFileSync(process.execPath, ["--no-warnings", "--eval", script], { cwd: testsRoot, encoding: "utf8" });
    assert.equal(output, "session.start");
  });
});
