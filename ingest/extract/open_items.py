"""Tasks and follow-ups: who has to do what by when.

Minutes state a task in a handful of grammatical shapes, each with its own way to the owner:

- addressed: "Der Oberbürgermeister wird gebeten, …", "beauftragt die Verwaltung, …", "die
  Verwaltung mit der Ausschreibung … beauftragen" — the one addressed;
- promised: "Frau Dirks sagt zu, …", "Der Landrat verpflichtet sich, …", "Frau Lindner wird die
  Anlieger anschreiben" — the speaker;
- planned: a passive or modal sentence about the future ("Bis Ende März werden die
  Einwendungen gesichtet", "Es soll eine erneute Beratung … im Haupt- und Finanzausschuss
  erfolgen", "Dies wird in der nächsten Gemeinderatssitzung besprochen"), or a passive task of a
  resolution ("Die Ortsteilräte werden … informiert") — the agent ("durch das Amt für Ortsteile"),
  the body where a deliberation takes place, else the administration (a derived owner);
- deferred or referred with a target ("… in die nächste Sitzung des Stadtrats verschoben", "an den
  Entwicklungsausschuss zu verweisen", the status line "Beschluss: verwiesen in den Bauausschuss") — the target body.

Sub-points of an addressed sentence ("3. Der erste Bürgermeister wird ermächtigt, a) … b) …") are
one item each with the same owner. Status starts open; :meth:`assistant.stores.records.RecordStore.
link_settlements` marks an item settled when a later document takes it up.
"""

from __future__ import annotations

import re

from assistant.models import OpenItem
from assistant.vocab import Stance
from ingest.extract import speakers
from ingest.extract import task_cues as cues
from ingest.extract.common import DOT, SECTION_HEAD, ItemContext, Unit, cut_off, unmask
from ingest.extract.dues import CONDITION, MONTHS, due_of
from ingest.extract.lemmas import main_clause, verb_lemma
from ingest.extract.positions import find_speaker, is_speaker
from ingest.extract.referrals import (
    ADOPTS,
    BODY,
    DEFERRED,
    Task,
    clean_owner,
    deferral,
    proposed_referral,
    task_restates,
)
from ingest.extract.resolutions import ACTOR as _ACTOR
from ingest.extract.resolutions import GRANT, resolves_to
from ingest.extract.stances import STANCE_OF

_FUTURE = re.compile(
    r"\b(?:nächste[nr]?|kommende[nr]?|demnächst|zeitnah|später|anschließend|"
    r"[Bb]is\s+(?:zum\s+|zur\s+|Ende\s+|Mitte\s+|Anfang\s+)?(?:\d|" + MONTHS + r"|"
    r"Herbst|Frühjahr|Sommer|Winter|Jahresende)|im (?:Herbst|Frühjahr|"
    r"Sommer|Winter)|in (?:einer|der) \w*[Ss]itzung|in der\b[^;]{0,40}?sitzung|"
    r"(?:Anfang|Mitte|Ende)\s+(?:" + MONTHS + r")|weitere[nr]?\s+Sitzung)\b"
)
_PARTICIPLE = r"(?:[a-zäöü]*ge[a-zäöü]+[tn]|[a-zäöü]+iert|(?:be|ver|er|ent|zer|über)[a-zäöü]+(?:en|t))"
_PASSIVE = re.compile(
    rf"\b{_PARTICIPLE}\s+(?:und\s+[a-zäöü]+\s+)?(?:wird|werden|werde)\b|\b(?:wird|werden|werde|würden)\b[^;]*?\b{_PARTICIPLE}\b"
)
_MODAL = re.compile(
    r"\b(?:soll|sollen|solle)\b|\b(?:muss|müssen|müsse)\b[^,;]*\b(?:noch|zunächst|vorher|erst)\b|"
    r"\b(?:noch|zunächst|vorher|erst)\b[^,;]*\b(?:muss|müssen|müsse)\b"
)
_GERUND = re.compile(
    r"\b(?:ist|sind)\b(?!,)[^;]*?\bzu\s+(?!erwarten|rechnen|befürchten|vermuten|hoffen|erkennen|sehen)[a-zäöü]+en\b|"
    r"\b(?:ist|sind)\b(?!,)[^;,]*?\b(?!auszugehen|anzunehmen|festzustellen|abzuwarten)[a-zäöü]{2,}zu[a-zäöü]{3,}en\b|"
    r"\b[a-zäöü]+zu[a-zäöü]{3,}en\s+(?:ist|sind)\b"
)
_DECIDED = re.compile(
    r"\b(?:abgelehnt|(?:mit)?beschlossen|angenommen|zugestimmt|zur Kenntnis genommen|bestätigt|gewährt|genehmigt|"
    r"gebilligt|verabschiedet|erteilt|festgestellt|festgesetzt|abgewogen|zurückgewiesen|gewählt|bestellt|entlastet|"
    r"beigefügt|beigelegt)\b"
)
"""Passives that report the decision itself, not a task after it."""
_ADOPTED_PROPOSAL = re.compile(
    r"\b(?:Vorschlag|Antrag|Anregung)\b[^.]*\bzu\s+[a-zäöü]+en\b[^.]*\b(?:angenommen|zugestimmt|beschlossen)\b"
)
_ACTOR_MODAL = re.compile(
    rf"\b(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?P<owner>{_ACTOR})\s+(?:[^,;.]{{0,80}}\s)?(?:soll|solle|sollen)\b(?!\s+\w+\s+werden)|"
    rf"\b(?:soll|solle)\s+(?:[a-zäöü]+\s+)?(?:der|die|das)\s+(?P<inv>{_ACTOR})\s+[^,;.]*\b[a-zäöü]+en\b"
)
"""An office as the subject of "soll" ("dass … die Verwaltung 2-3 Standorte … benennen und prüfen soll", "hier solle
das Fachamt prüfen, …"): its task."""
_ACTOR_ACTS = re.compile(
    rf"^(?:\d{{1,2}}\.\s+)?(?:Die|Der|Das)\s+(?P<owner>{_ACTOR})\s+(?!wird\b|ist\b|hat\b|kann\b|soll\b|muss\b)"
    r"(?P<verb>[a-zäöü]+t)\b(?![^.]*\b(?:wurde|hatte|war)\b)"
)
"""An office acting in the present tense inside a resolution ("Die Verwaltung unterstützt den Verein bei …")."""


_ARTICLE = {
    "die": r"(?:Stadt|Gemeinde|Kreis|Amts)?[Vv]erwaltung|Stadt|Gemeinde|\w*(?:in|ätin)",
    "das": r"\w*[Aa]mt",
}


def _subject(match: re.Match[str], text: str) -> bool:
    """True when the office of ``match`` is the subject: its article is nominative ("die Verwaltung", "der
    Bürgermeister", "das Fachamt") and no preposition governs it ("seitens der Verwaltung … soll")."""
    group = "owner" if match.group("owner") else "inv"
    office, at = match.group(group), match.start(group)
    article = re.search(r"(\w+)\s+$", text[:at])
    word = article.group(1).lower() if article else ""
    before = re.search(r"(\w+)\s+\w+\s+$", text[:at])
    if before and before.group(1).lower() in (
        "seitens",
        "von",
        "vom",
        "bei",
        "mit",
        "durch",
        "für",
        "an",
        "zu",
        "nach",
        "aus",
    ):
        return False
    wanted = next((a for a, nouns in _ARTICLE.items() if re.fullmatch(nouns, office)), "der")
    return word == wanted


def _reports(verb: str, text: str) -> bool:
    """True for a verb of speech ("Die Bürgermeisterin stellt den Sachverhalt dar", "Der Bürgermeister beantragt,
    …"): a contribution, no task ("Die Verwaltung unterstützt den Verein" is one)."""
    stance = STANCE_OF.get(verb_lemma(verb, main_clause(text[text.index(verb) + len(verb) :])))
    return stance is not None and stance not in (Stance.SUPPORTS, Stance.OPPOSES)


_DOER = (
    rf"(?:{_ACTOR}|[A-ZÄÖÜ]\w*(?:büro|[Uu]nternehmen|[Ff]irma|[Vv]erband|[Bb]etrieb|werke?|[Bb]ehörde|[Tt]räger))"
)
_INFINITIVE = r"\b(?!ge)[a-zäöü]{3,}(?:en|ern|eln)"
_ANNOUNCED = re.compile(
    rf"(?:^|[,;:]\s*|\bdass\s+)(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?P<owner>{_DOER})\s+(?:werde|wird|werden)\s+"
    rf"(?P<rest>[^,;.]*?){_INFINITIVE}\s*(?=[.;]|$)|"
    rf"\bdass\s+(?:der|die|das)\s+(?P<owner2>{_DOER})\s+(?P<rest2>[^,;.]*?){_INFINITIVE}\s+(?:werde|wird)\b"
)
"""A follow-up a speaker announces for an actor in reported speech, with a time ("…, der Bauhof werde den Rückschnitt
in der kommenden Woche vornehmen", "…, dass das Gutachterbüro den Entwurf im ersten Quartal 2023 vorlegen werde")."""
_SOON = re.compile(r"\b(?:Woche|Quartal|Monat|Sitzung|sitzung)\b|\b(?:im|bis|ab)\s+(?:" + MONTHS + r")\b")
_GENDER = {
    "die": r"(?:Stadt|Gemeinde|Kreis|Amts)?[Vv]erwaltung|Stadt|Gemeinde|\w*(?:in|ätin|[Ff]irma|[Bb]ehörde|werke)",
    "das": r"\w*(?:[Aa]mt|büro|[Uu]nternehmen|werk)",
}


def _announced(text: str) -> Task | None:
    """The actor of an announced follow-up (:data:`_ANNOUNCED`) when it is the subject and a time is given."""
    for match in _ANNOUNCED.finditer(text):
        owner = match.group("owner") or match.group("owner2")
        article = text[: match.start("owner" if match.group("owner") else "owner2")].split()[-1].lower()
        wanted = next((a for a, nouns in _GENDER.items() if re.fullmatch(nouns, owner)), "der")
        clause = match.group(0)
        if article != wanted or re.search(r"\b(?:nicht|kein\w*)\b", clause):
            continue
        if _FUTURE.search(clause) or _SOON.search(clause) or due_of(clause):
            return Task(clean_owner(owner))
    return None


_NEXT_PAPER = re.compile(
    r"\b(?:zum|zur|bis zum|bis zur) nächsten \w+ eine \w*[Vv]orlage\b[^.]*\b(?:erarbeiten|vorzulegen|vorlegen)"
)
_DELIBERATE = re.compile(
    r"\b(?:berat\w*|Beratung|besprochen|besprechen|diskutiert|diskutieren|entschieden|entscheiden|behandelt|behandeln|"
    r"befass\w*|beschlossen|beschließen|Beratungen|\w*[Ee]ntscheidung)\b"
)
_AGENT = re.compile(
    r"\b(?:durch|seitens)\s+(?:das|den|die|der|dem|des)\s+(?:zuständigen?\s+)?(?P<agent>[A-ZÄÖÜ][\w-]*(?:\s+(?:für|der|des)\s+[A-ZÄÖÜ][\w-]*)?)|"
    r"\bvon\s+(?:der|dem)\s+(?P<by>(?:beauftragten\s+|zuständigen\s+)?[A-ZÄÖÜ][\w-]*(?:\s+aus\s+[A-ZÄÖÜ][\w-]*)?)\s+"
    r"(?:[a-zäöü]+\s+)?(?:vorgetragen|vorgestellt|vorgelegt|erstellt|erarbeitet|geprüft|durchgeführt|erledigt)"
)
_SCHEDULED = re.compile(
    rf"\b(?:Beschluss|Beschlussfassung|Entscheidung|Beratung)\s+(?:des|der)\s+(?P<body>{BODY}\w*)\b[^.]*?"
    rf"\b(?:am|bis zum)\s+\d{{1,2}}{DOT}\d{{1,2}}{DOT}\d{{4}}"
)
"""A deliberation scheduled for a date: "Der Beschluss des Rates würde am 22.12.2022 anstehen"."""
_STANDING = re.compile(
    r"\b(?:weiterhin|grundsätzlich|jeweils|jährlich|regelmäßig|stets|laufend|alle (?:\w+ )?(?:Jahre|Monate))\b|"
    r"^(?:\d{1,2}\.\s+)?(?:Bei|Für)\s+(?:jede[mnr]?|alle[nm]?|künftige[nm]?|zukünftige[nm]?|der|dem|den|Abschluss|neue[nm]?)\b"
)
"""What holds from now on rather than what someone has to do once."""
_REPORT_BACK = re.compile(
    r"\b(?:berichte\w*|vorgestellt|vorstellen|vorgelegt|vorlegen|vorgetragen|vortragen|informieren)\b"
)
"""A report announced for later: what a speaker says will be reported is a task, other plans they report are not."""
_OWN_NEXT = re.compile(
    r"\b(?:in|zur|bis zur|auf)\s+(?:der|die|einer|eine)\s+(?:nächsten|kommenden|folgenden)\s+Sitzung\b(?!\s+(?:des|der)\b)"
)
_PLACE = re.compile(
    rf"\bSitzung(?:en)?\s+des\s+(?P<gen>(?:[\w]+-\s+und\s+)?{BODY})|"
    rf"\b(?:im|in der|in einer|in die)\s+(?:nächsten\s+|kommenden\s+)?(?P<place>(?:[\w]+-\s+und\s+)?{BODY})\b|\b(?P<compound>[A-ZÄÖÜ][\w-]*?(?:rat|ausschuss|kreistag|beirat))s?sitzung\b|"
    r"\bin\s+(?:den|allen)\s+(?:[a-zäöü]+en\s+)*(?P<plural>[\w-]*(?:Gremien|[Aa]usschüssen))\b"
)
_ENUM = re.compile(r"^(?:\d{1,2}\.|[a-z]\)|[IVX]+\.)\s")
_RESOLUTION_HEAD = re.compile(
    r"^(?:Beschluss(?:vorschlag|empfehlung|text|fassung)?|Es wird folgender Beschluss gefasst)\b|beschl(?:ießt|oss)\b[^.]*:$"
)
_SUB_POINT = re.compile(r"^(?:[a-z]\)|\d{1,2}\s*[-–)]|[-–•])\s*\S")
"""A sub-point of the sentence before: "a) …", "1- …", "2) …", "- …"."""
_RESOLVES_LIST = re.compile(r"\bbeschließ\w*\b[^.]*:$")
_INDICATIVE_REPORT = re.compile(r"\b(?:wurde|wurden|worden|hatte|hat)\b")


def _nominal(text: str) -> bool:
    """A sub-point without a finite verb ("1- Zügiger Bau eines Feuerwehrhauses"): a measure to carry out."""
    return not re.search(
        r"\b(?:wird|werden|ist|sind|hat|haben|soll|sollen|kann|muss|nimmt|beschließt|stimmt|erfolgt|bleibt)\b",
        text,
    )


def _planned_owner(text: str, body: str = "") -> Task:
    if _DELIBERATE.search(text) and (place := _PLACE.search(text)):
        return Task(
            clean_owner(
                place.group("gen") or place.group("place") or place.group("compound") or place.group("plural")
            )
        )
    if body and _DELIBERATE.search(text) and _OWN_NEXT.search(text):
        return Task(body)  # "Das Thema wird in der nächsten Sitzung erneut beraten": the body itself
    if agent := _AGENT.search(text):
        return Task(clean_owner(agent.group("agent") or agent.group("by")))
    return Task("Verwaltung", ("owner",))


_REASON = re.compile(r",\s*(?:da|weil|zumal|denn)\b[^,;]*")
"""A clause that gives a reason ("…, da damit der Bau finanziert werde"): never the task itself."""
_STATE = re.compile(r"\b(?:bleiben|bleibt|bleibe|nach wie vor)\b")
"""What stays as it is ("… sollen angeschlossen bleiben") is no task."""


_NEXT_TIME = re.compile(
    r"\b(?:mit dem|mit der|in der|zur|zum|bis zur|bis zum)\s+(?:nächsten|kommenden)\s+"
    r"(?:[A-ZÄÖÜ]\w*[Ss]itzung|Sitzung|Protokoll|Niederschrift|Einladung|Woche|Monat|Jahr|Quartal|Termin|Beratung|Haushalt)"
)
"""A time of the present-tense sentence that states a plan ("Ein Antwortschreiben erhalten alle Gemeinderäte mit dem
nächsten Protokoll", "Die Vorlage ist in der nächsten Stadtratssitzung drin"); "zur nächsten Geburtsklinik" is a
place."""
_ASKS_FOR_LATER = re.compile(
    r"\b(?:bittet|bat|schlägt|schlug|regt|regte)\b(?:[^,.;]|(?<=[A-Z][a-z])\.){0,60},"
    r"(?=[^.;]*\b(?:nächste|kommende|folgende)[nr]?\s+\w*[Ss]itzung)[^.;]*\b(?!(?:zu\s+)?(?:verschieben|vertagen|verweisen)\b|(?:zurück|ab)zu)"
    r"(?:zu\s+[a-zäöü]+en|[a-zäöü]+zu[a-zäöü]{3,}en)\b"
)
"""A member asking for something to be done in a later session ("bittet darum, im Rahmen einer kommenden
Gremiensitzung einen Sachstand … vorzutragen", "schlägt vor, in der nächsten Sitzung … einen Sachstand
vorzutragen"): a task for the administration, which prepares the sessions. A request to defer the item is no task
of its own: the deferral, when the body agrees, is (:data:`ingest.extract.referrals.DEFERRED`)."""
_PAST = re.compile(r"\b(?:wurde|wurden|worden|konnte|konnten|war|waren|hatte|hatten)\b")


def _later(ctx: ItemContext, text: str) -> bool:
    """True when ``text`` names a time after the session: the next session, a month or season, a condition, a
    span, or a date (or year) not before the session's own."""
    due = due_of(text)
    session = ctx.document.meta.date or ""
    if not due:
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", due):
        return not session or due >= session
    if re.fullmatch(r"\d{4}", due):
        return not session or due >= session[:4]
    return True


def _task(ctx: ItemContext, unit: Unit, in_resolution: bool) -> Task | None:
    text = _REASON.sub("", unit.text)
    if cues.ATTENDANCE.search(text):
        return None
    if match := cues.PROMISED.search(text):
        return Task(clean_owner(match.group("owner") or match.group("owner2")))
    if (match := cues.AGREED.search(text)) and not re.search(r"\b(?:nicht|kein\w*)\b", text):
        if match.group("owner"):
            return Task(clean_owner(match.group("owner")))
        if re.search(r"\b(?:zu)?künftig\b", text) or _FUTURE.search(text) or _SOON.search(text) or due_of(text):
            # an agreement on a later act, not on how the session goes on ("… die Seiten einzeln durchzugehen")
            return Task("Verwaltung", ("owner",))
    narrative = bool(re.search(r"\b(?:wurde|wurden|worden|musste|mussten|war|waren|hatte|hatten)\b", text))
    suggestion = bool(re.search(r"\bsollte\b|\bsollten\b", text)) and not in_resolution
    if suggestion or (narrative and not in_resolution):
        return None  # a suggestion nobody adopted yet, or a report of what was
    if (match := cues.ADDRESSED.search(text)) or (match := cues.ADDRESSED_INVERTED.search(text)):
        return Task(clean_owner(match.group("owner")))
    if (
        (match := cues.ACTIVE.search(text))
        or (match := cues.ACTIVE_MIT.search(text))
        or (match := cues.ACTIVE_INFINITIVE.search(text))
    ):
        if re.match(cues.NO_ADDRESSEE, match.group("owner")):
            return None  # the chair asking the room (a minute's silence, a question), or a thing, not a task
        return Task(clean_owner(match.group("owner")))
    if (match := cues.EXPECTS_OFFICE.search(text)) and speakers.find(text) is not None:
        return Task(clean_owner(match.group("owner")))
    if _ASKS_FOR_LATER.search(text) and speakers.find(text) is not None:
        return Task("Verwaltung", ("owner",))
    if match := cues.SELF_COMMIT.search(text):
        return Task(clean_owner(match.group("owner")))
    if in_resolution and (match := _ACTOR_ACTS.match(text)) and not _reports(match.group("verb"), text):
        return Task(clean_owner(match.group("owner")))
    if (match := _ACTOR_MODAL.search(text)) and not re.search(r"\bnicht\b", text) and _subject(match, text):
        return Task(clean_owner(match.group("owner") or match.group("inv")))
    if in_resolution and (resolved := resolves_to(_REASON.sub("", unit.text))) is not None:
        return Task(clean_owner(resolved[0]), resolved[1])
    if match := cues.OFFICE_PROMISE.match(text):
        return Task(clean_owner(match.group("owner")))
    if (announced := _announced(text)) is not None:
        return announced
    found = speakers.find(text)
    if found is not None and cues.PROMISE.search(found.rest.strip()):
        return Task(found.speakers[0].person)
    if DEFERRED.search(text):
        return deferral(ctx, text)
    if match := _SCHEDULED.search(text):
        return Task(clean_owner(match.group("body")))
    if _NEXT_PAPER.search(text) or _ADOPTED_PROPOSAL.search(text):
        return Task("Verwaltung", ("owner",))
    decided = _DECIDED.search(text) and not (
        re.search(rf"{_DECIDED.pattern}\s+werden\b", text)
        and (_PLACE.search(text) or _FUTURE.search(text))
        and not re.search(r"\bmit\w+\s+werden\b", text)  # "soll … mitbeschlossen werden": now
    )  # "… soll … im Kreistag beraten und beschlossen werden" is still to do
    if in_resolution and GRANT.search(text):
        decided = None  # a grant the resolution makes: the administration pays it out
    if re.search(r"\bnicht\b(?!\s+nur\b)", text) or decided or _STATE.search(text):
        return None
    if re.search(r"(?<!\bzu )\b(?:kann|können|könnte|könnten|dürfen|darf)\b", text) and not re.search(
        r"\bdass\b", text
    ):
        return None  # a possibility, not a task
    timed = bool(_FUTURE.search(text) or CONDITION.search(text) or _later(ctx, text))
    deliberation = bool(_DELIBERATE.search(text) and _PLACE.search(text))
    modal = _MODAL.search(text)
    required_first = modal is not None and not modal.group(0).startswith("sol")  # "muss zunächst …"
    planned = required_first or (
        bool(modal or _PASSIVE.search(text) or _NEXT_TIME.search(text)) and (timed or deliberation or in_resolution)
    )
    if planned or (in_resolution and _GERUND.search(text)):
        if _STANDING.search(re.sub(r"\([^)]*\)", "", text)) and not timed:
            return (
                None  # a standing rule ("ist weiterhin vorzuhalten", "Bei … ist … zu vereinbaren"), no task
            )
        if (
            found is not None
            and found.how != "inverted"
            and not re.search(r"\bdass\b|,\s[^,]*\b(?:werde|würden)\b", found.rest)  # or a reported clause
        ):
            return None  # a speaker's own statement without a reported plan
        if (
            found is not None
            and not found.speakers[0].office_only
            and not (deliberation or _AGENT.search(text) or (timed and _REPORT_BACK.search(text)))
        ):
            return (
                None  # a plan a member reports is no task unless a body deliberates or someone reports back
            )
        return _planned_owner(text, _own_body(ctx))
    return None


_THEN = re.compile(r"\s+und\s+(?=(?:anschließend|danach|dann|im\s+Anschluss)\b)")


def _in_turn(ctx: ItemContext, unit: Unit) -> list[Unit]:
    """Deliberations in one body after another ("… soll … zuerst im Ausschuss für … behandelt werden und
    anschließend … im Kreistag beraten und beschlossen werden"): one part each, every body has to act."""
    raw = ctx.document.text[unit.start : unit.end]
    then = _THEN.search(raw)
    if then is None:
        return [unit]
    first, second = " ".join(raw[: then.start()].split()), " ".join(raw[then.end() :].split())
    if not (_PLACE.search(first) and _PLACE.search(second) and _DELIBERATE.search(second)):
        return [unit]
    return [
        Unit(unit.start, unit.start + then.start(), first, unit.paragraph),
        Unit(unit.start + then.end(), unit.end, second, unit.paragraph),
    ]


def _own_body(ctx: ItemContext) -> str:
    """The body of the minutes without the annotator's remarks ("Ausschuss (Gremienname … nicht genannt)")."""
    body = re.sub(r"\s*\(.*$", "", ctx.document.meta.body or "").strip()
    return body if re.fullmatch(rf"(?:[\w-]+\s+){{0,4}}{BODY}\w*(?:\s+[\w-]+){{0,4}}", body) else ""


def extract_open_items(
    ctx: ItemContext, resolutions: tuple[str, ...] = (), spans: tuple[tuple[int, int], ...] = ()
) -> list[OpenItem]:
    """Open items of one agenda item; ``resolutions`` are the texts of its adopted resolutions (a
    sentence of one is read as resolution text wherever it stands), ``spans`` the passages their records quote
    (a sentence inside one, before the vote, belongs to the resolution: "Der Planentwurf wird … ausgelegt.")."""
    found: list[OpenItem] = []
    in_resolution = False
    addressed: Task | None = None
    proposed: tuple[Unit, Task] | None = None
    speaker = ""
    for unit in ctx.units:
        text = unit.text
        if cut_off(ctx, unit):
            break  # cut off by the excerpt
        if _RESOLUTION_HEAD.search(text):
            in_resolution = True
        elif SECTION_HEAD.match(text) or is_speaker(text):
            in_resolution = False
        resolved = in_resolution or (
            len(text) > 20
            and (
                any(unmask(text) in r for r in resolutions)
                or (any(a <= unit.start and unit.end <= b for a, b in spans) and not _PAST.search(text))
            )
            and not is_speaker(text, persons_only=True)
        )
        if addressed is not None and (
            re.match(r"^[a-z]\)\s", text) or (_SUB_POINT.match(text) and _nominal(text))
        ):
            found.append(_item(ctx, unit, addressed))
            continue
        if (named := find_speaker(text)) is not None and not named.speakers[0].office_only:
            speaker = named.speakers[0].person
        elif speaker and (
            (cues.PRONOUN_PROMISE.match(text) and not _INDICATIVE_REPORT.search(text)) or cues.PRONOUN_ZUSAGE.match(text)
        ):
            found.append(_item(ctx, unit, Task(speaker)))
            continue
        if task_restates(text, found):
            continue  # "Die Beschlussfassung wurde … vertagt." after the deferral itself
        if proposed is not None and ADOPTS.search(text):
            found.append(
                _item(ctx, *proposed)
            )  # "… schlägt vor, … an den SGA zu verweisen. Der Stadtrat ist damit einverstanden."
        proposed = proposed_referral(ctx, unit)
        task = _task(ctx, unit, resolved)
        addressed = task if task is not None and text.rstrip().endswith((",", ":")) else None
        if task is None and resolved and _RESOLVES_LIST.search(text):
            # "beschließt den Plan und die … Maßnahmen:" over "1- Zügiger Bau …"
            addressed = Task("Verwaltung", ("owner",))
            continue
        if task is None or addressed is not None:
            continue
        parts = [(part, _task(ctx, part, resolved)) for part in _in_turn(ctx, unit)]
        for part, part_task in parts if all(t is not None for _, t in parts) else [(unit, task)]:
            found.append(_item(ctx, part, part_task or task))
    # a proposal ("Beschlussvorschlag: …") repeated word for word as the resolution: the adopted one
    return [
        item for index, item in enumerate(found) if not any(_same_task(item, o) for o in found[index + 1 :])
    ]


def _same_task(one: OpenItem, other: OpenItem) -> bool:
    return re.findall(r"\w+", one.quote.lower()) == re.findall(r"\w+", other.quote.lower())


def _item(ctx: ItemContext, unit: Unit, task: Task) -> OpenItem:
    due = due_of(unit.text)
    return OpenItem(
        **ctx.base("open_item", unit.start, unit.end),  # type: ignore[arg-type]
        owner=unmask(task.owner),
        task=unmask(re.sub(r"^(?:\d{1,2}\.|[a-z]\))\s*", "", unit.text).rstrip(" .")[:300]),
        due=unmask(due),
        derived=task.derived,
    )
