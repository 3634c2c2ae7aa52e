"""Where a report's resolution ends and the next begins: a sentence that resolves a matter it names itself, a point
of a numbered resolution, a sentence that refers back to the one before.

:mod:`ingest.extract.decisions` collects the sentences of one resolution into a block; these tell when a sentence opens
a block of its own ("So wurden … gewählt. Ein Antrag zur Bildung … wurde vertagt. Auch beschloss der Stadtrat …": three
decisions) and when it goes on with the one before ("2. Die Amtsumlage wird … festgesetzt.", "Der Stadtrat ist damit
einverstanden.").
"""

from __future__ import annotations

import re

from ingest.extract.common import ItemContext, Unit
from ingest.extract.resolution_cues import resolves, resolves_alone
from ingest.extract.vote_blocks import HEADER, STATUS

MOTION_SENTENCE = re.compile(r"^Es wird beantragt\b|\b(?:wird|werden)\s+beantragt\b")
"""A motion put without a speaker ("Es wird beantragt, … zu verweisen."): the vote on it follows."""
REFERS_BACK = re.compile(r"\b(?:damit|dem|diesem|dies|dazu|hiermit)\b", re.IGNORECASE)
"""A word that points back to the sentence before ("Der Stadtrat ist damit einverstanden.")."""
NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\)?|[a-z]\)|[IVX]+\.)\s")
"""A point of a numbered resolution ("2. …", "b) …", "IV. …")."""

RESTATING_SUBJECT = re.compile(
    r"^(?:(?:Der|Die|Das) (?:Antrag|Änderungsantrag|Beschluss|Beschlussvorschlag|Vorlage|Tagesordnungspunkt)\b"
    r"|Damit|Somit|Dies|Das|Dem|Diese[mrs]?|So)\b"
)
"""A subject that restates what was told before ("Der Antrag …", "Damit …"), not a matter of its own."""


_SET_ASIDE = re.compile(r"\b(?:verwiesen|überwiesen|vertagt|zurückgestellt|zurückgezogen|zur Kenntnis genommen)\b")
_CARRIED_OR_FAILED = re.compile(r"\b(?:abgelehnt|angenommen|beschlossen)\b")


def other_result(block: list[Unit], unit: Unit) -> bool:
    """Whether ``unit`` states a vote's result after a block that set its matter aside ("… wurde in die 2. Lesung
    verwiesen." / "Der Antrag unserer Fraktion … wurde … abgelehnt."): another matter, however it opens."""
    return (
        any(_SET_ASIDE.search(u.text) for u in block)
        and not _SET_ASIDE.search(unit.text)
        and bool(_CARRIED_OR_FAILED.search(unit.text))
    )


def reported(text: str) -> bool:
    """Whether ``text`` is a report's sentence that resolves a matter it names itself ("Die Verlängerung der
    Veränderungssperre im Rübgrund V wurde einstimmig beschlossen."): no status line, no restating subject."""
    return resolves(text) and not (STATUS.match(text) or HEADER.match(text) or RESTATING_SUBJECT.match(text))


def resolved(units: list[Unit]) -> bool:
    """True when a block holds a resolution of its own (a motion put to the vote is none)."""
    return any(resolves_alone(u.text) and not MOTION_SENTENCE.search(u.text) for u in units)


def own_matter(ctx: ItemContext, block: list[Unit], unit: Unit) -> bool:
    """A report's next sentence that resolves a matter it names itself ("So wurden … gewählt. Ein Antrag zur Bildung
    … wurde vertagt. Auch beschloss der Stadtrat …"), not a point of a numbered resolution or a reference back."""
    return (
        reported(unit.text)
        and not REFERS_BACK.search(unit.text)
        and not unit.text.rstrip().endswith(":")
        and not block[-1].text.rstrip().endswith(":")  # "Der Hauptausschuss hat beschlossen:" heads what follows
        and not any(NUMBERED.match(u.text) for u in (*block, *before(ctx, unit)))
    )


def before(ctx: ItemContext, unit: Unit) -> list[Unit]:
    """The unit before ``unit`` (a point's number broken off: "2. Der" / "Kreistag befürwortet …")."""
    return [u for u in ctx.units if u.end <= unit.start][-1:]


def new_resolution(ctx: ItemContext, block: list[Unit], unit: Unit) -> bool:
    """True when ``unit`` opens a new paragraph after a block that already resolved something, or is a short
    resolution on a line of its own after one (one "Die Anfrage wird zur Kenntnis genommen." per inquiry)."""
    if (
        block
        and len(unit.text) <= 100
        and not NUMBERED.match(unit.text)  # "2. Die Amtsumlage wird … festgesetzt.": the next point of one resolution
        and resolved(block[-1:])
        and resolved([unit])
        and "\n" in ctx.document.text[block[-1].end : unit.start]
    ):
        return True
    if not block or NUMBERED.match(unit.text):
        return False
    if unit.paragraph == block[-1].paragraph:
        # "Gewählt wurde Erwin Stötter. Der Wahl zum 3. Bürgermeister stellten sich … Gewählt wurde …": a report's
        # paragraph resolves one matter after another, with the next matter's account between them
        between = ctx.document.text[block[-1].end : unit.start].strip()
        return (
            resolved(block)
            and resolves_alone(unit.text)
            and (
                len(between) > 20 or not resolved(block[-1:]) or own_matter(ctx, block, unit) or other_result(block, unit)
            )
        )
    return resolved(block)
