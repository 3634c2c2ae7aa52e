"""What a question takes for granted about a direction, a degree, a permission or an existence, and
sentences that state the opposite.

"Warum ist das Eigenkapital so zusammengeschmolzen?" presupposes a fall; "… steigendes Eigenkapital …"
states a rise. "Warum liegen die Anmeldungen so weit neben dem Gutachten?" presupposes a large gap; "…
weiche nur geringfügig ab" states a small one. "Aus welchen Gründen hat die Bezirksregierung die
Fortzahlung untersagt?" presupposes a ban; "… weiter gezahlt werden dürften" states a permission. "Wo
hängt die Gedenktafel bisher?" presupposes that there is one; "… erinnern heute keine Gedenktafel …"
says there is none. Words are matched by their beginnings (lemma stems of the folded text), a negation
right before a word turns its pole ("nicht erhöht" is no rise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language.german import fold

Pole = tuple[str, str]
"""(axis, pole): ("direction", "up"), ("degree", "small"), ("permission", "forbid") …"""

_POLES: dict[Pole, re.Pattern[str]] = {
    ("direction", "up"): re.compile(
        r"^(?:erhoeh|gestiegen|steig|anheb|angehoben|hebt|zugenommen|zunehm|nimmt zu|gewachsen|wachs|aufgestockt"
        r"|hoeher|verteuer|teurer|mehr\b|anstieg|zuwachs|plus\b|vergroesser|aufstock)"
    ),
    ("direction", "down"): re.compile(
        r"^(?:gesenkt|senk|gesunken|sinkt|sinkend|sank|reduzier|verringer|abgenommen|abnehm|geschrumpft|schrumpf"
        r"|zusammengeschmolzen|zusammenschmelz|geschmolzen|gekuerzt|kuerz|weniger\b|niedriger|rueckgang|ruecklaeufig"
        r"|verbillig|billiger|abgebaut|minus\b|verkleiner)"
    ),
    ("degree", "large"): re.compile(
        r"^(?:erheblich|drastisch|massiv|deutlich|stark|gravierend|enorm|weit\b)"
    ),
    ("degree", "small"): re.compile(r"^(?:gering|geringfuegig|kaum\b|minimal|unwesentlich|marginal)"),
    ("permission", "forbid"): re.compile(
        r"^(?:untersag|verbot|verbiet|versagt|gestrichen|eingestellt|gestoppt|unzulaessig)"
    ),
    ("permission", "permit"): re.compile(
        r"^(?:erlaub|gestattet|genehmig|duerfen\b|duerfte|darf\b|positive[nr]? stellungnahme|befuerwort|bewillig"
        r"|weiter gezahlt|fortgesetzt|fortgefuehrt|zugelassen)"
    ),
    ("outcome", "carried"): re.compile(
        r"^(?:durchgesetzt|setzte[n]? sich\b|durchgekommen|durchgegangen|durchgewunken|durchgewinkt|abgesegnet|eine mehrheit\b|angenommen|gefolgt|stattgegeben|zugestimmt"
        r"|beschlossen|beschloss\b|beschlossene|verabschiedet)"
    ),
    ("outcome", "failed"): re.compile(
        r"^(?:(?:fand|findet|fanden|finden|erhielt|erhaelt|bekam|bekommt)(?: \w+)? keine mehrheit|keine mehrheit"
        r"|abgelehnt|gescheitert|scheiterte|durchgefallen)"
    ),
}
_OPPOSITE = {
    "up": "down",
    "down": "up",
    "large": "small",
    "small": "large",
    "forbid": "permit",
    "permit": "forbid",
    "carried": "failed",
    "failed": "carried",
}
_FLIPS = frozenset({"direction", "permission", "outcome"})
"""Axes a negation turns ("nicht erhöht", "nicht genehmigt"); "nicht stark" is no "gering"."""
_DEGREE_ASKED = re.compile(
    r"\b(?:so|derart|dermassen|wie|zu)\s+(?:weit|stark|deutlich|massiv|drastisch|sehr|viel)\b"
)
"""A degree a question presupposes: "so weit", "derart stark" (a bare "deutlich" is no presupposition)."""
_NEGATION = frozenset({"nicht", "kein", "keine", "keinen", "keiner", "keines", "nie", "niemals"})
_WORDS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ASKS_WHY = re.compile(
    r"\b(?:warum|weshalb|wieso|wozu|aus welche[mn] gr(?:u|ue)nde?n?|mit welche[rn] begruendung|wie kam es"
    r"|wodurch|(?<!, )wo(?:hin)?|seit wann|wie lange schon|was war (?:der|die) (?:grund|gruende|anlass)|womit"
    r"|mit welche[rm] (?:mehrheit|stimmen\w*|ergebnis))\b"
)
"""Question words that take what they ask about for granted (wherever they stand: "… ist ja in die Jahre
gekommen – warum soll sie ersetzt werden?"); "wo" after a comma is a relative adverb ("bei Höttingen, wo ein Landwirt
…"), no question."""


@dataclass(frozen=True)
class Presupposition:
    """What a question takes for granted beyond a decision's outcome."""

    poles: frozenset[Pole]
    """Directions, degrees, permissions the question states as given."""
    things: tuple[str, ...]
    """The nouns it asks about (folded), whose existence it takes for granted and which a contradicting
    sentence must name."""
    persons: tuple[str, ...] = ()
    """The people it says acted (stems of their names: "Warum stimmte Herr Eckl gegen …?"), whose presence
    it takes for granted: a sentence saying one of them was absent contradicts it."""
    choice: str = ""
    """What it says was chosen ("Warum hat sich der Rat für ein Satteldach entschieden?": "satteldach", folded): a
    sentence choosing another of its kind ("… entschied sich für ein Flachdach") contradicts it."""


def poles_of(text: str) -> set[Pole]:
    """The poles ``text`` states, a negation within the two words before a word turning it."""
    words = _WORDS.findall(fold(text))
    found: set[Pole] = set()
    for n in range(len(words)):
        rest = " ".join(words[n : n + 3])
        for (axis, pole), pattern in _POLES.items():
            if not pattern.match(rest):
                continue
            negated = axis in _FLIPS and any(w in _NEGATION for w in words[max(n - 2, 0) : n])
            found.add((axis, _OPPOSITE[pole]) if negated else (axis, pole))
    return found


def presupposition(
    question: str, things: tuple[str, ...], persons: tuple[str, ...] = ()
) -> Presupposition | None:
    """What ``question`` takes for granted (see the module), or None when it asks no "why", "since when"
    or "where" (nor what a person said or did), is negated itself, or states nothing of the kind.
    ``things``: the nouns it asks about; ``persons``: stems of the people it names."""
    folded = fold(question)
    if any(w in _NEGATION for w in _WORDS.findall(folded)):
        return None
    acting = persons if persons and (_ASKS_WHY.search(folded) or _ASKS_WHAT_DONE.search(folded)) else ()
    if not _ASKS_WHY.search(folded):
        return Presupposition(frozenset(), (), acting) if acting else None
    poles = {p for p in poles_of(question) if p[0] != "degree"}
    if _DEGREE_ASKED.search(folded):
        poles.add(("degree", "large"))
    chosen = _CHOSEN_ASKED.search(folded)
    choice = chosen.group("choice") if chosen else ""
    return Presupposition(frozenset(poles), things, acting, choice) if poles or things or acting else None


_ARTICLE = r"(?:(?:ein|eine|einen|den|die|das|dem|der)\s+)?(?:[a-z]+(?:e|en|es)\s+)?"
_CHOSEN_ASKED = re.compile(
    rf"\bfuer\s+{_ARTICLE}(?P<choice>[a-z]{{5,}})\b[^?]{{0,80}}\b(?:entschieden|ausgesprochen|gestimmt|votiert)\b"
)
_CHOSEN = re.compile(
    rf"\b(?:entschied|entscheidet|entschieden|sprach|spricht|stimmte|stimmt|votierte|votiert)\b[^.]{{0,60}}?\bfuer\s+"
    rf"{_ARTICLE}(?P<choice>[a-z]{{5,}})\b"
)


def _chose_other(sentence: str, choice: str) -> bool:
    """Whether ``sentence`` (folded) chooses another thing of the kind of ``choice``: the same last part of the
    compound, another first part ("flachdach" for "satteldach")."""
    for match in _CHOSEN.finditer(sentence):
        other = match.group("choice")
        pairs = zip(other[::-1], choice[::-1], strict=False)
        shared = next((n for n, (x, y) in enumerate(pairs) if x != y), min(len(other), len(choice)))
        if other != choice and shared >= 4 and min(len(other), len(choice)) - shared >= 3:
            return True
    return False


_ASKS_WHAT_DONE = re.compile(
    r"(?:^|[.!?]\s+|\s[–—-]\s)(?:was|wie|wofuer|wogegen|welche[nrs]?\s+\w+)\s+"
    r"(?:hat|haben|hatte|sagte|sagten|meinte|forderte|wollte|schlug|kritisierte|beantragte|fragte|stimmte|votierte"
    r"|begruendete|argumentierte|erklaerte|lehnte|befuerwortete|bemaengelte|regte)\b"
)
"""A question about what a named person said or did ("Was sagte Herr Albers …?", "Wie stimmte …?"), also after a
sentence or dash that leads in ("In Högersdorf stand die Hundesteuer an. Was hat Herr Thoms dazu beigetragen?")."""
_AWAY = re.compile(
    r"\bnicht anwesend\b|\babwesend\b|\bfehlte[n]?\b|\bentschuldigt\b|\bnicht teil\b|\bbefangen\b"
    r"|\bverl(?:ae|a)sst (?:die sitzung|den (?:sitzungs)?(?:saal|raum))\b|\bverliess (?:die sitzung|den (?:sitzungs)?(?:saal|raum))\b"
)
"""Words that say a person was not there or took no part ("war bei der Abstimmung nicht anwesend",
"fehlte entschuldigt", "nahm wegen Befangenheit nicht teil")."""
_NEAR = 8
"""How many words may stand between a person's name and the words that say they were away."""


def _away(sentence: str, person: str) -> bool:
    """Whether ``sentence`` (folded) says that ``person`` (a stem of the name) was away: the name within
    :data:`_NEAR` words of an absence ("Kreisrat Eckl war bei der Abstimmung nicht anwesend", "Es fehlte
    entschuldigt: Herr Eckl")."""
    words = _WORDS.findall(sentence)
    named = [n for n, w in enumerate(words) if w.startswith(person)]
    for match in _AWAY.finditer(sentence):
        at = len(_WORDS.findall(sentence[: match.start()]))
        for n in named:
            between = words[min(n, at) + 1 : max(n, at)]
            if abs(at - n) <= _NEAR and not _OTHER_PERSON & set(between):
                return True
    return False


_OTHER_PERSON = frozenset({"herr", "herrn", "frau", "dass", "ob"})
"""Words between a name and an absence that make the absence another person's ("Herr Eckl sagt, dass Frau
Meier fehlt")."""


def names_thing(sentence: str, thing: str) -> bool:
    """Whether ``sentence`` (folded) names ``thing`` (folded), also inside a compound or inflected, or a compound
    ``thing`` by both its parts ("Ausschusssitze": "die Sitzzahl in den Ausschüssen")."""
    words = _WORDS.findall(sentence)
    if any(_stem(thing) in word for word in words):
        return True
    return any(
        any(_stem(thing[:cut]) in word for word in words) and any(_stem(thing[cut:]) in word for word in words)
        for cut in range(5, len(thing) - 3)
    )


def _stem(word: str) -> str:
    return word[: max(len(word) - 2, 4)]


def _absent(sentence: str, thing: str) -> bool:
    """Whether ``sentence`` (folded) says there is no ``thing`` ("keine Gedenktafel")."""
    stem = re.escape(thing[: max(len(thing) - 2, 4)])
    return re.search(rf"\bkein(?:e|en|er|es)?\s+(?:[a-z]+(?:e|en|er|es)\s+)?{stem}", sentence) is not None


_UNCHANGED = re.compile(
    r"\bunveraendert\b|\bbeibehalten\b|\bbleib\w*\s+(?:es\s+)?(?:\w+\s+)?bestehen\b"
    r"|\bbleib\w*\s+(?:es\s+)?(?:(?:weiter|weiterhin|auch)\s+)?bei\b|\bbei\s+(?:[\w-]+\s+){1,5}bleib\w*\b"
)
"""A thing left as it was ("bleibt unverändert", "es bleibt bei der bisherigen Regelung", "wodurch es weiter bei der
augenblicklichen Größe bleiben wird"): no rise and no fall."""


def _unchanged(stated: set[Pole], sentence: str) -> bool:
    """Whether ``sentence`` (folded) leaves a thing as it was and states no direction of its own."""
    return not any(axis == "direction" for axis, _ in stated) and _UNCHANGED.search(sentence) is not None


def contradicts_sentence(presupposed: Presupposition, sentence: str) -> bool:
    """Whether ``sentence`` names a thing the question asks about and states the opposite of what it
    takes for granted (and not also the same), or leaves unchanged what it says was raised or lowered, or says
    there is no such thing, or that a person it says acted was away."""
    folded = fold(sentence)
    if any(_away(folded, p) for p in presupposed.persons):
        return True
    if presupposed.choice and _chose_other(folded, presupposed.choice):
        return True
    named = [t for t in presupposed.things if names_thing(folded, t)]
    if not named:
        return False
    if any(_absent(folded, t) for t in named):
        return True
    stated = poles_of(sentence)
    if any(axis == "direction" for axis, _ in presupposed.poles) and _unchanged(stated, folded):
        return True
    return any(
        (axis, _OPPOSITE[pole]) in stated and (axis, pole) not in stated for axis, pole in presupposed.poles
    )
