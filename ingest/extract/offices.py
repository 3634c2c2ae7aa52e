"""The person behind an office a document names both ways: "Der Bürgermeister erklärte …" is Bürgermeister Kuhn when
the same minutes write "Bürgermeister Kuhn" and name no other holder of that office. One person, one identity: their
positions are found under their name (``/v1/people/{name}/positions``), whichever way the minute-taker wrote.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.language.german import fold
from assistant.language.persons import person_key
from assistant.models import Position

_OFFICES = {
    "buergermeister": ("buergermeister", "buergermeisterin", "bgm", "bgm.", "bgmin", "bgmin.", "bm", "bmin"),
    "oberbuergermeister": ("oberbuergermeister", "oberbuergermeisterin", "ob", "obin", "obm"),
    "landrat": ("landrat", "landraetin"),
    "ortsvorsteher": ("ortsvorsteher", "ortsvorsteherin", "ov", "ovin"),
    "ortsbuergermeister": ("ortsbuergermeister", "ortsbuergermeisterin"),
    "kaemmerer": ("kaemmerer", "kaemmerin", "stadtkaemmerer", "stadtkaemmerin"),
    "stadtdirektor": ("stadtdirektor", "stadtdirektorin"),
    "amtsdirektor": ("amtsdirektor", "amtsdirektorin"),
}
"""An office and the ways minutes write it before a name, folded."""
_BY_WRITING = {written: office for office, writings in _OFFICES.items() for written in writings}


def _office(words: str) -> str:
    """The office ``words`` write (a role before a name, or an office speaking alone), or ""."""
    folded = re.sub(r"^(?:der|die)\s+", "", fold(words).strip())
    if office := _BY_WRITING.get(folded, ""):
        return office
    single = _SINGLE_HOLDER.fullmatch(folded)
    return single.group("office") if single else ""


_SINGLE_HOLDER = re.compile(r"(?P<office>[a-z]*(?:praesident|vorsteher|direktor))(?:in)?")
"""Offices one person holds, however compounded ("Kreispräsidentin", "Stadtverordnetenvorsteher", "Amtsdirektor")."""


def resolve_offices(positions: list[Position], municipality: str) -> list[Position]:
    """``positions`` with every office speaking alone ("Bürgermeister") given the name of the one holder the same
    document names with that office ("Bürgermeister Kuhn"); offices with no or several named holders stay as they
    are. The person is then derived (``derived`` gains "person")."""
    holders: dict[str, set[str]] = {}
    for position in positions:
        if position.role and (office := _office(position.role)):
            holders.setdefault(office, set()).add(position.person)
    named = {
        office: min(people, key=len)
        for office, people in holders.items()
        if len({person.split()[-1] for person in people}) == 1  # "Dr. Alemazung" and "Alemazung" are one holder
    }
    resolved = []
    for position in positions:
        office = "" if position.role else _office(position.person)
        if office and (person := named.get(office)):
            position = replace(
                position,
                person=person,
                person_key=person_key(person, municipality),
                role=position.person,
                derived=tuple(dict.fromkeys((*position.derived, "person"))),
            )
        resolved.append(position)
    return resolved
