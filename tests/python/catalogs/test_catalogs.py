"""The real catalogs' enums, through their typed API: each catalog's own quirks (codes,
labels and categories, case-insensitive matching), and the types mypy sees
(`assert_type` is checked by `mypy --strict`, and is a no-op when the tests run).
"""

from __future__ import annotations

from typing import assert_never, assert_type

import pytest

from vendor_event_types import (
    CATALOGS,
    CloudPassageHaloEvent,
    EventType,
    HaloSecurityEvent,
    PrivxEvent,
    TeleportEvent,
    TeleportEventInfo,
    UnknownEvent,
    UnknownTeleportEvent,
)
from vendor_event_types import cloudpassage_halo, privx, teleport


def test_the_vendor_catalogs() -> None:
    # Among others: the package has every catalog of specs/ (tests/python/shared checks
    # that against the conformance vectors), and the Rust suite keeps the inventory.
    assert dict(CATALOGS).items() >= {
        "cloudpassage-halo": CloudPassageHaloEvent,
        "halo-security": HaloSecurityEvent,
        "privx": PrivxEvent,
        "teleport": TeleportEvent,
    }.items()
    assert (len(TeleportEvent), len(PrivxEvent)) == (75, 145)
    assert (len(CloudPassageHaloEvent), len(HaloSecurityEvent)) == (165, 67)


def test_catalogs_share_a_base_class_with_lookup_and_parse() -> None:
    catalog = CATALOGS["teleport"]
    assert_type(catalog, type[EventType])
    event = catalog.parse("session.start")
    assert_type(event, EventType | UnknownEvent)
    assert event is TeleportEvent.SESSION_START
    assert catalog.lookup("session.end") is TeleportEvent.SESSION_END
    assert CATALOGS["cloudpassage-halo"].lookup("API_CLIENT_CREATED") is (
        CloudPassageHaloEvent.API_CLIENT_CREATED
    )


class TestTeleport:
    def test_parse_returns_the_member(self) -> None:
        event = TeleportEvent.parse("session.start")
        assert_type(event, TeleportEvent | UnknownTeleportEvent)
        assert event is TeleportEvent.SESSION_START
        assert TeleportEvent("session.start") is TeleportEvent.SESSION_START
        assert_type(TeleportEvent.lookup("session.start"), TeleportEvent | None)
        assert TeleportEvent.lookup("session.start") is TeleportEvent.SESSION_START

    def test_parse_keeps_the_two_apart(self) -> None:
        for raw in ["session.start", "session.restart"]:
            event = TeleportEvent.parse(raw)
            if isinstance(event, TeleportEvent):
                assert_type(event, TeleportEvent)
                assert event.description.startswith("`session.start`")
            else:
                assert_type(event, UnknownTeleportEvent)
                assert event == "session.restart"

    def test_what_arrives_on_the_wire(self) -> None:
        for value in [None, 42, b"session.start", ["session.start"]]:
            assert TeleportEvent.lookup(value) is None
            with pytest.raises(TypeError, match="TeleportEvent.parse takes a str"):
                TeleportEvent.parse(value)

    def test_members_are_their_wire_values(self) -> None:
        event = TeleportEvent.SESSION_START
        assert str(event) == f"{event}" == "{}".format(event) == "session.start"
        assert event == "session.start" and event.value == "session.start"
        assert event.name == "SESSION_START"
        assert "%s" % event == "session.start"

    def test_matching_is_exact(self) -> None:
        assert teleport.MATCH == "exact"
        for value in ["SESSION.START", "Session.Start", " session.start", "session.start "]:
            result = TeleportEvent.parse(value)
            assert result == value and not isinstance(result, TeleportEvent)
            with pytest.raises(ValueError):
                TeleportEvent(value)

    def test_uncatalogued_values_are_returned_unchanged(self) -> None:
        value = "".join(["kube.request", ".v9"])  # built at run time: not interned
        assert TeleportEvent.parse(value) is value
        # A member's *name* is not a wire value.
        assert TeleportEvent.parse("SESSION_START") == "SESSION_START"

    def test_metadata(self) -> None:
        event = TeleportEvent.SESSION_START
        # Every event has a description, and nothing else: exactly that field.
        assert_type(event.description, str)
        assert event.description.startswith("`session.start`")
        assert_type(event.info, TeleportEventInfo)
        assert event.info == TeleportEventInfo("session.start", description=event.description)
        assert event.info._fields == ("value", "description")
        for absent in ["label", "category", "aliases", "deprecated", "code"]:
            assert not hasattr(event, absent), absent
        # No codes in this catalog: no code API.
        assert not hasattr(TeleportEvent, "from_code")

    def test_match_statement(self) -> None:
        def kind(raw: str) -> str:
            match TeleportEvent.parse(raw):
                case TeleportEvent.SESSION_START | TeleportEvent.SESSION_END:
                    return "session"
                case TeleportEvent() as known:
                    # Every member but the two above (mypy narrows to their literals).
                    return known.name
                case other:
                    assert_type(other, UnknownTeleportEvent)
                    return "other: " + other

        assert kind("session.end") == "session"
        assert kind("user.login") == "USER_LOGIN"
        assert kind("user.logout.v2") == "other: user.logout.v2"

    def test_exhaustive_match_on_lookup(self) -> None:
        def sessions(raw: object) -> str:
            match TeleportEvent.lookup(raw):
                case None:
                    return "uncatalogued"
                case TeleportEvent.SESSION_START | TeleportEvent.SESSION_END as event:
                    match event:
                        case TeleportEvent.SESSION_START:
                            return "open"
                        case TeleportEvent.SESSION_END:
                            return "closed"
                        case unhandled:
                            assert_never(unhandled)
                case _:
                    return "other"

        assert [sessions(raw) for raw in ["session.start", "session.end", "user.login", 1]] == [
            "open",
            "closed",
            "other",
            "uncatalogued",
        ]


class TestPrivx:
    def test_codes(self) -> None:
        assert_type(PrivxEvent.from_code(100), PrivxEvent | None)
        # Only an int is a code: not its text, nor a bool, nor a float.
        for not_a_code in ["100", True, 100.0, None]:
            assert PrivxEvent.from_code(not_a_code) is None
        assert PrivxEvent.from_code(100) is PrivxEvent.USER_LOGGED_IN
        assert_type(PrivxEvent.USER_LOGGED_IN.code, int)
        assert PrivxEvent.USER_LOGGED_IN.code == 100
        assert PrivxEvent.LICENSE_ERROR.code == 0
        assert PrivxEvent.from_code(0) is PrivxEvent.LICENSE_ERROR
        # Codes are not contiguous.
        assert PrivxEvent.from_code(101) is None
        assert PrivxEvent.from_code(-1) is None
        codes = [event.code for event in PrivxEvent]
        assert len(set(codes)) == len(codes)
        assert all(PrivxEvent.from_code(event.code) is event for event in PrivxEvent)

    def test_spelled_out_identifiers(self) -> None:
        assert PrivxEvent.OAUTH_CLIENT_AUTHENTICATED.value == "OAuth-client-authenticated"
        assert PrivxEvent.PRIVX_RESTARTED.name == "PRIVX_RESTARTED"

    def test_matching_is_exact(self) -> None:
        assert privx.MATCH == "exact"
        assert PrivxEvent.parse("user-logged-in") == "user-logged-in"
        assert PrivxEvent.parse("User-logged-in") is PrivxEvent.USER_LOGGED_IN


class TestCloudPassageHalo:
    def test_matching_ignores_ascii_case(self) -> None:
        assert cloudpassage_halo.MATCH == "ascii-case-insensitive"
        event = CloudPassageHaloEvent.API_CLIENT_CREATED
        for value in ["api_client_created", "API_CLIENT_CREATED", "Api_Client_Created"]:
            assert CloudPassageHaloEvent.parse(value) is event
            assert CloudPassageHaloEvent(value) is event
        # Printing gives the catalog's spelling, whatever was parsed.
        assert str(CloudPassageHaloEvent.parse("API_CLIENT_CREATED")) == "api_client_created"

    def test_only_ascii_case(self) -> None:
        # U+212A KELVIN SIGN lowers to `k` with `str.lower`, U+017F LATIN SMALL LETTER LONG S
        # uppers to `S`: neither is an ASCII letter, so neither matches.
        for value in [
            "image_collector_registration_\u212aey_regenerated",
            "api_client_\u017fecret_viewed",
            "API_CLIENT_\u017fECRET_VIEWED",
        ]:
            assert CloudPassageHaloEvent.parse(value) is value
            with pytest.raises(ValueError):
                CloudPassageHaloEvent(value)
        assert CloudPassageHaloEvent.parse("image_collector_registration_KEY_regenerated") is (
            CloudPassageHaloEvent.IMAGE_COLLECTOR_REGISTRATION_KEY_REGENERATED
        )

    def test_labels_and_categories(self) -> None:
        event = CloudPassageHaloEvent.API_CLIENT_CREATED
        # On every event: typed `str`, not optional.
        assert_type(event.label, str)
        assert_type(event.info.category, str)
        assert event.label == "Api key created"
        assert event.category == "API Key Management"
        categories = {event.category for event in CloudPassageHaloEvent}
        assert len(categories) == 17
        assert not hasattr(event, "description")

    def test_not_a_string(self) -> None:
        assert CloudPassageHaloEvent.lookup(b"API_CLIENT_CREATED") is None
        with pytest.raises(TypeError):
            CloudPassageHaloEvent.parse(b"API_CLIENT_CREATED")

    def test_footnote_marker_is_not_part_of_the_value(self) -> None:
        assert CloudPassageHaloEvent.parse("daemon_compromised") is (
            CloudPassageHaloEvent.DAEMON_COMPROMISED
        )
        assert CloudPassageHaloEvent.parse("daemon_compromised*") == "daemon_compromised*"

    def test_no_codes(self) -> None:
        assert not hasattr(CloudPassageHaloEvent, "from_code")


class TestHaloSecurity:
    def test_labels(self) -> None:
        event = HaloSecurityEvent.parse("domain-scan-finish")
        assert event is HaloSecurityEvent.DOMAIN_SCAN_FINISH
        assert event.label == "Scan Complete"
        assert HaloSecurityEvent.parse("DOMAIN-SCAN-FINISH") == "DOMAIN-SCAN-FINISH"
        assert_type(HaloSecurityEvent.DOMAIN_SCAN_FINISH.label, str)
        assert all(event.label for event in HaloSecurityEvent)
