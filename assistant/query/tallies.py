"""Which side of a vote a count question asks for, and whether a passage states that side's count.

"Wie viele Ja-Stimmen …?", "Wie viele haben gegen … gestimmt?", "Gegenstimmen Anzahl" ask for one side; a passage
answers with that side's count ("Nein: 4", "3 Gegenstimmen", "drei Ratsmitglieder stimmten dagegen", "gegen zwei
Stimmen", "16 stimmten dafür, drei dagegen", "Mit Gegenstimmen der FDP (3 Stimmen)", "drei Mitglieder der
FDP-Fraktion enthielten sich") or unanimity, not with the other side's count or a faction named without a number ("die Fraktion X
stimmte dagegen").
"""

from __future__ import annotations

import re

_NUMBER_SAID = r"(?:\d+|eine?[rn]?|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf)"
_VOTED = r"(?:stimmte|stimmten|votierte|votierten)"
_TIMES = r"(?:x\s*|mal\s+)?"
"""A count with its multiplier ("24 x ja", "16 mal Ja")."""
_TALLIES = (
    (
        re.compile(r"\bja-?\s?stimmen\b|\bja-\s+und\b|\bdafuer\b|\bzustimm|\bfuer\b[^?]*\bgestimmt\b|\bstimmte[n]?\s+(?:\w+\s+)?fuer\b"),
        re.compile(
            rf"\bja(?:-?\s?stimmen)?\b\s*:?\s*\d|\d+\s*{_TIMES}ja\b|dafuer\s*:?\s*\d|\b{_NUMBER_SAID}\s+ja-?(?:stimmen|voten)\b"
            rf"|\b{_NUMBER_SAID}\s+(?:[\w-]+\s+){{0,7}}{_VOTED}\s+(?:\w+\s+){{0,3}}(?:dafuer|fuer)\b"
            rf"|\b{_VOTED}\s+{_NUMBER_SAID}\s+[a-z]+(?:,|\s+(?:dafuer|zu)\b)"
        ),
    ),
    (
        re.compile(
            r"\bnein-?\s?stimmen\b|\bgegenstimmen\b|\bdagegen\b|\bgegen\b[^?]*\bgestimmt\b|\bstimmte[n]?\s+(?:\w+\s+)?gegen\b"
            r"|\bgegenvoten\b|\bablehnungen\b"
        ),
        re.compile(
            rf"\bnein(?:-?\s?stimmen)?\b\s*:?\s*\d|\d+\s*{_TIMES}(nein|gegenstimme)|dagegen\s*:?\s*\d|\b{_NUMBER_SAID}\s+gegenstimme"
            rf"|\b{_NUMBER_SAID}\s+(?:[\w-]+\s+){{0,7}}{_VOTED}\s+(?:\w+\s+){{0,3}}dagegen\b|\bgegen\s+{_NUMBER_SAID}\s+stimme"
            rf"|\b{_NUMBER_SAID}\s+(?:ablehnungen|gegenvoten|nein-?voten)\b"
            rf"|,\s*{_NUMBER_SAID}\s+dagegen\b|\bgegenstimme\w*\s+(?:der|des|von)\b[^.()]{{0,60}}\(\s*\d+\s*(?:stimme[n]?)?\s*\)"
        ),
    ),
    (
        re.compile(r"\benthaltungen\b|\benthielten\b"),
        re.compile(
            rf"enthaltung(en)?\s*:?\s*\d|\d+\s*{_TIMES}(stimm)?enthaltung|\b{_NUMBER_SAID}\s+(stimm)?enthaltung"
            rf"|\b{_NUMBER_SAID}\s+(?:[\w-]+\s+){{0,7}}(?:enthielt|enthielten)\s+sich\b"
        ),
    ),
)
"""What a count question asks for ("Wie viele Ja-Stimmen …?") and how a passage gives that count."""
_UNANIMOUS = re.compile(r"einstimmig|ohne gegenstimme")


def states_asked_side(asked: str, folded: str) -> bool | None:
    """Whether the folded passage text ``folded`` states the count of each side the folded question (first part)
    ``asked`` asks for; None when it asks for no particular side ("Mit wie vielen Stimmen …?"). Unanimity gives the
    count of one side asked alone; of several sides ("wie viele dafür und wie viele dagegen?") only the votes
    against."""
    sides = [(side, given) for side, (question, given) in enumerate(_TALLIES) if question.search(asked)]
    if not sides:
        return None
    unanimous = bool(_UNANIMOUS.search(folded))
    if len(sides) == 1:
        return bool(sides[0][1].search(folded)) or unanimous
    return all(given.search(folded) or (unanimous and side == _AGAINST) for side, given in sides)


_AGAINST = 1
"""The index of the votes against in :data:`_TALLIES`."""
