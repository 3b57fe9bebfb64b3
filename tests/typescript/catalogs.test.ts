// The real catalogs through the package's typed API, as users write it: members, the
// union type and its narrowing, parsing, metadata and codes. tsc checks the types
// (`@ts-expect-error` marks what must not compile); node checks the behaviour.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import * as everything from "vendor-event-types";
import {
  CloudPassageHaloEvent,
  cloudPassageHaloEventCategory,
  cloudPassageHaloEventLabel,
  isCloudPassageHaloEvent,
  parseCloudPassageHaloEvent,
} from "vendor-event-types/cloudpassage-halo";
import { HaloSecurityEvent, haloSecurityEventLabel, parseHaloSecurityEvent } from "vendor-event-types/halo-security";
import {
  PrivxEvent,
  type PrivxEventInfo,
  parsePrivxEvent,
  privxEventCode,
  privxEventDescription,
  privxEventFromCode,
  privxEventInfo,
} from "vendor-event-types/privx";
import * as teleport from "vendor-event-types/teleport";
import {
  type AnyTeleportEvent,
  TeleportEvent,
  isTeleportEvent,
  parseTeleportEvent,
  teleportEventDescription,
  teleportEventInfo,
  teleportEventValues,
} from "vendor-event-types/teleport";

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

  test("parsing is exact, and unknown values are kept by the caller", () => {
    assert.equal(parseTeleportEvent("session.start"), TeleportEvent.SessionStart);
    assert.equal(parseTeleportEvent("Session.Start"), undefined);
    assert.equal(parseTeleportEvent(" session.start"), undefined);
    const received: AnyTeleportEvent = "vendor.added.this.later";
    assert.equal(parseTeleportEvent(received), undefined);
  });

  test("is narrows a string to the union", () => {
    const value: string = "kube.request";
    if (!isTeleportEvent(value)) {
      assert.fail("kube.request is in the catalog");
    }
    const narrowed: TeleportEvent = value;
    assert.equal(narrowed, TeleportEvent.KubeRequest);
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

  test("metadata by value; no codes in a catalog without them", () => {
    assert.equal(
      teleportEventDescription(TeleportEvent.SessionEnd),
      "`session.end` indicates that a session has ended.",
    );
    const info = teleportEventInfo(TeleportEvent.SessionEnd);
    assert.equal(info.key, "SessionEnd");
    assert.equal(info.code, undefined);
    assert.equal(teleportEventInfo("no.such.event"), undefined);
    // @ts-expect-error: teleport has no codes, so no code lookups
    assert.equal(teleport.teleportEventFromCode, undefined);
  });

  test("prototype names are not events", () => {
    for (const value of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
      assert.equal(parseTeleportEvent(value), undefined, value);
      assert.equal(isTeleportEvent(value), false, value);
      assert.equal(teleportEventInfo(value), undefined, value);
      assert.equal(teleportEventDescription(value), undefined, value);
    }
  });

  test("members cannot be changed", () => {
    assert.throws(() => {
      (TeleportEvent as Record<string, string>)["SessionStart"] = "x";
    }, TypeError);
    assert.throws(() => {
      (teleportEventValues as string[]).push("x");
    }, TypeError);
    assert.throws(() => {
      (teleportEventInfo(TeleportEvent.SessionStart) as { label?: string }).label = "x";
    }, TypeError);
  });
});

describe("privx: an exact catalog with codes", () => {
  test("codes both ways", () => {
    assert.equal(privxEventFromCode(100), PrivxEvent.UserLoggedIn);
    assert.equal(privxEventFromCode(100), "User-logged-in");
    const code: number = privxEventCode(PrivxEvent.UserLoggedIn);
    assert.equal(code, 100);
    assert.equal(privxEventCode("User-logged-out-of-somewhere"), undefined);
    assert.equal(privxEventFromCode(99_999), undefined);
    assert.equal(privxEventFromCode(-1), undefined);
    assert.equal(privxEventFromCode(100.5), undefined);
  });

  test("metadata, typed with a code", () => {
    const info: PrivxEventInfo = privxEventInfo(PrivxEvent.LicenseError);
    const code: number = info.code;
    assert.equal(code, 0);
    assert.equal(privxEventDescription(PrivxEvent.LicenseError), "The system license does not allow operation.");
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

  test("labels and categories", () => {
    assert.equal(cloudPassageHaloEventLabel(CloudPassageHaloEvent.ApiClientCreated), "Api key created");
    assert.equal(cloudPassageHaloEventCategory(CloudPassageHaloEvent.ApiClientCreated), "API Key Management");
    // Metadata is looked up by the canonical value: parse first.
    assert.equal(cloudPassageHaloEventLabel("API_CLIENT_CREATED"), undefined);
  });
});

describe("halo-security: labels", () => {
  test("labels by value", () => {
    assert.equal(parseHaloSecurityEvent("account-user-add"), HaloSecurityEvent.AccountUserAdd);
    assert.equal(haloSecurityEventLabel(HaloSecurityEvent.AccountUserAdd), "User Added");
  });
});

describe("the package's index", () => {
  test("exports every catalog's names", () => {
    assert.equal(everything.parseTeleportEvent, parseTeleportEvent);
    assert.equal(everything.PrivxEvent, PrivxEvent);
    assert.equal(everything.parseCloudPassageHaloEvent("API_CLIENT_CREATED"), "api_client_created");
    const info: everything.EventInfo = everything.haloSecurityEventInfo(HaloSecurityEvent.AccountUserAdd);
    assert.equal(info.label, "User Added");
  });
});
