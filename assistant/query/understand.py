"""What a question asks for: its type (decision, position, open item, other) and the words minutes use
for that kind of answer, which the question itself rarely contains.

"Wie wurde abgestimmt?" is answered by "Abstimmungsergebnis: 12 Ja, 3 Nein"; "Was ist aus dem
Prüfauftrag geworden?" by "Die Verwaltung berichtet über das Ergebnis ...". The cue words are
generic German council vocabulary, not tied to any document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.language.german import content_terms, fold, separated_forms
from assistant.query.facts import expected_answer, required_by_first_part
from assistant.vocab import AnswerKind, QuestionType

_CUES: dict[str, re.Pattern[str]] = {
    "vote": re.compile(
        r"abgestimmt|abstimmung|stimmen|stimmenverhaeltnis|einstimmig|mehrheit|votum|gegenstimm|enthaltung"
    ),
    "decision": re.compile(
        r"beschlo|beschluss|beschliess|entschieden|entscheid|zugestimmt|abgelehnt|angenommen|vertagt|verwiesen"
        r"|genehmig|gebilligt|\bbilligte|bewilligt|verabschiedet"
        r"|\bkam\b.*\braus\b|herausgekommen|rausgekommen|\bwie ging\b.*\baus\b|\bausgegangen\b"
        r"|gewaehlt|\bwer (?:ist|wurde)\b[^?]*\bgeworden\b"
    ),
    "open_item": re.compile(
        r"\b(?:da)?raus\b[^?]*\bgeworden|\baus\b[^?]*\bgeworden|stand der|erledigt|pruefauftrag|auftrag|nachgereicht|beauftragt|umgesetzt"
        r"|offen|weiter verfolgt|bis wann|wie geht es\b.*\bweiter|naechste[nr]? schritt|als naechstes"
        r"|bis zur naechsten|zugesagt|zugesichert|versprochen"
    ),
    "reason": re.compile(r"^(warum|weshalb|wieso)\b|\baus welche[mn] gr(u|ue)nd|\bwomit\b.*\bbegruend"),
    "position": re.compile(
        r"position|favorisier|befuerwort|wollte|meinung|haltung|argument|begruend|kritisier|sprach sich"
        r"|lehnte|vorgeschlagen|schlug|fuer variante|dafuer|dagegen|vertrat|bemaengel|monier|beanstand|forderte"
        r"|gefordert|verlangte|plaedier|unterstuetzte"
    ),
}

_EXPANSIONS: dict[str, str] = {
    "amount": "Euro Kosten Betrag Höhe Prozent Summe",
    "vote": "Abstimmungsergebnis einstimmig Ja-Stimmen Nein-Stimmen Gegenstimmen Enthaltungen beschlossen "
    "angenommen abgelehnt mehrheitlich",
    "decision": "Beschluss beschließt beschlossen angenommen abgelehnt vertagt Beschlussempfehlung",
    "open_item": "Ergebnis berichtet Bericht beauftragt Prüfung erledigt Beantwortung nachgereicht Vorlage "
    "vorlegen erstellen erarbeiten vorbereiten nächsten Sitzung",
    "reason": "aufgrund Grund Gründe Begründung begründet wegen infolge angesichts notwendig erforderlich Anlass",
    "position": "befürwortet favorisiert schlägt vor lehnt ab spricht sich aus begründet kritisiert",
}


_PERSON = re.compile(
    r"\b(?:Herrn?|Frau|Dr\.|Prof\.|Ratsherr|Ratsfrau|Stadtr(?:at|ätin)|Gemeinder(?:at|ätin)|Kreisr(?:at|ätin)"
    r"|(?:Ober)?[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|Beigeordnete[rn]?|GR|StR|KR|Stadtverordnete[rn]?"
    r"|Gemeindevertreter(?:in)?|Stadtvertreter(?:in)?|Ratsmitglied|RM|Rh\.|Stv\.|Kreistagsabgeordnete[rn]?"
    r"|Fraktionsvorsitzende[rn]?|Ortsvorsteher(?:in)?|Ortsbürgermeister(?:in)?)\s+(?:Dr\.\s+)?([A-ZÄÖÜ][\wäöüß-]+)"
)


@dataclass(frozen=True)
class Understanding:
    """The question's own content terms and the cue terms its type brings along."""

    question_type: QuestionType
    """A vote question is a decision question."""
    terms: list[str]
    cues: list[str] = field(default_factory=list)
    """Stemmed words an answer of this type usually contains; they help rank and quote, not abstain."""
    expects: AnswerKind = AnswerKind.ANY
    """What the answer must contain (see :func:`expected_answer`)."""
    persons: list[str] = field(default_factory=list)
    """Stemmed names of the people the question names ("Herr Czernitzki" → "czernitzki")."""
    required: bool = True
    """Whether an answer must hold the ``expects`` kind of fact (False when only the second part of a
    two-part question asks for it: then it ranks, but its absence does not make the assistant abstain)."""
    names: list[str] = field(default_factory=list)
    """The same names as written, folded ("Herr Schöne" → "schoene"): "schon" is also the stem of
    the adverb "schon", so a passage names the person only where the capitalised word stands."""


def understand(question: str) -> Understanding:
    folded = fold(question)
    kinds = [kind for kind, pattern in _CUES.items() if pattern.search(folded)]
    terms = content_terms(question)
    own = set(terms)
    cues: list[str] = []
    expects = expected_answer(question)
    money = (AnswerKind.AMOUNT, AnswerKind.MONEY, AnswerKind.RATE)
    for kind in [*kinds, "amount"] if expects in money else kinds:
        cues.extend(
            t for t in content_terms(_EXPANSIONS[kind]) if t not in own and t not in cues and len(t) > 2
        )
    cues.extend(t for t in separated_forms(question) if t not in own and t not in cues)
    if "vote" in kinds or "decision" in kinds:
        question_type = QuestionType.DECISION
    elif any(k != "reason" for k in kinds):
        question_type = QuestionType(next(k for k in kinds if k != "reason"))
    else:
        question_type = QuestionType.OTHER
    named = [m.group(1) for m in _PERSON.finditer(question)]
    persons = content_terms(" ".join(named))
    return Understanding(
        question_type, terms, cues, expects, persons, required_by_first_part(question), [fold(n) for n in named]
    )


def names_in(text: str) -> set[str]:
    """Capitalised words of ``text``, folded: where a passage may name a person."""
    return {fold(w) for w in _CAPITALISED.findall(text)}


_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]+")
