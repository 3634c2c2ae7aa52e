"""What a speaker does in a sentence, as a :class:`Stance`: from the lemma of the main verb, then
from what the reported clause says.

The main verb decides when it carries a stance of its own ("kritisierte", "regt an", "stimmte …
zu"). Reporting verbs ("erklärt", "teilt mit", "sagte") only say that someone spoke; there the
reported clause decides when it holds an evaluation ("…, dass er diesem nicht zustimmen kann" →
lehnt ab; "…, dass … geprüft werden sollte" → schlägt vor), and the result is marked derived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.vocab import Stance
from ingest.extract.lemmas import (
    SEPARABLE,
    guided_lemma,
    joined_clause,
    lemma,
    main_clause,
    tokens,
    verb_lemma,
)
from ingest.extract.person_names import ADDRESS, ROLE
from ingest.extract.stance_lexicon import COMPLEMENTED, JUDGING, PREDICATES, VERBS, complement_stance

STANCE_OF: dict[str, Stance] = VERBS
"""Verb lemma (particle included) → stance (the lexicon in :mod:`ingest.extract.stance_lexicon`)."""

_EXPLAINS = frozenset(
    "erläutern berichten informieren vorstellen darstellen schildern präsentieren referieren ausführen antworten "
    "beantworten erwidern entgegnen einführen".split()
)
"""Verbs of explaining: what they report ("…, dass … entwickelt werden sollte") is content, not a proposal."""
_REFUSED = r"\bZustimmung\s+(?:\w+\s+){0,2}?(?:versag|verweiger|vorenthalt)\w*|\b(?:versag|verweiger)\w*\b[^,.;]{0,60}\bZustimmung\b"
"""Approval refused ("muss ich dieser Beschlussvorlage meine Zustimmung versagen"): opposition, not the support the
noun alone would say."""
_LIGHT = frozenset("machen sein halten geben stellen nehmen bringen sehen ankündigen bleiben äußern".split())
"""Verbs whose stance lies in their noun or adjective ("machte deutlich", "stellt den Antrag")."""
_ANSWERS = frozenset("beantworten antworten erwidern entgegnen eingehen".split())
"""Verbs of answering: the question they name was someone else's."""
_DEMANDS = frozenset("erwarten verlangen".split())
_OFFICE_ACTS = re.compile(
    r"\s*,?\s*dass\s+(?:die|der|das)\s+(?:\w*[Vv]erwaltung|\w*[Aa]mt|Bürgermeister\w*|Landrat|Landrätin|Stadt|Gemeinde)\b"
)
"""Expecting that an office act is asking it to ("Frau X erwartet, dass die Verwaltung … die Planungen vorstellt")."""
_MODALS = frozenset("können wollen mögen möchten werden müssen sollen dürfen".split())
_REPORTING = (Stance.INFORMS, Stance.STATES)
_ON_BEHALF = re.compile(
    r"\bfür\s+(?:die|den|das|seine|ihre|unsere)\s+(?:[\w-]+\s+)?(?:[\w-]*[Ff]raktion|[\w-]*[Gg]ruppe|Partei|Verwaltung"
    r"|Kolleg\w*|CDU|SPD|FDP|AfD|Grünen|Linke|Freien\s+Wähler\w*)(?![\w-])"
)
"""Speaking for a group is speaking on its behalf."""
_SIDE = re.compile(r"\b(für|gegen)\s+(?:den|die|das|eine[nmrs]?|diese[nmrs]?)\b")
"""The side a speaker takes ("äußert sich … für die Windkraftnutzung"), unless a noun before it evaluates ("äußert
Bedenken gegen den Standort")."""
_NEGATION = re.compile(r"\b(?:nicht(?![- ]?öffentlich)|kein\w*|nie)\b")
"""A negation; "nicht öffentlich" names the closed part of a session."""
_OWN_REQUEST = (
    r"(?:^|(?<=[,.;:]\s))(?:(?!\b(?:wurde|wurden|worden|wie|bereits|schon)\b)[^,.;:])*?\bbeantragt"
    r"(?![^,.;:]*\b(?:wurde|wurden|worden)\b)"
)
"""A request the speaker makes: not a passive ("Die Punkte wurden durch eine Fraktion beantragt"; the speaker's own
side as its agent is read apart) and not the earlier request something is measured against ("…, wie beantragt")."""
_SUPPORT_ADJ = r"(?:gut|sinnvoll|richtig|vernünftig|notwendig|wichtig|zielführend|angemessen|begrüßenswert|erforderlich|nötig|vertretbar|zulässig|geboten)"
_WORTH_DOING = r"\b(?:wünschenswert|empfehlenswert|ratsam)\s+(?:wäre|wären|sei|seien)\b|\b(?:sinnvoll|angebracht|besser|hilfreich)\s+(?:wäre|wären)\b"
"""A measure worth doing, verb-final in a reported clause ("…, dass eine Beschattung wünschenswert wäre"): a proposal."""
_PHRASES: list[tuple[Stance, re.Pattern[str]]] = [
    (
        Stance.ASKS,
        re.compile(
            r"\b(?:wissen (?:wollen|möchten?|will|wollte)|(?:will|wollte|möchte|möchten|würde|würden)(?: \w+)? (?:wissen|erfahren)|"
            r"die Frage|der Frage|eine Frage|Fragen)\b"
        ),
    ),
    (Stance.MOVES, re.compile(rf"\b(?:\w*[Aa]ntrag|{_OWN_REQUEST}|Vertagung beantragt)\b(?!s?steller|\s+werden\b)")),
    (Stance.PROPOSES, re.compile(r"\b(?:Vorschlag|Anregung|Bitte|Appell|zur Diskussion)\b")),
    (
        Stance.CRITICISES,
        re.compile(
            r"\b(?:kritisch\w*|Kritik|Bedenken|zu bedenken|nicht nachvollziehen|nicht nachvollziehbar|für zu \w+)\b"
        ),
    ),
    (Stance.OPPOSES, re.compile(_REFUSED)),
    (
        Stance.SUPPORTS,
        re.compile(
            rf"\b(?:einverstanden|Zustimmung|für {_SUPPORT_ADJ}|positiv|(?:gute|vernünftige|sinnvolle|richtige|tragfähige) Lösung)\b"
        ),
    ),
    (Stance.OPPOSES, re.compile(r"\bAblehnung\b")),
    (
        Stance.STATES,
        re.compile(r"\b(?:der (?:Meinung|Auffassung|Ansicht|Überzeugung)|deutlich|klar|Rechtsauffassung)\b"),
    ),
    (Stance.INFORMS, re.compile(r"\bStellung\b")),
]
"""Light verbs with a noun or adjective ("stellt den Antrag", "ist einverstanden", "macht deutlich")."""
_SELF = r"\b(?:[Ee]r|[Ss]ie|[Ii]ch|[Ww]ir|[Mm]an|[Ss]eine|[Ii]hre|[Mm]eine|[Uu]nsere)\b[^,.;]{0,120}"
"""The speaker as subject of the reported clause: only then do its verbs say what the speaker wants."""
_BE = r"(?:sei|seien|ist|sind|war|waren|wäre|wären)\b(?=\s*(?:[,.;]|$)|\s+(?!\w+\s+zuständig)[^,.;]{0,80}\bzu\s+\w+en\b|\s+[^,.;]{0,80}\w+zu\w+en\b)"
"""A copula that closes "dagegen/dafür sein" ("…, dass die Fraktion dagegen sei", "… dagegen seien, den Plan neu
aufzustellen"); "dafür sei die Verwaltung zuständig" names who is in charge, no stance."""
_CLAUSE_CUES: list[tuple[Stance, re.Pattern[str]]] = [
    (
        Stance.OPPOSES,
        re.compile(
            rf"{_SELF}\bnicht\b[^,.;]{{0,60}}\b(?:zu)?stimm\w*|{_SELF}\b(?:ablehn\w*|lehnt\w* \w+ ab)\b|"
            rf"{_SELF}\bnicht\s+(?:erkennen|erkenne|einsehen|einsehe)\b|"  # "…, dass er die Dringlichkeit nicht erkennen kann"
            rf"\bnicht\s+(?:für\s+)?{_SUPPORT_ADJ}\b|\bfür (?:nicht|un)\w* {_SUPPORT_ADJ}\b|\büberflüssig\b|"
            r"\bnicht\b[^,.;]{0,80}\b(?:dürfe|darf|dürfen)\b|"
            rf"{_REFUSED}|\bdagegen\s+{_BE}|"
            r"\b(?:dagegen|gegen\b[^,.;]{0,40})\s+(?:zu\s+)?stimm(?:en|e|t)\b|\bkeine\s+Zustimmung\b"  # the vote announced
        ),
    ),
    (
        Stance.MOVES,
        re.compile(
            rf"{_OWN_REQUEST}\b(?!\s+werden\b)|\b(?:mein|unser)(?:en)? Antrag\b|"
            r"\b(?:durch|von)\s+(?:seine|ihre|unsere|meine)[mnr]?\b[^.;]{0,160}\bbeantragt\b"  # "durch seine Fraktion … beantragt wurde"
        ),
    ),
    (
        Stance.SUPPORTS,
        re.compile(
            rf"{_SELF}\b(?:zustimmen|zustimmt|unterstützen|unterstützt|befürworten|befürwortet|begrüßen|begrüßt|"
            rf"favorisieren|favorisiert)\b|\b(?:trage|tragen|trägt)\b[^,.;]{{0,60}}\bmit\b|\b(?:werde|werden|würde|würden)\b[^,.;]{{0,80}}\bzustimmen\b|\beinverstanden\b|\bZustimmung\b|{_SELF}\bfür {_SUPPORT_ADJ}\b|"
            r"(?:gute|vernünftige|sinnvolle|richtige|beste) Lösung|\b(?:der|den) (?:richtige|richtigen|beste|besten) Weg\b|"
            r"^Es\s+(?:sei|seien|wäre|ist)\s+(?:\w+\s+)?(?:positiv|gut|erfreulich|richtig|begrüßenswert|sinnvoll)\b[^.;]*,\s*"
            r"(?:dass|wenn)\b|"
            rf"\bdafür\s+{_BE}|\bdafür\s+(?:zu\s+)?stimm(?:en|e|t)\b"
        ),
    ),
    (
        Stance.CRITICISES,
        re.compile(
            r"\bzu (?:groß|hoch|teuer|gering|niedrig|klein|spät|lang|kurz|wenig|viel)\b|"
            r"(?<!\bbis )\bzu (?:kompliziert|aufwendig|aufwändig|umständlich|bürokratisch|unübersichtlich|riskant|einseitig)\b|"
            r"\bnicht nachvollzieh\w*|\bunvollständig\b|\bzwar\b[^.;]*\baber\b|"
            r"\b(?:noch immer|immer noch|nach wie vor)\s+(?:nicht|kein\w*)\b|\b(?:total |völlig |völlig )?veraltet\w*|"
            r"\bdas [Ss]chlechteste\b|\b(?:mangelhaft|unzumutbar|unbefriedigend|unzureichend)\w*|"
            r"\b(?:erwartet|gewünscht) hätte\b|\b(?:es|das) kann (?:doch )?nicht sein\b|"
            r"\b(?:würdelos|peinlich|unwürdig|unerfüllbar|\w*unfreundlich|inakzeptabel|unverständlich|befremdlich|"
            r"skandalös|Armutszeugnis|Zumutung|nicht (?:akzeptabel|hinnehmbar|zumutbar))\w*|\b(?:sehr |sich )?geärgert\b|"
            r"^Es\s+(?:sei|seien|wäre|ist)\s+(?:\w+\s+)?(?:bedauerlich|schade|problematisch|unverständlich|ärgerlich|"
            r"enttäuschend)\b[^.;]*,\s*(?:dass|wenn)\b"
        ),
    ),
    (
        Stance.PROPOSES,
        re.compile(
            r"\b(?:sollte|sollten|solle|sollen|soll|müsste|müssten|möge|wäre\w* wünschenswert)\b|"
            rf"{_WORTH_DOING}|"
            r"\b(?:sei|seien|ist|sind)\b[^,.;]{0,80}\bzu\s+[a-zäöüß]+en\b|\b[a-zäöüß]+zu[a-zäöüß]+en\s+(?:sei|seien)\b"
        ),
    ),
    *PREDICATES,
]
"""Evaluations inside a reported clause; the first that matches decides."""


@dataclass(frozen=True)
class Reading:
    stance: Stance
    derived: bool
    """True when the stance comes from the reported clause or a light-verb phrase, not the verb itself."""
    verb_end: int
    """Offset in the analysed text where the main clause ends (the object starts after the verb)."""
    also: tuple[Stance, ...] = ()
    """Other stances of verbs joined by "und" ("kann … nicht zustimmen und schlägt … vor"): the guide
    splits a contribution with different stances into several positions."""


def _infinitive(clause: str) -> str:
    words = [w for w in tokens(clause) if w[0].isalpha()]
    return words[-1].lower() if len(words) > 1 and words[-1][0].islower() else ""


_PARTICLE_AFTER_CLAUSE = re.compile(rf",\s+({'|'.join(sorted(SEPARABLE, key=len, reverse=True))})\s*(?=[.;,]|$|\s+und\b)")
"""A separable particle that closes the main clause after an embedded one, before "und" or the end."""


_NOUN_WANTED = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+\s+(?:wissen|erfahren)\s*[.?!]?\s*$")
"""A thing a speaker wants to know, named before the infinitive ("möchten die Höhe der Folgekosten wissen")."""
_ASKED_AFTER = re.compile(r"\b(?:wissen|erfahren)\s*,?\s*(?:ob|wie|was|wann|wo\w*|warum|weshalb|wieso|welche\w*|wer|inwie\w+)\b")


def verb_stance(verb: str, clause: str, sentence: str = "") -> tuple[Stance | None, bool]:
    """Stance of a finite ``verb`` in its main ``clause`` and whether the clause negates it; a
    particle may also close the whole ``sentence`` ("stellt auf die Frage, was …, ab")."""
    lem = verb_lemma(verb, clause)
    if lem not in STANCE_OF:
        lem = guided_lemma(verb, clause, STANCE_OF) or lem
    complement = clause
    if lem not in STANCE_OF and sentence and lem == lemma(verb):
        whole = verb_lemma(verb, sentence.rstrip(" .!?"))
        if whole == lem:  # "hob die Energiewende und die Auswirkungen hervor, da …": nouns joined before the particle
            whole = verb_lemma(verb, f"{verb} {joined_clause(sentence)}")
        if closing := _PARTICLE_AFTER_CLAUSE.search(sentence):
            whole = whole if whole != lem else closing.group(1).lower() + lem  # "weist den Vorwurf, dass …, zurück und …"
        if whole in STANCE_OF or whole in JUDGING or (whole != lem and whole in COMPLEMENTED):
            lem = whole  # the particle closes the sentence: "sahen den Vorschlag, dass …, als gangbaren Weg an"
            complement = sentence
    negated = bool(_NEGATION.search(clause))
    if lemma(verb) in _MODALS:
        infinitive = _infinitive(clause)
        lem = lemma(infinitive) if infinitive else lem
        if lem in ("erhalten", "bekommen", "haben") and lemma(verb) in ("mögen", "wollen"):
            lem = "mögen"  # "möchte … eine Aufstellung der Kosten erhalten": wanting it, as "möchte eine Aufstellung"
        if not infinitive and lemma(verb) in ("mögen", "wollen") and re.match(r"\s*,?\s*dass\b", sentence):
            return Stance.PROPOSES, False  # "möchte, dass der Umweltausschuss einbezogen wird": a wish
        if lem in ("wissen", "erfahren") and lemma(verb) in ("mögen", "wollen") and (
            _ASKED_AFTER.search(sentence or clause) or _NOUN_WANTED.search(clause)
        ):
            return Stance.ASKS, False  # "Außerdem wollte sie wissen, wie viele …" asks; "… behandelt wissen" wishes
    if lemma(verb) == "lassen" and re.search(r"^\S+\s+(?:\w+\s+)?wissen\b", clause):
        return Stance.INFORMS, False  # "Frau König lässt wissen, die Wartung …"
    if lem == "vorstellen" and re.search(r"\bsich\b", clause) and lemma(verb) in _MODALS:
        return Stance.SUPPORTS, False  # "könne sich … vorstellen"
    if lem == "bitten" and "Entschuldigung" in clause:
        return Stance.INFORMS, False
    if (
        lem in ("vertreten", "teilen")
        and negated
        and re.search(r"auffassung|meinung|ansicht|position", clause, re.IGNORECASE)
    ):
        return Stance.OPPOSES, False
    if lem == "äußern" and (side := _SIDE.search(clause)) and complement_stance(lem, clause[: side.start()]) is None:
        return (Stance.OPPOSES if side.group(1) == "gegen" else Stance.SUPPORTS), False  # "äußert sich klar für …"
    if lem == "sprechen" and _ON_BEHALF.search(clause):
        return Stance.INFORMS, False  # "sprach für die uneinige CDU-Fraktion": on its behalf, no stance of its own
    if lem == "sprechen" or lem == "aussprechen":
        if re.search(r"\bgegen\b", clause):
            return Stance.OPPOSES, False
        if re.search(r"\bfür\b", clause):
            return Stance.SUPPORTS, False
    if lem == "halten":
        if re.search(rf"\bnicht\s+für\s+\w*\s*{_SUPPORT_ADJ}|\bfür\s+(?:nicht|un)\w*", clause):
            return Stance.OPPOSES, False
        if re.search(rf"\bfür\s+(?:\w+\s+){{0,2}}{_SUPPORT_ADJ}|Lösung\b", clause):
            return Stance.SUPPORTS, False
    decided = complement_stance(lem, complement)
    if decided is None and sentence and complement_stance(lem, sentence.split(",")[0].strip()) == (None,):
        decided = (None,)  # "begrüßte … die fünf neuen und die fünfzehn wiedergewählten Markträte": past the "und"
    if decided is not None:
        return decided[0], False
    return STANCE_OF.get(lem), negated


def perfect_participle(verb: str, clause: str) -> str:
    """The participle that closes a perfect-tense ``clause`` of the auxiliary ``verb``, when it is a verb of the
    lexicon ("hat sich gegen den Ausbau ausgesprochen", "hatte darauf hingewiesen"): minutes written as a report
    give a contribution in the perfect as others give it in the present."""
    if verb.lower() not in ("hat", "hatte", "haben", "hatten"):
        return ""
    words = [w for w in tokens(clause) if w[0].isalpha()]
    last = words[-1] if words else ""
    return last if last[:1].islower() and verb_stance(last, clause)[0] is not None else ""


def _acted_upon(verb: str, clause: str) -> bool:
    """A passive: the auxiliary ``verb`` with a participle closing its ``clause`` ("wurden … bestätigt", "wird …
    gebeten"); "wird … berichten" is a future."""
    if verb.lower() not in ("wird", "werden", "wurde", "wurden"):
        return False
    words = [w for w in tokens(clause) if w[0].isalpha()]
    last = words[-1] if words else ""
    return last[:1].islower() and (last.endswith("t") or last.startswith("ge"))


def _flip(stance: Stance | None, negated: bool) -> Stance | None:
    if negated and stance is Stance.SUPPORTS:
        return Stance.OPPOSES
    return stance


_PROPOSAL = re.compile(
    r"\b(?:sollte|sollten|solle|müsste|müssten)\b[^,;]*\bwerden\b|"
    r"\b(?:wir|ich|man)\b[^,.;]{0,60}\b(?:sollten|sollte|müssten|müsste)\b|\bich schlage\b[^.]*\bvor\b"
)
"""A proposal stated as a sentence of its own: "Es sollte ein zentraler Punkt … vorgesehen werden",
"…, dass wir die Tribüne sanieren sollten" (direct speech)."""


SUGGESTS = re.compile(
    rf"{_WORTH_DOING}|"
    r"\b(?:sollte|sollten|solle|müsste|müssten|möge|wünschenswert|man\b[^,.;]{0,60}\bsoll)\b|"
    r"\b(?:sei|seien|ist|sind)\b[^,.;]{0,80}\bzu\s+[a-zäöüß]+en\b|\b[a-zäöüß]+zu[a-zäöüß]+en\s+(?:sei|seien)\b"
)
"""A suggestion in a reported clause; a plain "soll" after a verb of reporting reports a plan."""
_PROPOSAL_REPORTED = re.compile(
    r"\b(?:sei|seien)\b[^,.;]{0,80}\bzu\s+(?!betonen|erwähnen|sagen|bemerken|erkennen|sehen|erwarten|rechnen)[a-zäöüß]+en\b|"
    r"\b[a-zäöüß]+zu[a-zäöüß]{3,}en\s+(?:sei|seien)\b"
)
"""A proposal in indirect speech: "In der Angelegenheit sei dennoch zu beraten", "… abzusetzen sei"."""


def clause_cue(text: str, exclude: tuple[Stance, ...] = (), alone: bool = False) -> Stance | None:
    """The evaluation a reported clause holds, if any; ``alone`` for a sentence without a verb of
    speech, where only a modal with a passive ("sollte … werden") makes a proposal."""
    for stance, cue in _CLAUSE_CUES:
        if stance in exclude or (alone and (stance, cue) in PREDICATES):
            continue  # a judgement in a sentence of its own goes on the speaker's turn; it opens no position
        if stance is Stance.PROPOSES and alone:
            if _PROPOSAL.search(text) or _PROPOSAL_REPORTED.search(text):
                return stance
        elif cue.search(text):
            return stance
    return None


def phrase_cue(text: str) -> Stance | None:
    """A stance on the matter that a noun or adjective of evaluation carries in a sentence without a verb of
    speech ("Der Appell seiner Fraktion sei, …", "Bedenken bestünden …"); reports and findings do not count."""
    wanted = (Stance.PROPOSES, Stance.CRITICISES, Stance.SUPPORTS, Stance.OPPOSES)
    return next((stance for stance, phrase in _PHRASES if stance in wanted and phrase.search(text)), None)


def _rank(stance: Stance | None) -> int:
    """Specificity: a stance on the matter (for, against) > other evaluations > finding > report."""
    if stance in (Stance.SUPPORTS, Stance.OPPOSES):
        return 4
    return 0 if stance is None else 1 if stance is Stance.INFORMS else 2 if stance is Stance.STATES else 3


_JUSTIFYING = frozenset(("begründen", "rechtfertigen"))
_OTHER_SUBJECT = re.compile(rf"\s*,?\s*dass\s+(?:{ADDRESS}|(?:{ROLE}))\s+(?:Dr\.\s+)?[A-ZÄÖÜ][a-zäöüß]")
"""A reported clause about someone else ("teilt mit, dass Stadträtin Koch … nicht mehr einverstanden sei"): their
stance, not the speaker's."""


def read_stance(rest: str, verb: str = "") -> Reading | None:
    """Stance of a sentence whose speaker is already cut off: ``rest`` starts with the finite verb
    ("stimmte diesem Ansatz zu, …"), or the verb is given when it stood before the speaker."""
    offset = 0
    if not verb:
        words = tokens(rest)
        if not words or not words[0][0].islower():
            return None
        verb = words[0]
        offset = rest.index(verb) + len(verb)
    body = rest[offset:]
    clause = "" if re.match(r"\s*,?\s*dass\b", body) else main_clause(body)
    if _acted_upon(verb, clause):
        return None  # "Die Ortsvorsteher wurden bestätigt": the one named is acted upon, not speaking
    verb = perfect_participle(verb, clause) or verb
    stance, negated = verb_stance(verb, f"{verb} {clause}", body)
    stance, derived = _flip(stance, negated), False
    clauses = [f"{verb} {clause.strip()}"]  # the verb too: a modal's phrase ("möchte wissen")
    coordinated = _coordinated(body)
    own = [stance]
    for other_verb, other_clause, _ in coordinated:
        clauses.append(other_clause)
        if lemma(other_verb) in _JUSTIFYING:
            continue  # "regt an, … und begründet dies": the reason for what the first verb said
        second, neg2 = verb_stance(other_verb, other_clause, other_clause)
        second = _flip(second, neg2)
        own.append(second)
        if _rank(second) > _rank(stance) and (_rank(stance) <= 1 or stance is Stance.PROPOSES):
            stance, verb = second, other_verb
    if stance is Stance.ASKS and re.search(r"\bkritisch", clause):
        stance, derived = Stance.CRITICISES, True  # "fragt kritisch nach"
    if _rank(stance) <= 1:
        phrase = next((s for s, p in _PHRASES if any(p.search(c) for c in clauses)), None)
        if phrase is Stance.ASKS and (lemma(verb) in _ANSWERS or verb_lemma(verb, clause) in _ANSWERS):
            phrase = None  # "beantwortet die Frage dahingehend, dass …": an answer, not a question
        if _rank(phrase) > _rank(stance):
            stance, derived = _flip(phrase, negated and phrase is Stance.SUPPORTS), True
    end = offset + len(clause)
    if _rank(stance) < 3:
        # the reported clause of the first verb ends where a coordinated verb of speech begins
        stop = next((offset + at for _, _, at in coordinated if offset + at > end), len(rest))
        reported = rest[end:stop]
        explains = lemma(verb) in _EXPLAINS or verb_lemma(verb, clause) in _EXPLAINS
        planned = stance in _REPORTING and not SUGGESTS.search(reported)  # "teilte mit, dass … stellen soll"
        causal = re.match(r"\s*,?\s*(?:da|weil|zumal)\b", reported)  # "verneint …, da … fließen müssten": a reason
        exclude = (Stance.PROPOSES,) if explains or planned or causal else ()
        asked = re.match(r"\s*,?\s*(?:ob|inwieweit|inwiefern)\b", reported)  # "prüft, ob … beantragt werden können"
        cue = clause_cue(reported, exclude) if reported.strip(" ,.") and not asked else None
        if cue is not None and not _OTHER_SUBJECT.match(reported):
            stance, derived = _flip(cue, bool(_NEGATION.search(reported.replace("nicht nur", "")))), True
    if _rank(stance) <= 1 and lemma(verb) in _DEMANDS and _OFFICE_ACTS.match(rest[end:]):
        stance, derived = Stance.PROPOSES, True  # "erwartet, dass die Verwaltung … vorstellt"
    if stance is None and rest.rstrip().endswith("?"):
        stance, derived = Stance.ASKS, True
    if stance is None:
        return None
    also = tuple(dict.fromkeys(s for s in own if s is not None and s is not stance and _rank(s) >= 3))
    if lemma(verb) in _JUSTIFYING:
        also = ()  # "begründet den Antrag und wirbt um Zustimmung": one act
    return Reading(stance, derived, end, also if coordinated and _rank(stance) >= 3 else ())


FRONTED_WORDS = 4
"""Longest opening phrase before an inverted speaker's verb read for the stance."""


def with_fronted(reading: Reading | None, fronted: str, rest: str, verb: str) -> Reading | None:
    """An inverted sentence may open with its stance ("Skeptisch zeigte sich X", "Gegen den Antrag sprach sich X
    aus"): when the verb and what follows the speaker only report or find, the opening phrase (``fronted``, with the
    reflexive) is read as part of the clause; an evaluation from it replaces the reading, as derived (a mere
    report from it adds nothing: "Im Anschluss spricht Frau X Geburtstagswünsche aus" stays no contribution)."""
    words = [w for w in fronted.split() if w != "sich"]
    if not words or len(words) > FRONTED_WORDS or (reading is not None and _rank(reading.stance) > 2):
        return reading
    stem = rest.rstrip().rstrip(".!?")
    best = reading
    lowered = re.sub(r"(?<![\w-])([A-ZÄÖÜ])(?=[a-zäöüß]+\b)", lambda m: m.group(1).lower(), fronted, count=1)
    for phrase in (fronted, lowered):  # "Skeptisch" as "skeptisch", "Kritik" as written
        again = read_stance(f"{stem} {phrase}", verb)
        if again is not None and _rank(again.stance) > max(_rank(best.stance if best is not None else None), 1):
            best = Reading(again.stance, True, reading.verb_end if reading is not None else 0)
    return best


def _coordinated(rest: str) -> list[tuple[str, str, int]]:
    """Further finite verbs joined by "und" to the main clause ("nimmt Stellung und teilt mit, …"):
    (verb, its clause, where the "und" stands)."""
    found = []
    for match in re.finditer(r"\bund\s+(?:(?:er|sie|zudem|auch|dann|anschließend)\s+)?([a-zäöüß]+)\b", rest):
        verb = match.group(1)
        clause = main_clause(rest[match.start(1) :])
        reflexive = verb_lemma(verb, clause) in COMPLEMENTED and re.search(r"\bsich\b", clause) is not None
        if lemma(verb) in _LIGHT or lemma(verb) in STANCE_OF or verb_lemma(verb, clause) in STANCE_OF or reflexive:
            found.append((verb, clause, match.start()))  # reflexive: "und positionierte sich gegen das Projekt"
    return found


def is_particle(word: str) -> bool:
    return word.lower() in SEPARABLE
