"""Deferrals and referrals: the body that must still deal with an item, and who owns a task.

A deferral or referral is an open item only with a target: a body ("an den Entwicklungsausschuss
verwiesen"), a session ("in die nächste Sitzung des Stadtrats verschoben"), a date or an event ("Bis zum
Vorliegen des Lärmgutachtens wird der Punkt vertagt"); without one the guide counts it optional. A proposal
to refer becomes an item when the body adopts it in the next sentence. :class:`Task` and
:func:`clean_owner` are the owner of any task, shared with :mod:`ingest.extract.open_items`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.models import OpenItem
from ingest.extract import speakers
from ingest.extract.common import ItemContext, Unit
from ingest.extract.dues import due_of
from ingest.extract.speech_reading import is_speaker

BODY = r"(?:[A-ZÄÖÜ]\w*-\s+(?:und|u\.)\s+|(?:Technische|[Zz]uständige|[Bb]eratende|[Vv]orberatende|[Ff]ederführende)[nmr]?\s+)?[\w-]*(?:[Aa]usschuss|[Aa]usschüsse|[Aa]rbeitskreis|[Rr]at(?=e?s?\b)|[Kk]reistag|[Gg]remium|[Bb]eirat|[Vv]ertretung|[Vv]ersammlung|[Aa]rbeitsgruppe|[Gg]emeindevorstand|Magistrat)"
DEFERRED = re.compile(
    r"\b(?:verschoben|verschieben|verschiebt|vertagt|vertagen|zurückgestellt)\b"
    r"(?!\s+(?:auf|darauf)\b(?!\s+(?:die|den)\s+(?:[\w.-]+\s+)?[\w.-]*[Ss]itzung))|"
    r"\b(?:verwiesen|verweisen|überwiesen|überweisen|überweist|zurückverwiesen)\b(?!\s+(?:auf|darauf)\b)|\bverweist\b(?![^,.;]*\bauf\b)|"
    r"\berst\s+(?:in|nach|zur)\s+(?:der|einer)\s+(?:\w+\s+)?\w*[Ss]itzung\b[^.]*\b(?:zu\s+)?(?:beschließen|entscheiden|beraten|"
    r"behandeln)\b"
)
"""A deferral, also as a proposal to decide only at a later session ("…, erst in der Aprilsitzung … zu
beschließen"); "verweist … auf" refers to something ("verweist in diesem Zusammenhang auf die Sparschaltung")."""
# "Folgegremium" (here and in body_of) is the word of council administration for the next body in a proposal's
# Beratungsfolge, as portals print it in a status line after the target ("Beschluss: verwiesen in Folgegremium").
# Of the shared documents only a corpus-eval one holds it, so no other document attests it. It stays because it is
# a general term, not the wording of one document: the Beratungsfolge it refers to is a standard field of
# SessionNet/ALLRIS proposals (corpus-dev, corpus-bulk and corpus-records carry it, from several towns), and the
# "Beschluss: <status>" line is common there (some 36 documents), including statuses that hand an item on along that
# sequence ("Beschluss: ohne Empfehlung weitergegeben", "Beschluss: zurückgestellt"). It adds no match of its own,
# either: BODY ("[\w-]*[Gg]remium") already matches "Folgegremium" and comes first in the alternation (with the
# literal taken out, TARGET finds the same spans and targets in every shared document).
TARGET = re.compile(
    rf"\b(?:in|an|auf|zur|zum|bis zur)\s+(?:(?:die|den|das|der|dem|eine|einer)\s+)?(?P<target>(?:(?:nächsten?|kommenden?|folgenden?|andere[n]?|spätere[n]?)\s+)?"
    rf"(?:\w*(?<![A-Za-zäöüß])(?:[A-ZÄÖÜ][a-zäöüß]+s?)?[Ss]itzung(?:\s+(?:des|der)\s+(?:[\w-]+\s+){{0,2}}?{BODY}\w*)?|{BODY}\w*(?:\s+für\s+[\w-]+)?|Folgegremium|Verwaltung|Geschäftsgang|"
    rf"[A-ZÄÖÜ]\w*ung\s+(?:des|der)\s+(?:[\w-]+\s+){{0,2}}?{BODY}\w*|"
    r"(?<=den\s)[A-ZÄÖÜ]{2,6}(?![\w-])))"
)
_DEFERRING_BODY = re.compile(
    rf"^(?:Der|Die|Das)\s+(?P<body>{BODY}\w*(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+(?:vertagt|verschiebt|verweist|überweist|stellt)\b"
)
"""The body that defers to its own next session ("Die Bezirksvertretung Rodenkirchen vertagt …")."""


@dataclass
class Task:
    """Who has to act; ``derived`` names the fields the text does not state (an owner by default)."""

    owner: str
    derived: tuple[str, ...] = ()


def clean_owner(owner: str) -> str:
    owner = re.sub(r"^(?:zuständigen?|gesamte|jeweilige)\s+", "", owner.strip())
    owner = (
        re.sub(r"(?<=[a-zäöüß])(?:e?s)$", "", owner)
        if re.search(r"(?:rat|tag|ausschuss|kreis|amt|verband)e?s$", owner, re.IGNORECASE)
        else owner
    )
    owner = re.sub(r"(?<=ausschüss)en$", "e", owner)  # "in allen Fachausschüssen" → "Fachausschüsse"
    owner = re.sub(r"^(\w+)en(?=\s+Ausschuss$)", r"\1er", owner)  # "an den Technischen Ausschuss"
    return owner[:1].upper() + owner[1:]


def body_of(target: str, fallback: str) -> str:
    """ "nächste Sitzung des Stadtrats" → "Stadtrat"; "Entwicklungsausschuss" → itself; "Geschäftsgang" → the
    administration."""
    if match := re.search(rf"\b(?:des|der)\s+(?:[\w-]+\s+){{0,2}}?(?P<b>{BODY}\w*)", target):
        return clean_owner(match.group("b"))
    if target == "Geschäftsgang":
        return "Verwaltung"  # "den Antrag in den Geschäftsgang zu verweisen": the administration deals with it
    if re.fullmatch(r"[A-ZÄÖÜ]{2,6}", target):
        return target  # a body's abbreviation ("an den SGA")
    if re.search(rf"{BODY}|Folgegremium|Verwaltung", target) and not target.startswith(
        ("nächst", "kommend", "folgend", "ander", "später", "Sitzung")
    ):
        return clean_owner(re.sub(r"^(?:nächsten?|kommenden?|folgenden?)\s+", "", target))
    return fallback


_CITES = re.compile(r"\bauf\s[^;]{0,200}?\bverw(?:iesen|eisen|eist)\b")
"""Pointing to a paper ("Hierzu wird auf die Anlage 2 der Vorlage verwiesen"), not a referral."""
_REFERRED_TO = re.compile(
    r"\b(?:an|in)\s+(?:den|die|das)\s+(?:[\w-]+\s+)?[\w-]*(?:ausschuss|rat|gremium|kreistag|verwaltung|beirat)",
    re.I,
)
_NOT_DEFERRED = re.compile(
    rf"\bnicht\b[^,;]{{0,60}}(?:{DEFERRED.pattern})|\b(?:hätte|hätten)\b[^.;]*\bgehabt\b[^.;]*(?:{DEFERRED.pattern})"
)
"""A deferral denied ("nicht … zu vertagen") or only thought of ("X hätte keine Probleme gehabt, die Entscheidung auf
die nächste Sitzung zu verschieben"): no one defers."""
_UNTIL_EVENT = re.compile(
    r"\b(?:[Bb]is|[Nn]ach)\s+(?:(?:zu|nach)\s+)?(?:zu[mr]|dem|der|den|einer|einem)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]\w+|"
    r"\b[Nn]ach\s+(?:Eingang|Vorlage|Vorliegen|Abschluss|Klärung|Prüfung)\s+(?:des|der|von)\b"
)
"""A deferral until an event ("Bis zur Vorlage des Verkehrsgutachtens …", "nach dem Fachgespräch", "bis zu den
Haushaltsberatungen 2024", "bis nach einer Ortsbesichtigung", "nach Eingang der Stellungnahme")."""


def deferral(ctx: ItemContext, text: str) -> Task | None:
    """A deferral or referral with a target (a body, a session, a date or an event); one without a
    target, one that is denied ("nicht … zu vertagen") and a pointer to a paper are no task."""
    if is_speaker(text, persons_only=True) or _NOT_DEFERRED.search(text):
        return None
    if _CITES.search(text) and not _REFERRED_TO.search(text):
        return None
    deferring = _DEFERRING_BODY.match(text)
    fallback = clean_owner(deferring.group("body")) if deferring else ctx.document.meta.body or "Verwaltung"
    if target := TARGET.search(text):
        return Task(body_of(target.group("target"), fallback))
    if _UNTIL_EVENT.search(text) or due_of(text):
        return Task(fallback)
    return None


ADOPTS = re.compile(
    r"\b(?:(?:ist|sind|war|waren|zeigt sich|zeigen sich) (?:damit|hiermit) einverstanden|"
    r"(?:ist|sind|war|waren) mit (?:diesem|dem|diesen) (?:Verfahren|Vorgehen|Vorschlag|Vorgehensweise) einverstanden|[Dd]em wird (?:\w+ )?zugestimmt|"
    r"stimm(?:t|en) (?:dem|diesem)\b[^.]{0,60}\bzu|folg(?:t|en) (?:dem|diesem) (?:Vorschlag|Antrag)|"
    r"(?:gibt es|erhebt sich|ergeben sich|bestehen)\s+keine?n?\s+(?:Widersprüche|Widerspruch|Einwände|Einwand|Einwendungen))\b"
)
"""A body adopting the proposal just made."""


def task_restates(text: str, found: list[OpenItem]) -> bool:
    """A past-tense report of a deferral or referral already taken as an item of this agenda item."""
    return bool(
        found
        and DEFERRED.search(text)
        and re.search(r"\b(?:wurde|wurden|worden)\b", text)
        and any(DEFERRED.search(item.quote) for item in found)
    )


def proposed_referral(ctx: ItemContext, unit: Unit) -> tuple[Unit, Task] | None:
    """A speaker's proposal to refer or defer the item to a target, adopted only if the next sentence says so."""
    text = unit.text
    target = TARGET.search(text) if DEFERRED.search(text) else None
    speaks = is_speaker(text, persons_only=True) or speakers.find(text) is not None or re.match(r"(?:Er|Sie)\s", text)
    if target is None or not speaks:
        return None
    fallback = ctx.document.meta.body or "Verwaltung"
    return unit, Task(body_of(target.group("target"), fallback))
