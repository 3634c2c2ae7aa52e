"""Controlled vocabularies used across the project."""

from __future__ import annotations

from enum import StrEnum


class DocumentKind(StrEnum):
    """What a document is. Free-form labels from sources are mapped onto these."""

    MINUTES = "minutes"
    """Niederschrift/Protokoll of a session."""
    EXCERPT = "excerpt"
    """One agenda item from a council information system (Auszug)."""
    PROPOSAL = "proposal"
    """Beschluss- or Sitzungsvorlage."""
    MOTION = "motion"
    """Antrag of a council group or member."""
    INQUIRY = "inquiry"
    """Anfrage and its answer."""
    CONCEPT = "concept"
    """Concept paper or draft (Konzept, Entwurf)."""
    OTHER = "other"


_ALIASES = {
    "niederschrift": DocumentKind.MINUTES,
    "protokoll": DocumentKind.MINUTES,
    "auszug": DocumentKind.EXCERPT,
    "vorlage": DocumentKind.PROPOSAL,
    "beschlussvorlage": DocumentKind.PROPOSAL,
    "antrag": DocumentKind.MOTION,
    "anfrage": DocumentKind.INQUIRY,
    "konzept": DocumentKind.CONCEPT,
}


def normalise_kind(label: str) -> str:
    """Map a source's kind label onto :class:`DocumentKind` (unknown labels become ``other``)."""
    key = label.strip().lower()
    if key in DocumentKind._value2member_map_:
        return key
    return _ALIASES.get(key, DocumentKind.OTHER).value


class DecisionOutcome(StrEnum):
    """What became of a matter put to the body (the result of a decision record)."""

    ADOPTED = "angenommen"
    REJECTED = "abgelehnt"
    ADJOURNED = "vertagt"
    DEFERRED = "zurückgestellt"
    WITHDRAWN = "zurückgezogen"
    NOTED = "zur Kenntnis genommen"
    REFERRED = "verwiesen"


class Stance(StrEnum):
    """What a speaker did with respect to a matter, as minutes report it."""

    SUPPORTS = "befürwortet"
    OPPOSES = "lehnt ab"
    PROPOSES = "schlägt vor"
    MOVES = "beantragt"
    ASKS = "fragt an"
    CRITICISES = "kritisiert"
    INFORMS = "informiert"
    STATES = "stellt fest"


class ItemStatus(StrEnum):
    """Whether an open item (task, follow-up) has been taken up by a later document."""

    OPEN = "open"
    SETTLED = "settled"


class QuestionType(StrEnum):
    """What a question asks about; the three record types get their records with the answer."""

    DECISION = "decision"
    """What was decided, how the vote went (a vote question is a decision question)."""
    POSITION = "position"
    """Who argued for what."""
    OPEN_ITEM = "open_item"
    """A task or follow-up, and whether it was done."""
    OTHER = "other"


RECORD_QUESTIONS = frozenset({QuestionType.DECISION, QuestionType.POSITION, QuestionType.OPEN_ITEM})


class AnswerKind(StrEnum):
    """The kind of fact a question's answer must contain (see :mod:`assistant.query.facts`)."""

    ANY = ""
    """Any passage on the topic may answer."""
    MONEY = "money"
    """An amount of money or a rate ("Wie teuer …?")."""
    RATE = "rate"
    """A percentage ("Welchen Fördersatz …?")."""
    AMOUNT = "amount"
    """A number with a unit ("Wie viele Plätze …?")."""
    DATE = "date"
    VOTE = "vote"
    """A vote result, counts or unanimity."""
    TALLY = "tally"
    """Vote counts ("Wie viele stimmten dafür?")."""
    NAME = "name"
    """A person by name ("Wie heißt die Referentin?")."""
    FACTION = "faction"
    PERSON = "person"
    """A person or body ("Wer …?")."""
    COMPANY = "company"
    DECISION = "decision"
    """Yes or no: was it decided?"""


VALUE_KINDS = frozenset({AnswerKind.MONEY, AnswerKind.AMOUNT, AnswerKind.RATE, AnswerKind.COMPANY})
"""Answers no record holds ("Wie hoch ist der Auftrag …?" is no open item): the passages answer alone."""
OUTCOME_KINDS = frozenset({AnswerKind.DECISION, AnswerKind.VOTE, AnswerKind.TALLY, AnswerKind.DATE})
"""Kinds of answer an agenda listing cannot give."""


class FeedbackRating(StrEnum):
    """A reader's verdict on one answer."""

    HELPFUL = "helpful"
    WRONG = "wrong"
    """The answer is wrong."""
    WRONG_SOURCES = "wrong_sources"
    """The answer may be right, but the cited passages do not back it."""
