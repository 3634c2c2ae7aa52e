"""Decisions a report lists under one resolving sentence: each entry of the list is a matter resolved.

Gazettes and press pages of councils sum a session up in a sentence that ends in a colon and a list:

    Darüber hinaus wurden folgende Beschlüsse gefasst:
    - Änderung der Benutzungsordnung für das Freibad,
    - Satzungsbeschluss zum Bebauungsplan „Wohngebiet Süd“,

Each entry (a line opening with a dash, bullet or number, continued on the lines that do not) is one adopted
decision whose quote is the entry; its outcome is derived from the sentence above it, and no counts are given.
"""

from __future__ import annotations

import re

from assistant.models import Decision
from assistant.vocab import DecisionOutcome
from ingest.extract.common import ItemContext

_RESOLVING = (
    r"(?:\bfolgende\s+(?:\w+\s+)?Beschlüsse\s+(?:\w+\s+){0,3}?(?:gefasst|getroffen|verabschiedet)"
    r"|\b(?:fasste|fassten|fasst|fassen|traf|trafen)\b[^.:;]{0,80}?\bfolgende\s+(?:\w+\s+)?Beschlüsse"
    r"|\b(?:beschloss|beschlossen|beschließt)\b[^.:;]{0,80}?\bu\.\s*a\.)\s*:"
)
_HEAD = re.compile(rf"{_RESOLVING}\s*$")
"""A sentence that resolves the several matters the list below it names ("In dieser Sitzung wurden folgende Beschlüsse
gefasst:", "Der Rat fasste in seiner Sitzung folgende Beschlüsse:", "Der Gemeinderat beschloss u. a.:"); not one
resolution of several points ("Sodann fasst der Kreistag folgenden Beschluss: 1. … 2. …")."""
_HEAD_INLINE = re.compile(rf"{_RESOLVING}\s+(?=[-–•]\s)")
"""The same sentence with its list run on in the line ("… folgende Beschlüsse gefasst: - Das Nutzungskonzept … wurde
beschlossen. - Für 1500 Euro wird …"), as a web page's text copy flattens it."""
_INLINE_DASH = re.compile(r"(?:^|\s)[-–•]\s+(?=[A-ZÄÖÜ0-9„\"])")
_ENTRY = re.compile(r"^[ \t]*(?:[-–•·▪]|\d{1,2}[.)])[ \t]+\S")
"""A line that opens an entry of the list."""
_NO_MATTER = re.compile(r"\b(?:abgelehnt|vertagt|zurückgestellt|zurückgezogen|verwiesen|nicht)\b", re.IGNORECASE)
"""An entry that states another result than adoption: left to the rules of sentences."""


def listed_decisions(ctx: ItemContext) -> list[Decision]:
    """One adopted decision per entry of every list that a resolving sentence ending in a colon heads."""
    text, found = ctx.document.text, []
    start, end = ctx.section.char_start, ctx.section.char_end
    lines = list(re.finditer(r"^.*$", text[start:end], re.MULTILINE))
    index = 0
    while index < len(lines):
        if inline := _HEAD_INLINE.search(lines[index].group(0)):
            found.extend(_inline_entries(ctx, start + lines[index].start() + inline.end(), start + lines[index].end()))
        if not _HEAD.search(lines[index].group(0)):
            index += 1
            continue
        index += 1
        entry: tuple[int, int] | None = None
        while index < len(lines) and lines[index].group(0).strip():
            line = lines[index]
            if _ENTRY.match(line.group(0)):
                if entry is not None:
                    found.append(_entry(ctx, *entry))
                entry = (start + line.start() + len(line.group(0)) - len(line.group(0).lstrip()), start + line.end())
            elif entry is not None and line.group(0)[:1].islower():
                entry = (entry[0], start + line.end())  # a wrapped entry ("… Veränderungssperre / gemäß § 17 …")
            else:
                break
            index += 1
        if entry is not None:
            found.append(_entry(ctx, *entry))
    return [d for d in found if not _NO_MATTER.search(d.text)]


def _entry(ctx: ItemContext, begin: int, stop: int) -> Decision:
    return Decision(
        **ctx.base("decision", begin, stop),  # type: ignore[arg-type]
        outcome=DecisionOutcome.ADOPTED.value,
        text=" ".join(ctx.document.text[begin:stop].split()).lstrip("-–•·▪ ").rstrip(","),
        derived=("outcome",),
    )


def _inline_entries(ctx: ItemContext, begin: int, stop: int) -> list[Decision]:
    """One decision per dash-led entry of a list run on in the line, quoted up to the next dash."""
    text = ctx.document.text
    marks = list(_INLINE_DASH.finditer(text, begin - 1, stop))  # from the space before the first dash
    dashes, bounds = [m.end() for m in marks], [*(m.start() for m in marks), stop][1:]
    return [_entry(ctx, a, b) for a, b in zip(dashes, bounds, strict=True) if text[a:b].strip()]
