"""A body that resolves, in any tense, read by the verb's lemma: "Der Gemeinderat genehmigte den Bauantrag", "Der
Stadtrat hat einen ergänzenden Zuschuss … bewilligt", "Der Ausschuss stimmte dem Vorschlag zu" — the same resolution
as "Der Gemeinderat beschließt". Minutes written as a report (a town's website, a press summary) give the council's
decisions so; a surface list of present-tense forms misses them."""

from __future__ import annotations

import re

from ingest.extract.lemmas import lemma, main_clause, tokens, verb_lemma

RESOLVING = frozenset(
    "beschließen genehmigen bewilligen billigen zustimmen ablehnen verabschieden annehmen vergeben bestätigen "
    "befürworten".split()
)
"""Verbs by which a body resolves (by lemma, particle included)."""

_BODY = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?:Der|Die|Das)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:[Rr]at|[Aa]usschuss|[Vv]ersammlung|[Vv]ertretung|"
    r"[Bb]eirat|[Kk]reistag|[Ss]enat|[Gg]remium)\s+(?:(?:der|des)\s+(?:[A-ZÄÖÜ][\w-]*\s+){1,2})?"
)
"""The body as the sentence's subject, with a genitive of its place ("Der Gemeinderat der Gemeinde Hausen")."""
_CONCLUDES = re.compile(
    r"^(?:Man|(?:Der|Die|Das)\s+[\w-]*(?:[Rr]at|[Aa]usschuss|[Gg]remium))\s+(?:kommt|kam|kommen|kamen)\s+(?:\w+\s+){0,2}?"
    r"zu\s+(?:dem|einem)\s+(?:\w+\s+)?Entschluss\b"
)
"""The members reaching a resolution ("Man kommt zu dem Entschluss, dass lediglich …")."""
_PERFECT = frozenset("hat haben hatte hatten".split())
_EARLIER = re.compile(r"\b(?:bereits|damals|seinerzeit|zuvor|ursprünglich|(?:Sitzung|Beschluss)\s+vom)\b")


def body_resolves(text: str) -> bool:
    """True when ``text`` opens with a body whose finite verb (or, in the perfect, its participle) resolves."""
    if _CONCLUDES.match(text):
        return not _EARLIER.search(text)
    match = _BODY.match(text)
    if match is None or _EARLIER.search(text):
        return False
    clause = main_clause(text[match.end() :])
    words = [w for w in tokens(clause) if w[0].isalpha()]
    if not words or not words[0][0].islower():
        return False
    finite = words[0]
    if finite.lower() in _PERFECT:
        last = words[-1] if len(words) > 1 else ""
        return last[:1].islower() and lemma(last) in RESOLVING
    return verb_lemma(finite, clause) in RESOLVING
