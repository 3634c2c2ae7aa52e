"""Tasks and follow-ups: who has to do what by when ("Die Verwaltung wird beauftragt, …").

Status starts as open; :meth:`assistant.records.RecordStore.link_settlements` marks an item
settled when a later document takes it up. One item per paragraph: a resolution that says
"beauftragt …" and then "Das Ergebnis ist … vorzulegen" is one task.
"""

from __future__ import annotations

import re

from assistant.records import OpenItem
from ingest.extract.common import DATE_RE, ItemContext, iso
from ingest.extract.positions import is_speaker

_TASKS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:Die|die) (?P<owner>Verwaltung|Bürgermeisterin|Bürgermeister|\w+-?Fraktion|SPD|CDU|FDP)\s+"
            r"wird\b[^.]{0,40}?\b(?:beauftragt|gebeten|aufgefordert)\b"
        ),
        "",
    ),
    (re.compile(r"\bbeauftragt die (?P<owner>Verwaltung|Bürgermeisterin|Bürgermeister)\b"), ""),
    (
        re.compile(
            r"\b(?:zum|zur|bis zum|bis zur) nächsten \w+ eine \w*[Vv]orlage\b[^.]*\b(?:erarbeiten|vorzulegen|vorlegen)"
        ),
        "Verwaltung",
    ),
    (re.compile(r"\bPrüfauftrag\b|\bzu prüfen\b(?![^.]*\bwurde)"), "Verwaltung"),
    (
        re.compile(
            r"\b(?:Antwort|Beantwortung)\b[^.]*\bnachgereicht|\bwird\b[^.]*\bnachgereicht|"
            r"\bsoll\b[^.]*\bnächsten Sitzung beantwortet\b"
        ),
        "Verwaltung",
    ),
    (re.compile(r"\bsagt\b[^.]*\bzu\b,?\s*(?:dies|das|die|den)?\b"), "@speaker"),
    (
        re.compile(
            r"\b(?:wird|werden)\b[^.]{0,80}\b(?:vertagt|zurückgestellt)\b|\bauf eine andere Sitzung vertagt\b"
        ),
        "@body",
    ),
    (
        re.compile(
            r"\b(?:in|an) (?:den|die|das) (?P<target>[\w-]+)\s+(?:zu\s+)?verw(?:iesen|eisen)\b|"
            r"\bverwiesen\b[^.]*\b(?:in|an) (?:den|die|das) (?P<target2>[\w-]+)"
        ),
        "@target",
    ),
]
_NEXT = re.compile(r"\b(?:zum|zur|in der|bis zum|bis zur|in die) nächsten (?:Sitzung|\w+)")
_UNTIL_MONTH = re.compile(
    r"\bbis (?:Ende |Mitte )?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
    r"(?: \d{4})?"
)
_SPEAKER_NAME = re.compile(r"^(?:[a-z]\)\s*)?((?:Frau|Herr)\s+(?:Dr\.\s+)?[A-ZÄÖÜ]\w+)")


def _due(text: str) -> str:
    match = re.search(r"\bbis (?:zum |spätestens )?(?=\d)", text)
    if match and (date := DATE_RE.match(text, match.end())):
        return iso(date)
    if _NEXT.search(text):
        return "nächste Sitzung"
    if match := _UNTIL_MONTH.search(text):
        return match.group(0).removeprefix("bis ").strip()
    return ""


def _task(text: str, match: re.Match[str]) -> str:
    after = text[match.end() :].lstrip(" ,")
    if len(after) > 25:
        return after.rstrip(" .")[:300]
    return text.rstrip(" .")[:300]


def extract_open_items(ctx: ItemContext) -> list[OpenItem]:
    found: list[OpenItem] = []
    paragraphs: set[int] = set()
    for unit in ctx.units:
        if unit.paragraph in paragraphs:
            continue
        for pattern, owner_rule in _TASKS:
            match = pattern.search(unit.text)
            if match is None or (
                owner_rule == "Verwaltung" and "Prüf" in pattern.pattern and is_speaker(unit.text)
            ):
                continue
            groups = match.groupdict()
            owner = groups.get("owner") or owner_rule
            if owner_rule == "@speaker":
                speaker = _SPEAKER_NAME.match(unit.text)
                owner = speaker.group(1) if speaker else "Verwaltung"
            elif owner_rule == "@body":
                owner = ctx.document.meta.body
            elif owner_rule == "@target":
                owner = groups.get("target") or groups.get("target2") or ""
            task = _task(unit.text, match) if owner_rule not in ("@body", "@target") else unit.text
            if "nachgereicht" in match.group(0) or "beantwortet" in match.group(0):
                asked = [u.text for u in ctx.units if u.paragraph == unit.paragraph and u.end <= unit.start]
                task = " ".join([*asked[-2:], unit.text])
            found.append(
                OpenItem(
                    **ctx.base("open_item", unit.start, unit.end),  # type: ignore[arg-type]
                    owner=owner,
                    task=task,
                    due=_due(unit.text),
                )
            )
            paragraphs.add(unit.paragraph)
            break
    return found
