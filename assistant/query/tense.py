"""Whether a question asks about an event as completed, read from its grammar rather than a list of verbs.

German puts the finite verb second (or first, in a yes/no question) and the rest of the verb last: "Hat der
Landkreis inzwischen wieder eine Fachkraft *eingestellt*?", "Ist der Plan im Frühjahr dann *beschlossen
worden*?", "Welche Projekte *wurden* nach dem Förderaufruf *bewilligt*?". A clause with a form of *haben*,
*sein* or *werden* (past) whose last verb is a past participle asks whether something was done; which verb it
is does not matter. A participle is written in lower case and is formed with *ge-* (also after a separable
prefix: "ein-ge-stellt", "raus-ge-kommen"), with an inseparable prefix and no *ge-* ("be-willigt",
"ver-abschiedet", "ent-schieden") or in *-iert* ("installiert").

A question of two parts ("Hat der Kreis … eingestellt, und wer bezahlt das?") is read clause by clause.

Used for questions that ask about a later time ("inzwischen", "dann", "mittlerweile"): whatever verb they ask
as done, the documents may only announce it (:func:`assistant.query.premise.asks_later_outcome`), and a weak
verb's event must be reported in the first citation by its participle or stem
(:func:`assistant.query.premise.later_state_unreported`). Reading every
question's result this way (not only with such a time) was tried: on the tune halves it asked results of plain
past events ("Wann endeten die Kämpfe …?") and cost as many answers as it handled.
"""

from __future__ import annotations

import re

from assistant.language.german import fold

_CLAUSE_END = re.compile(
    r"\s*(?:[?!;:–—]|,\s*(?:und|oder|aber|sowie)?\b|\s-\s|\s+und\s+(?=(?:was|wie|wer|wo|wann|warum|welche\w*|ob)\b))\s*"
)
"""Where one clause of a question ends: a question mark, a dash, a comma, an "und" before a new question word."""

_AUXILIARY = re.compile(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)\b", re.IGNORECASE)
"""Finite forms of the perfect and the past passive (a present "wird" asks about a plan)."""

_TRAILING = frozenset({"worden", "haben", "sein", "gewesen", "denn", "eigentlich", "wirklich", "schon", "noch"})
"""Words that may follow the participle at a clause's end ("beschlossen worden", "genehmigt denn")."""

_PARTICIPLE = re.compile(
    r"(?:[a-zäöüß]+)?ge[a-zäöüß]{2,}(?:t|en)"
    r"|(?:be|ver|ent|er|zer|emp|miss|über|unter|hinter|wider)[a-zäöüß]{3,}(?:t|en)"
    r"|[a-zäöüß]{3,}iert"
)
"""The shapes of a German past participle (the whole word, lower case)."""

_NOT_PARTICIPLES = frozenset({"gegen", "genug", "gestern", "gerade", "getrennt", "gesamt", "geplant", "vorgesehen"})
"""Lower-case words of those shapes that do not report an event done (adverbs; "geplant" asks for a plan)."""


def clauses(question: str) -> list[str]:
    """The clauses of a question, split where a new part begins (see ``_CLAUSE_END``)."""
    return [part for part in _CLAUSE_END.split(question) if part.strip()]


def asks_completed(clause: str) -> bool:
    """Whether ``clause`` is in the perfect or the past passive with a past participle as its last verb."""
    if not _AUXILIARY.search(clause):
        return False
    last = _last_verb(clause)
    return last is not None and last not in _NOT_PARTICIPLES and _PARTICIPLE.fullmatch(last) is not None


def _last_verb(clause: str) -> str | None:
    """The clause's last word before trailing auxiliaries and particles, when it is in lower case (a verb form)."""
    words = re.findall(r"[\wäöüÄÖÜß-]+", clause)
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    return words[-1] if len(words) >= 3 and words[-1].islower() else None


_ASKING = re.compile(
    r"\s*(?:und\s*,?\s*)?(?:hat|haben|ist|sind|wurde|wurden|war|waren|wer|was|wann|wo|wie|warum|wieso|weshalb|welche\w*"
    r"|womit|wodurch|ob)\b",
    re.IGNORECASE,
)
"""A clause that asks (a yes/no question opens with its verb, another with a question word), not one that tells
what the asker did ("Meine Mutter ist dann … gezogen – warum …?")."""


def completed_clause(question: str, within: re.Pattern[str]) -> str | None:
    """The first clause of ``question`` that asks (:data:`_ASKING`) about an event as done and matches ``within``
    (folded, e.g. a later-time word), if any."""
    return next(
        (c for c in clauses(question) if _ASKING.match(c) and asks_completed(c) and within.search(fold(c))), None
    )


def completed_participle(question: str, within: re.Pattern[str]) -> str | None:
    """The past participle of :func:`completed_clause`, if it is a weak verb's ("eingestellt", not "beschlossen": a
    strong verb's stem changes, "beschließt", so its forms cannot be looked for)."""
    clause = completed_clause(question, within)
    last = _last_verb(clause) if clause is not None else None
    return last if last is not None and last.endswith("t") else None


_SEPARABLE = re.compile(
    r"(ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zu|zurück|raus|rein|um|dar)ge(?=[a-zäöüß]{3})"
)
"""A separable prefix and the *ge-* of its participle ("ein-ge-stellt")."""


def reported_forms(participle: str) -> tuple[str, ...]:
    """Lower-case strings whose presence in a text reports the participle's event: the participle itself and its
    stem without the ending and without the *ge-* after a separable prefix ("eingestellt" → "einstell", as in
    "Einstellung"; "genehmigt" → "genehmig", as in "Genehmigung")."""
    stem = re.sub(r"(?:et|t|en)$", "", participle.lower())
    stem = _SEPARABLE.sub(r"\1", stem, count=1)
    return (participle.lower(), stem) if len(stem) >= 5 else (participle.lower(),)
