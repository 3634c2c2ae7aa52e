"""Whether a passage may count as evidence that the documents answer a question.

A passage can match a question's words and still be unable to answer it:

- an agenda listing names the item but never its outcome (it still answers what was on the
  agenda, or who applied for what: item titles say that);
- a passage from another municipality than the one the question names (every county has a
  Nahverkehrsplan);
- a vote question about one faction ("Wie hat die SPD-Fraktion abgestimmt?") needs a passage
  that names that faction;
- an outcome question about one body ("Hat der Kreistag … beschlossen?") cannot be answered
  by the minutes of another body that only prepared the matter (the Kreisausschuss);
- a document dated before the event the question asks about ("Wer hat die Wahl am
  24.10.2010 gewonnen?") cannot report its outcome;
- no passage answers for a place the question names that no document mentions at all
  ("Was hat der Kreistag Steinfurt beschlossen?" over documents from other counties).

Such passages may still be cited; they only do not make the assistant answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language.german import fold
from assistant.language.words import MONTHS_FOLDED
from assistant.models import DocumentMeta
from assistant.query.listing import asks_about_agenda
from assistant.query.reported import reports_result
from assistant.query.scope import Scope, distinctive_tokens
from assistant.vocab import OUTCOME_KINDS, AnswerKind, DocumentKind

_PARTY = re.compile(r"\b(spd|cdu|csu|fdp|gruene|afd|linke|uwg|oedp|bsw|freie waehler)")


def named_parties(question: str) -> frozenset[str]:
    """The parties a question names, folded ("spd", "gruene", "freie waehler")."""
    return frozenset(m.group(1) for m in _PARTY.finditer(fold(question)))


def _voting_parties(folded: str) -> frozenset[str]:
    """The parties a vote question names as voting, less one named as a motion's mover ("Antrag CDU/Bauern
    Abstimmungsergebnis", "Wie ging der SPD-Antrag aus?"): the passage with the vote need not name the mover."""
    return frozenset(
        party
        for party in named_parties(folded)
        if not re.search(
            rf"\bantr(?:a|ae)g\w*\s+(?:der\s+|des\s+|von\s+(?:der\s+)?)?(?:[a-z]+[-/])?{party}|\b{party}[a-z/-]*antrag",
            folded,
        )
    )


_FULL_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)\b")
_BODY = re.compile(
    r"\b(?:der|die|das|dem|den|im|vom|beim)\s+(?:[a-z]+er\s+)?((?!landrat\b)[a-z-]*(?:ausschuss|rat|kreistag|versammlung"
    r"|vertretung|beirat|senat|buergerschaft))\b"
)
_PARAPHRASED_BODY = re.compile(r"[a-z]*(?:parlament|gremium|gremien)\b|\b(?:orts|dorf)vertretung\b")
"""A body named in a user's word ("das Kreisparlament", "das Ortsteilgremium", "die Ortsvertretung", which no state's
law names) names none precisely: another body the question mentions ("einen Sitz im Kreisausschuss") is then its
matter, not its asker."""
_MONTH_YEAR = re.compile(rf"\b(?:im|vom|seit dem)\s+({'|'.join(MONTHS_FOLDED)})\s+((?:19|20)\d\d)\b")
_OUTCOME_VERB = re.compile(
    r"\b(gewonnen|gewaehlt|beschlossen|abgestimmt|entschieden|angenommen|abgelehnt|gefasst|stattgefunden"
    r"|verabschiedet|vergeben|ergeben)\b"
)


_PLANNED = re.compile(r"\b(soll|sollen|sollte|sollten|wird|werden|geplant|vorgesehen)\b")
"""A date question about a plan ("Wann soll der Rat beschließen?"): the committee's timetable may
answer it, so the body gate does not apply (it does to "Wann hat der Kreistag beschlossen?")."""


@dataclass(frozen=True)
class Requirements:
    """What a passage must satisfy to count as evidence for one question."""

    municipalities: frozenset[str] = frozenset()
    """The municipalities the question names (empty: any)."""
    municipality_words: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    """Factions a vote question names; the passage must name them too."""
    body: str = ""
    """The body an outcome question names first (folded, e.g. ``kreistag``); the passage's
    document must be of that body."""
    not_before: str = ""
    """ISO date of an outcome the question asks about; documents dated earlier cannot report it."""
    listings_allowed: bool = True
    """False when the question asks for an outcome (a vote, a decision, a date)."""
    agenda_question: bool = False
    """The question asks what was on the agenda."""
    unknown_places: frozenset[str] = frozenset()
    """Places the question names that no document mentions: then no passage is evidence."""
    mentioned_places: frozenset[str] = frozenset()
    """Places the question names, no document's municipality but mentioned in some text: a passage must name one."""


def requirements(
    question: str,
    scope: Scope,
    expects: AnswerKind,
    unknown_places: frozenset[str] = frozenset(),
    asked: str = "",
    mentioned: frozenset[str] = frozenset(),
) -> Requirements:
    """What a passage must satisfy for ``question`` (in the documents' words); the body is read from
    the question as ``asked``, since a paraphrased body ("Ortsparlament") names none precisely."""
    folded = fold(question)
    parties = _voting_parties(folded) if expects in (AnswerKind.VOTE, AnswerKind.TALLY) else frozenset()
    not_before = _event_date(folded) if _OUTCOME_VERB.search(folded) else ""
    words = frozenset(w for m in scope.municipalities for w in distinctive_tokens(m))
    agenda = asks_about_agenda(question)
    listings = expects not in OUTCOME_KINDS or agenda
    planned = expects == AnswerKind.DATE and _PLANNED.search(folded)
    said = fold(asked or question)
    paraphrased = _PARAPHRASED_BODY.search(said)
    body = _BODY.search(said) if expects in OUTCOME_KINDS and not planned and not paraphrased else None
    return Requirements(
        municipalities=scope.municipalities,
        municipality_words=words,
        parties=parties,
        body=body.group(1) if body else "",
        not_before=not_before,
        listings_allowed=listings,
        agenda_question=agenda,
        unknown_places=unknown_places,
        mentioned_places=mentioned,
    )


def _event_date(folded: str) -> str:
    """The ISO date (day or first of the month) of the event a question names: "am 24.10.2010",
    "im Oktober 2023"; empty when it names none."""
    date = _FULL_DATE.search(folded)
    if date:
        day, month, year = date.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    named = _MONTH_YEAR.search(folded)
    if named:
        return f"{named.group(2)}-{MONTHS_FOLDED.index(named.group(1)) + 1:02d}-01"
    return ""


def admissible(needs: Requirements, meta: DocumentMeta, text: str, listing: bool) -> bool:
    """Whether a passage (``text`` of a document described by ``meta``; ``listing``: whether it is
    an agenda listing) can answer the question."""
    if needs.unknown_places or (listing and not needs.listings_allowed):
        return False
    folded = fold(text)
    if needs.mentioned_places and not any(place in folded for place in needs.mentioned_places):
        return False
    elsewhere = bool(needs.municipalities) and meta.municipality not in needs.municipalities
    if elsewhere and not any(word in folded for word in needs.municipality_words):
        return False
    if needs.parties and not all(party in folded for party in needs.parties):
        return False
    if needs.body and not same_body(needs.body, fold(f"{meta.body} {meta.title}")) and not _reports_body(needs.body, meta, folded):
        return False
    return not (needs.not_before and meta.date and meta.date < needs.not_before)


def _reports_body(body: str, meta: DocumentMeta, folded: str) -> bool:
    """Whether a report that is no body's minutes (a press article, a party's account: kind ``other``) tells in this
    passage what the body asked about did ("Im Verwaltungsausschuss hatte der Vorschlag … eine knappe Mehrheit
    gefunden", in an article about the Stadtrat: :func:`assistant.query.reported.reports_result`), not only what
    it is to do."""
    if meta.kind != DocumentKind.OTHER:
        return False
    sentences = re.split(r"(?<=[.!?])\s+", folded)
    head = _HEAD.search(body)
    again = rf"\b(?:der|des|dem|im|vom) (?:{head.group(0)}|gremium)\b" if head else ""
    named = []
    for n, sentence in enumerate(sentences):
        if re.search(rf"\b{re.escape(body)}\w*", sentence):
            named.append(sentence)  # the body named, and the next sentences that name it again by its kind
            named += [s for s in sentences[n + 1 : n + 1 + _AGAIN] if again and re.search(again, s)]
    return any(reports_result(sentence) and _TOLD_AS_PAST.search(sentence) for sentence in named)


_HEAD = re.compile(r"(?:ausschuss|beirat|kommission|vorstand|rat)$")
_AGAIN = 2
"""How many sentences after the body's name may name it again by its kind ("Vor der Ratssitzung wurde im
Verwaltungsausschuss das Thema vorberaten. … Der Ausschuss stimmte der Anpassung zu.")."""


_TOLD_AS_PAST = re.compile(
    r"\b(?:hatte|hatten|hat|haben|wurde|wurden|war|waren|stimmte|stimmten|beschloss|beschlossen|lehnte|lehnten"
    r"|fand|fanden|votierte|votierten|gab|folgte|folgten)\b"
)
"""A sentence told in the past (a report of what happened, not "der Rat beschließt im März")."""


_COUNCIL = re.compile(
    r"^(?:stadt|gemeinde|markt|orts|ortsgemeinde|verbandsgemeinde|samtgemeinde)?(?:rat|vertretung|parlament)$"
    r"|^(?:stadtverordnetenversammlung|ratsversammlung|buergerschaft|marktgemeinderat|ortsgemeinderat)$"
)
"""The council of a municipality, named as each state's law names it: Stadtrat, Gemeinderat, Stadtvertretung,
Gemeindevertretung, Stadtverordnetenversammlung, Rat, Ratsversammlung, Bürgerschaft …"""
_COMMITTEE = re.compile(r"ausschuss|beirat|kommission|kreistag|bezirk|ortschaftsrat|ortsbeirat|ortsrat")


_ELIDED = re.compile(r"\b([a-z]+)-(?=(?:\s*,\s*[a-z]+-)*\s*(?:und|oder|sowie)\s+[a-z]*?(ausschuss|beirat|kommission)\b)")


def _without_elisions(body: str) -> str:
    """A folded body name with its elided compounds written out: "bau- und werksausschuss" also reads
    "bauausschuss", "planungs-, umwelt- und bauausschuss" also "planungsausschuss umweltausschuss"."""
    return body + " " + " ".join(m.group(1) + m.group(2) for m in _ELIDED.finditer(body))


def same_body(asked: str, body: str) -> bool:
    """Whether the document's ``body`` (folded, with its title) is the body a question names (``asked``, folded): the
    same word, or the municipality's council under another state's name ("die Magdeburger Stadtvertretung" for the
    Stadtrat). A committee of the council is not the council."""
    if asked in body or asked in _without_elisions(body):
        return True
    return bool(_COUNCIL.match(asked)) and not _COMMITTEE.search(body) and any(
        _COUNCIL.match(word) for word in re.findall(r"[a-z]+", body)
    )
