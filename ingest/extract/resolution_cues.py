"""Sentences in which a body resolves: the cues that make a decision with or without a reported vote.

"Der Stadtrat beschließt …", "… wird vertagt", "Damit ist der Antrag abgelehnt" resolve (:func:`resolves`); the
stronger cues of :func:`resolves_alone` make a decision even when no vote result is reported ("Der Ausschuss nimmt
den Bericht zur Kenntnis", "In geheimer Wahl setzte sich X mit fünf zu zwei Stimmen durch").
"""

from __future__ import annotations

import re

from assistant.language.sentences import without_bullet
from assistant.language.votes import COUNT, RECEIVED
from ingest.extract.body_acts import body_resolves
from ingest.extract.outcomes import PULLS_BACK, WITHDREW

_BODY_ACTS = (
    r"^(?:der|die|das)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:rat|ausschuss|versammlung|vertretung|beirat|kreistag|senat|"
    r"gremium)\b[^.]{0,120}?\b(?:genehmigt|bestätigt|billigt|beschließt)\b"
)
"""A body as the subject of an approving verb ("Der Gemeinderat genehmigt einstimmig", "Der Gemeinderat der Gemeinde
X bestätigt die vorgelegte Tagesordnung")."""
_RESOLVES = re.compile(
    r"\b(?:beschließt|beschließen|beschlossen|beschloss|fass(?:t|te|ten) folgenden beschluss|wird zugestimmt|billig(?:t|en)\b|"
    r"stimm(?:t|en)\b[^.]{0,120}\bzu\b|nimmt\b[^.]*\b(?:zur )?kenntnis|nehmen\b[^.]*\b(?:zur )?kenntnis|"
    rf"{_BODY_ACTS}|folgt(?:e|en)?\b[^.]{{0,60}}\b(?:beschlussvorschlag|beschlussempfehlung|empfehlung)\w*|"
    r"(?:wird|werden)\b[^.]{0,40}\bzugestimmt|werden\b[^.]{0,40}\bgenehmigt|als zur kenntnis genommen|"
    r"vertagt|verschoben|(?:an|in) (?:den|die|das)\b[^.]{0,60}\bverwiesen|verwiesen\b[^.]{0,30}\b(?:an|in) (?:den|die|das)\b|zu verweisen|(?:zurück)?überwiesen|zu überweisen|(?:damit|somit) (?:ist|sind)\b[^.]{0,40}\b(?:abgelehnt|angenommen|beschlossen)|(?:ist|sind) (?:damit|somit)\b[^.]{0,40}\b(?:abgelehnt|angenommen|beschlossen)|(?:gibt|gab|erteilt|erteilte)\b[^.]{0,30}\beinvernehmen|(?:tagesordnungspunkt|punkt|top)\b[^.]{0,40}\b(?:wird|wurde)\s+abgesetzt|"
    r"zurückgestellt|zurückgezogen|" + PULLS_BACK + r"|" + WITHDREW + r"|wird\b[^.]{0,40}\berteilt|"
    r"(?:wird|werden)\b[^.]{0,60}\bzur kenntnis genommen|^(?:kenntnisnahme|zur kenntnis genommen)\b|(?:wird|wurde|werden|wurden)\b(?:(?!\bnicht\b)[^.]){0,160}\bvon der tagesordnung (?:abgesetzt|genommen)\b(?!\s+werden)|"
    r"(?:wird|werden)\b(?:(?!\b(?:nicht|gut|gerne?|sehr|kaum|schlecht|positiv)\b)[^.]){0,40}\b(?:angenommen|abgelehnt|beschlossen)|"
    r"wird\b[^.]{0,40}\bgenehmigt|wird beauftragt|werden beauftragt|beauftragt die|ermächtigt|empfiehlt|"
    r"findet nicht statt|nicht weiter verfolgt|(?:ist|sind) damit einverstanden|^(?:es )?besteht (?:allgemeines |grundsätzliches )?(?:einverständnis|einvernehmen)|wird gewährt|von der tagesordnung zu nehmen|"
    r"spricht sich\b[^.]*\baus|wird angenommen|wird abgelehnt|lehnt\b[^.]*\bab|"
    r"(?:wird|werden|wurde|wurden)\b(?:(?!\bnicht\b)[^.]){0,40}\bstattgegeben|"
    r"(?:damit|somit) (?:ist|sind)\b[^.]{0,60}\bgewählt|(?:ist|sind) (?:damit|somit)\b[^.]{0,60}\bgewählt|"
    r"(?:damit|somit) gewählt (?:ist|sind|sei|wurde)\b|"
    r"(?:wird|werden)\b[^.]{0,160}\bgewählt|\bzu[mr]\s+(?:[\w-]+\s+){0,3}[A-ZÄÖÜ][\w-]*\s+(?:berufen|ernannt|bestellt)|"
    r"(?:ist|sind)\b[^,;]{0,80}?\bzu[mr]\s+(?:[\w-]+\s+){0,3}[A-ZÄÖÜ][\w-]*\s+gewählt(?!\s+worden))\b",
    re.IGNORECASE,
)
_ALONE = re.compile(
    r"\b(?:beschließt|beschließen|beschloss|(?:hat|haben)\b.{0,200}?\bbeschlossen|wird zugestimmt|billig(?:t|en)\b|stimm(?:t|en)\b[^.]{0,120}\bzu\b|"
    r"nimmt\b[^.]*\b(?:zur )?kenntnis|(?:wird|werden)\b[^.]{0,60}\bzur kenntnis genommen|vertagt|verschoben|"
    r"^(?:kenntnisnahme|zur kenntnis genommen)\b|(?:wird|wurde|werden|wurden)\b(?:(?!\bnicht\b)[^.]){0,160}\bvon der tagesordnung (?:abgesetzt|genommen)\b(?!\s+werden)|"
    rf"{_BODY_ACTS}|(?:wird|werden)\b[^.]{{0,40}}\bzugestimmt|werden\b[^.]{{0,40}}\bgenehmigt|als zur kenntnis genommen|"
    r"fass(?:t|te|ten) folgenden beschluss|folgt(?:e|en)?\b[^.]{0,60}\b(?:beschlussvorschlag|beschlussempfehlung)\w*|"
    r"(?:an|in) (?:den|die|das)\b[^.]{0,60}\bverwiesen|verwiesen\b[^.]{0,30}\b(?:an|in) (?:den|die|das)\b|zu verweisen|(?:zurück)?überwiesen|zu überweisen|(?:damit|somit) (?:ist|sind)\b[^.]{0,40}\b(?:abgelehnt|angenommen|beschlossen)|(?:ist|sind) (?:damit|somit)\b[^.]{0,40}\b(?:abgelehnt|angenommen|beschlossen)|(?:gibt|gab|erteilt|erteilte)\b[^.]{0,30}\beinvernehmen|(?:tagesordnungspunkt|punkt|top)\b[^.]{0,40}\b(?:wird|wurde)\s+abgesetzt|"
    r"(?:wird|werden)\b(?:(?!\b(?:nicht|gut|gerne?|sehr|kaum|schlecht|positiv)\b)[^.]){0,40}\b(?:angenommen|abgelehnt|beschlossen)|zurückgestellt|zurückgezogen|"
    r"" + PULLS_BACK + r"|" + WITHDREW + r"|von der tagesordnung zu nehmen|(?:ist|sind) damit einverstanden|^(?:es )?besteht (?:allgemeines |grundsätzliches )?(?:einverständnis|einvernehmen)|wird\b[^.]{0,40}\b(?:genehmigt|erteilt)|"
    r"(?:wird|werden|wurde|wurden)\b(?:(?!\bnicht\b)[^.]){0,40}\bstattgegeben|"
    r"(?:damit|somit) (?:ist|sind)\b[^.]{0,60}\bgewählt|(?:ist|sind) (?:damit|somit)\b[^.]{0,60}\bgewählt|"
    r"(?:damit|somit) gewählt (?:ist|sind|sei|wurde)\b|"
    r"(?:wird|werden)\b[^.]{0,160}\bgewählt|\bzu[mr]\s+(?:[\w-]+\s+){0,3}[A-ZÄÖÜ][\w-]*\s+(?:berufen|ernannt|bestellt)|"
    r"(?:ist|sind)\b[^,;]{0,80}?\bzu[mr]\s+(?:[\w-]+\s+){0,3}[A-ZÄÖÜ][\w-]*\s+gewählt(?!\s+worden))\b",
    re.IGNORECASE,
)
"""Resolution cues strong enough to make a decision without a reported vote."""
SETTLED = re.compile(
    r"\b(?:setzt|setzte|setzten)\s+sich\b[^.]{0,100}\bStimmen\b[^.]{0,60}\bdurch\b"
    r"|\b(?:hat|hatte|haben|hatten)\s+sich\b[^.]{0,100}\bStimmen\b[^.]{0,60}\bdurchgesetzt\b"
    rf"|\b(?:erhielt|erhält|bekam|bekommt)\s+{COUNT}\s*,[^.]{{0,60}}\b{COUNT}\s+Stimmen\b"
    rf"|\b(?:erhielt|erhält|bekam|bekommt)\s+{COUNT}\s+Stimmen\s*,[^.]{{0,60}}\b{COUNT}\s+Stimmen\b"
    rf"|\bentfielen\s+{COUNT}\s+Stimmen\b[^.]{{0,60}}\bauf\b"
    r"|\b(?:gilt|gelten)\b[^.]{0,60}\bals (?:erledigt|genehmigt|angenommen|beschlossen)\b(?![^.]*\b(?:wenn|sofern|falls)\b)"
    r"|\bmit\s+(?:ihrem|seinem|dem|einem)\s+(?:[\w-]+\s+)?(?:Antrag|Vorschlag|Vorstoß)\w*\b[^.]{0,30}?\bgescheitert\b"
    r"|\bscheiterte[n]?\b[^.]{0,60}\bmit\s+(?:ihrem|seinem|dem|einem)\s+(?:[\w-]+\s+)?(?:Antrag|Vorschlag|Vorstoß)"
    r"|\b(?:Antrag|Vorschlag|Vorstoß)\w*\b[^.]{0,80}\b(?:scheiterte|scheiterten|(?:ist|sind|war)\s+gescheitert)\b"
    r"|^(?:Der|Die|Das|Alle)\s+(?:[\w-]+\s+){0,2}(?:\w*(?:rat|ausschuss|versammlung|vertretung|gremium|kreistag|beirat)"
    r"|\w*mitglieder|\w*räte|\w*verordneten)\b[^.]{0,80}(?:\b(?:entschloss|entschlossen|entschließt|entschließen)\s+sich\b"
    r"|\b(?:ist|sind)\s+(?:alle\s+)?mit\s+(?:dem|der|den|diesem|dieser|diesen)\b[^.]{0,60}\beinverstanden\b)",
    re.IGNORECASE,
)
"""A body's result without a resolving verb: an election among candidates by the votes each got ("setzte sich mit fünf
zu zwei Stimmen durch", "Baich erhielt sechs, Frahm elf Stimmen", "entfielen neun Stimmen auf …"), a resolve ("Der Rat
entschloss sich dazu, …"), a motion that failed ("Die Kreisverwaltung ist mit ihrem Vorschlag gescheitert, …",
"Der Antrag der SPD scheiterte"), a matter settled ("Damit gilt der Tagesordnungspunkt als erledigt", "Die Niederschrift gilt somit als genehmigt"), the members agreeing
("Alle Ausschussmitglieder sind mit der Vorgehensweise einverstanden")."""


_ELECTED_BY_OTHERS = re.compile(
    r"\b(?:von|durch)\s+(?:den|die|der|dem)\s+(?!(?:\w+\s+)?(?:Mitglieder\w*\s+de[sr]\s+)?[\w-]*(?:[Rr]ate?s?|[Aa]usschuss(?:es)?|"
    r"[Vv]ersammlung|[Vv]ertretung|[Kk]reistage?s?|[Gg]remiums?|[Bb]eirate?s?)\b)[A-ZÄÖÜ][^.;]{0,80}\bgewählt\b"
)
"""An election by others than the body ("Die Kameraden wurden … von den Feuerwehrleuten der Ortsfeuerwehr gewählt"):
the body at most confirms it; "von den Mitgliedern des Stadtrates gewählt" is the body's own."""

_OUTSIDE_BODY = re.compile(
    r"^(?:[-–•]\s*)?(?:(?:\w+\s+){1,3}?(?:hat|haben|hatte|hatten|habe)\s+)?(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?:\w+e[nrs]?\s+)?"
    r"(?:Kirchen(?:gemeinderat|vorstand|gemeinde|kreis|rat)|Presbyterium|Synode|Landtag|Bundestag|Bundesrat|"
    r"Landesregierung|Bundesregierung|Bezirksregierung|Landeskirche)\b(?![^.;:]{0,60}\b(?:der|des)\s+"
    r"\w*(?:[Rr]ate?s|[Kk]reistage?s|[Vv]ersammlung|[Vv]ertretung)\b)"
)
"""A body outside the council as the sentence's subject ("Der Kirchengemeinderat hat im Oktober 2020 beschlossen, …",
"Im Mai hat der Landtag … beschlossen"): what it resolved is news to the council, not the council's decision; not
such a body as the object ("Der Rat bittet die Landesregierung, …", "… unterstützt die Kirchengemeinde")."""

_COMPETENCE = re.compile(
    r"\b(?:beschließt|beschließen|entscheidet|entscheiden)(?:\s+(?:der|die|das)\s+[\w-]+)?\s*,?\s*"
    r"(?:über\s*:|(?:ob|wann|wer|welche[rsnm]?|in\s+welche[rsnm]?)\b)"
)
"""What a body decides on as a rule of its statutes ("(4) Der Hauptausschuss beschließt über:", "Gem. § 1 der
Hauptsatzung beschließt der Ortsgemeinderat, in welcher Zeitung … zu veröffentlichen sind"): a competence, not a
decision; "beschließt wie folgt:", "beschließt wie vorgeschlagen" and "beschließt, was … beantragt" decide."""


def _outside(text: str) -> bool:
    """An election by others, an outside body's resolution or a body's competence: no decision of the council."""
    return bool(_ELECTED_BY_OTHERS.search(text) or _OUTSIDE_BODY.search(text) or _COMPETENCE.search(text))


def resolves(text: str) -> bool:
    """A resolution cue, a result without a resolving verb (also a candidate's votes, :data:`RECEIVED`), or a body
    resolving in any tense (:func:`body_resolves`); not an election by others (:data:`_ELECTED_BY_OTHERS`)
    nor an outside body's resolution (:data:`_OUTSIDE_BODY`) nor a competence (:data:`_COMPETENCE`)."""
    if _outside(text):
        return False
    text = without_bullet(text)  # a list entry as its words: "- Kenntnisnahme."
    return bool(_RESOLVES.search(text) or SETTLED.search(text) or RECEIVED.search(text)) or body_resolves(text)


def resolves_alone(text: str) -> bool:
    """A cue strong enough without a vote, a result without a resolving verb, or a body resolving in any tense."""
    if _outside(text):
        return False
    text = without_bullet(text)
    return bool(_ALONE.search(text) or SETTLED.search(text) or RECEIVED.search(text)) or body_resolves(text)

