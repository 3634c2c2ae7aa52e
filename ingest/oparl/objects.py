"""The OParl 1.1 object model, parsed tolerantly: what real servers send, normalised or rejected.

Tolerated (each a warning): a missing ``type`` (taken from the list the object came from),
``"N/A"`` for a value, a single object where a list belongs (ALLRIS ``auxiliaryFile``).
Rejected with a :class:`SchemaError`: no string ``id``, a ``type`` of another kind, a field of
the wrong shape. Referenced objects (a URL where an object may be embedded) are resolved by
the caller before parsing (see :func:`references`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.errors import IngestError
from ingest.oparl.client import Warn

SCHEMA = "https://schema.oparl.org/1.1/"
LIST_FIELDS = {
    "Meeting": ("agendaItem", "organization", "auxiliaryFile", "participant"),
    "Paper": ("auxiliaryFile", "consultation", "relatedPaper", "originatorPerson", "originatorOrganization"),
    "AgendaItem": ("auxiliaryFile",),
    "Consultation": ("organization",),
    "Person": ("membership",),
}
"""Fields that must hold lists, by object type (elsewhere e.g. Body.organization is one URL)."""
MISSING_VALUES = frozenset({"N/A", "n/a", "NA", "n.a."})
PROTOCOL_FIELDS = ("resultsProtocol", "verbatimProtocol")


class SchemaError(IngestError):
    """An object does not meet the expectations of the OParl schema (reported, then skipped)."""


def kind_of(obj: dict[str, Any]) -> str:
    """``https://schema.oparl.org/1.1/Meeting`` → ``Meeting``; empty when there is no type."""
    value = obj.get("type")
    return value.rstrip("/").rsplit("/", 1)[-1] if isinstance(value, str) else ""


def normalise(obj: Any, expected: str, warn: Warn, where: str = "") -> dict[str, Any]:
    """A checked copy of ``obj``: missing values dropped, list fields as lists, ``type`` present."""
    if not isinstance(obj, dict):
        raise SchemaError(f"{where or 'object'}: expected a {expected} object, got {type(obj).__name__}")
    oid = obj.get("id")
    if not isinstance(oid, str) or not oid.strip():
        raise SchemaError(f"{where or 'object'}: {expected} without a string id")
    clean: dict[str, Any] = {}
    for key, value in obj.items():
        if isinstance(value, str) and value.strip() in MISSING_VALUES:
            warn(oid, f"{key} is {value!r}; treated as missing")
            continue
        if key in LIST_FIELDS.get(expected, ()) and isinstance(value, dict | str):
            warn(oid, f"{key} is a single {type(value).__name__} instead of a list")
            value = [value]
        clean[key] = value
    kind = kind_of(clean)
    if not kind:
        warn(oid, f"type missing; taken as {expected}")
        clean["type"] = SCHEMA + expected
    elif kind != expected:
        raise SchemaError(f"{oid}: type {kind!r} where a {expected} was expected")
    return clean


def references(obj: dict[str, Any], fields: tuple[str, ...]) -> list[tuple[str, int | None, str]]:
    """``(field, index, url)`` for each of ``fields`` holding a URL instead of an embedded object."""
    found: list[tuple[str, int | None, str]] = []
    for name in fields:
        value = obj.get(name)
        if isinstance(value, str):
            found.append((name, None, value))
        elif isinstance(value, list):
            found.extend((name, i, v) for i, v in enumerate(value) if isinstance(v, str))
    return found


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return str(value)
    if not isinstance(value, str):
        raise SchemaError(f"{obj.get('id')}: {key} should be a string, got {type(value).__name__}")
    return value.strip()


def _urls(obj: dict[str, Any], key: str) -> tuple[str, ...]:
    value = obj.get(key) or []
    if not isinstance(value, list):
        raise SchemaError(f"{obj.get('id')}: {key} should be a list")
    return tuple(
        v if isinstance(v, str) else str(v.get("id", "")) for v in value if isinstance(v, str | dict)
    )


def _int(obj: dict[str, Any], key: str) -> int | None:
    value = obj.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


@dataclass(frozen=True)
class OFile:
    id: str
    name: str
    file_name: str
    mime_type: str
    size: int | None
    sha1: str
    text: str
    access_url: str
    download_url: str
    date: str
    modified: str

    @property
    def tag(self) -> str:
        """What identifies this version of the file (cache validator)."""
        return f"{self.modified}|{self.sha1}|{self.size}|{self.access_url}"


def parse_file(raw: Any, warn: Warn) -> OFile:
    obj = normalise(raw, "File", warn)
    access = _text(obj, "accessUrl") or _text(obj, "downloadUrl")
    if not access and not _text(obj, "text"):
        raise SchemaError(f"{obj['id']}: File without accessUrl")
    return OFile(
        id=obj["id"],
        name=_text(obj, "name"),
        file_name=_text(obj, "fileName"),
        mime_type=_text(obj, "mimeType").lower(),
        size=_int(obj, "size"),
        sha1=_text(obj, "sha1Checksum").lower(),
        text=_text(obj, "text"),
        access_url=access,
        download_url=_text(obj, "downloadUrl"),
        date=_text(obj, "date"),
        modified=_text(obj, "modified"),
    )


@dataclass(frozen=True)
class OAgendaItem:
    id: str
    number: str
    name: str
    public: bool
    result: str
    resolution_text: str
    consultation: str


def _public(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in {"false", "0", "nein", "nichtöffentlich"}
    return value is not False


def parse_agenda_item(raw: Any, warn: Warn) -> OAgendaItem:
    obj = normalise(raw, "AgendaItem", warn)
    consultation = obj.get("consultation")
    if isinstance(consultation, list):  # normalise() does not list-wrap this one; some servers list it
        consultation = consultation[0] if consultation else ""
    if isinstance(consultation, dict):
        consultation = consultation.get("id", "")
    resolution = obj.get("resolutionText")
    return OAgendaItem(
        id=obj["id"],
        number=_text(obj, "number"),
        name=_text(obj, "name"),
        public=_public(obj.get("public", True)),
        result=_text(obj, "result"),
        resolution_text=resolution.strip() if isinstance(resolution, str) else "",
        consultation=consultation if isinstance(consultation, str) else "",
    )


@dataclass(frozen=True)
class OMeeting:
    id: str
    name: str
    start: str
    organizations: tuple[str, ...]
    agenda: tuple[OAgendaItem, ...]
    protocols: tuple[tuple[str, OFile], ...]
    """(field name, file) for resultsProtocol and verbatimProtocol."""
    web: str
    cancelled: bool


def parse_meeting(obj: dict[str, Any], warn: Warn) -> OMeeting:
    """A normalised Meeting (see :func:`normalise`) whose references are resolved."""
    items: list[OAgendaItem] = []
    for raw in obj.get("agendaItem") or []:
        try:
            items.append(parse_agenda_item(raw, warn))
        except SchemaError as exc:
            warn(obj["id"], f"agenda item skipped: {exc}")
    protocols: list[tuple[str, OFile]] = []
    for name in PROTOCOL_FIELDS:
        if obj.get(name):
            try:
                file = parse_file(obj[name], warn)
            except SchemaError as exc:
                warn(obj["id"], f"{name} skipped: {exc}")
                continue
            if all(file.id != known.id for _, known in protocols):  # one file can be both protocols
                protocols.append((name, file))
    return OMeeting(
        id=obj["id"],
        name=_text(obj, "name"),
        start=_text(obj, "start"),
        organizations=_urls(obj, "organization"),
        agenda=tuple(items),
        protocols=tuple(protocols),
        web=_text(obj, "web"),
        cancelled=obj.get("cancelled") is True,
    )


@dataclass(frozen=True)
class OConsultation:
    meeting: str
    agenda_item: str
    role: str
    authoritative: bool


@dataclass(frozen=True)
class OPaper:
    id: str
    reference: str
    name: str
    date: str
    paper_type: str
    consultations: tuple[OConsultation, ...]
    main_file: OFile | None
    web: str


def parse_paper(obj: dict[str, Any], warn: Warn) -> OPaper:
    consultations = []
    for raw in obj.get("consultation") or []:
        if isinstance(raw, dict):
            consultations.append(
                OConsultation(
                    meeting=_text(raw, "meeting"),
                    agenda_item=_text(raw, "agendaItem"),
                    role=_text(raw, "role"),
                    authoritative=raw.get("authoritative") is True,
                )
            )
    main_file = None
    if obj.get("mainFile"):
        try:
            main_file = parse_file(obj["mainFile"], warn)
        except SchemaError as exc:
            warn(obj["id"], f"mainFile skipped: {exc}")
    return OPaper(
        id=obj["id"],
        reference=_text(obj, "reference"),
        name=_text(obj, "name"),
        date=_text(obj, "date"),
        paper_type=_text(obj, "paperType"),
        consultations=tuple(consultations),
        main_file=main_file,
        web=_text(obj, "web"),
    )


def display_name(obj: dict[str, Any]) -> str:
    """An Organization's or Person's name as minutes write it; empty when it has none usable."""
    try:
        if name := _text(obj, "name"):
            return name
        title = obj.get("title")
        titles = (
            " ".join(t for t in title if isinstance(t, str))
            if isinstance(title, list)
            else _text(obj, "title")
        )
        parts = (_text(obj, "formOfAddress"), titles, _text(obj, "givenName"), _text(obj, "familyName"))
    except SchemaError:
        return ""
    return " ".join(p for p in parts if p)
