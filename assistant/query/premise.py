"""What a question takes for granted, and passages that only announce what it asks about.

"Warum wurde der Neubau beschlossen?" presupposes that it was; when the decision record of the cited
agenda item says *abgelehnt* or *vertagt*, the honest answer corrects the premise instead of
explaining a decision that was never taken. "Aus welchen Gründen wurde … vertagt?" presupposes an
adjournment the same way.

"Hat der Rat die Satzung im Dezember dann beschlossen?" asks about a later event; when the
documents only announce it ("Der Rat wird in seiner nächsten Sitzung entscheiden"), they do not
answer it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.language.german import fold
from assistant.language.words import MONTHS_FOLDED
from assistant.query.admissible import named_parties
from assistant.query.facts import is_keyword_query
from assistant.query.slot import first_part_text, things
from assistant.query.tense import completed_clause, completed_participle, reported_forms
from assistant.vocab import DecisionOutcome

_OPENINGS = (
    r"(?:warum|weshalb|wieso|wozu|aus welche[mn] gr(?:u|ue)nde?n?|mit welche[rn] begruendung|wann|seit wann|ab wann|bis wann"
    r"|wie viel|wie hoch|wie viele|in welcher hoehe|wo|wohin|wie kam es|was war (?:der|die) (?:grund|gruende|anlass)"
    r"|womit|wodurch|wie lange|wie wurde[^?]*\bbegruendet|mit welche[rnm] (?:mehrheit|stimmenzahl|stimmenverhaeltnis)"
    r"|mit wie viele?n? (?:ja-)?stimmen)\b"
)
_PRESUPPOSING = re.compile("^" + _OPENINGS)
"""Question openings that take the event they ask about for granted (a yes/no question does not)."""
_ADOPTED = re.compile(
    r"\b(beschlossen|genehmigt|zugestimmt|angenommen|bewilligt|verabschiedet|entschieden|eingefuehrt"
    r"|eingerichtet|gewaehlt|gebaut|umgesetzt|gewaehrt|vergeben|erhoeht|gesenkt|abgeschafft|beschliesst"
    r"|erhaelt|erhalten|bekommt|bekommen|neue[nrsm]?|gilt|gelten|in kraft|gibt|gibts|durchgesetzt|durchgekommen|durchgegangen"
    r"|durchgewunken|durchgewinkt|abgesegnet"
    r"|setzte[n]? sich\b[^?]*\bdurch|zugelassen|stattgegeben|gefolgt|gestrichen|aufgehoben|angehoben|raufgesetzt"
    r"|heraufgesetzt|hochgesetzt|gekuerzt|festgesetzt|ausgewiesen|verkleinert|vergroessert|verringert|reduziert"
    r"|erweitert|verlaengert|uebernommen"
    r"|mit (?:breiter|grosser|klarer|deutlicher|grosser|grossen) mehrheit)\b"
)
_ADOPTION = r"\b(beschlossen|genehmigt|zugestimmt|angenommen|bewilligt|verabschiedet)\b"
"""The participles that say a matter was adopted and nothing else."""
_TAKEN_FOR_ADOPTED = re.compile(
    r"\bnachdem\b[^?]*"
    + _ADOPTION
    + r"|\b(beschlossene|genehmigte|bewilligte|verabschiedete|eingefuehrte)[nrsm]?\b"
    r"|\bwie geht es\b[^?]*\bnach de[mr] beschluss\b"
)
"""Other ways of taking an adoption for granted, whatever the question word: "Nachdem der Rat den
Neubau beschlossen hat, …", "Was kostet die beschlossene Sanierung?"."""
_ADJOURNED = re.compile(r"\b(vertagt|verschoben|zurueckgestellt|abgesetzt|vertagung|zurueckstellung)\b")
_REJECTED = re.compile(r"\b(abgelehnt|gescheitert|ablehnung|zurueckgewiesen|verworfen|verweigert|versagt)\b")
_REFERRED = re.compile(r"\b(verwiesen|ueberwiesen|zurueckverwiesen|verweisung)\b")
_FINITE = (
    (
        DecisionOutcome.REFERRED,
        re.compile(
            r"\b(?:verwies(?:en)?|ueberwies(?:en)?)\b|\bschickte[n]?\b[^?]*\b(?:in|an) (?:den|die|das)\b[^?]*"
            r"(?:ausschuss|ausschuesse|gremium|gremien)\b"
        ),
    ),
    (DecisionOutcome.ADJOURNED, re.compile(r"\b(?:vertagte[n]?|verschob(?:en)?)\b|\bstellte[n]?\b[^?]*\bzurueck\b")),
    (
        DecisionOutcome.REJECTED,
        re.compile(r"\blehnte[n]?\b[^?]*\bab\b|\bwies(?:en)?\b[^?]*\bzurueck\b|\b(?:verwarf|verweigerte|versagte)[n]?\b"),
    ),
    (
        DecisionOutcome.ADOPTED,
        re.compile(
            r"\b(?:beschloss(?:en)?|billigte[n]?|genehmigte[n]?|bewilligte[n]?|verabschiedete[n]?)\b"
            r"|\bstimmte[n]?\b[^?]*\bzu\b"
        ),
    ),
)
"""Finite verbs of a body's decision ("Warum lehnte der Rat den Antrag ab?"); with a person as subject
("Warum lehnte Herr X den Antrag ab?") they tell that person's side, not an outcome."""
_NEGATED = re.compile(r"\b(nicht|kein|keine|keinen|nie)\b")

NOT_ADOPTED = frozenset(
    {
        DecisionOutcome.REJECTED,
        DecisionOutcome.ADJOURNED,
        DecisionOutcome.DEFERRED,
        DecisionOutcome.WITHDRAWN,
        DecisionOutcome.REFERRED,
    }
)
"""Outcomes that contradict a presupposed adoption."""
DECIDED = frozenset({DecisionOutcome.ADOPTED, DecisionOutcome.REJECTED})
_NOT_REJECTED = frozenset(
    {DecisionOutcome.ADOPTED, DecisionOutcome.ADJOURNED, DecisionOutcome.DEFERRED, DecisionOutcome.REFERRED}
)
"""Outcomes that contradict a presupposed adjournment."""


def presupposed_outcome(question: str, persons: bool = False) -> DecisionOutcome | None:
    """The outcome a question takes for granted: adopted ("Warum wurde … beschlossen?", "Wann werden
    die neuen … gewählt?"), adjourned ("Weshalb wurde … vertagt?"), rejected ("Warum wurde … abgelehnt?");
    None for questions that take none (yes/no questions, negated ones, outcome questions). The finite verbs
    of a decision ("lehnte … ab", "beschloss") count unless the question names ``persons``."""
    if is_keyword_query(
        question
    ):  # "Sozialbericht angenommen Stimmen": the search names the outcome it expects
        folded = fold(question)
        return None if _NEGATED.search(folded) else _named_outcome(folded, _ADOPTION_WORD)
    folded = _asking_clause(fold(question).strip())
    main = re.split(r",|\bobwohl\b|\bweil\b|\bda\b", folded, maxsplit=1)[0]
    if _NEGATED.search(main):
        return None
    if not _PRESUPPOSING.search(folded):
        return DecisionOutcome.ADOPTED if _TAKEN_FOR_ADOPTED.search(folded) else None
    named = _named_outcome(folded, _ADOPTED)
    if named is None and not persons:
        named = next((outcome for outcome, finite in _FINITE if finite.search(folded)), None)
    return named


def _named_outcome(folded: str, adopted: re.Pattern[str]) -> DecisionOutcome | None:
    """The outcome ``folded`` names: a referral, an adjournment, a rejection, else an adoption by ``adopted``."""
    if _REFERRED.search(folded):
        return DecisionOutcome.REFERRED
    if _ADJOURNED.search(folded):
        return DecisionOutcome.ADJOURNED
    if _REJECTED.search(folded):
        return DecisionOutcome.REJECTED
    return DecisionOutcome.ADOPTED if adopted.search(folded) else None


_ADOPTION_WORD = re.compile(_ADOPTION)


_CLAUSE = re.compile(
    r"\s[–—-]\s|[;:]\s|[.!]\s(?=" + _OPENINGS + r")"
    r"|,\s(?=(?:warum|weshalb|wieso|wann|seit wann|wie viel|wie hoch|wie kam es)\b)"
)


def _asking_clause(folded: str) -> str:
    """The clause that asks: "Die Gedenktafel ist in die Jahre gekommen – warum soll sie …?" asks after the
    dash, "Der Rat hat über X beraten. Warum wurde X abgelehnt?" in its second sentence; a question without
    such a lead-in is its own clause."""
    parts = _CLAUSE.split(folded)
    return next((p for p in reversed(parts) if _PRESUPPOSING.search(p)), folded)


def contradicts(presupposed: DecisionOutcome, outcomes: list[str]) -> str:
    """The outcome among ``outcomes`` (of the decisions of the cited agenda item) that contradicts the
    presupposed one, or ``""`` when none does (or the item also holds the presupposed outcome)."""
    if not outcomes or presupposed in outcomes:
        return ""
    if presupposed == DecisionOutcome.ADOPTED:
        return next((o for o in outcomes if o in NOT_ADOPTED), "")
    if presupposed in (DecisionOutcome.ADJOURNED, DecisionOutcome.REFERRED):
        return next((o for o in outcomes if o in DECIDED), "")
    # a rejection taken for granted: adopted, and also postponed or referred, is no rejection ("nicht abgelehnt,
    # sondern vertagt")
    return next((o for o in outcomes if o in _NOT_REJECTED), "")


_AFTERWARDS_WORDS = r"dann|endgueltig|inzwischen|mittlerweile|spaeter|danach|seit wann|jetzt schon|tatsaechlich|doch noch"
_EVENTUALLY = re.compile(r"\b(?:am ende|letztendlich|letzten endes|schlussendlich|im endeffekt|unterm strich)\b")
"""In the end: later only for a state reached ("Hat X am Ende die Förderung bekommen?"); "Welche Variante wurde am
Ende beschlossen?" asks the end of the session's own deliberation."""
_AFTERWARDS = re.compile(rf"\b(?:{_AFTERWARDS_WORDS})\b")
"""A time after the event the question names, without naming a date (a month may be the documents' own)."""
_LATER = re.compile(
    rf"\b(?:im|in|bis|zum|ab)\s+(?:der\s+)?(?:{'|'.join(MONTHS_FOLDED)}|fruehjahr|sommer|herbst|winter)"
    rf"|\b(?:{'|'.join(MONTHS_FOLDED)})-sitzung|\b(?:{_AFTERWARDS_WORDS}"
    r"|anschliessend(?:e[nmrs]?)?|abschliessend|nach der sommerpause|nach der anhoerung|folgesitzung"
    r"|nach den (?:sommer|herbst|oster|pfingst|weihnachts)?ferien|nach (?:der|dem) [a-z]*(?:sitzung|termin|anhoerung)"
    r"|(?:bei|in|nach) der (?:erneuten|zweiten|nochmaligen|weiteren) (?:beratung|befassung|sitzung|abstimmung)"
    r"|(?:in|auf|bei|zu)\s+(?:der|seiner|ihrer|einer) (?:naechsten|folgenden|darauffolgenden|spaeteren) \w*sitzung)\b"
)
"""A time after the documents' event a question asks about ("im Dezember 2022", "im Frühjahr",
"in der Oktober-Sitzung", "dann endgültig", "in der Folgesitzung", "bei der erneuten Beratung", "nach den Sommerferien",
"nach der Oktobersitzung")."""
_OUTCOME = re.compile(
    r"\b(beschlossen|entschieden|verabschiedet|genehmigt|gewaehlt|umgegangen|ergebnis|erbracht|ergeben"
    r"|abgestimmt|stattgefunden|zugestimmt|angenommen|abgelehnt|eingefuehrt|unterzeichnet|vergeben"
    r"|in kraft getreten|herausgekommen|rausgekommen|umgesetzt|fertiggestellt|eroeffnet|begonnen|gestartet"
    r"|abgeschlossen|beschlossene sache|in kraft|ausgegangen|errichtet|gebaut|aufgestellt|aufgehaengt|angebracht"
    r"|eingeweiht|angeschafft|gekauft|erworben|beschafft|installiert|eingerichtet|entschied|entschieden|endete|endeten"
    r"|gewonnen|gewann"
    r"|beschloss|gelaufen|verlaufen|festgelegt|festgesetzt|geregelt)\b|\bging\b[^?]*\baus\b|\b(?:kam|kamen)\b[^?]*\b(?:raus|heraus)\b"
)
_DECIDED = re.compile(r"\b(?:beschlossen|beschloss|entschieden|entschied|abgestimmt|angenommen|abgelehnt|genehmigt)\b")
_LATER_STATE = re.compile(r"\b(?:zugesagt|in betrieb|fertig|bewilligt|bekommen|erhalten)\b")
"""States reached after the documents' event, asked about with a later time ("Hat die Uni dann zugesagt?", "Seit
wann ist das Netz in Betrieb?"); without one, "Wer hat zugesagt …?" asks for the promise itself."""


_RECEIVED = r"bewillig|erh(?:ae|a)lt|erhielt|bekomm|bekam|bescheid|zugesprochen|zusage|zugesagt"
_STATE_WORDS = {
    "zugesagt": r"zugesagt|zusage|sagt\w* \w+ zu",
    "in betrieb": r"betrieb",
    "fertig": r"fertig",
    "bewilligt": r"bewillig",
    "bekommen": _RECEIVED,
    "erhalten": _RECEIVED,
}


def later_state_unreported(question: str, passage: str) -> bool:
    """Whether ``question`` asks about a state reached after the documents' event ("Hat die Uni dann zugesagt?",
    "Seit wann ist das Netz in Betrieb?") that ``passage`` does not report (no promise, opening, grant in it); any
    weak verb asked as done with the later time in its clause counts, read by its forms (:mod:`.tense`)."""
    folded = fold(question)
    found = _LATER_STATE.search(folded)
    if not (_AFTERWARDS.search(folded) or (found and _EVENTUALLY.search(folded))):
        return False
    if found is not None:
        return not re.search(_STATE_WORDS[found.group(0)], fold(passage))
    participle = completed_participle(question, _AFTERWARDS)  # "Hat der Kreis inzwischen … eingestellt?"
    text = _INTENDED.sub(" ", passage.lower())
    return participle is not None and not any(form in text for form in reported_forms(participle))


_AFTER_SESSION = re.compile(r"\bnach (?:der|dem) [a-z]*sitzung\b")
"""A time right after the session ("nach der Sitzung des Regionalausschusses", "nach der Kreistagssitzung"); not after
a session the question names by a word of its own ("nach der konstituierenden Sitzung": a later report may hold it)."""
_GOING_ON = re.compile(r"\b(?:weiter|wird|werden|soll|sollen|will|wollen|geplant|vorgesehen)\b")


def asks_after_session(question: str) -> bool:
    """Whether ``question`` asks what happened right after the session ("Ist die Kirche nach der Sitzung tatsächlich
    zur Nachbarschaftskirche geworden?", "Was stand in der Antwort, die der Landkreis nach der Kreistagssitzung
    gegeben hat?"): the session's own minutes cannot report it. Not what is to come ("Wie geht es nach der Sitzung
    weiter?", "Was soll nach der Sitzung geschehen?"), which the minutes announce."""
    folded = fold(question)
    return bool(_AFTER_SESSION.search(folded)) and not _GOING_ON.search(folded)


_INTENDED = re.compile(r"\bzu\s+[a-zäöüß]+en\b|\b[a-zäöüß]+zu[a-zäöüß]{3,}en\b")
"""An act only intended, as an infinitive with "zu" ("beabsichtigt, das Einvernehmen zu ersetzen", "einzustellen"):
it does not report the act done."""


def asks_later_outcome(question: str) -> bool:
    """Whether the question asks for an outcome at a time it names (a later session, a month, a season); the
    outcome is an outcome word or any verb asked as done (:mod:`assistant.query.tense`: "Hat der Landkreis
    inzwischen wieder eine Fachkraft eingestellt?"). Of a two-part question only the first part counts: it is what
    the answer leads with ("Wie ging die Abstimmung aus, und wurde die Tagesordnung danach genehmigt?")."""
    question = first_part_text(question)
    folded = fold(question)
    if _SCHEDULE.search(folded):
        return False  # "Wann wird denn dann entschieden, ob …?": the planned time, which an announcement gives
    if (_OUTCOME.search(folded) or _LATER_STATE.search(folded)) and _LATER.search(folded):
        return True
    if _LATER_STATE.search(folded) and _EVENTUALLY.search(folded):
        return True
    if _STATE_SINCE.search(folded):
        return True  # "Steht in X inzwischen ein Behälter …?": a state reached after the documents' event
    return completed_clause(question, _AFTERWARDS) is not None  # the later time in the clause that asks it


_STATE_SINCE = re.compile(
    r"^(?:und,?\s+)?(?:steht|stehen|gibt|gibts|ist|sind|liegt|liegen|laeuft|laufen|faehrt|fahren|haengt|haengen)\b"
    r"[^?]*\b(?:inzwischen|mittlerweile|jetzt schon|schon jetzt)\b"
)
"""A question for a present state at a time after the event, by a word of meanwhile ("Steht … inzwischen …?", "Gibt es
mittlerweile …?")."""
_SCHEDULE = re.compile(r"\bwann\s+(?:wird|werden|soll|sollen|will|wollen)\b")
"""A question for when something is to happen, in the future tense or with a plan."""


_AGREED = re.compile(r"\b(?:vereinbart|verabredet|abgesprochen|ausgemacht|besprochen)\b")
"""What a meeting agreed: an outcome of that meeting, dated by the time the question names."""


def asks_outcome(question: str) -> bool:
    """Whether the question asks how something turned out (decided, elected, opened, agreed …)."""
    folded = fold(question)
    return bool(_OUTCOME.search(folded) or _AGREED.search(folded))


_PLANNED = re.compile(
    r"\b(?:soll|sollen|sollte|sollten|will|wollen|wollte|plant|planen|geplant|vorgesehen|vorgeschlagen"
    r"|empfohlen|empfiehlt|beantragt|wird|werden)\b"
)
"""A question about what is planned or proposed ("Was soll beschlossen werden?"), which an announcement
answers."""


_SESSION_END = re.compile(r"\b(?:wann|uhr)\b[^?]*\bendete[n]?\b")
"""When a session ended ("um wie viel Uhr endete die Sitzung?") asks a time, no result."""


def asks_result(question: str) -> bool:
    """Whether the question asks for a result already reached ("Wurde … beschlossen?", "Welches Ergebnis …?"), not
    for a plan or proposal; in a two-part question a part that asks for a decision (:data:`_DECIDED`) is enough."""
    folded = _SESSION_END.sub(" ", fold(question))
    if _OUTCOME.search(folded) and not _PLANNED.search(folded):
        return True
    parts = re.split(r",\s*(?:und|oder)\b", folded)  # "Hat der Rat … beschlossen, und was soll das kosten?"
    return len(parts) > 1 and any(_DECIDED.search(part) and not _PLANNED.search(part) for part in parts)




UNANIMOUS = "unanimous"
"""A vote the question takes as unanimous ("Warum billigte der Rat … ohne Gegenstimme?")."""
DIVIDED = "divided"
"""A vote it takes as close or split ("Warum war die Abstimmung so knapp?", "… so gespalten")."""
OPPOSED = "opposed"
"""A vote it takes to have had votes against ("Wer hat gegen … gestimmt?", "Gegenstimmen Begründung")."""
SUPPORTED = "supported"
"""A vote it takes a named party to have cast for the motion ("Warum hat die SPD-Fraktion … zugestimmt?")."""

_ASKS_WHY_OR_WHO = re.compile(
    r"\b(?:warum|weshalb|wieso|aus welche[mn] gr(?:u|ue)nde?n?|mit welche[rn] begruendung|wie kam es|wie knapp|wer"
    r"|welche[rs]? (?:fraktion|fraktionen|partei|parteien|mitglied|mitglieder|ratsmitglied|ratsmitglieder"
    r"|stadtraete|gemeinderaete|kreisraete|abgeordnete[n]?))\b"
)
"""Openings that take the shape of a vote for granted; a yes/no question ("War die Abstimmung
einstimmig?") or a count question ("Wie viele Gegenstimmen …?") asks for it instead."""
_VOTE_SHAPES = (
    (
        DIVIDED,
        re.compile(
            r"\bnicht (?:einstimmig|einhellig)\b|\bknapp(?:e[nmrs]?)? (?:mehrheit|ergebnis"
            r"|entscheidung|abstimmung|votum)\b|\bknapp (?:beschlossen|angenommen|abgelehnt|entschieden|zugestimmt"
            r"|durchgefallen|gescheitert|durchgekommen)\b|\bgespalten\b|\bkampfabstimmung\b|\buneinig\b"
            r"|\b(?:nur|so|wie|derart|sehr|ganz|denkbar) knapp\b(?! (?:\d|ueber|unter|die haelfte|ein\w*|zwei|drei|vier|fuenf|sechs"
            r"|sieben|acht|neun|zehn|zwanzig|hundert|tausend|million\w*)\b)"
        ),
    ),
    (
        UNANIMOUS,
        re.compile(
            r"\b(?:einstimmig|einhellig|ohne (?:(?:jede|eine|einzige|irgendeine) ){0,2}gegenstimmen?)\b"
            r"|\balle\b[^?]*\b(?:dafuer|fuer)\b[^?]*\bgestimmt\b"
        ),
    ),
    (
        OPPOSED,
        re.compile(
            r"\bgegenstimmen?\b|\bnein-?stimmen\b|\bdagegen gestimmt\b|\bstimmte[n]? [^?,]{0,60}\bdagegen\b"
            r"|\bgegen [^?,]{0,80}\b(?:gestimmt|stimmte[n]?|votiert|votierte[n]?)\b"
            r"|\b(?:stimmte[n]?|votierte[n]?) (?:[^?,]{0,80} )?gegen\b"
        ),
    ),
    (SUPPORTED, re.compile(r"\bzugestimmt\b|\bdafuer gestimmt\b|\bstimmte[n]? [^?,]{0,80}\b(?:zu|dafuer)\b")),
)
"""How a question names the vote it takes for granted; the first that matches counts ("nicht einstimmig"
is a divided vote, not a unanimous one)."""
_COUNT_ASKED = re.compile(r"\bwie viele\b|\bmit wie viel|\bmit welche[rm] (?:mehrheit|ergebnis|stimmen)")


def presupposed_vote(question: str) -> str:
    """The shape of vote ``question`` takes for granted (:data:`UNANIMOUS`, :data:`DIVIDED`,
    :data:`OPPOSED`), or ``""``: "Warum war die Abstimmung so knapp?" → divided; "Warum billigte der Rat
    die Gebühren ohne jede Gegenstimme?" → unanimous; "Wer hat gegen die Variante gestimmt?" → opposed.
    A keyword search naming votes against ("Haushaltssatzung Gegenstimmen Gründe") takes them for granted too; a
    yes/no question or one that asks for the count does not."""
    folded = fold(question).strip()
    if _COUNT_ASKED.search(folded) or not (is_keyword_query(question) or _ASKS_WHY_OR_WHO.search(folded)):
        return ""
    for shape, pattern in _VOTE_SHAPES:
        if pattern.search(folded) and (shape != SUPPORTED or named_parties(question)):
            return shape  # a vote for the motion is a premise of its own only for a party named
    return ""


FOR = "for"
"""A speaker the question takes to have been for something ("Warum forderte Herr X eine Aussprache?")."""
AGAINST = "against"
"""A speaker it takes to have been against something ("Weshalb lehnte Frau Y den Antrag ab?")."""

_STANCE_ASKED = (
    (
        AGAINST,
        re.compile(
            r"\b(?:lehnte[n]?|lehnt)\b[^?]*\bab\b|\babgelehnt\b|\b(?:war|waren|ist|sind) [^?]{0,40}\bgegen\b"
            r"|\bsprach(?:en)? sich [^?]{0,40}\bgegen\b|\bkritisierte[n]?\b|\bwidersprach(?:en)?\b"
            r"|\bhatte[n]? [^?]{0,30}\bbedenken\b|\bstimmte[n]? [^?]{0,40}\bgegen\b|\bgegen\b[^?]{0,60}\bzu stimmen\b"
            r"|(?:\b(?:den|die|das)\s+[^?,]{0,40}?)?\babzulehnen\b|\bwies(?:en)?\b[^?]*\bzurueck\b|\bzurueckgewiesen\b"
        ),
    ),
    (
        FOR,
        re.compile(
            r"\b(?:forderte[n]?|verlangte[n]?|befuerwortete[n]?|unterstuetzte[n]?|plaedierte[n]?|beantragte[n]?"
            r"|gefordert|verlangt|befuerwortet|unterstuetzt|beantragt|warb|warben)\b"
            r"|\b(?:war|waren|ist|sind) [^?]{0,40}\bfuer\b|\bsprach(?:en)? sich [^?]{0,40}\bfuer\b"
            r"|\bsetzte[n]? sich [^?]{0,40}\bfuer\b|\bstimmte[n]? [^?]{0,40}\b(?:fuer|zu)\b"
            r"|\bfuer\b[^?]{0,60}\bzu stimmen\b|(?:\b(?:dem|der|den)\s+[^?,]{0,40}?)?\bzuzustimmen\b"
        ),
    ),
)
"""How a question says which side a speaker took; the first that matches counts."""
_ASKS_WHY_TAKEN = re.compile(
    r"^(?:warum|weshalb|wieso|aus welche[mn] gr(?:u|ue)nde?n?|mit welche[rn] begruendung|wie begruendete)\b"
    r"|^was (?:hat|hatte|haben|hatten)\b[^?]{0,60}\b(?:bewogen|veranlasst|dazu gebracht)\b"
)
"""A question for a speaker's reason, also in other words ("Was hat Herrn X bewogen, …?")."""


def presupposed_stance(
    question: str, places: Iterable[str] = (), persons: Iterable[str] = ()
) -> tuple[str, str] | None:
    """The side (:data:`FOR`, :data:`AGAINST`) a "why" question takes a speaker to have taken and the
    thing it was taken on: "Warum forderte Herr X eine Aussprache zum Bericht?" → (for, "aussprache"),
    the first noun after the words of the side (else among them) that is no place (``places``), person or
    title before a person's name (``persons``: stems of their names); None for other questions, negated
    ones, or when there is no such noun. Whose side it was is for the caller to match."""
    folded = _asking_clause(fold(question).strip())
    if not _ASKS_WHY_TAKEN.search(folded) or _NEGATED.search(folded):
        return None
    for side, pattern in _STANCE_ASKED:
        match = pattern.search(folded)
        if match is None:
            continue
        skip = {part for p in places for part in re.split(r"[^a-z]+", fold(p)) if len(part) > 2}
        names = "|".join(re.escape(p) for p in persons)
        nouns = [
            t
            for t in things(question, places)
            if t not in skip
            and not any(t.startswith(p) for p in persons)
            and not (names and re.search(rf"\b{re.escape(t)}\s+(?:dr\.?\s+)?(?:{names})", folded))
        ]
        for span in (folded[match.end() :], match.group(0)):
            found = sorted((t for t in nouns if t in span), key=span.find)
            if found:
                return side, found[0]
        return None
    return None
