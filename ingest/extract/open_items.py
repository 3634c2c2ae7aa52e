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
one item each with the same owner. The shapes, times and owners of plans are read by :mod:`ingest.extract.plans`,
addressees and promises by :mod:`ingest.extract.task_cues`. Status starts open; :meth:`assistant.stores.records.RecordStore.
link_settlements` marks an item settled when a later document takes it up.
"""

from __future__ import annotations

import re

from assistant.language.sentences import BULLET
from assistant.models import OpenItem
from assistant.vocab import Stance
from ingest.extract import plans, speakers
from ingest.extract import task_cues as cues
from ingest.extract.common import SECTION_HEAD, ItemContext, Unit, cut_off, unmask
from ingest.extract.dues import CONDITION, due_of
from ingest.extract.follow_ups import follow_up
from ingest.extract.lemmas import main_clause, proper_name, verb_lemma
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
from ingest.extract.speech_reading import find_speaker, is_speaker
from ingest.extract.stances import STANCE_OF
from ingest.extract.vote_blocks import quote_start

_DECIDED = re.compile(
    r"\b(?:abgelehnt|(?:mit)?beschlossen|angenommen|zugestimmt|zur Kenntnis genommen|bestätigt|gewährt|genehmigt|"
    r"gebilligt|verabschiedet|erteilt|festgestellt|festgesetzt|abgewogen|zurückgewiesen|gewählt|bestellt|entlastet|"
    r"beigefügt|beigelegt|stattgegeben)\b"
)
"""Passives that report the decision itself, not a task after it."""
_ADOPTED_PROPOSAL = re.compile(
    r"\b(?:Vorschlag|Antrag|Anregung)\b[^.]*\bzu\s+[a-zäöüß]+en\b[^.]*\b(?:angenommen|zugestimmt|beschlossen)\b"
)
_ACTOR_MODAL = re.compile(
    rf"\b(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?P<owner>{_ACTOR}|{BODY}|Fraktion(?:en)?)\s+(?:[^,;.]{{0,80}}\s)?(?:soll|solle|sollen|möge)\b"
    r"(?!\s+\w+\s+werden)|"
    rf"\b(?:soll|solle)\s+(?:[a-zäöüß]+\s+)?(?:der|die|das)\s+(?P<inv>{_ACTOR})\s+[^,;.]*\b[a-zäöüß]+en\b"
)
"""An office, a body or the groups as the subject of "soll" ("dass … die Verwaltung 2-3 Standorte … benennen und prüfen
soll", "hier solle das Fachamt prüfen, …", "Die Fraktionen sollen noch einmal über dieses Thema sprechen."): its task."""
_ACTOR_ACTS = re.compile(
    rf"^(?:\d{{1,2}}\.\s+)?(?:Die|Der|Das)\s+(?P<owner>{_ACTOR})\s+(?!wird\b|ist\b|hat\b|kann\b|soll\b|muss\b)"
    r"(?P<verb>[a-zäöüß]+t)\b(?![^.]*\b(?:wurde|hatte|war)\b)"
)
"""An office acting in the present tense inside a resolution ("Die Verwaltung unterstützt den Verein bei …")."""


_ARTICLE = {
    "die": r"(?:Stadt|Gemeinde|Kreis|Amts)?[Vv]erwaltung|Stadt|Gemeinde|\w*(?:in|ätin)|Fraktionen|\w*(?:ung|schüsse|räte)",
    "das": r"\w*[Aa]mt|\w*[Gg]remium",
}


_TASK_LABEL = re.compile(
    r"^(?:Aufgabe|Auftrag|Arbeitsauftrag|Prüfauftrag)(?:\s+an\s+(?:den|die|das)?\s*(?P<owner>[A-ZÄÖÜ][\w-]*)[^:]{0,80})?"
    r"\s*:\s*(?P<task>\S.*)?$",
    re.S,
)
"""A task-tracking label: "Auftrag an das Amt:" over the sentences that state the task, or "Aufgabe: …" before it;
the owner is the one the label names, else the administration."""
_SAID_IN_SESSION = re.compile(
    r"^(?:Es\s+)?(?:\w+\s+){0,3}?(?:wird|werden)\s+(?:\w+\s+){0,3}?(?:erwähnt|genannt|benannt|angesprochen|hervorgehoben)\b|"
    r"^(?:\w+\s+){0,2}?(?:erwähnt|genannt|benannt|angesprochen|hervorgehoben)\s+(?:wird|werden)\b"
)
"""A passive of saying that opens the sentence: what was said in the session, no plan ("Lobenswert erwähnt wird
ebenfalls, dass ab 2020 …", "Es werden exemplarisch drei Projekte benannt …")."""
_PERSON_SHALL = re.compile(r"(?:soll|sollen)\b(?![^,;]*\b(?:nicht|werden|worden|haben|sein)\b)[^,;]*\b[a-zäöüß]{3,}(?:en|ern|eln)\s*\.?$")
"""What a named person is to do ("Herr Kunz soll die Angebote einholen"): a task, not a contribution."""


_BARE_NAME = re.compile(
    r"(?:^(?:[-–•·]\s*)?|;\s+)(?P<first>[A-ZÄÖÜ][a-zäöüß]+)\s+(?P<last>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+"
    r"(?P<rest>[a-zäöüß][^;]*)$"
)
"""A person by first name and surname, opening the sentence or after a semicolon, who is to do something or promises
it ("…; Mario Helmrich soll Kontakt zu möglicher Firma herstellen", "Renate Mäder nimmt Kontakt zur Presse auf")."""


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


_NEXT_PAPER = re.compile(
    r"\b(?:zum|zur|bis zum|bis zur) nächsten \w+ eine \w*[Vv]orlage\b[^.]*\b(?:erarbeiten|vorzulegen|vorlegen)"
)
_STANDING = re.compile(
    r"\b(?:weiterhin|grundsätzlich|jeweils|jährlich|regelmäßig|stets|laufend|alle (?:\w+ )?(?:Jahre|Monate))\b|"
    r"^(?:\d{1,2}\.\s+)?(?:Bei|Für)\s+(?:jede[mnr]?|alle[nm]?|künftige[nm]?|zukünftige[nm]?|der|dem|den|Abschluss|neue[nm]?)\b"
)
"""What holds from now on rather than what someone has to do once."""
_REPORT_BACK = re.compile(
    r"\b(?:berichte\w*|vorgestellt|vorstellen|vorgelegt|vorlegen|vorgetragen|vortragen|informieren)\b"
)
"""A report announced for later: what a speaker says will be reported is a task, other plans they report are not."""
_ENUM = re.compile(r"^(?:\d{1,2}\.|[a-z]\)|[IVX]+\.)\s")
_RESOLUTION_HEAD = re.compile(
    r"^(?:Beschluss(?:vorschlag|empfehlung|text|fassung)?|Es wird folgender Beschluss gefasst)\b|beschl(?:ießt|oss)\b[^.]*:$"
)
_SUB_POINT = re.compile(rf"^(?:[a-z]\)|\d{{1,2}}\s*[-–)]|{BULLET})\s*\S")
"""A sub-point of the sentence before: "a) …", "1- …", "2) …", "- …"."""
_RESOLVES_LIST = re.compile(r"\bbeschließ\w*\b[^.]*:$")


def _nominal(text: str) -> bool:
    """A sub-point without a finite verb ("1- Zügiger Bau eines Feuerwehrhauses"): a measure to carry out."""
    return not re.search(
        r"\b(?:wird|werden|ist|sind|hat|haben|soll|sollen|kann|muss|nimmt|beschließt|stimmt|erfolgt|bleibt)\b",
        text,
    )


_REASON = re.compile(r",\s*(?:da|weil|zumal|denn)\b[^,;]*")
"""A clause that gives a reason ("…, da damit der Bau finanziert werde"): never the task itself."""
_MATTER = re.compile(r",\s*(?:ob|wie|wann|warum|weshalb|wieso|welche[mnrs]?|inwieweit|inwiefern)\b[^;]*")
"""An indirect question, to the sentence's end ("zu überprüfen, wann, durch wen … durchgeführt wurde"): the matter to
be checked, whose tense says nothing about the task."""
_STATE = re.compile(r"\b(?:bleiben|bleibt|bleibe|nach wie vor|[Bb]isher|[Bb]islang)\b")
"""What stays as it is ("… sollen angeschlossen bleiben", "Bisher wird der Kies in einem Sack gelagert") is no task."""


_PAST = re.compile(r"\b(?:wurde|wurden|worden|konnte|konnten|war|waren|hatte|hatten)\b")


def _task(ctx: ItemContext, unit: Unit, in_resolution: bool) -> Task | None:
    text = _REASON.sub("", unit.text)
    if cues.ATTENDANCE.search(text) and not cues.COMPLIED.search(text):
        return None
    if (match := cues.PROMISED_PASSIVE.search(text)) or cues.APPOINTED.search(text):
        return Task(clean_owner(match.group("by"))) if match and match.group("by") else Task("Verwaltung", ("owner",))
    if match := cues.PROMISED.search(text):
        return Task(clean_owner(match.group("owner") or match.group("owner2")))
    if (match := cues.AGREED.search(text)) and not re.search(r"\b(?:nicht|kein\w*)\b", text):
        if owner := match.group("owner") or match.group("person") or match.group("named"):
            return Task(clean_owner(owner))
        if re.search(r"\b(?:zu)?künftig\b", text) or plans.FUTURE.search(text) or plans.SOON.search(text) or due_of(text):
            # an agreement on a later act, not on how the session goes on ("… die Seiten einzeln durchzugehen")
            return Task("Verwaltung", ("owner",))
    found = speakers.find(text)
    if (before := _given_before(text, found)) is not None:
        return before
    if (bare := _BARE_NAME.search(text)) and proper_name(bare.group("first")) and (
        _PERSON_SHALL.match(bare.group("rest")) or cues.PROMISE.search(bare.group("rest"))
    ):
        return Task(f"{bare.group('first')} {bare.group('last')}")  # "…; Mario Helmrich soll Kontakt … herstellen"
    if (event := plans.planned_event(ctx, text)) is not None:
        return event  # "weist auf die geplante Informationsveranstaltung des Sozialreferates am 06.04.2016 hin"
    if (measure := plans.scheduled(ctx, text) or plans.decided_elsewhere(_own_body(ctx), text)) is not None:
        return measure  # "…, die Ausschreibung erfolge im Herbst", "Hierüber entscheide der Stadtrat in seiner Sitzung"
    # "bittet …, zu prüfen, ob … eingestellt wurden": the past tense is the matter asked, not the request's
    asked = _MATTER.sub("", text)
    narrative = bool(re.search(r"\b(?:wurde|wurden|worden|musste|mussten|war|waren|hatte|hatten)\b", asked))
    suggestion = bool(re.search(r"\bsollte\b|\bsollten\b", asked)) and not in_resolution
    if suggestion or (narrative and not in_resolution):
        return None  # a suggestion nobody adopted yet, or a report of what was
    if cues.WORK_PASSIVE.search(text):
        return plans.planned_owner(text, _own_body(ctx))
    if (match := cues.ADDRESSED.search(text)) or (match := cues.ADDRESSED_INVERTED.search(text)):
        return Task(clean_owner(match.group("owner")))
    if (
        (match := cues.ACTIVE.search(text))
        or (match := cues.ACTIVE_PERSON.search(text))
        or (match := cues.ACTIVE_MIT.search(text))
        or (match := cues.ACTIVE_INFINITIVE.search(text))
    ):
        if re.match(cues.NO_ADDRESSEE, match.group("owner")):
            return None  # the chair asking the room (a minute's silence, a question), or a thing, not a task
        if cues.FOR_ASSENT.search(text[match.end() :]):
            return None  # "bittet den BA um Zustimmung zu dem Budgetantrag": a vote asked now, no task
        return Task(clean_owner(match.group("owner")))
    if (match := cues.EXPECTS_OFFICE.search(text)) and speakers.find(text) is not None:
        return Task(clean_owner(match.group("owner")))
    if request := next((m for m in (p.search(text) for p in cues.REQUESTS) if m), None):
        return Task(clean_owner(request.group("owner"))) if request.groups() else Task("Verwaltung", ("owner",))
    if cues.ASKS_FOR_LATER.search(text) and speakers.find(text) is not None:
        return Task("Verwaltung", ("owner",))
    if cues.LATER_ANSWER.search(text):
        return plans.planned_owner(text, _own_body(ctx))
    if match := cues.SELF_COMMIT.search(text):
        return Task(clean_owner(match.group("owner")))
    if in_resolution and (match := _ACTOR_ACTS.match(text)) and not _reports(match.group("verb"), text):
        return Task(clean_owner(match.group("owner")))
    if found is not None and found.how == "opening" and _PERSON_SHALL.match(found.rest.strip()):
        return Task(found.speakers[0].person)  # "Herr Kunz soll die Angebote einholen."
    if (match := _ACTOR_MODAL.search(text)) and not re.search(r"\bnicht\b", text) and _subject(match, text):
        return Task(clean_owner(match.group("owner") or match.group("inv")))
    if in_resolution and (resolved := resolves_to(_REASON.sub("", unit.text))) is not None:
        return Task(clean_owner(resolved[0]), resolved[1])
    if (match := cues.OFFICE_PROMISE.match(text)) or (match := cues.INTENDS.match(text)):
        return Task(clean_owner(match.group("owner") or match.group("owner2")))
    if found is not None and (match := cues.REPORTED_OFFICE_PROMISE.search(found.rest)):
        return Task(clean_owner(match.group("owner")))
    if (match := cues.RELATIVE_PROMISE.search(text)) or (match := cues.BY_LATER.search(text)):
        return Task(clean_owner(next(g for g in match.groups() if g)))  # "…, der ihm Auskunft geben wird", "seitens der Firma"
    if (replying := find_speaker(text)) is not None and (
        cues.REPORTED_OWN_PROMISE.search(replying.rest) or cues.REPORTED_FORWARD.search(replying.rest)
    ):
        return Task(replying.speakers[0].person)  # "antwortet Herr X, dass man den Kontakt suchen werde"
    if (announced := plans.announced(text)) is not None:
        return announced
    if (speaking := found or find_speaker(text)) is not None and cues.PROMISE.search(speaking.rest.strip()):
        return Task(speaking.speakers[0].person)
    if DEFERRED.search(text):
        return deferral(ctx, text)
    if match := plans.SCHEDULED.search(text):
        return Task(clean_owner(match.group("body")))
    if (agenda := plans.put_on_agenda(text, found)) is not None:
        return agenda  # "Frau Wohmann möchte dies im nächsten Bauausschuss mit auf die Tagesordnung nehmen"
    if plans.ON_AGENDA_OF.search(text):
        return Task(_own_body(ctx) or "Verwaltung", ("owner",))
    if _NEXT_PAPER.search(text) or _ADOPTED_PROPOSAL.search(text):
        return Task("Verwaltung", ("owner",))
    decided = _DECIDED.search(text) and not (
        re.search(rf"{_DECIDED.pattern}\s+werden\b", text)
        and (plans.PLACE.search(text) or plans.FUTURE.search(text))
        and not re.search(r"\bmit\w+\s+werden\b", text)  # "soll … mitbeschlossen werden": now
    )  # "… soll … im Kreistag beraten und beschlossen werden" is still to do
    if in_resolution and GRANT.search(text):
        decided = None  # a grant the resolution makes: the administration pays it out
    if re.search(r"\bnicht\b(?!\s+nur\b|\s+[a-zäöüß]+(?:e|en|er|es|em),)|\bwerden\s+keine\b", text) or decided or _STATE.search(text):
        return None
    if re.search(r"(?<!\bzu )\b(?:kann|können|könnte|könnten|dürfen|darf)\b", asked) and not re.search(
        r"\bdass\b", text
    ):
        return None  # a possibility, not a task
    if (checked := follow_up(text)) is not None:
        if checked.derived and found is not None and found.speakers[0].office_only:
            return Task(found.speakers[0].person)  # "Der Bürgermeister teilt mit, dass … geprüft wird": his promise
        return checked
    timed = bool(plans.FUTURE.search(text) or CONDITION.search(text) or plans.later(ctx, text))
    deliberation = bool(plans.DELIBERATE.search(text) and plans.PLACE.search(text)) or bool(plans.SUBMITTED.search(text))
    modal = plans.MODAL.search(text)
    required_first = modal is not None and not modal.group(0).startswith("sol")  # "muss zunächst …"
    said = _SAID_IN_SESSION.match(text)  # "Lobenswert erwähnt wird …", "Es werden … benannt": the session's own talk
    planned = required_first or (
        bool(modal or (plans.PASSIVE.search(text) and not said) or plans.NEXT_TIME.search(text))
        and (timed or deliberation or in_resolution)
    )
    obliged = plans.GERUND.search(text) and (in_resolution or plans.AGENT.search(text) or timed)  # "ist durch das Amt vorzubereiten"
    if planned or obliged:
        if _STANDING.search(re.sub(r"\([^)]*\)", "", text)) and not timed:
            return None  # a standing rule ("ist weiterhin vorzuhalten", "Bei … ist … zu vereinbaren"), no task
        if (
            found is not None
            and found.how not in ("inverted", "cited")  # "Laut Amtsleiter X sollen …": a reported plan
            and not re.search(r"\bdass\b|,\s[^,]*\b(?:werde|würden)\b", found.rest)  # or a reported clause
        ):
            return None  # a speaker's own statement without a reported plan
        if (
            found is not None
            and not found.speakers[0].office_only
            and not (timed and cues.OFFICIAL.search(found.speakers[0].role))  # the administration's plan, dated
            and not (deliberation or plans.AGENT.search(text) or (timed and _REPORT_BACK.search(text)))
        ):
            return None  # a plan a member reports is no task unless a body deliberates or someone reports back
        return plans.planned_owner(text, _own_body(ctx))
    return None


def _given_before(text: str, found: speakers.Found | None) -> Task | None:
    """A task given or promised in the preterite or the perfect (:data:`cues.COMMISSIONED_BEFORE`,
    :data:`cues.PROMISED_BEFORE`), unless the sentence dates it to an earlier session; ``found``: the sentence's
    speaker, who owns a promise."""
    for cue in cues.COMMISSIONED_BEFORE:
        if match := cue.search(text):
            if re.match(cues.NO_ADDRESSEE, match.group("owner")) or cues.EARLIER.search(text[: match.start("owner")]):
                return None
            return Task(clean_owner(match.group("owner")))
    if (match := cues.ORDERED.search(text)) and not cues.EARLIER.search(text):
        return Task(clean_owner(match.group("owner"))) if match.group("owner") else Task("Verwaltung", ("owner",))
    rest = found.rest.strip() if found is not None else text
    if (match := cues.PROMISED_BEFORE.search(rest)) and not cues.EARLIER.search(text):
        if match.group("office"):
            return Task(clean_owner(match.group("office")))
        if found is not None:
            return Task(found.speakers[0].person)
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
    if not (plans.PLACE.search(first) and plans.PLACE.search(second) and plans.DELIBERATE.search(second)):
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
    commissioned: Task | None = None  # the task a label names ("Auftrag an das Amt:"), for the sentences under it
    for unit in ctx.units:
        text = unit.text
        if cut_off(ctx, unit):
            break  # cut off by the excerpt
        if _RESOLUTION_HEAD.search(text):
            in_resolution = True
        elif SECTION_HEAD.match(text) or is_speaker(text):
            in_resolution = False
            turn = speakers.find(text)
            if SECTION_HEAD.match(text) or (turn is not None and turn.how in ("opening", "colon")):
                commissioned = None  # a new part or speaker ends what a task label heads
        if label := _TASK_LABEL.match(text):
            named = label.group("owner")
            labelled = Task(clean_owner(named)) if named else Task("Verwaltung", ("owner",))
            if not label.group("task"):
                commissioned = labelled
                continue
            found.append(_item(ctx, unit, labelled))
            continue  # "Aufgabe: Die Straßenlampen … schalten sich unterschiedlich ein": the item tracked
        if commissioned is not None and not re.search(r"\b(?:wurde|wurden|war|waren|hatte|hatten)\b", text):
            found.append(_item(ctx, unit, commissioned))
            continue
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
        elif speaker and cues.pronoun_promise(text):
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
        **ctx.base("open_item", quote_start(ctx, unit.start, unit.text), unit.end),  # type: ignore[arg-type]
        owner=unmask(task.owner),
        task=unmask(re.sub(r"^(?:\d{1,2}\.|[a-z]\))\s*", "", unit.text).rstrip(" .")[:300]),
        due=unmask(due),
        derived=task.derived,
    )
