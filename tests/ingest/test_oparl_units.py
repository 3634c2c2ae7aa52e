"""OParl pieces without a server: time parameters, URL repair, lenient JSON, tolerant objects, byte checks."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from assistant.errors import ReadError
from ingest.oparl.client import Fetched, FetchError, HostRateLimiter, Warn, parse_json
from ingest.oparl.files import check, read_bytes, repaired
from ingest.oparl.mapping import Context, agenda_label, doc_id, meeting_document
from ingest.oparl.objects import OFile, SchemaError, normalise, parse_agenda_item, parse_meeting
from ingest.oparl.sync import since_param

T = "https://schema.oparl.org/1.1/"


def warnings() -> tuple[list[tuple[str, str]], Warn]:
    seen: list[tuple[str, str]] = []
    return seen, lambda url, message: seen.append((url, message))


def test_since_has_seconds_precision_and_a_zone() -> None:
    assert since_param(datetime(2024, 5, 1, 10, 30, 15, 123456, tzinfo=UTC)) == "2024-05-01T10:30:15+00:00"
    assert since_param("2024-05-01") == "2024-05-01T00:00:00+00:00"
    assert since_param("2024-05-01T12:00:00.5Z") == "2024-05-01T12:00:00+00:00"
    with pytest.raises(ValueError):
        since_param("gestern")


def test_sdnet_file_urls_are_repaired() -> None:
    assert (
        repaired("https://sdnet.example/files//rim/4711.pdf.pdf")
        == "https://sdnet.example/files/rim/4711.pdf"
    )
    assert repaired("https://x.example/a/b.pdf") == "https://x.example/a/b.pdf"


def test_json_with_control_characters_is_a_warning_and_markup_an_error() -> None:
    seen, warn = warnings()
    value = parse_json(Fetched("u", 200, "text/plain", b'{"name": "Bau\x0bausschuss"}'), warn)
    assert value == {"name": "Bau\x0bausschuss"}
    assert [m for _, m in seen] == [
        "content type 'text/plain' instead of application/json",
        "JSON with unescaped control characters (parsed leniently)",
    ]
    with pytest.raises(FetchError, match="expected JSON, got markup"):
        parse_json(Fetched("u", 200, "text/html", b"<html>Wartung</html>"), warn)
    with pytest.raises(FetchError, match="malformed JSON"):
        parse_json(Fetched("u", 200, "application/json", b'{"data": [1, 2'), warn)


def test_real_server_shapes_are_normalised_or_rejected() -> None:
    seen, warn = warnings()
    meeting = normalise(
        {"id": "m/1", "name": "Sitzung", "end": "N/A", "auxiliaryFile": {"id": "f/1"}, "agendaItem": []},
        "Meeting",
        warn,
    )
    assert (
        meeting["type"] == T + "Meeting"
        and "end" not in meeting
        and meeting["auxiliaryFile"] == [{"id": "f/1"}]
    )
    assert len(seen) == 3
    body = normalise({"id": "b/1", "type": T + "Body", "organization": "b/1/orgs"}, "Body", warn)
    assert body["organization"] == "b/1/orgs"  # a list URL, not a list
    with pytest.raises(SchemaError, match="without a string id"):
        normalise({"name": "ohne id"}, "Meeting", warn)
    with pytest.raises(SchemaError, match="type 'Paper' where a Meeting"):
        normalise({"id": "p/1", "type": T + "Paper"}, "Meeting", warn)


def test_agenda_items_become_labelled_sections_with_private_spans() -> None:
    _, warn = warnings()
    items = [
        {"id": "a/1", "number": "1", "name": "Eröffnung", "public": True},
        {"id": "a/2", "number": "2.1", "name": "Personalie", "public": False, "resolutionText": "Geheim."},
        {"id": "a/3", "number": "Ö 3", "name": "Bebauungsplan", "result": "beschlossen"},
    ]
    meeting = parse_meeting(normalise({"id": "m/9", "name": "Rat", "start": "2024-01-02T18:00:00+01:00",
                                       "agendaItem": items}, "Meeting", warn), warn)  # fmt: skip
    assert [agenda_label(i, n) for n, i in enumerate(meeting.agenda, start=1)] == ["Ö 1", "N 2.1", "Ö 3"]
    document = meeting_document(meeting, Context("Stadt X", {}, "k"), {"a/3": "2024/0815"})
    assert (
        document is not None
        and document.meta.date == "2024-01-02"
        and document.meta.doc_id == doc_id("meeting", "m/9")
    )
    for section in document.sections:
        assert document.text[section.char_start :].startswith(f"TOP {section.agenda_item}: {section.title}")
    secret = document.text.index("Geheim.")
    assert not document.is_public_at(secret, secret + 7)
    assert "Vorlage: 2024/0815" in document.text[document.sections[2].char_start :]
    assert parse_agenda_item({"id": "a/4", "public": "false"}, warn).public is False


def _file(**fields: object) -> OFile:
    values: dict[str, object] = dict(id="f", name="", file_name="", mime_type="application/pdf", size=None,
                                     sha1="", text="", access_url="https://x/f.pdf", download_url="", date="",
                                     modified="")  # fmt: skip
    values.update(fields)
    return OFile(**values)  # type: ignore[arg-type]


def test_downloaded_bytes_are_checked() -> None:
    page = b"<!DOCTYPE html><html><body>Datei nicht gefunden</body></html>"
    with pytest.raises(FetchError, match="HTML page instead of a application/pdf"):
        check(_file(), page, "https://x/f.pdf")
    with pytest.raises(FetchError, match=r"size 3 bytes, File\.size says 10"):
        check(_file(size=10), b"abc", "u")
    with pytest.raises(FetchError, match="sha1Checksum"):
        check(_file(sha1="da39a3ee5e6b4b0d3255bfef95601890afd80709"), b"abc", "u")
    with pytest.raises(ReadError, match="not a PDF"):
        read_bytes(_file(), b"Nur Text, kein PDF")
    assert (
        read_bytes(_file(mime_type="text/plain"), "Öffentliche Sitzung".encode()).text
        == "Öffentliche Sitzung"
    )


def test_rate_limit_spaces_requests_to_one_host() -> None:
    limiter = HostRateLimiter(20.0)
    start = time.monotonic()
    for _ in range(5):
        limiter.wait("a.example")
    limiter.wait("b.example")  # another host does not wait for a.example
    assert 0.19 <= time.monotonic() - start < 1.0
