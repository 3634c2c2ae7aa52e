"""What a decision's vote line and resolution text say about its outcome, counts and unanimity, and
which of those fields are derived rather than stated."""

from __future__ import annotations

import re

from assistant.language.sentences import BULLET
from assistant.language.votes import NO_MAJORITY, Votes
from assistant.vocab import DecisionOutcome

WITHDREW = (
    r"(?:zog(?:en)?\b[^.]{0,60}\b(?:[Aa]ntrag|[Aa]nträge)\w*[^.]{0,80}\bzurück"
    r"|(?:[Aa]ntrag|[Aa]nträge)\w*\b[^.]{0,120},\s*zog(?:en)?\b[^.]{0,80}\bzurück)"
)
"""A motion withdrawn in the past tense ("Fraktionssprecherin X zog den Antrag aber in der Sitzung zurück", "Den Antrag,
…, zog Ortschaftsrat Seeger … zurück")."""
PULLS_BACK = r"zieht\b(?!\s+sich\b)[^.]*\bzurück"
"""A motion withdrawn in the present ("zieht den Antrag zurück"); "zieht sich … zurück" retreats, it withdraws nothing."""


def outcome_of(vote_text: str, text: str, votes: Votes) -> str:
    """Controlled outcome from the vote line, the resolution text and the counts."""
    low_vote, low = vote_text.lower(), f"{text} {vote_text}".lower()
    if votes.yes is not None and votes.no is not None and votes.yes < votes.no:
        return DecisionOutcome.REJECTED.value
    carried = votes.yes is not None and votes.no is not None and votes.yes > votes.no
    # with more yes than no votes, "Der Ortsbeirat lehnt die Streichung … ab" is what the body resolved
    own_act = "" if carried else r"|lehnt(?:e|en)?\b[^.]*\bab\b|\bantrag\b[^.]*\babzulehnen\b|\bstimm(?:t|en|te|ten)\b[^.]*\bnicht\s+zu\b"
    if re.search(rf"abgelehnt|nicht angenommen{own_act}|\b{NO_MAJORITY}", low_vote, re.IGNORECASE):
        return DecisionOutcome.REJECTED.value
    if re.search(r"\bantrag\b[^.]{0,40}\bauf\s+(?:vertagung|verweisung|absetzung|zurückstellung)\b", low) and re.search(
        r"\blehnt(?:e|en)?\b[^.]*\bab\b|\babgelehnt\b|\bgescheitert\b|\bscheiterte[n]?\b", low
    ):
        return DecisionOutcome.REJECTED.value  # "Einen Antrag auf Vertagung lehnte der Rat ab": the motion failed
    for pattern, outcome in (
        (rf"zurückgezogen|{PULLS_BACK}|{WITHDREW}|zurückzieh(?:t|e|en)\b", DecisionOutcome.WITHDRAWN),
        (r"vertagt|vertagung|zu vertagen|verschoben|verschiebung|zu verschieben", DecisionOutcome.ADJOURNED),
        (
            r"zurückgestellt|zurückzustellen|abgesetzt|absetzung|abzusetzen|von der tagesordnung genommen",
            DecisionOutcome.DEFERRED,
        ),
        (
            r"(?<!auf die beschlussvorlage wird )verwiesen|\bverwies\b|zu verweisen|verweisung|überwiesen|zu überweisen",
            DecisionOutcome.REFERRED,
        ),
    ):
        if re.search(pattern, low):
            return outcome.value
    noted = rf"zur kenntnis|\bnimmt kenntnis\b|\bnehmen kenntnis\b|(?:^|:\s*|^{BULLET}\s*)kenntnisnahme\b|\bkenntnis genommen\b"
    if re.search(noted, low_vote):
        return DecisionOutcome.NOTED.value
    if re.search(noted, low) and not re.search(
        r"beauftragt|beschließt|zugestimmt|erteilt|gewährt|genehmigt|festgelegt|(?<!ab)stimm(?!end)", text.lower()
    ):
        return DecisionOutcome.NOTED.value
    explicit = re.search(r"angenommen|beschlossen|zugestimmt|stimm\w* \w+ zu", low_vote)
    if not explicit and not carried and re.search(
        r"abgelehnt|lehnt(?:e|en)?\b[^.]*\bab\b|\bablehnt(?:e|en)?\b|findet nicht statt|nicht weiter verfolgt|versagt|verweigert"
        r"|\bstimm(?:t|en|te|ten)\b[^.]*\bnicht\s+zu\b|\bgescheitert\b|\bscheiterte[n]?\b"
        r"|\berteilt\w*\b[^.,;]*\bnicht\s*\.?$|\bnicht\s+erteilt\b",
        text.lower(),
    ):
        return DecisionOutcome.REJECTED.value
    return DecisionOutcome.ADOPTED.value


def completed_counts(votes: Votes, other: Votes) -> tuple[Votes, list[str]]:
    """Counts the vote line lacks, taken from the resolution sentence ("Ja: 9" + "bei einer
    Gegenstimme … beschlossen"); unanimity follows from the counts when both sides are known."""
    names = [
        k for k in ("yes", "no", "abstain") if getattr(votes, k) is None and getattr(other, k) is not None
    ]
    for name in names:
        setattr(votes, name, getattr(other, name))
    if votes.unanimous is None and other.unanimous is not None:
        votes.unanimous = other.unanimous
    elif votes.unanimous is None and votes.yes and votes.no:
        votes.unanimous, names = False, [*names, "unanimous"]
    return votes, names


_STATED_OUTCOME = re.compile(
    r"angenommen|abgelehnt|vertagt|zurückgestellt|zurückgezogen|zur kenntnis|verwiesen|beschlossen|beschließt",
    re.IGNORECASE,
)


def derived_fields(vote_text: str, resolution: str, votes: Votes) -> list[str]:
    """Fields inferred rather than stated: the outcome when no outcome word stands in the text
    (e.g. from counts or "mehrheitlich zugestimmt"), unanimity read from counts, "no: 0" from
    "einstimmig"."""
    derived = [] if _STATED_OUTCOME.search(f"{vote_text} {resolution}") else ["outcome"]
    said = f"{vote_text} {resolution}".lower()
    if votes.unanimous is not None and not re.search(
        r"einstimmig|mehrheitlich|einmütig|einvernehmlich|alle", said
    ):
        derived.append("unanimous")
    if votes.no == 0 and not re.search(r"\b(?:nein|dagegen|gegen)\w*[:\s]*0\b|\b0\s+(?:nein|gegen)", said):
        derived.append("no")
    return derived
