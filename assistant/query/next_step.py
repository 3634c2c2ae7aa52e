"""Questions about what happens next and passages that assign it.

"Wie geht es in Nottuln mit der FNP-Änderung weiter?", "Was muss die SPD noch nachliefern?" ask for a task; a passage
answers them where it says who is to do what next ("Die Verwaltung wird eine Vorlage erstellen")."""

from __future__ import annotations

import re

from assistant.language.german import fold

_NEXT_STEP = re.compile(
    r"\bwie geht es\b.*\bweiter\b|\bnaechste[nr]? schritte?\b|\bals naechstes\b|\bwas passiert\b"
    r"|^was (soll|sollen|muss|muessen)\b.*\b(tun|liefern|nachliefern|passieren|vorlegen|erledigen|klaeren)\b"
    r"|\bwelche[nr]? auftrag\b|\bbis zur naechsten\b"
    r"|^wer (soll|sollen|muss|muessen)\b"  # whose task: "Wer soll mit dem Förster klären, …?"
)
_TASK = re.compile(
    r"\b(wird|werden|soll|sollen|sollte|muss|muessen)\b[^.]{0,160}\b(erstellen|vorlegen|vorgelegt|erarbeiten"
    r"|erarbeitet|pruefen|geprueft|vorbereitet|unterzeichnet|zugeleitet|aufgefordert|beauftragt|eingeleitet"
    r"|benennen|klaeren|geklaert|konkretisieren|vorzulegen|vorzubereiten|zu [a-z]+en)\b|\bbeauftragt\b"
    r"|\baufgefordert\b|\bals naechstes\b"
    r"|\b(soll|sollen|muss|muessen)\b[^.,;:]{0,160}\b[a-z]{3,}(en|ern|eln)\s*(?:[.;]|$)"  # infinitive ends the clause
)


def asks_next_step(question: str) -> bool:
    """Whether the question asks what happens next ("Wie geht es weiter?", "Was muss X noch liefern?")."""
    return bool(_NEXT_STEP.search(fold(question).strip()))


def states_task(text: str) -> bool:
    """Whether ``text`` says who is to do what next ("Die Verwaltung wird eine Vorlage erstellen")."""
    return bool(_TASK.search(fold(text)))
