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
