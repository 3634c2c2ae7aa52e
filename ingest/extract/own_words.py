"""A speaker's own words: sentences in the first person that go on after their name.

Verbatim minutes and transcripts quote the speaker ("Wir werden dem Antrag nicht zustimmen.", "Meine Fraktion wird
den Antrag ablehnen."): the verb of such a sentence carries the speaker's stance as a reported verb would.
"""

from __future__ import annotations

import re

from assistant.vocab import Stance
from ingest.extract.stances import read_stance

FIRST_PERSON = re.compile(r"\b(?:ich|mein\w*|wir|unser\w*|mir|mich|uns)\b")
"""Direct speech (verbatim minutes): the speaker goes on speaking."""


def own_words(text: str) -> Stance | None:
    """The stance of a sentence in the first person ("Wir werden dem Antrag nicht zustimmen")."""
    own = re.match(r"\s*(?:Ich|Wir)\s+(?=[a-zäöüß])", text)
    reading = read_stance(text[own.end() :]) if own else None
    return reading.stance if reading is not None else None


_OWN = re.compile(
    r"\s*[„\"»]?\s*(?:(?:Deshalb|Daher|Deswegen|Darum|Insofern|Trotzdem|Dennoch|Somit|Also|Auch)\s+)?"
    r"(?:Ich|Wir|(?:Meine|Unsere)\s+(?:Fraktion|Gruppe|Partei))\s+(?=[a-zäöüß])"
)
_OWN_INVERTED = re.compile(
    r"\s*[„\"»]?\s*(?:Deshalb|Daher|Deswegen|Darum|Insofern|Trotzdem|Dennoch|Somit|Also|Heute|Dann)\s+"
    r"(?P<verb>[a-zäöüß]+)\s+(?:ich|wir)\b"
)
POSSESSIVE = re.compile(r"(?:Meine|Unsere)\s")
"""A group named by the speaker's possessive is the speaker's own side, not a speaker of its own."""
ON_THE_MATTER = (
    Stance.SUPPORTS,
    Stance.OPPOSES,
    Stance.MOVES,
    Stance.PROPOSES,
    Stance.CRITICISES,
    Stance.ASKS,
)


def own_stance(text: str) -> Stance | None:
    """A stance the speaker takes by the verb of a sentence in the first person, in direct speech that goes on
    after their name ("Meine Fraktion wird den Antrag ablehnen.", "Ich beantrage deshalb, …", "Deshalb stimmen wir
    zu."): only a stance on the matter that the verb itself carries, never a report, a finding or a clause cue."""
    if own := _OWN.match(text):
        rest = text[own.end() :]
    elif inverted := _OWN_INVERTED.match(text):
        rest = inverted.group("verb") + text[inverted.end() :]
    else:
        return None
    reading = read_stance(rest)
    if reading is None or reading.derived or reading.stance not in ON_THE_MATTER:
        return None
    return reading.stance
