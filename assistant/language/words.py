"""German word lists that several modules need: month names and their abbreviations.

One place, so a reader of dates in documents, the minutes structure and the question analysis
all know the same months.
"""

from __future__ import annotations

MONTHS = (
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
)
"""Month names, lower case, as written."""

MONTHS_FOLDED = tuple(m.replace("ä", "ae") for m in MONTHS)
"""The same, as :func:`assistant.language.german.fold` writes them ("maerz")."""

MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}  # fmt: skip
"""Abbreviations minutes and portals use ("12. Okt. 2023")."""

MONTH_NUMBERS = {
    **{name: number for number, name in enumerate(MONTHS, start=1)},
    "jänner": 1,
    **MONTH_ABBREVIATIONS,
}
"""Every written form above → month number (1-12)."""


def month_alternation(folded: bool = False, abbreviations: bool = False) -> str:
    """The month names as a regular-expression alternation (``januar|februar|…``)."""
    names = list(MONTHS_FOLDED if folded else MONTHS)
    if abbreviations:
        names += list(MONTH_ABBREVIATIONS)
    return "|".join(names)


_ABSTRACT_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "sion", "taet", "tät", "ie", "ismus", "nis", "tum", "ment")
"""Endings of German abstract nouns ("Eigenregie", "Planung", "Trägerschaft"): words of that shape that
the dictionary knows are common nouns, not place names (German places end in -ingen, -heim, -burg …)."""


def is_common_noun(word: str) -> bool:
    """Whether ``word`` is a German common noun by its shape and the dictionary (simplemma): "in
    Eigenregie", "in Planung" name no place; "in Wandlitz", "in Konstanz" may."""
    import simplemma

    low = word.lower()
    return low.endswith(_ABSTRACT_SUFFIXES) and bool(simplemma.is_known(word, lang="de"))
