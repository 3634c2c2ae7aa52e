"""Follow-ups by the verb's meaning: a check, a clarification, a referral or information to be sent out that someone
carries out after the session, in the present tense or the present passive ("Die Verwaltung prüft, ob …", "Es wird im
Amt geklärt, ob …", "…, dass Gespräche mit der Baufirma geführt werden", "Die Frage wird von der Verwaltung geprüft",
"Der Ortsvorsteher leitet dies an den Bauhof weiter", "…, dass im Gemeindejournal eine Information veröffentlicht
wird").

A session does not check or clarify anything itself: these verbs name work that is still to be done, so they
make a task without the later time a general plan needs (:mod:`ingest.extract.plans`). The verb is read by its
lemma, so every form and word order reaches one lexicon entry. Owner: the target of a referral, the agent
("von der Verwaltung", "durch das Bauamt"), the office where it happens ("im Amt"), the office that is the
subject, else the administration (derived)."""

from __future__ import annotations

import re

from ingest.extract.lemmas import lemma, main_clause, verb_lemma
from ingest.extract.referrals import Task, clean_owner
from ingest.extract.resolutions import ACTOR

CHECKS = frozenset(
    "prüfen überprüfen klären abklären ermitteln untersuchen recherchieren veranlassen kontaktieren anschreiben "
    "einholen nachreichen nachgehen weiterverfolgen aufgreifen korrigieren berichtigen".split()
)
"""Work after the session: to check, clarify, find out, contact, obtain, correct ("Datumsfehler bei TOP 8, wird
korrigiert")."""
PUBLISHES = frozenset(
    "veröffentlichen bekanntgeben zusenden zuschicken zuleiten übersenden übermitteln nachliefern".split()
)
"""Information given out after the session: to publish, to send."""
FORWARDS = frozenset("weiterleiten weitergeben".split())
"""A referral: the target ("an den Bauhof") has to act."""
_TALKS = re.compile(r"\b(?:Gespräche?|Verhandlungen|Abstimmungsgespräche?)\b")
"""Talks to be held ("Gespräche mit der Baufirma werden geführt"): work after the session, like a check."""


_CONTACT = re.compile(r"\b(?:in\s+Verbindung|in\s+Kontakt|Kontakt|ins\s+Benehmen)\b")
"""Contact to be made ("wird sich mit der Kreisvolkshochschule in Verbindung setzen", "nimmt Kontakt auf"): to contact."""


def _follows_up(verb: str, clause: str) -> bool:
    return (
        verb in CHECKS
        or verb in FORWARDS
        or (verb == "führen" and bool(_TALKS.search(clause)))
        or (verb in {"setzen", "treten", "aufnehmen"} and bool(_CONTACT.search(clause)))
    )

_PARTICIPLE_PASSIVE = re.compile(
    r"\b(?:wird|werden)\b(?P<between>[^.;]*?)\b(?P<participle>[a-zäöüß]{4,}[tn])\b(?!\s+(?:worden|wurde|ist)\b)|"
    r"\bdass\b[^.;]*?\b(?P<final>[a-zäöüß]{4,}[tn])\s+(?:wird|werden)\s*(?:[.;,]|\bund\b|$)|"
    r"\b(?:soll|sollen|solle)\b[^.;]*?\b(?P<shall>[a-zäöüß]{4,}[tn])\s+werden\s*(?:[.;,]|\bund\b|$)"
)
"""A present passive in main-clause order ("wird … geprüft"), at the end of a "dass" clause ("…, dass der Sachverhalt
geprüft wird") or after "soll" ("sie soll schriftlich nachgereicht werden")."""
_SUBJECT = re.compile(rf"^(?:\d{{1,2}}\.\s+)?(?:Die|Der|Das)\s+(?P<owner>{ACTOR}|Ortsvorsteher(?:in)?)\s+(?P<verb>[a-zäöüß]+t)\b")
_TARGET = re.compile(r"\ban\s+(?:den|die|das|dem)\s+(?P<owner>(?:[A-ZÄÖÜ][\w-]*\s+){0,2}?[A-ZÄÖÜ][\w-]*)")
_BY = re.compile(
    rf"\b(?:von|durch|seitens)\s+(?:der|dem|den|das|des)\s+(?P<owner>{ACTOR})\b|\b(?:im|beim)\s+(?P<at>[A-ZÄÖÜ]\w*amt|Amt|Bauhof)\b|"
    r"\b(?:von|durch)\s+(?:Herrn|Frau)\s+(?:Dr\.\s+)?(?P<person>[A-ZÄÖÜ][\w-]+)"
)
_WILL = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?:Der|Die|Das)\s+(?:[a-zäöüß]+e[nrs]?\s+)?(?P<owner>[A-ZÄÖÜ][\w-]+)\s+(?:wird|werden)\s+"
    r"(?:[^,;.]*\s)?(?P<verb>[a-zäöüß]{4,}n)\s*(?:,\s*(?:damit|um|sodass|so\s+dass)\b[^;]*)?\.?$"
)
"""An actor announced to do the work itself ("Das zuständige Planungsbüro wird das überprüfen."), a clause of purpose
after it or not ("Die Verwaltung wird sich mit der Kreisvolkshochschule in Verbindung setzen, damit …")."""
_NOT_NOW = re.compile(r"\b(?:nicht|kein\w*|wurde|wurden|worden|war|waren|kann|können|könnte|könnten|würde|würden)\b")
_MATTER = re.compile(r",\s*(?:ob|wie|wann|warum|weshalb|wieso|welche[mnrs]?|inwieweit|inwiefern)\b[^,;]*")
"""An indirect question: the matter checked, whose mood says nothing about the check."""
_SUBORDINATE = re.compile(
    r"(?:ob|wenn|falls|sofern|soweit|nachdem|bevor|sobald|bis|weil|da|damit|sodass|obwohl|wie|was|welche\w*|inwieweit)\b",
    re.IGNORECASE,
)
"""A subordinate clause: its passive is the matter asked or a condition ("…, ob der Antrag geprüft wird"), no task."""


def _owner(text: str, verb: str, subject: str = "") -> Task:
    if verb in FORWARDS and (target := _TARGET.search(text)):
        return Task(clean_owner(target.group("owner")))
    if by := _BY.search(text):
        return Task(clean_owner(by.group("owner") or by.group("at") or by.group("person")))
    if subject:
        return Task(clean_owner(subject))
    return Task("Verwaltung", ("owner",))


_STILL_TO_COME = re.compile(
    r"\b(?:erfolgt|erfolgen|folgt|folgen|ergeht|ergehen)\s+(?:[\w-]+\s+){0,3}?noch\b|"
    r"\bnoch\s+(?:[\w-]+\s+){0,3}?(?:erfolgt|erfolgen|folgt|folgen|ergeht|ergehen)\b"
)
"""Something still to come ("Es ergeht noch eine gesonderte Einladung.", "Die Antwort erfolgt noch schriftlich.")."""


_IN_PROGRESS = re.compile(
    rf"(?:\b(?:die|der|das)\s+(?P<owner>{ACTOR})\b[^.;]*?)?(?:\b(?:ist|sei|sind|seien|befindet\s+sich|befinde\s+sich)\s+"
    r"(?:\w+\s+){0,2}?in\s+(?:der\s+)?(?:Prüfung|Klärung|Bearbeitung|Abstimmung\s+mit)\b|"
    r"\bin\s+(?:der\s+)?(?:Prüfung|Klärung|Bearbeitung)\s+(?:ist|sei|sind|seien)\b)"
)
"""Work under way ("…, dass die Verwaltung … in der Prüfung sei, welche Räume …", "Der Antrag ist in Bearbeitung")."""
_CHECKED_FIRST = re.compile(r"^(?:Geprüft|Überprüft|Geklärt|Untersucht|Ermittelt)\s+(?:wird|werden)\b")
"""The participle of a follow-up verb opening the sentence ("Geprüft wird, ob KfW-40-Bauweise Fördermittel bringt")."""


def follow_up(text: str) -> Task | None:
    """The task a present-tense or present-passive sentence with a follow-up verb states, if any."""
    if _NOT_NOW.search(_MATTER.sub("", text)):
        return None  # "… kann nicht geprüft werden"; the matter checked may ("prüft, ob … werden können")
    if _STILL_TO_COME.search(text) and not re.search(
        r"\b(?:Abstimmung|Aussprache|Beratung|Diskussion|Redebeitr\w*|Wortmeldung\w*|Wortbeitr\w*)\b", text
    ):
        return _owner(text, "")  # not the session's own next step ("Die Abstimmung folgt noch.")
    if _CHECKED_FIRST.match(text):
        return _owner(text, "")
    if match := _IN_PROGRESS.search(text):
        return Task(clean_owner(match.group("owner"))) if match.group("owner") else _owner(text, "")
    if match := _SUBJECT.match(text):
        verb = verb_lemma(match.group("verb"), main_clause(text[match.start("verb") :]))
        if _follows_up(verb, text):
            return _owner(text, verb, match.group("owner"))
    if (match := _WILL.match(text)) and _follows_up(lemma(match.group("verb")), text):
        return _owner(text, lemma(match.group("verb")), match.group("owner"))
    for clause in re.split(r"[,;:]\s*", text):
        if _SUBORDINATE.match(clause):
            continue  # "…, ob der Antrag geprüft wird": the matter, not the task
        for match in _PARTICIPLE_PASSIVE.finditer(clause):
            participle = match.group("participle") or match.group("final") or match.group("shall")
            last = re.findall(r"[a-zäöüß]+", clause)[-1:]
            for candidate in dict.fromkeys((participle, *last)):  # the first word in -t after "werden" may be "derzeit"
                if re.search(rf"\b{candidate}\s+[A-ZÄÖÜ]", clause):
                    continue  # an attribute before its noun ("auf den übermittelten Sachverhalt"), not the passive
                verb = lemma(candidate)
                # a participle ("geprüft"), not an infinitive after "wird" ("wird … anschreiben")
                if verb != candidate and (_follows_up(verb, clause) or verb in PUBLISHES):
                    return _owner(text, verb)
    return None

