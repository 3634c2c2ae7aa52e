"""What an adopted resolution commits someone to do after the session, beyond the addressed shapes of
:mod:`ingest.extract.open_items` ("Die Verwaltung wird beauftragt, …").

- a resolution to act ("Es wird beschlossen, … hierfür die AG Feuerwehr einzurichten", "wurde der Beschluss gefasst,
  einen Rechtsanwalt zu beauftragen", "entschied sich das Gremium dazu, …", "einigte man sich darauf, …", "Es wird
  grundsätzlich beschlossen, dass die Stadt … Photovoltaikanlagen errichtet"): the actor of the *dass*
  clause, else the administration; not when the resolution itself performs the act ("beschließt, den
  Antrag abzulehnen", "… zur Anhörung freizugeben", "… von der Tagesordnung zu nehmen") or denies it
  ("nicht extern zu vergeben");
- a grant the resolution makes ("wird … ein jährlicher Kostenzuschuss von 3.000,- € … gewährt"): the
  administration pays it out.
"""

from __future__ import annotations

import re

from ingest.extract.lemmas import lemma

ACTOR = (
    r"(?:Stadt|Gemeinde|Kreis|Amts)?[Vv]erwaltung|[A-ZÄÖÜ]?\w*[Aa]mt|(?:Ober)?[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|"
    r"Kämmer(?:er|in)|Fachbereich|Bauhof|Stadt|Gemeinde"
)
"""Offices and bodies that carry out what a council resolves."""
GRANT = re.compile(r"\b(?:wird|werden)\b(?:[^.]|\.(?=\d))*\bgewährt\b")
"""A grant ("wird … gewährt"); a full stop inside a sum ("3.000,- €") does not end the sentence."""

_RESOLVES_TO = re.compile(
    r"\b(?:beschließt|beschließen|beschloss|beschlossen|(?:entschließt|entschloss|entschlossen)\s+sich(?:\s+dazu)?"
    r"|(?:Beschluss|Entschluss)\s+(?:gefasst|fasste|fassten|fasst)|(?:entschied|entschieden|entscheidet)\s+sich"
    r"|(?:darauf|dazu)\s+geeinigt|einigt(?:e|en)?\s+sich)\b"
    r"(?:\s+[\wäöüß]+){0,3}\s*,\s*(?P<what>.+)$",
    re.S,
)
_ACT = re.compile(
    r"\bzu\s+(?P<plain>[a-zäöüß]{3,}en)\b|\b(?P<particle>[a-zäöüß]{1,8})zu(?P<stem>[a-zäöüß]{3,}en)\b"
)
"""An act in the infinitive: "zu nutzen", "einzurichten" (particle + zu + stem)."""
_DASS_ACTOR = re.compile(
    rf"^dass\s+(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?P<owner>{ACTOR})\s+(?P<body>[^,;]*?)\s(?P<verb>[a-zäöüß]{{3,}}t)\b"
)
_PERFORMATIVE = frozenset(
    "ablehnen annehmen zustimmen freigeben nehmen absetzen vertagen verweisen zurückverweisen billigen genehmigen "
    "beschließen festsetzen feststellen erlassen wählen bestellen entsenden anerkennen aufheben zurückstellen "
    "zurückweisen beitreten befürworten empfehlen belassen festhalten verzichten bestätigen übernehmen "
    "entlasten abwägen berücksichtigen".split()
)
"""Acts the resolution itself performs: nothing is left to do after the vote."""


def resolves_to(text: str) -> tuple[str, tuple[str, ...]] | None:
    """Owner (and the fields it derives) of a resolution to act later in ``text``, or None."""
    match = _RESOLVES_TO.search(text)
    if match is None:
        return None
    what = match.group("what")
    if actor := _DASS_ACTOR.match(what):
        if lemma(actor.group("verb")) in _PERFORMATIVE or "nicht" in actor.group("body").split():
            return None
        return actor.group("owner"), ()
    for act in _ACT.finditer(what):
        verb = act.group("plain") or act.group("particle") + act.group("stem")
        clause = re.split(r"[,;]|\bund\b|\bsondern\b", what[: act.start()])[-1]
        if verb in _PERFORMATIVE or lemma(verb) in _PERFORMATIVE or re.search(r"\bnicht\b", clause):
            continue
        return "Verwaltung", ("owner",)
    return None
