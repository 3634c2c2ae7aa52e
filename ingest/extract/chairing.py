"""What the chair and the session's own procedure say: opening, quorum, greetings, asking for objections to the minutes
or the agenda, calling votes, announcing results, thanks, attendance, not being able to answer yet. A sentence of these is no position (:mod:`ingest.extract.positions`).
"""

from __future__ import annotations

import re

PROCEDURAL = re.compile(
    r"[Bb]eschlussfähig|ordnungsgemäß|[Oo]rdnungsmäßigkeit|fristgerecht|\b(?:eröffne|schließ|schloss|beginn|begann)\w*\b(?:[^.,]|\d\.){0,40}\bSitzung\b|\b(?:verweist|verwies)\s+auf\s+die\s+(?:vorliegende\s+|heutige\s+)?Tagesordnung\b|\bbelehr(?:t|te|ten|en)\b|\bgültige[n]?\s+Stimmen\b|\bbegrüß\w*\b[^.;]{0,60}\bals\s+neue[sn]?\s+(?:\w+\s+)?Mitglied|"
    r"\bbegrüß\w* (?:die |alle |den |das |herzlich )*(?:Mitglieder|Anwesenden|anwesenden|Gäste|Zuhörer|Besucher|Teilnehm\w*|Herrn|Frau|neue)|"
    r"\bbegrüß\w*\s(?!,)[^.,;]{0,80}?\b(?:\w*[Mm]itglieder|Anwesenden|Gäste|Zuhörer\w*|Besucher\w*|\w*[Tt]eilnehm\w*|Herrn|Bürgerinnen|"
    r"Bürger|Presse|Vertreter\w*|Berichterstatter\w*|Leiter(?:in)?|Mitarbeiter\w*|Kolleg\w*)\b|\bstellt\b[^.,]{0,30}\bTagesordnung\b[^.,]{0,30}\bfest\b|"
    r"\b(?:Gedenkminute|Schweigeminute|Gedenken)\b|übergibt\b[^.]*\bWort|übergab\b[^.]*\bWort|\bbedankt\w*|\bverpflichtet\w* (?:alle|die|den)|"
    r"\b(?:lässt|ließ)\b[^.]*\babstimmen|\berscheint\b|\berscheinen\b|\bnimmt\b[^.]*\bteil\b|"
    r"\b(?:kommt|kam)\b[^.;,]{0,20}\b(?:später|verspätet)\b|\bsich\s+(?:\w+\s+)?verspät\w*|\b(?:verlässt|verließ)\b[^.;,]{0,30}\b(?:Sitzung|Sitzungssaal|Saal|Raum)\b|\bbefangen\b|\bMitwirkungsverbot|\bBefangenheit\b|"
    r"(?<!nicht )\bzur Abstimmung\b|\bruf\w*\s+(?:(?:den|die|das)\s+)?(?:Tagesordnungspunkt|Punkt|TOP|Antrag|Vorlage)\w*(?:\s+\d+\w?)?\s+auf\b|\bHandzeichen\b|\bverlies\w*\s+(?:den|die|das)\s+Beschluss\w*|\b(?:Abstimmungsergebnis|Ergebnis der Abstimmung|Wahlergebnis)\b|"
    r"\b(?:gibt|gab|trägt|trug|verkündet|verkündete|verliest|verlas)\b[^;:]{0,120}?\b(?:folgendes\s+Ergebnis|"
    r"Ergebnis\s+der\s+(?:geheimen\s+)?(?:Wahl|Abstimmung))\b|"
    r"\b(?:Einstimmigkeit|Stimmenmehrheit)\b|"
    r"\b(?:fragt|fragte|erfragt|erfragte)\b[^.;]{0,30}\bob\b(?=[^.;]*\b(?:Niederschrift|Protokoll|Tagesordnung)\b)"
    r"[^.;]*\b(?:Einw\w*|Bedenken|Änderungs\w*|Ergänzungs\w*|Anmerkungen|Berichtigungs\w*)\b|"
    r"\b(?:kann|könne|konnte)\b[^.;]{0,60}\b(?:nicht|keine)\b[^.;]{0,40}\b(?:beantworten|Auskunft\s+geben|sagen)\b"
)
ASKS_FOR_VOTES = re.compile(r"\bHandzeichen\b|\b(?:lässt|ließ)\b[^.;]*\babstimmen\b")
"""The chair asking for the votes ("lässt … abstimmen", "um das Handzeichen"): a step of the session itself."""
CALLS_VOTE = re.compile(rf"{ASKS_FOR_VOTES.pattern}|(?<!nicht )\bzur Abstimmung\b")
"""The chair calling a vote ("Wer … zustimmt, den bitte ich um das Handzeichen."): the turn that ends so is chairing."""
ANNOUNCER = r",\s*(?:stellt|stellte|gibt|gab)\s+[^,.;]{2,60}?\s+(?:fest|bekannt)\s*\.?\s*$"
"""The chair named after what they announce ("…, stellt OB Zenker fest.")."""
ANNOUNCED_RESULT = re.compile(
    rf"\b(?:angenommen|abgelehnt|beschlossen|gewählt|erübrigt\s+sich(?:\s+damit)?|Abstimmung\w*){ANNOUNCER}"
)
"""A result or step of the vote followed by its announcer ("Mit 18 Ja-Stimmen ist der Antrag mehrheitlich angenommen,
stellt OB Zenker fest.", "Die Abstimmung über den Antrag … erübrigt sich damit, stellt OB Zenker fest."): chairing."""
RESULT_CLAUSE = re.compile(
    r"\bdass\b[^.,]{0,60}\b(?:einstimmig|mehrheitlich)?\s*(?:angenommen|abgelehnt|gewählt)\b"
    r"(?!\s+(?:hat|habe|hätte|haben|hatte|hatten)\b)"
)
"""Announcing a result ("stellt fest, dass der Antrag abgelehnt ist") is chairing; regretting or welcoming it is not
("bedauert, dass der Antrag abgelehnt wurde"), nor is recalling what a body once did in the active perfect ("machte
darauf aufmerksam, dass der Rat solche Anträge auch schon abgelehnt habe")."""
