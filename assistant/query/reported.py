"""Whether a passage announces an event or reports a result reached.

"Die Satzung soll in der nächsten Sitzung beschlossen werden" announces; "Der Ausschuss empfiehlt dem Rat …"
announces; "Im Verwaltungsausschuss hatte der Vorschlag bei einer Gegenstimme eine knappe Mehrheit gefunden" reports a
result. Used to tell a later event a question asks about from what the documents hold, and a body's own result from
what another body is to do.
"""

from __future__ import annotations

import re

from assistant.language.german import fold

_ANNOUNCES = re.compile(
    r"\b(wird|werden|soll|sollen|sollte|sollten)\b[^.]{0,160}\b(stattfinden|beraten|entschieden|beschlossen"
    r"|befassen|behandelt|vorgelegt|verabschiedet|erfolgen|informiert|abschliessend|festgelegt|beschliessen"
    r"|entscheiden|vorlegen|gefasst)\b"
    r"|\bin (?:einer )?(?:der )?naechsten sitzung|\bin einer der naechsten\b|\bempfiehlt\b|\bbeschlussempfehlung\b"
    r"|\bzur (?:weiteren )?(?:beratung und )?beschlussfassung\b|\bvoraussichtlich\b|\bfreigabe zur anhoerung\b"
    r"|\bzu einem spaeteren zeitpunkt\b|\bist (?:geplant|vorgesehen)\b|\bsoll(?:en)? [^.]{0,80}\bwerden\b"
    r"|\bmoegen? [^.]{0,40}\bbeschliessen\b|\bbeschluss(?:vorschlag|entwurf|vorlage)\b"
    r"|\bwenn\b[^.]{0,120}\b(?:kann|koennen|koennte|koennten)\b[^.]{0,80}\bwerden\b"
)
"""A passage that announces a later event instead of reporting it (or names it as possible on a condition: "Wenn
Frau L. zustimmt, können die Anlagen nachträglich veröffentlicht werden")."""


def announces(text: str) -> bool:
    """Whether ``text`` announces an event (a session to come, a recommendation to the council)."""
    return bool(_ANNOUNCES.search(fold(text)))


_DEFERS = re.compile(r"\b(?:vertagt|zurueckgestellt|verschoben|abgesetzt)\b")
"""A matter put off ("Der TOP 13a ist vertagt"): what a later session made of it is not there."""
_ASKS_DEFERRAL = re.compile(r"\b(?:nicht|kein\w*|zunaechst)\b")
"""A question about the deferral itself ("Warum wurde der Antrag im Mai zunächst nicht entschieden?")."""


def defers(text: str, question: str = "") -> bool:
    """Whether ``text`` puts the matter off to a later session, and ``question`` does not ask about that."""
    return bool(_DEFERS.search(fold(text))) and not _ASKS_DEFERRAL.search(fold(question))


_TAKEN = re.compile(
    r"\b(?:beschlossen|beschliesst|beschloss|angenommen|abgelehnt|zugestimmt|stimmte[n]? [^.]{0,80}\bzu|einstimmig"
    r"|mehrheitlich|vertagt|zurueckgestellt|zurueckgezogen|verabschiedet|genehmigt|gewaehlt|entschieden"
    r"|vergeben|erteilt|gefasst|abstimmungsergebnis|ja-stimmen|gegenstimme[n]?|enthaltung(?:en)?)\b"
    r"|\bstimm(?:en|t|te|ten)\b[^.]{0,80}\b(?:ja|nein|dafuer|dagegen)\b|^\s*beschluss\s*:"
    r"|\bstimm(?:en|t|te|ten)\s+(?:\w+\s+){0,3}?(?:gegen|fuer)\b"
    r"|\b(?:billigt|billigte|gebilligt|befuerwortet|befuerwortete|bestaetigt|bestaetigte|beauftragt|beauftragte"
    r"|festgelegt|festgesetzt|zur kenntnis genommen|schloss sich|schliesst sich|folgte|folgt dem|erfolgte|erfolgten)\b"
)
"""Words that report a result reached (in a sentence that does not announce it): "Letzteres erfolgte zwar, …", "Räte
stimmen gegen Bächle"."""


def reports_result(text: str) -> bool:
    """Whether a sentence of ``text`` reports a result reached: an outcome word in a sentence that does
    not announce (:func:`announces`: "soll … beschlossen werden", "empfiehlt dem Rat")."""
    return any(_TAKEN.search(fold(sentence)) and not announces(sentence) for sentence in _SENTENCES.split(text))


_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n\s*\n")


_PENDING = re.compile(
    r"\b(?:steht|stehen|stand|standen)\s+(?:\w+\s+)?noch\s+aus\b|\b(?:wird|werden)\s+(?:noch\s+)?erwartet\b"
    r"|\b(?:liegt|liegen)\s+(?:\w+\s+)?noch\s+nicht\s+vor\b|\bist\s+noch\s+(?:offen|unklar|ungeklaert)\b"
    r"|\b(?:beauftragt|gebeten)\s*,[^.;]*\bzu\s+(?:schicken|senden|uebersenden|schreiben|verfassen|richten|stellen)\b"
    r"|\b(?:soll|sollen)\b[^.;]*\b(?:geschickt|gesendet|uebersandt|geschrieben|verfasst|gerichtet)\s+werden\b"
    r"|\b(?:wird|werden)\b(?![^.;]*\b(?:heute|bereits|schon)\b)[^.;]*\b(?:in kenntnis setzen|unterrichten|nachreichen"
    r"|(?:schriftlich|zeitnah|spaeter|nachtraeglich|noch)\s+(?:berichten|informieren|mitteilen|beantworten))\b"
)
"""A thing still awaited: "Antwort des Landrates wird noch erwartet", "Die Stellungnahme steht noch aus"; a letter
only commissioned ("X wurde beauftragt, einen … Brief nach Elmshorn zu schicken"): the answer to it cannot be there; a
report promised for later ("wird … den Rat zeitnah darüber in Kenntnis setzen"): what was reported is not there yet."""


def still_pending(text: str, terms: tuple[str, ...]) -> bool:
    """Whether a sentence of ``text`` says that something the question names (one of its folded ``terms``) is still
    awaited: what was asked as done is not in the documents yet."""
    return any(
        _PENDING.search(folded) and any(term in folded for term in terms)
        for folded in map(fold, _SENTENCES.split(text))
    )
