"""Questions that ask why, and passages that give a reason.

"Warum wurde der Antrag zurückgestellt?" is answered by the sentence that says why ("…, da die Kosten noch
nicht feststehen", "Aufgrund der Haushaltslage …", "Begründet wird dies mit …"), not by the sentence that only
names the decision. The marks of a reason are the words German uses to join a cause or a purpose to what
happened: causal conjunctions and adverbs (weil, da, denn, deshalb, daher), causal prepositions (aufgrund,
wegen, angesichts, infolge), nouns and verbs of reasoning (Grund, Begründung, Ursache, Anlass, zurückzuführen)
and final clauses (damit, um … zu). They work on any minutes, whatever the topic, so they are a ranking signal
for why-questions (:class:`~assistant.retrieval.weights.RankingWeights` ``reason``) and pick the quote inside a
chunk; they never decide whether to answer (a reason may stand without any of them).
"""

from __future__ import annotations

import re

from assistant.language.german import fold

_ASKS = re.compile(
    r"\b(?:warum|weshalb|wieso|weswegen|wozu)\b|\baus welche[mn] gr(?:u|ue)nde?n?\b"
    r"|\bmit welche[rnm] (?:begruendung|argument(?:en)?)\b|\bwie (?:begruendet|begruendete|begruendeten|begruenden"
    r"|kam es)\b|\bwas (?:war|ist|waren|sind) (?:der|die) (?:grund|gruende|anlass|hintergrund|ursache)\b"
    r"|\bwelche[ns]? (?:grund|gruende|anlass|ursache|ursachen|argumente?)\b"
)
_GIVES = re.compile(
    r"\b(?:weil|denn|deshalb|deswegen|daher|darum|zumal|aufgrund|angesichts|infolge|wegen)\b|\bauf grund\b"
    r"|(?:^|[.!?,;:(–-]\s*)da\b|\bbegruend|\b(?:grund|gruende|grunde|ursache|ursachen|anlass|hintergrund)\b"
    r"|zurueckzufuehren|\bliegt (?:daran|darin)\b|\bdamit\b|\bum\b[^.;:]{1,80}\bzu [a-z]+en\b"
)


def asks_reason(question: str) -> bool:
    """Whether the question (or one of its parts) asks why: "Warum …?", "Aus welchem Grund …?", "Wie kam es …?"."""
    return bool(_ASKS.search(fold(question)))


def gives_reason(text: str) -> bool:
    """Whether ``text`` joins a cause or purpose to what it reports ("…, da …", "aufgrund …", "Begründung: …")."""
    return bool(_GIVES.search(fold(text)))
