"""Who argued what: speakers, their stance and its object, from indirect speech in minutes.

"Herr Stadtrat Becker (CDU) befürwortet die Variante B." → person "Herr Becker", role "Stadtrat",
faction "CDU", stance befürwortet, object "Variante B". Sentences opened by a pronoun ("Er
begründet dies …", "Des Weiteren stellt er fest …") belong to the last named speaker of the item;
without a stance of their own they extend that speaker's quote.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.records import Position
from assistant.vocab import Stance
from ingest.extract.common import ItemContext, Unit

_TITLE = r"(?:Dr\.|Prof\.|Dipl\.-Ing\.)"
_ROLE = (
    r"(?:Ober)?[Bb]ürgermeister(?:in)?|Stadträtin|Stadtrat|Stadtverordnete[r]?|Ratsmitglied|Ratsherr|"
    r"Kreisrätin|Kreisrat|Gemeinderätin|Gemeinderat|Ortsvorsteher(?:in)?|Ortsbürgermeister(?:in)?|"
    r"Beigeordnete[r]?|Geschäftsleiter(?:in)?|Kämmerer|Kämmerin|Landrätin|Landrat|OBM|Vorsitzende[r]?"
)
_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
SPEAKER_START = re.compile(
    r"^(?:[a-z]\)\s*)?(?P<inst>Die Verwaltung|Der Ausschussvorsitzende|Die Ausschussvorsitzende|Der Vorsitzende|Die Vorsitzende|Die Bürgermeisterin|"
    r"Der Bürgermeister|Die (?P<frak>[A-ZÄÖÜ][\w/]{1,30})-Fraktion|Ein(?:e)? Sprecher(?:in)? der "
    r"(?P<frak2>[A-ZÄÖÜ]\w{1,20})-\w*[Ff]raktion)\s+(?P<rest2>[a-zäöü].*)$"
    rf"|^(?:[a-z]\)\s*)?(?:(?P<anrede>Frau|Herrn?|Hr\.|Fr\.)\s+)?(?:(?P<role>{_ROLE})\s+)?"
    rf"(?:(?:Hr\.|Fr\.|Herr|Frau)\s+)?(?P<titles>(?:{_TITLE}\s+)*)(?P<name>{_NAME}(?:\s+{_NAME})?)"
    r"(?:\s*\((?P<paren>[^)]{1,60})\))?(?:,\s*(?P<apposition>[^,]{1,60}),)?\s+(?P<rest>[a-zäöü].*)$"
)
INVERTED_SPEAKER = re.compile(
    r"^(?P<lead>[A-ZÄÖÜ][\wäöüß-]*(?:\s+[\wäöüß.-]+){0,6}?)\s+(?P<verb>[a-zäöüß]+t)\s+(?:der|die)?\s*"
    rf"(?:(?P<anrede>Frau|Herr|Hr\.|Fr\.)\s+)?(?P<role>(?:(?:{_ROLE})\s+)*)"
    rf"(?:(?P<anrede2>Hr\.|Fr\.|Herr|Frau)\s+)?(?P<titles>(?:{_TITLE}\s+)*)(?P<name>{_NAME})"
    r"(?:\s*\((?P<paren>[^)]{1,60})\))?(?P<rest>[\s,].*)$"
)
"""A speaker after an opening phrase and the verb: "Aufgrund der Diskussion schlägt der Vorsitzende
OBM Dr. Janik vor, …", "Zu diesem Tagesordnungspunkt erhält Frau Auraß das Rederecht."
(nominative "Herr" only: "… begrüßt Herrn X" names the one addressed)."""
_NAMES_SOMEONE = re.compile(rf"\b(?:Frau|Herrn?|Hr\.|Fr\.|{_ROLE})\b")
_PRONOUN = re.compile(
    r"^(?:(?:Er|Sie)\s+(?P<rest>[a-zäöü].*)|(?:Des Weiteren|Außerdem|Zudem|Weiterhin|Ferner|Darüber hinaus|"
    r"Dabei|Daher|Deshalb|Anschließend|Abschließend|Zunächst)\s+(?P<verb>\w+)\s+(?:er|sie)\b(?P<rest3>.*))$"
)
_FACTION = re.compile(
    r"^(?:CDU|CSU|SPD|FDP|AfD|Grüne|B'?90/Grüne|Bündnis 90/Die Grünen|Die Linke|Linke|Freie Wähler|FW|"
    r"UWG|WNK|ÖDP|BfB|Piraten|Die PARTEI|FWG|BVB|Bürgerliste|Bürgerforum|KG)$",
    re.IGNORECASE,
)
_STANCES: list[tuple[Stance, re.Pattern[str]]] = [
    (
        Stance.OPPOSES,
        re.compile(
            r"\blehn\w*\b(?P<obj>[^.]*?)\bab\b|spricht sich\b[^.]*?\bgegen\b(?P<obj2>[^.]*?)\baus\b"
            r"|kündigt\b[^.]*\bAblehnung|hält\b(?P<obj3>[^.]*?)\bfür (?:entbehrlich|nicht)|\bwiderspricht\b"
        ),
    ),
    (Stance.MOVES, re.compile(r"\bbeantragt\b|stellt\b[^.]{0,20}\b\w*[Aa]ntrag\b")),
    (
        Stance.SUPPORTS,
        re.compile(
            r"\b(?:befürwortet|favorisier\w*|unterstützt|begrüßt|plädiert|stimmte?\b[^.]*\bzu\b|"
            r"spricht sich\b[^.]*?\bfür\b|trägt\b[^.]*\bmit\b|erklärt\b[^.]*\bZustimmung)"
        ),
    ),
    (
        Stance.PROPOSES,
        re.compile(
            r"\b(?:schlägt|schlagen)\b|\bregt\b[^.]*\ban\b|\bempfiehlt\b|\bbittet\b(?! um Entschuldigung)|\bwünscht\b"
        ),
    ),
    (
        Stance.CRITICISES,
        re.compile(r"\b(?:kritisiert|bemängelt|beanstandet|rügt|mahnt\b[^.]*\ban\b|äußert\b[^.]*kritisch)"),
    ),
    (
        Stance.ASKS,
        re.compile(r"\b(?:fragt|erkundigt|stellt\s+(?:\w+\s+){0,2}(?:die|eine)\s+Frage|mit der Frage\b)"),
    ),
    (
        Stance.STATES,
        re.compile(
            r"\b(?:stellt\b[^.]*\bfest|feststellen|schätzt\b[^.]*\bein\b|stellt\b[^.]*\bab\b|betont|hält fest|unterstreicht|stellt\b[^.]*\bin den Raum)"
        ),
    ),
    (
        Stance.INFORMS,
        re.compile(
            r"\b(?:informiert|berichtet|teilt\b[^.]*\bmit|erläutert|stellt\b[^.]*\bvor|führt\b[^.]*\baus|"
            r"antwortet|sagt\b[^.]*\bzu|verweist|weist\b[^.]*\bhin|bestätigt|verneint|ergänzt|erklärt|"
            r"schildert|erwidert|entgegnet)"
        ),
    ),
]
_VARIANT = re.compile(r"\b(Variante\s+[A-Z0-9]\b)")
_LEAD_ARTICLE = re.compile(
    r"^(?:ebenfalls|grundsätzlich|jedoch|auch|zudem|stattdessen|deshalb|daher|\s)*"
    r"(?:(?:einen|einer|eine|ein|dem|den|der|die|das)\b)?\s*",
    re.IGNORECASE,
)
_PARTICLES = frozenset({"ab", "vor", "an", "aus", "zu", "mit", "fest", "hin", "ein"})
_PROCEDURAL = re.compile(
    r"beschlussfähig|ordnungsgemäß|fristgerecht|eröffnet die Sitzung|schließt die Sitzung|"
    r"begrüßt die (?:Mitglieder|Anwesenden|Gäste|Zuhörer)|begrüßt (?:Herrn|Frau)\b|übergibt\b[^.]*\bWort"
)
_CONTINUES = re.compile(r"\b(?:begründet|führt\b[^.]*\bweiter|ergänzt|verweist)\b")


def is_speaker(text: str, persons_only: bool = False) -> bool:
    """True when ``text`` opens with a speaker ("Herr X", "Ratsmitglied Y", "Die Verwaltung informiert")."""
    match = SPEAKER_START.match(text)
    if match is None:
        return False
    if match.group("inst"):
        return not persons_only and not re.match(r"(?:wird|werden|ist|hat|kann|soll)\b", match.group("rest2"))
    return any(match.group(g) for g in ("anrede", "role", "paren"))


def _stance(rest: str) -> tuple[Stance, str] | None:
    """The stance of the main verb (the earliest cue); a stance in a "dass er …" clause beats mere reporting."""
    found = [
        (m.start(), rank, stance, m) for rank, (stance, p) in enumerate(_STANCES) if (m := p.search(rest))
    ]
    if not found:
        return None
    found.sort(key=lambda item: (item[0], item[1]))
    _, _, stance, match = found[0]
    supports = next((f for f in found if f[2] is Stance.SUPPORTS), None)
    if stance is Stance.PROPOSES and supports and _VARIANT.search(rest[supports[0] :]):
        return Stance.SUPPORTS, _object(Stance.SUPPORTS, rest, supports[3])
    if stance is Stance.INFORMS:
        clause = re.search(r"\bdass (?:er|sie|seine|ihre)\b", rest)
        for start, _, other, other_match in found[1:]:
            if clause and start > clause.start() and other not in (Stance.INFORMS, Stance.STATES):
                return other, _object(other, rest, other_match)
    return stance, _object(stance, rest, match)


def _object(stance: Stance, rest: str, match: re.Match[str]) -> str:
    if stance in (Stance.SUPPORTS, Stance.OPPOSES) and (variant := _VARIANT.search(rest)):
        return variant.group(1)
    inner = next((g for g in match.groups() if g and g.strip()), None) if match.groups() else None
    words = match.group(0).split()
    if not inner and len(words) > 2 and words[-1] in _PARTICLES:
        inner = " ".join(words[1:-1])
    after = re.sub(r"^\w+", "", rest[match.end() :])  # past tense: "erklärte", "erläuterte"
    after = re.sub(r"^\s*(?:an|ab|vor|aus|zu|fest|mit|hin|ein)\b", "", after)
    after = re.sub(r"^\s*(?:darum|dafür|hierum|nach)\b", "", after)
    if inner and not re.fullmatch(r"\s*(?:dies|das|sich|er|sie|darauf|darum|dafür)\s*", inner):
        candidate = inner
    elif after.lstrip().startswith(","):
        candidate = re.sub(r"^\s*,\s*(?:dass\s+)?", "", after)
    else:
        candidate = re.split(r"[,.;:]|\s(?:ab|vor|an|aus|zu|mit dem Hinweis)\b", after, maxsplit=1)[0]
    candidate = _LEAD_ARTICLE.sub("", candidate.strip()).rstrip(" .")
    return candidate[:200]


def _person(anrede: str, titles: str, name: str) -> str:
    """ "Hr. Dr. Janik" → "Herr Dr. Janik" (the form of address written out)."""
    said = {"Hr.": "Herr", "Fr.": "Frau", "Herrn": "Herr"}.get(anrede, anrede)
    return " ".join(p for p in (said, titles.strip(), name) if p)


def _speaker(match: re.Match[str]) -> tuple[str, str, str, str]:
    """(person, role, faction, rest of sentence)."""
    if match.group("inst"):
        faction = match.group("frak") or match.group("frak2") or ""
        return (
            match.group("inst").removeprefix("Die ").removeprefix("Der "),
            "",
            faction,
            match.group("rest2"),
        )
    person = _person(match.group("anrede") or "", match.group("titles") or "", match.group("name"))
    role, faction = match.group("role") or "", ""
    for extra in (match.group("paren"), match.group("apposition")):
        if not extra:
            continue
        if _FACTION.match(extra.strip()):
            faction = extra.strip()
        elif not role:
            role = extra.strip()
    return person, role, faction, match.group("rest")


def _inverted(text: str) -> tuple[str, str, str, str] | None:
    """(person, role, faction, verb and rest) of a sentence whose speaker follows its verb."""
    match = INVERTED_SPEAKER.match(text)
    if match is None or not (match.group("anrede") or match.group("role").strip()):
        return None
    if _NAMES_SOMEONE.search(match.group("lead")):
        return None  # "Erster Stadtrat Seidler begrüßt Frau X": the speaker opens the sentence
    person = _person(
        match.group("anrede") or match.group("anrede2") or "", match.group("titles"), match.group("name")
    )
    paren = (match.group("paren") or "").strip()
    faction = paren if _FACTION.match(paren) else ""
    return person, match.group("role").strip(), faction, f"{match.group('verb')}{match.group('rest')}"


def extract_positions(ctx: ItemContext) -> list[Position]:
    found: list[Position] = []
    last: tuple[str, str, str] | None = None
    for unit in ctx.units:
        named = SPEAKER_START.match(unit.text) if is_speaker(unit.text) else None
        inverted = None if named else _inverted(unit.text)
        pronoun = None if named or inverted else _PRONOUN.match(unit.text)
        if named:
            person, role, faction, rest = _speaker(named)
            last = (person, role, faction)
        elif inverted:
            person, role, faction, rest = inverted
            last = (person, role, faction)
        elif pronoun and last is not None:
            person, role, faction = last
            rest = pronoun.group("rest") or f"{pronoun.group('verb')} {pronoun.group('rest3')}"
            if _CONTINUES.match(rest) and found and found[-1].person == person:
                found[-1] = _extend(ctx, found[-1], unit)
                continue
        else:
            continue
        stance = None if _PROCEDURAL.search(unit.text) else _stance(rest)
        if stance is None:
            continue
        found.append(
            Position(
                **ctx.base("position", unit.start, unit.end),  # type: ignore[arg-type]
                person=person,
                role=role,
                faction=faction,
                stance=stance[0].value,
                object=stance[1],
            )
        )
    return found


def _extend(ctx: ItemContext, position: Position, unit: Unit) -> Position:
    text = ctx.document.text
    return replace(position, char_end=unit.end, quote=text[position.char_start : unit.end])
