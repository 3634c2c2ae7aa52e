"""Who argued what: speakers, their stance and its object, from the sentences of minutes.

A sentence that names a speaker (see :mod:`ingest.extract.speakers`) is a position when its verb
or its reported clause carries a stance (see :mod:`ingest.extract.stances`), and, with the speaker first, also
when its verb is in no lexicon but is no chairing, attendance or ceremony (then it informs). Later sentences
belong to the last named speaker when a pronoun stands for them ("Er ist jedoch der Meinung, …",
"Darüber hinaus moniert er …"), and, inside the speaker's paragraph, when they go on in indirect
or direct speech ("Das Vorhaben sei beim Kreis eingeplant.", "Es sollte ein zentraler Punkt …
vorgesehen werden."): a new stance makes a new position, the same stance extends the quote, and a further point
("Außerdem sei …", "Darüber hinaus sollte man …") takes a stance of its own, a proposal or a finding; reported speech
(Konjunktiv I) that no position of theirs runs into is a statement of its own ("Die besagte Gebührenungerechtigkeit
werde damit nicht beseitigt."), its stance from a noun of evaluation ("Der Appell seiner Fraktion sei, …"), else
*informiert*.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.language.persons import PARTY_NAMED, person_key
from assistant.language.sentences import BULLET
from assistant.models import Position
from assistant.vocab import Stance
from ingest.extract import citations, instigators, known_names, speakers, transcripts
from ingest.extract.chairing import ANNOUNCED_RESULT, CALLS_VOTE, PROCEDURAL, RESULT_CLAUSE
from ingest.extract.common import ItemContext, Unit, attendance_paragraphs, unmask
from ingest.extract.lemmas import verb_lemma
from ingest.extract.own_words import FIRST_PERSON, ON_THE_MATTER, POSSESSIVE, own_stance, own_words
from ingest.extract.speakers import Found, Speaker
from ingest.extract.speech_reading import (
    SPEECH,
    contribution,
    first_verb,
    late_speaker,
    object_of,
    sentence_reading,
    speech_lemma,
)
from ingest.extract.speech_signals import INTRODUCES, UNNAMED
from ingest.extract.stances import STANCE_OF, SUGGESTS, clause_cue, phrase_cue, read_stance

_EVALUATIONS = (Stance.CRITICISES, Stance.SUPPORTS, Stance.OPPOSES)
_LISTED = re.compile(rf"(?:{BULLET}|\d{{1,2}}[.\u2024)]|[a-z]\))\s")
_PRONOUN = re.compile(
    r"^(?:(?:Er|Sie|Man|(?:Seine|Ihre)\s+Fraktion)\s+(?P<rest>[a-zäöüß].*)|(?P<lead>(?:(?:Da|Weil|Wenn|Nachdem|Obwohl|"
    r"Sofern|Soweit|Falls|Sobald|Solange|Zumal)\b[^;:]{0,160}?,|[„\"»][^“”\"«]{1,300}[“”\"«],|[^,;:]{0,160}?))\s(?P<verb>[a-zäöüß]+)\s+"
    r"(?:er|sie|(?:seine|ihre)\s+Fraktion)\b(?P<rest2>.*))$",
    re.S,
)
_NAMES_SOMEONE = re.compile(rf"\b(?:{speakers.ROLE}|Herrn?|Frau)\b")
"""A person named in a clause before the pronoun: the pronoun may stand for them, not for the last speaker."""
_INDIRECT = re.compile(
    r"\b(?:sei|seien|habe|könne|werde|müsse|solle|dürfe|wolle|gebe|liege|stehe|handle|handele|bleibe|gelte|"
    r"fehle|komme|würden?|wären?|hätten?|sollte|sollten|müsste|müssten|soll|sollen)\b"
)
"""Indirect speech (Konjunktiv) and proposals: the speaker of the paragraph goes on speaking."""
_REPORTED = re.compile(
    r"\b(?:sei|seien|habe|könne|werde|müsse|solle|dürfe|wolle|gebe|liege|handle|handele|bleibe|gelte|fehle|komme)\b"
)
"""Konjunktiv I proper (no Konjunktiv II, no indicative modal): only reported speech, never the minute-taker's
own words ("An der Beratung sollte Frau Sauer teilnehmen", "Das wäre eine Beschlussvorlage")."""
_FURTHER = re.compile(r"(?:Des Weiteren|Desweiteren|Weiterhin|Außerdem|Ferner|Darüber hinaus|Zusätzlich)\b")
"""A further point: a second question or proposal of the same speaker is a position of its own ("Herr Falke
fragt nach … Des Weiteren stellt er die Frage nach …"); a report or finding goes on as one."""
_PLAIN = frozenset({Stance.INFORMS.value, Stance.STATES.value})
_CONTINUES = frozenset({"begründen", "weiterführen", "ergänzen", "verweisen"})
_OF_FINITE = re.compile(r"^(?:[a-z]\)\s*)?\S+")


_CONTRAST = re.compile(
    r",\s+(?:(?:er|sie)\s+)?(?P<verb>[a-zäöüß]{3,})\s+(?:aber|jedoch|allerdings)\b"
    r"(?:\s+(?:auch|zusätzlich|dennoch|gleichzeitig|zugleich))?"
)
"""A second predicate of the same speaker joined by "aber" / "jedoch" ("…, bittet aber, …", "…, gibt aber zu
bedenken, …", "…, bat jedoch darum, …"): the guide splits a contribution with a second stance."""


def contrasts(raw: str, main: Stance) -> list[tuple[int, Stance]]:
    """Where in ``raw`` (a sentence as the document has it) a contrasting predicate with another stance on the
    matter begins, and that stance; only verbs that carry the stance themselves."""
    found: list[tuple[int, Stance]] = []
    for match in _CONTRAST.finditer(raw):
        reading = read_stance(f"{match.group('verb')} {' '.join(raw[match.end() :].split())}")
        if reading is None or reading.derived or reading.stance not in ON_THE_MATTER:
            continue
        if reading.stance is not main and all(reading.stance is not other for _, other in found):
            found.append((match.start("verb"), reading.stance))
    return found


class _Speech:
    """Positions of one agenda item as its sentences are read in order."""

    def __init__(self, ctx: ItemContext) -> None:
        self.ctx = ctx
        self.found: list[Position] = []
        self.last: Speaker | None = None
        self.previous_end = self.unit_end = -1
        """End of the sentence before the current one: a speech goes on only from where it stopped."""
        self.last_paragraph: int | None = -1
        """Paragraph of the last named speaker; None while their statement runs on (after a colon)."""
        self.turn: int | None = None
        """Paragraph of the words of a speaker whose name stood alone before a colon ("Herr Müller (CDU):"),
        -1 until their first sentence: the name's position quotes them."""
        self.chairing = False
        """The last named speaker was chairing ("begrüßt die Anwesenden"): what they go on saying is chairing too."""
        self.header: Speaker | None = None
        """A speaker whose name filled a line of its own before a colon: the paragraphs below are theirs."""
        self.label_start: int | None = None
        """Start of a label of the turn ("Zur 2. Frage:") that the next paragraph's quote opens with."""

    def add(
        self, unit: Unit, speaker: Speaker, stance: Stance, obj: str, derived: tuple[str, ...], apart: bool = False
    ) -> None:
        """A new position, or the previous one extended when the speaker goes on by pronoun with the
        same stance in the very next sentence ("… stellt … vor. Zudem erklärt er, …"): one contribution."""
        meta = self.ctx.document.meta
        previous = self.found[-1] if self.found else None
        if (
            not apart
            and previous is not None
            and previous.person == speaker.person
            and previous.stance == stance.value
            and previous.char_end == self.previous_end
            and "person" in derived
            and self.paragraph_of(previous) == unit.paragraph
            and not (stance not in (Stance.INFORMS, Stance.STATES) and _FURTHER.match(unit.text))
            and not (stance in (Stance.PROPOSES, Stance.ASKS, Stance.MOVES) and "stance" not in derived)
        ):
            self.extend(unit)
            return
        self.found.append(
            Position(
                **self.ctx.base("position", unit.start, unit.end),  # type: ignore[arg-type]
                person=unmask(speaker.person),
                person_key=person_key(speaker.person, meta.municipality),
                role=speaker.role,
                faction=speaker.faction,
                stance=stance.value,
                object=unmask(obj),
                derived=derived,
            )
        )

    def paragraph_of(self, position: Position) -> int:
        return next((u.paragraph for u in self.ctx.units if u.start <= position.char_end - 1 < u.end), -1)

    def extend(self, unit: Unit, stance: Stance | None = None) -> None:  # ``stance``: a question after a statement
        position = self.found[-1]
        quote, value = self.ctx.document.text[position.char_start : unit.end], stance.value if stance else position.stance
        self.found[-1] = replace(position, char_end=unit.end, quote=quote, stance=value)

    def named(self, unit: Unit, found: Found) -> None:
        if (
            self.header is not None
            and self.turn == -1
            and self.found
            and self.found[-1].person == self.header.person
        ):
            self.found.pop()  # a name line without words below it ("Antwort: / Herr Immisch, FBL: / Herr Kunze: …")
        self.header = self.label_start = None
        asked = instigators.asker(unit.text)
        if asked is not None:
            self.add(unit, asked, Stance.ASKS, "", ("stance",))
        said = f"{found.verb} {found.rest[:120]}"
        verb, after = first_verb(found)
        stance = STANCE_OF.get(speech_lemma(verb, after)) if verb else None
        evaluates = stance in _EVALUATIONS
        moves = stance is Stance.MOVES and not found.verb  # "X beantragt, dass … zur Abstimmung gestellt wird": a motion
        self.chairing = bool(
            (PROCEDURAL.search(said) and not moves) or (RESULT_CLAUSE.search(said) and not evaluates)
            or ANNOUNCED_RESULT.search(unit.text)
        )
        reading = None if self.chairing else sentence_reading(found)
        if reading is None and not self.chairing:
            reading = contribution(found)
        if len(found.speakers) == 1:
            self.last = found.speakers[0]
            self.last_paragraph = None if unit.text.endswith(":") else unit.paragraph
        self.turn = None
        if reading is None:
            return
        derived = ("stance",) if reading.derived else ()
        for speaker in found.speakers:
            self.add(unit, speaker, reading.stance, object_of(found.rest, reading), derived)
            for other in reading.also:
                self.add(unit, speaker, other, object_of(found.rest, reading), ())
            self.contrast(unit, speaker, reading.stance, ())
        bare = found.how == "colon" and not found.rest.strip(" :")
        if (bare or INTRODUCES.fullmatch(found.rest.strip())) and self.found:
            self.turn = -1
            if len(found.speakers) == 1 and bare and transcripts.alone_on_line(self.ctx.document, unit):
                self.header = found.speakers[0]  # a transcript's turn; not "gibt folgende Termine bekannt:" over a list

    def takes_turn(self, unit: Unit) -> bool:
        """True when ``unit`` is among the first words after a name alone before a colon: they join its quote."""
        if self.header is not None and self.found and not self.paragraph_turn(unit, self.header):
            return True
        if self.turn is None or not self.found or unit.text.endswith(":"):
            self.turn = None
            return False
        if self.turn not in (-1, unit.paragraph):
            self.turn = None
            return False
        first, self.turn = self.turn == -1, unit.paragraph
        if first and PROCEDURAL.search(unit.text):
            self.found.pop()  # "Der Vorsitzende stellt fest: - die Ladung erfolgte ordnungsgemäß": chairing
            self.turn, self.chairing = None, True
            return True
        if not first and CALLS_VOTE.search(unit.text) and self.found[-1].stance in _PLAIN:
            # "Der Überweisungsantrag geht vor. Wer … zustimmt, den bitte ich um das Handzeichen.": the chair's turn
            self.found.pop()
            self.turn, self.chairing = None, True
            return True
        if not first and self.last is not None and _LISTED.match(unit.text):
            # "fragt folgende Punkte an: - Seite 130 … - Seite 250 …": each point of the list is a contribution of its own
            stance = own_stance(unit.text) or clause_cue(unit.text, alone=True) or Stance(self.found[-1].stance)
            self.add(unit, self.last, stance, unit.text[:200], ("person", "stance"), apart=True)
            return True
        own = None if first else own_stance(unit.text)
        if own is not None and self.last is not None and own.value != self.found[-1].stance:
            # the turn goes on with a stance of its own ("… Meine Fraktion wird den Antrag ablehnen.")
            self.add(unit, self.last, own, unit.text[:200], ("person",))
            return True
        self.extend(unit)
        cue = own_words(unit.text) or clause_cue(unit.text, alone=True)
        if first and (cue is not None or unit.text.endswith("?")):
            cue = transcripts.paragraph_stance(unit.text, unit.text, cue)
            self.found[-1] = replace(self.found[-1], stance=cue.value, object=unmask(unit.text[:200]))
        return True

    def paragraph_turn(self, unit: Unit, speaker: Speaker) -> bool:
        """Inside a transcript turn: False when ``unit`` was taken (a label, or a new paragraph of the speaker,
        which is a contribution of its own); True when the turn's first words or its current paragraph go on."""
        if transcripts.TURN_LABEL.fullmatch(unit.text):
            self.label_start = unit.start if self.label_start is None else self.label_start
            return False
        if transcripts.ends_turn(unit.text):
            self.header = self.turn = self.label_start = None
            return True
        label, self.label_start = self.label_start, None
        if self.turn in (-1, unit.paragraph):
            return True
        text, start = self.ctx.document.text, unit.start if label is None else label
        stance = transcripts.paragraph_stance(
            unit.text, text[start : unit.end], own_stance(unit.text) or clause_cue(unit.text, alone=True)
        )
        part = Unit(start, unit.end, " ".join(text[start : unit.end].split()), unit.paragraph)
        self.add(part, speaker, stance, unit.text[:200], ("person", "stance"))
        self.turn = unit.paragraph
        return False

    def pronoun(self, unit: Unit, match: re.Match[str]) -> bool:
        if self.last is None:
            return False
        if match.group("rest") is not None:
            rest, verb = match.group("rest"), ""
        else:
            verb, rest = match.group("verb"), f"{match.group('lead')} {match.group('rest2')}"
            if read_stance(rest, verb) is None:
                return False
            if match.group("lead").endswith(",") and _NAMES_SOMEONE.search(match.group("lead")):
                return False  # "Nachdem Landrat X … vorgeschlagen hatte, erklärte er …": he is the one just named
        reading = read_stance(rest, verb)
        quoted = (match.group("lead") or "")[:1] in ("„", '"', "»")
        if quoted and (reading is None or reading.stance == Stance.INFORMS) and self._same_speaker_before(unit):
            self.extend(unit)  # "„…“, sagte er." after the speaker's own sentence: their words for what they just said
            return True
        first = _OF_FINITE.match(rest)
        head = verb or (first.group(0) if first else "")
        continued = verb_lemma(head, rest.split(",")[0]) if head else ""
        if continued in _CONTINUES and self._same_speaker_before(unit) and not (
            continued != "begründen"
            and reading is not None
            and reading.stance not in (Stance.INFORMS, Stance.STATES)
            and reading.stance.value != self.found[-1].stance
        ):  # "Er ergänzt den Antrag … und beantragt, …" is a motion of its own; "Er begründet ihn …" the same one
            self.extend(unit)
            return True
        if reading is None or PROCEDURAL.search(f"{verb} {rest[:120]}") or RESULT_CLAUSE.search(rest[:120]):
            return True  # "Im Anschluss lässt er über den Antrag abstimmen": chairing
        derived = ("person", "stance") if reading.derived else ("person",)
        self.add(unit, self.last, reading.stance, object_of(rest, reading), derived)
        for other in reading.also:
            self.add(unit, self.last, other, object_of(rest, reading), ("person",))
        self.contrast(unit, self.last, reading.stance, ("person",))
        return True

    def contrast(self, unit: Unit, speaker: Speaker, main: Stance, derived: tuple[str, ...]) -> None:
        """A second stance joined by "aber" / "jedoch": a position of its own that quotes its predicate."""
        raw = self.ctx.document.text[unit.start : unit.end]
        for at, stance in contrasts(raw, main):
            part = Unit(unit.start + at, unit.end, " ".join(raw[at:].split()), unit.paragraph)
            self.add(part, speaker, stance, part.text[:200], derived)

    def goes_on(self, unit: Unit) -> None:
        """A sentence without a speaker in the paragraph (or the statement) of the last named one."""
        speaker = self.last
        if speaker is None or speaker.office_only or self.last_paragraph not in (None, unit.paragraph):
            return
        previous = self.found[-1] if self.found else None
        mine = previous is not None and previous.person == speaker.person and self.previous_end == previous.char_end
        if mine and previous is not None and previous.stance == Stance.ASKS.value:
            return  # what follows a question without a speaker is the answer
        own = own_stance(unit.text)
        indirect = bool(_INDIRECT.search(unit.text))
        direct = own is not None or bool(FIRST_PERSON.search(unit.text))
        asks = unit.text.rstrip().endswith("?")  # "Die Praxis wurde geschlossen, warum?": the speaker asks on
        if not (indirect or direct or asks):
            return
        cue = own or clause_cue(unit.text, alone=True) or (Stance.ASKS if asks else None)
        lead_in = asks and previous is not None and previous.stance in _PLAIN and "stance" in previous.derived
        if mine and previous is not None and _FURTHER.match(unit.text) and indirect:
            # a further point of the same speaker: what ought to be done is a proposal ("Darüber hinaus sollte man
            # eine Tagesausleihe anbieten"), how things are a finding ("Außerdem sei es nicht Aufgabe der …")
            stance = cue or (Stance.PROPOSES if SUGGESTS.search(unit.text) else Stance.STATES)
            self.add(unit, speaker, stance, unit.text[:200], ("person", "stance"))
        elif mine and previous is not None and (cue is None or previous.stance == cue.value or lead_in):
            self.extend(unit, Stance.ASKS if lead_in else None)  # "Hr. X: Vor Jahren wurde … beschlossen. Wie ist …?"
        elif cue is not None:
            self.add(unit, speaker, cue, unit.text[:200], ("person", "stance"))
        elif _REPORTED.search(unit.text) and not (
            direct or self.chairing or PROCEDURAL.search(unit.text) or RESULT_CLAUSE.search(unit.text)
        ):
            # reported speech of the paragraph's speaker that no position of theirs runs into: a statement
            self.add(
                unit, speaker, phrase_cue(unit.text) or Stance.INFORMS, unit.text[:200], ("person", "stance")
            )

    def _same_speaker_before(self, unit: Unit) -> bool:
        return bool(self.found) and self.last is not None and self.found[-1].person == self.last.person


def _newly_named(text: str) -> Speaker | None:
    """The one member a sentence without a speaker names in full with a party ("… nahm Thorsten Breitschuh (Freie
    Wähler) ein"): whom "er" or "sie" in the next sentence means."""
    named = {m.group(0).split("(")[0].strip(): m for m in PARTY_NAMED.finditer(text)}
    if len(named) != 1:
        return None
    person, match = next(iter(named.items()))
    return Speaker(person, faction=match.group(0).split("(")[1].rstrip(")"))


def extract_positions(ctx: ItemContext) -> list[Position]:
    speech = _Speech(ctx)
    text = ctx.document.text
    known = known_names.named_in(text) | known_names.first_named(text, SPEECH, speech_lemma)
    listed = attendance_paragraphs(ctx.units)
    meta = ctx.document.meta
    places = set(re.findall(r"[A-ZÄÖÜ][\w-]+", re.sub(r"\([^)]*\)", " ", f"{meta.municipality} {meta.body}")))
    for unit in ctx.units:
        if unit.paragraph in listed:
            continue  # "Anwesend: Ortsvorsteherin Hildegard Sauer (SPD), …": who came, not who spoke
        speech.previous_end = speech.unit_end
        speech.unit_end = unit.end
        found = speakers.find(unit.text, SPEECH, speech_lemma) or known_names.labelled(unit.text, known)
        found = found or known_names.known_subject(unit.text, known, SPEECH, speech_lemma)
        found = found or known_names.known_postposed(unit.text, known, SPEECH, speech_lemma)
        found = found or known_names.known_inverted(unit.text, known, SPEECH, speech_lemma)
        found = found or citations.cited(unit.text, known, SPEECH, speech_lemma) or late_speaker(unit.text)
        if (
            found is not None
            and speech.header is not None
            and all(transcripts.bare_name(s) for s in found.speakers)
        ):
            found = None  # a capitalised pair inside someone's turn is a noun ("Bedarfskindergarten Geußnitz macht …")
        if found is not None and all(POSSESSIVE.match(s.person) for s in found.speakers):
            found = None  # "Meine Fraktion stimmt der Vorlage zu.": the speaker of the turn goes on
        if found is not None and all(s.person.split()[-1] in places for s in found.speakers):
            found = None  # "Gemeinderat Alsbach hält … geschlossen": the council of the place, not a member
        if found is not None:
            speech.named(unit, found)
            continue
        if not _PRONOUN.match(unit.text) and (mentioned := _newly_named(unit.text)) is not None:
            speech.last = mentioned  # "Einen anderen Blickwinkel nahm Thorsten Breitschuh (FW) ein. Er erinnerte …"
        if unnamed := UNNAMED.search(unit.text):
            speech.last = Speaker(unnamed.group("who"), office_only=True)  # "Weiter kritisierte der Bürger …": "er" is he
        if speech.takes_turn(unit):
            continue
        for moved in instigators.movers(unit.text):
            speech.add(unit, moved, Stance.MOVES, "", ("stance",))  # "… wird auf Antrag von Frau X zurückgestellt"
        if (suggested := instigators.suggester(unit.text)) is not None:
            speech.add(unit, suggested, Stance.PROPOSES, "", ("stance",))  # "Auf Anregung von Frau X wird …"
        if (asked := instigators.asker(unit.text)) is not None:
            speech.add(unit, asked, Stance.ASKS, "", ("stance",))  # "Auf Nachfrage von X erläutert die Verwaltung …"
        if match := _PRONOUN.match(unit.text):
            if not speech.pronoun(unit, match):
                speech.goes_on(unit)
        else:
            speech.goes_on(unit)
    return speech.found
