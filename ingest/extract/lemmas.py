"""Verb lemmas, so that every tense and word order of a verb reaches one lexicon entry.

Minutes report speech in the present ("stimmt zu"), the past ("stimmte diesem Ansatz zu"), indirect
speech ("sei einverstanden") and with separable particles at the end of the clause ("regt an, …").
A stance lexicon keyed by surface forms would need all of them; keyed by lemma plus particle
("zustimmen", "anregen") it needs one entry. simplemma (a dictionary lemmatiser without a model)
is loaded on first use.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

SEPARABLE = frozenset(
    "ab an auf aus bei bekannt dar ein entgegen fest gegenüber heraus hervor hin hinzu infrage klar mit nach nahe vor weiter "
    "zu zurück zusammen".split()
)
"""Particles of separable verbs, found at the end of a main clause ("teilt … mit")."""

_TOKEN = re.compile(r"\w+(?:[-.]\w+)*\.?|[^\w\s]")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


@lru_cache(maxsize=20000)
def lemma(word: str) -> str:
    """The dictionary form of a (lower-case) German word: "sagte" → "sagen", "hält" → "halten"."""
    import simplemma

    low = word.lower()
    raw = str(simplemma.lemmatize(low, lang="de"))
    found, reformed = raw.lower(), low.replace("ß", "ss")
    if raw == word == low and reformed != low and (verb := lemma(reformed)).endswith("en") and verb != reformed:
        return verb  # a verb spelled as before 1996 ("gefaßt", "läßt"): the dictionary knows "gefasst"
    if found != low or low.endswith("en"):
        return found
    for suffix in ("ete", "te", "et", "t", "e"):  # a weak verb form the dictionary lacks: "erwidert"
        stem = low[: -len(suffix)]
        for candidate in (stem + "en", stem + "n"):
            if len(stem) > 2 and simplemma.is_known(candidate, lang="de"):
                return candidate
    return low


@lru_cache(maxsize=5000)
def proper_name(word: str) -> bool:
    """Whether the dictionary knows ``word`` as a name ("Mario", "Heike"), not as an inflected adjective ("Neue")."""
    import simplemma

    return str(simplemma.lemmatize(word.lower(), lang="de"))[:1].isupper()


def verb_lemma(verb: str, clause: str) -> str:
    """Lemma of a finite ``verb`` with the separable particle closing its ``clause``:
    ("regte", "regte an") → "anregen", ("stimmte", "stimmte diesem Ansatz zu") → "zustimmen"."""
    base = lemma(verb)
    words = [w for w in tokens(clause) if w[0].isalnum()]
    if len(words) > 1 and words[-1].lower() in SEPARABLE:
        return words[-1].lower() + base
    return base


def guided_lemma(verb: str, clause: str, lexicon: Container[str]) -> str:
    """A ``lexicon`` verb the dictionary missed or misread ("entgegnet" read as "entgegen", "bejahte"): weak-verb
    endings stripped, the clause's particle kept; empty when none is in the lexicon."""
    words = clause.split()
    particle = words[-1].lower() if len(words) > 1 and words[-1].lower() in SEPARABLE else ""
    low = verb.lower()
    for suffix in ("ete", "te", "et", "t"):
        if low.endswith(suffix):
            for candidate in (particle + low[: -len(suffix)] + "en", particle + low[: -len(suffix)] + "n"):
                if candidate in lexicon:
                    return candidate
    return ""


_CLAUSE_END = r"(?<!\d),|,(?!\d)|[;!?(]|(?<!\d):|:(?!\d)|(?<!\b\d)(?<!\b\d\d)\.(?!\s*[a-zäöü0-9])|\s[-–]\s|\bdass\b"


def main_clause(text: str) -> str:
    """The text up to the first comma, colon, semicolon or sentence end (where particles close); the dot of an
    ordinal ("Zum 2. Bürgermeister wurde … gewählt") ends nothing."""
    return re.split(_CLAUSE_END + r"|\bund\b", text, maxsplit=1)[0]


_AND_NOT_NOUN = re.compile(
    r"\bund\s+(?!(?:die|der|das|den|dem|des|eine?[mnrs]?|keine?[mnrs]?|seine?[mnrs]?|ihre?[mnrs]?|unsere?[mnrs]?"
    r"|diese[mnrs]?|[A-ZÄÖÜ])\w*)"
)


def joined_clause(text: str) -> str:
    """The main clause across "und" when every "und" in it joins noun phrases ("hob die Energiewende und die
    Auswirkungen … hervor"), so that the particle closing it is found; else :func:`main_clause`."""
    clause = re.split(_CLAUSE_END, text, maxsplit=1)[0]
    return main_clause(text) if _AND_NOT_NOUN.search(clause) else clause
