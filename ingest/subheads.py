"""Unnumbered subheadings: where a press or party report of a session moves on to its next matter.

A report without numbered agenda items often still sets each matter apart by a short line of its own
("Kletterwald", "Neue Geschäftsordnung erst im Juni") between empty lines and before a paragraph. Such a
line parts the report like an agenda item heading, so a vote told under one matter is not taken for
the vote on the matter before it. Only used where a document has no other headings."""

from __future__ import annotations

import re

_MAX_CHARS = 90
_MAX_WORDS = 10
_PARAGRAPH_CHARS = 80
_CLOCK = re.compile(r"\d:\d\d")  # a transcript's speaker line ("StR Raschke: 00:44:32")
_NOT_A_SUBHEAD = re.compile(
    r"^(?:beschlu(?:ss|ß)\w*|sachverhalt|begründung|abstimmung\w*|ergebnis|anlagen?|beratung|protokoll|niederschrift"
    r"|anwesend\w*|entschuldigt|abwesend|tagesordnung|beginn|ende|vorsitz\w*|schriftführ\w*|zustimmung|ablehnung"
    r"|enthaltung\w*|ja|nein|gez\.?|hinweis|anmerkung|quelle|foto|bild|text|von|autor\w*|stand)\b",
    re.IGNORECASE,
)


def subheads(texts: list[str]) -> list[int]:
    """The indexes of ``texts`` (stripped lines) that head a part of a report, or none when fewer than two do.

    A subheading is short, starts with a capital, ends in no sentence mark but a question mark, stands after
    an empty line and before a paragraph (a long line or a sentence), and is not the document's first line."""
    first = next((i for i, t in enumerate(texts) if t), len(texts))
    found = []
    for i, text in enumerate(texts):
        if i <= first or texts[i - 1] or not _looks_like_heading(text):
            continue
        after = next((t for t in texts[i + 1 : i + 3] if t), "")
        opens = after[:1].isupper() or after[:1] in "„\"»"  # a broken sentence's next line starts in lowercase
        if opens and (len(after) >= _PARAGRAPH_CHARS or after.endswith((".", "!", "?", "“", '"'))):
            found.append(i)
    return found if len(found) >= 2 else []


def _looks_like_heading(text: str) -> bool:
    return (
        2 <= len(text) <= _MAX_CHARS
        and len(text.split()) <= _MAX_WORDS
        and text[0].isupper()
        and not text.endswith((".", ":", ";", ",", "!", "“", '"', ")", "-", "–"))
        and "|" not in text
        and _CLOCK.search(text) is None
        and _NOT_A_SUBHEAD.match(text) is None
    )
