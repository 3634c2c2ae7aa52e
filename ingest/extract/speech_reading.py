"""How a speaker's sentence reads: who speaks (by the grammar of :mod:`ingest.extract.speakers`), with which
stance (:mod:`ingest.extract.stances`) and on what; a named speaker's sentence without a stance verb is a
contribution that informs unless its verb is attendance, chairing or ceremony."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.vocab import Stance
from ingest.extract import speakers, stances
from ingest.extract.lemmas import guided_lemma, joined_clause, lemma, main_clause, verb_lemma
from ingest.extract.person_names import APPOSITION
from ingest.extract.speakers import Found
from ingest.extract.speech_signals import ASKED_IN_SPEECH, names_someone
from ingest.extract.stance_lexicon import UTTERING, complement_stance
from ingest.extract.stances import STANCE_OF, Reading, clause_cue, read_stance

SPEECH = frozenset(STANCE_OF) | UTTERING | {"sagen", "meinen", "sehen", "halten", "machen", "geben", "sein"}
"""Verbs a speaker named without office or address may open with (and that may stand before an inverted one):
stance verbs, verbs that utter a noun of evaluation ("meldete Bedenken an", "hatte Zweifel", "sprach sich … aus")
and plain verbs of saying."""
_VARIANT = re.compile(r"\bVariante\s+[A-Z0-9]\b")


def speech_lemma(verb: str, rest: str) -> str:
    """Lemma of an inverted verb with the particle that closes its clause ("schlägt … vor")."""
    clause = f"{verb} {main_clause(rest)}"
    found = verb_lemma(verb, clause)
    found = found if found != lemma(verb) else verb_lemma(verb, f"{verb} {joined_clause(rest)}")
    return found if found in SPEECH else guided_lemma(verb, clause, SPEECH) or found


_OFFICE_INVERTED = re.compile(
    r"^(?P<lead>(?!(?:Der|Die|Das|Ein|Eine|Er|Sie|Es|Wir|Ich|Man)\s)[A-ZÄÖÜ][^,;:.]{0,50}?)\s+(?P<verb>[a-zäöüß]+)\s+(?:(?:auch|ebenfalls|zudem|noch)\s+)?(?:der|die)\s+"
    r"(?P<office>(?:Ober|Orts)?[Bb]ürgermeister(?:in)?|Landrat|Landrätin|(?:Ausschuss)?[Vv]orsitzende|Kämmer(?:er|in)|"
    r"Stadtdirektor(?:in)?|Ortsvorsteher(?:in)?|Amtsleiter(?:in)?|Verwaltung)\b(?!\s*[(A-ZÄÖÜ])(?P<rest>.*)$",
    re.S,
)
"""An office after a fronted phrase and a verb of speech ("Weiter berichtete der Bürgermeister über …"); a phrase
with an article is the subject ("Die Bezirksvertretung bittet die Verwaltung, …")."""


_DECLARED = re.compile(r"\bals\s+(?:[\w-]+\s+){0,3}?(?:genommen|angenommen|beschlossen|abgelehnt|erledigt|gewählt)\b")
"""A chair declaring a result ("erklärte der Vorsitzende den Punkt als zur Kenntnis genommen"): a decision, no speech."""


def find_speaker(text: str) -> Found | None:
    """The speaker of ``text`` by the grammar positions use (also inverted: "… teilt Herr X mit, …", "Weiter
    berichtete der Bürgermeister …")."""
    return speakers.find(text, SPEECH, speech_lemma) or late_speaker(text)


_TRAILING_APPOSITION = re.compile(r",\s*(?P<appo>[^,„“\"]{2,60}?)\s*[.!]?\s*$")
"""A speaker's party or office after their name at the sentence's end ("„…“, lobte Raphael Schäfer,
CDU-Fraktionsvorsitzender.")."""


def late_speaker(text: str) -> Found | None:
    """The speaker the grammar reads only without a trailing apposition (:data:`_TRAILING_APPOSITION`), or an office
    after a fronted phrase (:func:`inverted_office`)."""
    appo = _TRAILING_APPOSITION.search(text)
    if appo and APPOSITION.match(appo.group("appo")):
        return speakers.find(text[: appo.start()] + ".", SPEECH, speech_lemma) or inverted_office(text)
    return inverted_office(text)


def inverted_office(text: str) -> Found | None:
    """The office of :data:`_OFFICE_INVERTED` as the speaker, when its verb is one of speech."""
    office = _OFFICE_INVERTED.match(text)
    if office is None or names_someone(office.group("lead")) or office.group("verb") in _PASSIVE_AUX:
        return None
    if _DECLARED.search(office.group("rest")):
        return None  # "erklärte der Vorsitzende den Punkt als zur Kenntnis genommen": the chair's declaration, a result
    if speech_lemma(office.group("verb"), office.group("rest")) not in SPEECH:
        return None
    speaker = speakers.Speaker(office.group("office"), office_only=True)
    return Found((speaker,), office.group("rest"), verb=office.group("verb"), how="inverted", fronted=office.group("lead"))


def first_verb(found: Found) -> tuple[str, str]:
    """The finite verb of a speaker's sentence and what follows it."""
    if found.verb:
        return found.verb, found.rest
    first = re.match(r"\s*([a-zäöüß]+)", found.rest)
    return (first.group(1), found.rest[first.end() :]) if first else ("", found.rest)


def is_speaker(text: str, persons_only: bool = False) -> bool:
    """True when ``text`` opens with a speaker ("Herr X", "Mitglied Y", "Die Verwaltung informiert")."""
    found = find_speaker(text)
    if found is None or found.how in ("aside", "cited"):
        return False
    return not (persons_only and all(s.office_only for s in found.speakers))


def _acted_upon(rest: str) -> bool:
    """True when the speaker is the subject of a passive ("Frau Schmitt wurde … informiert", "Herr X wird gebeten"):
    someone else acts on them, they say nothing."""
    if not re.match(r"\s*(?:wurde|wurden|wird|werden)\b", rest):
        return False
    words = [w for w in re.findall(r"[\wäöüß]+", main_clause(rest)) if w[0].isalpha()]
    last = words[-1] if len(words) > 1 else ""
    return last[:1].islower() and lemma(last) != last


_MATTER_OBJECT = re.compile(r"\s*(?:den|die|das|diese[nms]?|eine[nm]?)\s")
"""An object after the speaker ("begrüßt Herr Kunz den Vorschlag"): what is greeted is a matter, not a person."""
_PASSIVE_AUX = frozenset("ist sind war waren wird werden wurde wurden".split())
_PLAIN_SAYING = frozenset("sagen erklären ergänzen erwidern entgegnen ausführen antworten anmerken".split())
_RULING = re.compile(
    r"\b(?:müsse|müssen|muss|müsste|erforderlich|notwendig|nötig|zulässig|unzulässig|rechtens|"
    r"rechtlich|gesetzlich|vorgeschrieben|nicht\s+möglich|nur\s+(?:dann\s+)?möglich)\b|§"
)
"""What must be, may be or is prescribed: a plain verb of saying that reports it states a finding or a ruling ("Herr
Scholz sagt, die Maßnahmen müssen in den Haushalt eingepreist werden", "…, dass hierfür ein politischer Beschluss
erforderlich sei"), as the guide reads "erklärt (a fact or a ruling)"."""


_AGENDA_MOTION = re.compile(
    r"^\s*(?:möchte|möchten|will|wollen|wolle)\b[^.;]{0,30}?\b(?:den\s+|die\s+)?(?:TOP|Tagesordnungspunkt|Punkt)\b[^.;]{0,120}?"
    r"(?:von\s+der\s+Tagesordnung\s+(?:nehmen|absetzen)|\babsetzen|\bvertagen|\bverschieben|\bzurückstellen|"
    r"(?:nächsten|kommenden)\s+Sitzung\s+(?:beraten|behandeln))\b",
    re.IGNORECASE,
)
"""A wish about the agenda ("möchte den TOP … in der nächsten Sitzung beraten", "Möchte TOP 4 von der Tagesordnung
nehmen"): a procedural motion."""


def sentence_reading(found: Found) -> Reading | None:
    if _AGENDA_MOTION.match(found.rest if found.how != "inverted" else f"{found.verb} {found.rest}"):
        return Reading(Stance.MOVES, True, 0)
    reading = _sentence_reading(found)
    if reading is None or reading.stance is not Stance.INFORMS or not _RULING.search(found.rest):
        return reading
    verb, rest = first_verb(found)
    if verb and speech_lemma(verb, rest) in _PLAIN_SAYING:
        return replace(reading, stance=Stance.STATES)
    return reading


_BARE_VOTE = re.compile(
    r"^\s*(?:(?:stimm|votier)\w*\s+(?:(?:auch|ebenfalls|geschlossen)\s+)?(?:dagegen|dafür|mit\s+(?:Ja|Nein))"
    r"|enth(?:ielt|ielten|ält|alten)\s+sich(?:\s+der\s+Stimme)?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
"""A vote without a word ("… stimmten dagegen.", "X und Y enthielten sich der Stimme."): the guide's optional position
at most, so none."""


def _sentence_reading(found: Found) -> Reading | None:
    if found.how == "opening" and _acted_upon(found.rest):
        return None
    if _BARE_VOTE.match(f"{found.verb} {found.fronted} {found.rest}" if found.how == "inverted" else found.rest):
        return None
    if found.how == "inverted" and found.verb.lower() in _PASSIVE_AUX and _acted_upon(f"wird {found.rest}"):
        return None  # "Damit ist Frau X als Schiedsfrau … gewählt", "Anschließend wurde Herr Y vereidigt"
    if found.how == "inverted" and lemma(found.verb) == "begrüßen" and not _MATTER_OBJECT.match(found.rest):
        return None  # "Zu diesem Punkt begrüßt der Vorsitzende Frau X …": the person greeted
    first = re.match(r"\s*([a-zäöüß]+)", found.rest)
    speaks = first is not None and speech_lemma(first.group(1), found.rest[first.end() :]) in SPEECH
    if found.how == "agent":
        participle = found.rest.split()[-1]
        stance = STANCE_OF.get(lemma(participle)) or STANCE_OF.get(verb_lemma(participle, participle))
        if stance is None and (phrase := read_stance(" " + found.rest.rsplit(" ", 1)[0], participle)) is not None:
            stance = phrase.stance  # "darauf aufmerksam gemacht": the participle's phrase
        return Reading(stance, False, 0) if stance is not None else None
    reading = None if found.how == "colon" and not speaks else read_stance(found.rest, found.verb)
    reading = stances.with_fronted(reading, found.fronted, found.rest, found.verb) if found.fronted else reading
    if reading is None and found.how == "cited" and (noun := STANCE_OF.get(found.verb)) is not None:
        reading = Reading(noun, False, 0)  # "Kritik kam von X: …": the noun's stance
    own = re.match(r"\s*[„\"»]?\s*(?:Ich|Wir)\s+(?=[a-zäöüß])", found.rest) if found.how in ("colon", "aside") else None
    if own is not None and (reading is None or reading.stance is Stance.INFORMS):  # "„Wir lehnen … ab“, sagte X."
        reading = read_stance(found.rest[own.end() :]) or reading
    if found.how == "aside" and reading is not None and reading.stance is Stance.INFORMS:
        cue = clause_cue(found.rest, exclude=(Stance.PROPOSES, Stance.MOVES), alone=True)  # "„… der beste Weg“, sagte X."
        reading = Reading(cue, True, reading.verb_end) if cue is not None else reading
    if reading is not None or found.how not in ("colon", "cited", "aside"):
        return reading
    cue = clause_cue(found.rest, alone=found.how == "colon")
    if found.rest.rstrip().endswith("?") or (cue is None and ASKED_IN_SPEECH.search(found.rest)):
        cue = Stance.ASKS  # "…: Seit Februar ist der Steg gesperrt. Wann wird der repariert? …", "Mich würde interessieren"
    default = Stance.STATES if found.how == "colon" else Stance.INFORMS
    return Reading(cue or default, True, 0)


def object_of(rest: str, reading: Reading) -> str:
    if reading.stance in (Stance.SUPPORTS, Stance.OPPOSES) and (variant := _VARIANT.search(rest)):
        return variant.group(0)
    after = rest[reading.verb_end :]
    if re.match(r"^\s*,?\s*dass\b", after):
        candidate = re.sub(r"^\s*,?\s*dass\s+", "", after)
    else:
        words = rest[: reading.verb_end].split()
        candidate = " ".join(words[1:]) if len(words) > 1 else re.sub(r"^\s*,\s*", "", after)
    candidate = re.sub(r"^(?:ebenfalls|grundsätzlich|jedoch|auch|zudem|sich|nochmals)\s+", "", candidate.strip())
    candidate = re.sub(r"^(?:einen|einer|eine|ein|dem|den|der|die|das)\s+", "", candidate)
    return candidate.rstrip(" .,")[:200]


_NOT_CONTRIBUTIONS = frozenset(
    "sein werden haben fehlen erscheinen teilnehmen verlassen treffen erhalten nehmen lassen leiten eröffnen "
    "schließen beenden unterbrechen aufrufen übergeben danken bedanken gratulieren ehren auszeichnen zeichnen "
    "verabschieden vereidigen verpflichten wählen aussprechen beziehen zusagen sollen bleiben niederlegen ernennen "
    "berufen bestellen übernehmen schütteln überreichen".split()
)
"""Verbs of a named speaker that make no contribution to the matter: attendance, chairing, ceremony, thanks, an
office kept, laid down or taken over ("bleibt Ortsvorsteherin", "legte sein Amt nieder", "übernimmt die Bereiche …"),
auxiliaries of a report about them ("ist damit Mitglied", "hat mitgeteilt, dass er sich verspäte"), pointing
to an agenda item ("bezieht sich auf den Tagesordnungspunkt 16"), a promise ("sagt eine Prüfung zu": an open
item, as every gold set has it), a task ("Herr Kunz soll die Angebote einholen": an open item too)."""


def contribution(found: Found) -> Reading | None:
    """A named speaker's sentence whose verb is in no stance lexicon ("Herr X hinterfragt …", "… bezweifelt,
    dass …"): the guide counts every substantive contribution, so it is a position that informs. Only with
    the speaker first and a finite verb right after them (not "Herr Blanke zur Seite 8 - …")."""
    if found.how != "opening" or all(s.office_only for s in found.speakers) or _BARE_VOTE.match(found.rest):
        return None
    first = re.match(r"\s*([a-zäöüß]+)\b", found.rest)
    if first is None:
        return None
    verb, base = first.group(1), lemma(first.group(1))
    finite = verb.endswith(("t", "te", "ten")) or (base != verb and base.endswith("en") and not verb.endswith("en"))
    lemmas = {base, speech_lemma(verb, found.rest[first.end() :]), verb_lemma(verb, found.rest.rstrip(" ."))}
    if not finite or lemmas & _NOT_CONTRIBUTIONS:
        return None
    if any(complement_stance(lem, found.rest) == (None,) for lem in lemmas):
        return None  # "setzt sich … mit der Verwaltung in Verbindung": an act the lexicon marks as none
    return Reading(Stance.INFORMS, True, first.end())
