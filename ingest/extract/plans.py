"""Plans for after the session: the grammatical shapes that state one, the later time that dates it, and who
carries it out.

- shapes: a future passive ("… wird im Bauausschuss beraten"), a modal ("soll", "muss noch"), a gerundive
  ("ist … vorzulegen"), or the present tense timed by the next session or minutes ("erhalten alle Gemeinderäte
  mit dem nächsten Protokoll");
- time: a named later time (:func:`later`: the next session, a month, a season, a condition, a date not before
  the session);
- who: the body a deliberation takes place in, the agent ("durch das Amt für Ortsteile"), else the administration
  (:func:`planned_owner`); an actor a speaker announces a follow-up for (:func:`announced`).

:mod:`ingest.extract.open_items` decides with these whether a sentence is a task.
"""

from __future__ import annotations

import re

from ingest.extract.common import DOT, ItemContext
from ingest.extract.dues import MONTHS, RECURRING, due_of
from ingest.extract.referrals import BODY, Task, clean_owner
from ingest.extract.resolutions import ACTOR as _ACTOR
from ingest.extract.speakers import Found

FUTURE = re.compile(
    r"\b(?:nächste[nr]?|kommende[nr]?|demnächst|zeitnah|später|anschließend|kurzfristig|mittelfristig|langfristig|"
    r"baldmöglichst|schnellstmöglich|zu\s+gegebener\s+Zeit|in\s+Kürze|"
    r"[Bb]is\s+(?:zum\s+|zur\s+|Ende\s+|Mitte\s+|Anfang\s+)?(?:\d|" + MONTHS + r"|"
    r"Herbst|Frühjahr|Sommer|Winter|Jahresende)|im (?:Herbst|Frühjahr|"
    r"Sommer|Winter)|in (?:einer|der) \w*[Ss]itzung|in der\b[^;]{0,40}?sitzung|"
    r"(?:Anfang|Mitte|Ende)\s+(?:" + MONTHS + r")|weitere[nr]?\s+Sitzung)\b"
)
_PARTICIPLE = r"(?:[a-zäöüß]*ge[a-zäöüß]+[tn]|[a-zäöüß]+iert|(?:be|ver|er|ent|zer|über|unter)[a-zäöüß]+(?:en|t))"
PASSIVE = re.compile(
    rf"\b{_PARTICIPLE}\s+(?:und\s+[a-zäöüß]+\s+)?(?:wird|werden|werde)\b|\b(?:wird|werden|werde|würde|würden)\b[^;]*?\b{_PARTICIPLE}\b"
)
_STILL = r"(?:noch(?!\s+(?:mehr|weniger|stärker|besser|größer|höher|länger|intensiver)\b)|zunächst|vorher|erst)"
"""A step still ahead ("muss noch …"), not a comparison ("noch mehr Zeit")."""
MODAL = re.compile(
    rf"\b(?:soll|sollen|solle)\b|\b(?:muss|müssen|müsse)\b[^,;]*\b{_STILL}\b|"
    rf"\b{_STILL}\b[^,;]*\b(?:muss|müssen|müsse)\b"
)
_SIDE_OPENER = re.compile(r"\b(?P<opener>(?i:dass|damit|wenn|falls|sofern|soweit|ob))\b")
_CLAUSE_FINAL = re.compile(r"^(?:\s+[a-zäöüß]+){0,2}\s*[“”\"»«]?\s*(?:[,.;:!?]|$)")
"""The end of a clause after a verb, its verb cluster ("aufgehoben werden soll,") included."""


def in_side_clause(text: str, cue: re.Match[str]) -> bool:
    """Whether the finite verb of ``cue`` ends a clause of condition or of indirect question (a German finite verb
    last in its clause: "Wenn jetzt der Entscheid aufgehoben wird, passiert nichts", "um die Frage, ob der Entscheid
    aufgehoben werden soll"); a reported clause ("…, dass die Verwaltung … prüfen werde") states a plan, and so may a
    relative one ("eine Vorlage, die in der nächsten Sitzung beraten werden soll")."""
    if re.match(r"(?:wird|werden|werde|würde|würden)\b", cue.group(0)) or not _CLAUSE_FINAL.match(text[cue.end() :]):
        return False  # the auxiliary before its participle: a main clause ("Sofern …, wird sie auch gebaut.")
    openers = list(_SIDE_OPENER.finditer(text, 0, cue.start()))
    if not openers:
        return False
    return openers[-1].group("opener").lower() not in ("dass", "damit")


GERUND = re.compile(
    r"\b(?:ist|sind)\b(?!,)[^;]*?\bzu\s+(?!erwarten|rechnen|befürchten|vermuten|hoffen|erkennen|sehen)[a-zäöüß]+en\b|"
    r"\b(?:ist|sind)\b(?!,)[^;,]*?\b(?!auszugehen|anzunehmen|festzustellen|abzuwarten)[a-zäöüß]{2,}zu[a-zäöüß]{3,}en\b|"
    r"\b[a-zäöüß]+zu[a-zäöüß]{3,}en\s+(?:ist|sind)\b"
)
NEXT_TIME = re.compile(
    r"\b(?:mit dem|mit der|in der|zur|zum|bis zur|bis zum)\s+(?:nächsten|kommenden)\s+"
    r"(?:[A-ZÄÖÜ]\w*[Ss]itzung|Sitzung|Protokoll|Niederschrift|Einladung|Woche|Monat|Jahr|Quartal|Termin|Beratung|Haushalt)"
)
"""A time of the present-tense sentence that states a plan ("Ein Antwortschreiben erhalten alle Gemeinderäte mit dem
nächsten Protokoll", "Die Vorlage ist in der nächsten Stadtratssitzung drin"); "zur nächsten Geburtsklinik" is a
place."""
DELIBERATE = re.compile(
    r"\b(?:berat\w*|Beratung|besprochen|besprechen|gesprochen|erörtert|diskutiert|diskutieren|entschieden|entscheiden|behandelt|behandeln|"
    r"befass\w*|beschlossen|beschließen|Beratungen|\w*[Ee]ntscheidung|stattfinden|findet\s+[^.]*\sstatt)\b"
)
AGENT = re.compile(
    r"\b(?:durch|seitens)\s+(?:das|den|die|der|dem|des)\s+(?:zuständigen?\s+)?(?P<agent>[A-ZÄÖÜ][\w-]*(?:\s+(?:für|der|des)\s+[A-ZÄÖÜ][\w-]*)?)|"
    r"\bvon\s+(?:der|dem)\s+(?P<by>(?:beauftragten\s+|zuständigen\s+)?[A-ZÄÖÜ][\w-]*(?:\s+aus\s+[A-ZÄÖÜ][\w-]*)?)\s+"
    r"(?:[a-zäöüß]+\s+)?(?:vorgetragen|vorgestellt|vorgelegt|erstellt|erarbeitet|geprüft|durchgeführt|erledigt)"
)
_OWN_NEXT = re.compile(
    r"\b(?:in|zur|bis zur|auf)\s+(?:der|die|einer|eine)\s+(?:nächsten|kommenden|folgenden)\s+Sitzung\b(?!\s+(?:des|der)\b)"
)
PLACE = re.compile(
    rf"\bSitzung(?:en)?\s+de[sr]\s+(?P<gen>(?:[\w]+-\s+und\s+)?{BODY})|"
    rf"\b(?:[Ii]m|[Ii]n der|[Ii]n einer|[Ii]n einem|[Ii]n die)\s+(?:nächsten\s+|kommenden\s+|(?:noch\s+nicht\s+)?[a-zäöüß]+e[nr]?,?\s+){{0,3}}"
    rf"(?P<place>(?:[\w]+-\s+und\s+)?{BODY}(?:\s+für\s+[A-ZÄÖÜ][\w-]*(?:\s+und\s+[A-ZÄÖÜ][\w-]*)?)?)\b|\b(?P<compound>[A-ZÄÖÜ][\w-]*?(?:rat|ausschuss|kreistag|beirat))s?sitzung\b|"
    r"\bin\s+(?:den|allen)\s+(?:[a-zäöüß]+en\s+)*(?P<plural>[\w-]*(?:Gremien|[Aa]usschüssen))\b"
)


SUBMITTED = re.compile(
    rf"\b(?:dem|der|den)\s+(?:{BODY})\s+(?:[a-zäöüß]+\s+)?zur\s+(?:Beschlussfassung|Entscheidung|Beratung|Genehmigung)\b"
)
"""A matter put before a body ("werden dem Gemeinderat zur Beschlussfassung vorgelegt"): whoever submits it has the
task, the body then deliberates."""


def later(ctx: ItemContext, text: str) -> bool:
    """True when ``text`` names a time after the session: the next session, a month or season, a condition, a
    span, or a date (or year) not before the session's own."""
    due = due_of(text)
    session = ctx.document.meta.date or ""
    if not due or RECURRING.fullmatch(due):
        return False  # a recurring time ("sind monatlich 172 € zu entrichten") is a rule, no later date
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", due):
        return not session or due >= session
    if re.fullmatch(r"\d{4}", due) or re.fullmatch(r"(?:\d{1,2}\. )?\w+ \d{4}", due):
        return not session or due[-4:] >= session[:4]  # "3. April 1945" before a session of 2022
    return True


def planned_owner(text: str, body: str = "") -> Task:
    """Who carries out a plan: the body a deliberation takes place in ("im Bauausschuss beraten"), ``body`` itself
    for its own next session, the agent ("durch das Amt für Ortsteile"), else the administration (derived)."""
    if DELIBERATE.search(text) and (place := PLACE.search(text)):
        return Task(
            clean_owner(
                place.group("gen") or place.group("place") or place.group("compound") or place.group("plural")
            )
        )
    if body and DELIBERATE.search(text) and _OWN_NEXT.search(text):
        return Task(body)  # "Das Thema wird in der nächsten Sitzung erneut beraten": the body itself
    if agent := AGENT.search(text):
        return Task(clean_owner(_doer(agent.group("agent") or agent.group("by"))))
    if (doer := _SHALL_DO.match(text)) and re.fullmatch(rf"{_AGENT}|[A-ZÄÖÜ]\w+(?:er|innen|leute)", doer.group("owner")):
        return Task(clean_owner(doer.group("owner")))  # "Die Bestatter sollen die Hinterbliebenen … belehren"
    return Task("Verwaltung", ("owner",))


_SHALL_DO = re.compile(
    r"^(?:Die|Der|Das)\s+(?P<owner>[A-ZÄÖÜ][\w-]*)\s+(?:soll|sollen|solle|wird|werden)\s+(?:[^,;.]*\s)?"
    r"(?!werden\b|sein\b)[a-zäöüß]{3,}(?:en|ern|eln)\s*[.;]?$"
)
"""An actor that shall or will do something itself, the infinitive active: the subject acts ("Die Bestatter sollen …
belehren", "Die Ratsmitglieder werden die Angelegenheit … besprechen"); a passive ("Die Felder sollen … belegt
werden") leaves the actor unnamed."""


_WORK_OF = re.compile(r"\w*(?:leistung|hilfe|unterstützung|mitarbeit|mithilfe)\s+(?P<art>des|der)\s+(?P<doer>[A-ZÄÖÜ][\w-]*)")
"""Work named with its doer in the genitive ("Eigenleistung des Bauhofes")."""


def _doer(agent: str) -> str:
    """The actor of an agent phrase: "Eigenleistung des Bauhofes" → "Bauhof" (the work named, its doer in the
    genitive); other phrases as written ("Amt für Ortsteile")."""
    if match := _WORK_OF.fullmatch(agent):
        doer = match.group("doer")
        return re.sub(r"(?<=[a-zäöüß])e?s$", "", doer) if match.group("art") == "des" else doer
    return agent


_DOER = rf"(?:{_ACTOR}|[A-ZÄÖÜ]\w*(?:büro|[Uu]nternehmen|[Ff]irma|[Vv]erband|[Bb]etrieb|werke?|[Bb]ehörde|[Tt]räger))"
_INFINITIVE = r"\b(?!ge)[a-zäöüß]{3,}(?:en|ern|eln)"
_AGENT = rf"(?:{_DOER}|{BODY}|Landkreis|Fraktion(?:en)?|Firma|Investor)"
"""Who may act after the session: an office, a body, the groups, a firm, a public agency."""
_ANNOUNCED = re.compile(
    rf"(?:^|[,;:]\s*|\bdass\s+)(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?P<owner>{_AGENT})\s+(?P<aux>werde|wird|werden|würde|würden)\s+"
    rf"(?P<rest>[^,;.]*?)(?P<verb>{_INFINITIVE})\s*(?=[.;]|$)|"
    rf"\bdass\s+(?:der|die|das)\s+(?P<owner2>{_AGENT})\s+(?P<rest2>[^,;.]*?)(?P<verb2>{_INFINITIVE})\s+(?:werde|wird|werden)\b"
)
"""A follow-up a speaker announces for an actor in reported speech, with a time ("…, der Bauhof werde den Rückschnitt
in der kommenden Woche vornehmen", "…, dass das Gutachterbüro den Entwurf im ersten Quartal 2023 vorlegen werde"); a
report's "würde" with a time is its future too ("Die Gemeindeverwaltung würde im Laufe des kommenden Jahres eine
Abfrage durchführen")."""
SOON = re.compile(r"\b(?:Woche|Quartal|Monat|Sitzung|sitzung)\b|\b(?:im|bis|ab)\s+(?:" + MONTHS + r")\b")
_GENDER = {
    "die": r"(?:Stadt|Gemeinde|Kreis|Amts)?[Vv]erwaltung|Stadt|Gemeinde|Fraktion(?:en)?|\w*(?:in|ätin|[Ff]irma|[Bb]ehörde|werke"
    r"|versammlung|vertretung|gruppe|schüsse|räte)",
    "das": r"\w*(?:[Aa]mt|büro|[Uu]nternehmen|werk|[Gg]remium)",
}


_NOT_DONE = frozenset(
    "sein haben werden bleiben erhalten bekommen profitieren sparen verlieren kosten müssen können dürfen".split()
)
"""Infinitives of a consequence or a state, not of an act ("Die Stadt wird dadurch viel Geld sparen")."""


def announced(text: str, untimed: bool = False) -> Task | None:
    """The actor of an announced follow-up (:data:`_ANNOUNCED`) when it is the subject and a time is given; with
    ``untimed`` also without a time, when the verb names an act ("Der Landkreis wird die Hinweise ins Verfahren
    einbringen", "…, dass die Fraktionen die Thematik besprechen werden")."""
    for match in _ANNOUNCED.finditer(text):
        owner = match.group("owner") or match.group("owner2")
        article = text[: match.start("owner" if match.group("owner") else "owner2")].split()[-1].lower()
        wanted = next((a for a, nouns in _GENDER.items() if re.fullmatch(nouns, owner)), "der")
        clause = match.group(0)
        if article != wanted or re.search(r"\b(?:nicht|kein\w*)\b", clause):
            continue
        if FUTURE.search(clause) or SOON.search(clause) or due_of(clause):
            return Task(clean_owner(owner))
        if (match.group("aux") or "").startswith("wü"):
            continue  # without a time, "würde" is what would be done, not a plan
        ends = re.fullmatch(r"\s*[.;]?\s*", text[match.end() :]) is not None  # "…, dass … einbezogen wird, noch …"
        if untimed and ends and (match.group("verb") or match.group("verb2")) not in _NOT_DONE:
            return Task(clean_owner(owner))
    return None


_PLANNED_EVENT = re.compile(
    r"\b(?:geplante|vorgesehene|anstehende|bevorstehende)[nmrs]?\s+(?P<event>[A-ZÄÖÜ]\w*(?:veranstaltung|versammlung|"
    r"begehung|besichtigung|anhörung|konferenz|workshop|befragung|einweihung|eröffnung|feier|schau))\b"
    r"(?:\s+(?:des|der)\s+(?P<owner>[A-ZÄÖÜ][\w-]*))?"
)
"""An event planned by someone ("die geplante Informationsveranstaltung des Sozialreferates am 06.04.2016")."""


def planned_event(ctx: ItemContext, text: str) -> Task | None:
    """The organiser's task for a planned event the sentence dates after the session, if any."""
    match = _PLANNED_EVENT.search(text)
    if match is None or not re.search(r"\d", due_of(text)) or not later(ctx, text):
        return None
    owner = match.group("owner") or ""
    if owner.endswith("es") and len(owner) > 6:
        owner = owner[:-2]  # "des Sozialreferates" → "Sozialreferat"
    elif owner.endswith("s") and len(owner) > 5:
        owner = owner[:-1]
    return Task(clean_owner(owner)) if owner else Task("Verwaltung", ("owner",))


_HAPPENS = re.compile(
    r"\b(?:erfolg(?:t|e|en)|beginn(?:t|e|en)|start(?:et|e|en)|stattfinden|find(?:et|e|en)\b[^.;]*?\bstatt)\b|"
    r"\b(?:ist|sei|sind|seien)\b[^.;]*?\b(?:vorgesehen|geplant|terminiert|angekündigt)\b|"
    r"\b(?:hat|habe|haben|hätte|hätten)\b[^.;]*?\b(?:angekündigt|zugesagt|in Aussicht gestellt)\b"
)
"""A measure that happens, is planned or was announced by a third party."""
_THIRD_PARTY = re.compile(rf"(?:^|[,;:]\s*|\bdass\s+)(?:der|die|das)\s+(?P<owner>{_DOER})\s+(?:hat|habe|haben|hätte|hätten)\b")
_NOT_SCHEDULED = re.compile(
    r"\b(?:wurde|wurden|worden|war|waren|hatte|hatten|erfolgte|begann|fand|nicht|kein\w*|bereits|schon)\b|"
    r"\b(?:Sitzung|Termin)\w*\s+(?:findet|finde|beginnt|beginne|ist|sei)\b|"
    r"\b(?:ist|sind|sei|seien)\b[^.;]*?\b(?:erfolgt|begonnen|gestartet)\b"
)
"""Past or negated happenings (also in the perfect: "Die Bekanntmachung ist am 30. Juni im Amtsblatt erfolgt"), and
the dates of meetings themselves ("Die nächste Sitzung findet am … statt")."""
_SUBJECT = re.compile(r"(?:^|\s)(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en)\s+(?:[a-zäöüß]\w*\s+)?(?P<noun>[A-ZÄÖÜ][\w-]+)")
_WORK = re.compile(r"(?:ung|ungen|arbeiten|maßnahmen?|bau|tausch|schnitt|beginn|start|ortstermin|gespräch)$")
_EVENT = re.compile(r"(?:versammlung|sitzung|veranstaltung|feier|eröffnung|sprechstunde|wahl)$")
"""A measure is work named by a noun of action ("Ausschreibung", "Austausch", "Baubeginn"); an event's date ("Die
Einwohnerversammlung findet am … statt") or a season's start ("Die Saison beginnt im Mai") is no task."""
_NAMED_TIME = re.compile(rf"\b(?:{MONTHS}|Herbst|Frühjahr|Sommer|Winter|Quartal|Jahresende|20\d\d|Ostern|Pfingsten|Weihnachten|\w*ferien)\b|\d{{1,2}}\.\d{{1,2}}\.")


def scheduled(ctx: ItemContext, text: str) -> Task | None:
    """A measure the sentence schedules for a named later time, reported or not ("die Ausschreibung erfolge im
    Herbst", "Die Maßnahme ist im Frühjahr 2023 vorgesehen", "das Unternehmen habe den Baubeginn für das dritte
    Quartal angekündigt"): the agent's or the third party's task, else the administration's (derived)."""
    for happens in _HAPPENS.finditer(text):
        start = max(text.rfind(",", 0, happens.start()), text.rfind(";", 0, happens.start()), text.rfind(":", 0, happens.start()))
        stop = min((at for at in (text.find(",", happens.end()), text.find(";", happens.end())) if at >= 0), default=len(text))
        clause = text[start + 1 : stop]
        if _NOT_SCHEDULED.search(clause) or not _NAMED_TIME.search(due_of(clause)) or not later(ctx, clause):
            continue
        nouns = [m.group("noun").lower() for m in _SUBJECT.finditer(clause)]
        if not any(_WORK.search(noun) and not _EVENT.search(noun) for noun in nouns):
            continue
        if third := _THIRD_PARTY.search(text[max(start, 0) :]):
            return Task(clean_owner(third.group("owner")))
        if happens.group(0).startswith(("hat", "habe", "hätte")):
            continue
        if agent := AGENT.search(clause):
            return Task(clean_owner(_doer(agent.group("agent") or agent.group("by"))))
        return Task("Verwaltung", ("owner",))
    return None


_ELSEWHERE = re.compile(
    rf"\b(?:entscheidet|entscheide|berät|berate|beschließt|beschließe|befasst\s+sich|befasse\s+sich)\s+"
    rf"(?:abschließend\s+|endgültig\s+|dann\s+)?(?:der|die|das)\s+(?P<body>{BODY})\b[^.;]*?"
    rf"\b(?:[Ss]itzung|am\s+\d|(?P<after>nach\s+(?:Vorliegen|Abschluss|Abstimmung|Prüfung|Eingang)\b))|"
    rf"\b(?:trifft|treffe)\s+(?:dann\s+)?(?:der|die|das)\s+(?P<body2>{BODY})\b[^.;]*?\bEntscheidung\b|"
    rf"\bEntscheidung\b[^.;]*?\b(?:trifft|treffe)\s+(?:dann\s+)?(?:der|die|das)\s+(?P<body3>{BODY})\b"
)
"""Another body that decides the matter in a session to come ("Hierüber entscheide der Stadtrat in seiner heutigen
Sitzung", "Die endgültige Entscheidung trifft der Kreistag")."""


def decided_elsewhere(own_body: str, text: str) -> Task | None:
    """The task of another body than the minutes' own that is to decide the matter, if the sentence names one."""
    match = _ELSEWHERE.search(text)
    if match is None or re.search(r"\b(?:nicht|kein\w*|hat|hatte|wurde)\b", text):
        return None
    body = clean_owner(match.group("body") or match.group("body2") or match.group("body3"))
    if own_body and body.lower() in own_body.lower() and not match.group("after"):
        return None  # "Hierüber entscheide der Stadtrat in seiner heutigen Sitzung": its own session, now
    return Task(body)


_BODY_WILL = re.compile(
    rf"^(?:Der|Die|Das)\s+(?P<body>{BODY})\s+(?:wird|werden)\s+(?:sich\s+)?(?:[^.;,]{{0,80}}?\s)?"
    r"(?:entscheiden|beraten|befassen|beschließen|abstimmen|behandeln)\b"
    rf"|^[^.;,]{{0,80}}?\b(?:wird|werden)\s+(?:sich\s+)?(?:dann\s+|abschließend\s+)?(?:der|die|das)\s+(?P<inverted>{BODY})\s+"
    r"(?:[^.;,]{0,80}?\s)?(?:entscheiden|beraten|befassen|beschließen|abstimmen)\b"
    rf"|^(?:[A-ZÄÖÜ]?[a-zäöüß]+\s+){{0,2}}?(?:entscheiden|beraten|beschließen|abstimmen)\s+(?:wird|werden)\s+(?:dann\s+)?"
    rf"(?:der|die|das)\s+(?P<fronted>{BODY})\b"
)
"""A body as the subject of a deliberation in the future ("Der Bauausschuss wird sich am 4. Juni 2020 mit den Varianten
befassen", "Der Stadtrat wird dann entscheiden, welche Variante …", "Über die Ausgestaltung wird der Bauausschuss im März
entscheiden", "Endgültig entscheiden wird der Gemeinderat …"): the body's task."""


def body_will(text: str) -> Task | None:
    """The body that will deliberate, as :data:`_BODY_WILL` reads it, unless the sentence negates it."""
    match = _BODY_WILL.match(text)
    if match is None or re.search(r"\b(?:nicht|kein\w*)\b", text):
        return None
    return Task(clean_owner(match.group("body") or match.group("inverted") or match.group("fronted")))


SCHEDULED = re.compile(
    rf"\b(?:Beschluss|Beschlussfassung|Entscheidung|Beratung)\s+(?:des|der)\s+(?P<body>{BODY}\w*)\b[^.]*?"
    rf"\b(?:am|bis zum)\s+\d{{1,2}}{DOT}\d{{1,2}}{DOT}\d{{4}}"
)
"""A deliberation scheduled for a date: "Der Beschluss des Rates würde am 22.12.2022 anstehen"."""
ON_AGENDA_OF = re.compile(
    r"\b(?:ist|sind|wird|werden)\s+(?:[a-zäöüß]+\s+)?für\s+(?:die|den)\s+(?:[\wäöü.]+\s+){0,3}?"
    r"(?:Sitzung|Tagesordnung)\b[^.;]*\b(?:vorgesehen|geplant|angesetzt|terminiert)\b"
)
"""A matter put on a later session ("Das Thema ist für die Sitzung am 4.11.2020 vorgesehen."): the body that meets
takes it up."""
_PUT_ON_AGENDA = re.compile(
    r"\b(?:möchte|will|wolle|wird|werde|soll|sollen)\b(?![^.;]*\b(?:nicht|kein\w*)\b)[^.;]{0,120}?\b(?:nächsten|kommenden|folgenden)\b"
    r"[^.;]{0,80}?\b(?:auf|in)\s+die\s+Tagesordnung\s+(?:nehmen|setzen|aufnehmen)\b"
)
"""A matter someone will put on a later session's agenda ("möchte diesen Sachverhalt im nächsten Bauausschuss mit auf die
Tagesordnung nehmen")."""


def put_on_agenda(text: str, found: Found | None) -> Task | None:
    """The task of putting a matter on a later agenda: the named speaker's, else the administration's (derived)."""
    if not _PUT_ON_AGENDA.search(text):
        return None
    if found is not None and not found.speakers[0].office_only:
        return Task(found.speakers[0].person)
    return Task("Verwaltung", ("owner",))


_LATER_DELIBERATION = re.compile(
    rf"\b(?:entscheidet|entscheiden|berät|beraten|befasst|befassen|tagt|tagen)\s+(?:sich\s+)?(?:dann\s+|erneut\s+)?"
    rf"(?:der|die|das)\s+(?P<body>{BODY})\b"
    rf"|^(?:Der|Die|Das)\s+(?P<first>{BODY})\s+(?:entscheidet|berät|befasst\s+sich|tagt)\b"
)
_BACK_ON_TABLE = re.compile(
    r"\b(?:kommt|kommen)\b[^.;]{0,60}\b(?:erneut|wieder|noch\s+einmal|nochmals)\b[^.;]{0,40}"
    r"\bauf\s+(?:den\s+Tisch|die\s+Tagesordnung)\b"
)


_REPORTS_REGULARLY = re.compile(
    rf"^(?:\d{{1,2}}\.\s+)?(?:Der|Die|Das)\s+(?P<owner>[A-ZÄÖÜ][\w-]+)\s+(?:berichtet|informiert|unterrichtet)\b[^.;]*"
    rf"\b(?:{RECURRING.pattern}|regelmäßig)\b"
)
"""A report owed again and again ("Die Amtsdirektorin berichtet dem Amtsausschuss halbjährlich über …")."""
_TAKES_PLACE = re.compile(r"^(?:Eine?|Die|Der|Das)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ]\w*\s+(?:erfolgt|erfolgen)\b")
"""An act of the administration that takes place later ("Eine neue Ausschreibung erfolgt im Mai")."""
_INTENDS = re.compile(
    rf"\b(?:will|wollen|möchte|möchten)\s+(?:die|der|das)\s+(?P<owner>{_ACTOR})\b"
    rf"|^(?:Die|Der|Das)\s+(?P<owner2>{_ACTOR})\s+(?:will|wollen|möchte|möchten)\b"
)
"""An office that means to act at a later time ("… will die Stadt im Januar mit den Schwimmvereinen sprechen")."""


def later_act(ctx: ItemContext, text: str, own_body: str) -> Task | None:
    """An act after the session said in the present: a report owed regularly ("Die Wehrleitung berichtet dem Rat
    jährlich über …"); with a later time, a body's deliberation ("über die Aufnahme entscheidet der Rat im Dezember"), a
    matter back on the table ("Das Thema kommt im April erneut auf den Tisch"), an act of the administration ("Eine neue
    Ausschreibung erfolgt im Mai"), an office's intention ("will die Stadt im Januar … sprechen")."""
    if re.search(r"\bnicht\b", text):
        return None
    if regular := _REPORTS_REGULARLY.match(text):
        return Task(clean_owner(regular.group("owner")))
    if not later(ctx, text):
        return None
    if match := _LATER_DELIBERATION.search(text):
        return Task(clean_owner(match.group("body") or match.group("first")))
    if _BACK_ON_TABLE.search(text):
        return Task(own_body or "Verwaltung", () if own_body else ("owner",))
    if _TAKES_PLACE.match(text):
        return Task("Verwaltung", ("owner",))
    if intends := _INTENDS.search(text):
        return Task(clean_owner(intends.group("owner") or intends.group("owner2")))
    return None
