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
one item each with the same owner. One sentence is read by :mod:`ingest.extract.task_reading`; the shapes, times and
owners of plans by :mod:`ingest.extract.plans`,
addressees and promises by :mod:`ingest.extract.task_cues`. Status starts open; :meth:`assistant.stores.records.RecordStore.
link_settlements` marks an item settled when a later document takes it up.
"""

from __future__ import annotations

import re

from assistant.language.sentences import BULLET, BULLET_LEAD, without_bullet
from assistant.models import OpenItem
from ingest.extract import plans, speakers
from ingest.extract import task_cues as cues
from ingest.extract.common import SECTION_HEAD, ItemContext, Unit, cut_off, unmask
from ingest.extract.dues import due_of
from ingest.extract.referrals import (
    ADOPTS,
    Task,
    clean_owner,
    proposed_referral,
    task_restates,
)
from ingest.extract.speech_reading import find_speaker, is_speaker
from ingest.extract.task_reading import task_of
from ingest.extract.vote_blocks import PUT_FORWARD, quote_start

_TASK_LABEL = re.compile(
    r"^(?:Aufgabe|Auftrag|Arbeitsauftrag|Prüfauftrag)(?:\s+an\s+(?:den|die|das)?\s*(?P<owner>[A-ZÄÖÜ][\w-]*)[^:]{0,80})?"
    r"\s*:\s*(?P<task>\S.*)?$",
    re.S,
)
"""A task-tracking label: "Auftrag an das Amt:" over the sentences that state the task, or "Aufgabe: …" before it;
the owner is the one the label names, else the administration."""
_RESOLUTION_HEAD = re.compile(
    r"^(?:Beschluss(?:vorschlag|empfehlung|text|fassung)?|Es wird folgender Beschluss gefasst)\b|beschl(?:ießt|oss)\b[^.]*:$|"
    r"^(?![^.]*\b(?:Themen|Punkte|Tagesordnungspunkte|beraten)\b)[^.]*\bbeschlossen\s*:$"
)
"""The head of a resolution's text: a label, "Der Rat beschließt:", "… wurden folgende Änderungen … beschlossen:" (not
a report's list of the session's topics: "… wurden folgende Themen beraten und beschlossen:")."""
_SUB_POINT = re.compile(rf"^(?:[a-z]\)|\d{{1,2}}\s*[-–)]|{BULLET})\s*\S")
"""A sub-point of the sentence before: "a) …", "1- …", "2) …", "- …"."""
_RESOLVES_LIST = re.compile(r"\bbeschließ\w*\b[^.]*:$")


def _nominal(text: str) -> bool:
    """A sub-point without a finite verb ("1- Zügiger Bau eines Feuerwehrhauses"): a measure to carry out."""
    return not re.search(
        r"\b(?:wird|werden|ist|sind|hat|haben|soll|sollen|kann|muss|nimmt|beschließt|stimmt|erfolgt|bleibt)\b",
        text,
    )


_PAST = re.compile(r"\b(?:wurde|wurden|worden|konnte|konnten|war|waren|hatte|hatten)\b")
_THEN = re.compile(r"\s+und\s+(?=(?:anschließend|danach|dann|im\s+Anschluss)\b)")


def _in_turn(ctx: ItemContext, unit: Unit) -> list[Unit]:
    """Deliberations in one body after another ("… soll … zuerst im Ausschuss für … behandelt werden und
    anschließend … im Kreistag beraten und beschlossen werden"): one part each, every body has to act."""
    raw = ctx.document.text[unit.start : unit.end]
    then = _THEN.search(raw)
    if then is None:
        return _clauses(unit, raw)
    first, second = " ".join(raw[: then.start()].split()), " ".join(raw[then.end() :].split())
    if not (plans.PLACE.search(first) and plans.PLACE.search(second) and plans.DELIBERATE.search(second)):
        return [unit]
    return [
        Unit(unit.start, unit.start + then.start(), first, unit.paragraph),
        Unit(unit.start + then.end(), unit.end, second, unit.paragraph),
    ]


_NEXT_MAIN_CLAUSE = re.compile(r",\s+(?=(?:der|die|das|dies|es)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?(?:wird|werden|soll|sollen)\s)")
"""A main clause joined by a comma alone ("Die Kosten … werden im 1. Halbjahr 2020 ermittelt, das Thema wird im
2. Halbjahr im Gremium aufgerufen")."""


def _clauses(unit: Unit, raw: str) -> list[Unit]:
    """Main clauses joined by a comma, one part each (kept as one unit when any part states no task of its own)."""
    cuts = [m for m in _NEXT_MAIN_CLAUSE.finditer(raw) if not re.search(r"\b(?:dass|ob|wenn|weil|da|sofern)\b[^,]*$", raw[: m.start()])]
    if not cuts:
        return [unit]
    bounds = [0, *(m.start() for m in cuts), len(raw)]
    starts = [0, *(m.end() for m in cuts)]
    return [
        Unit(unit.start + begin, unit.start + end, " ".join(raw[begin:end].split()), unit.paragraph)
        for begin, end in zip(starts, bounds[1:], strict=True)
    ]


_ALLOCATION = re.compile(r"\d[\d.,]*\s*(?:€|Euro|EUR)(?:\s*\([^)]*\))?\s*\.?$")
"""A point that closes with a sum ("a) Heimatverein …, Ausbesserung der Bohlen: 650 €"): a grant of a list the body
awards, paid out, no task to follow up."""


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
    said_by: tuple[Unit, speakers.Speaker] | None = None  # the sentence before and its speaker: whom "Er"/"Sie" means
    commissioned: Task | None = None  # the task a label names ("Auftrag an das Amt:"), for the sentences under it
    for unit in ctx.units:
        text = unit.text
        if cut_off(ctx, unit):
            break  # cut off by the excerpt
        if _RESOLUTION_HEAD.search(text) or PUT_FORWARD.search(text):
            in_resolution = True  # "…, legte er einen neuen Vorschlag vor:" heads the text the vote adopts
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
                any(without_bullet(unmask(text)) in r for r in resolutions)  # an entry of a list of resolutions
                or (any(a <= unit.start and unit.end <= b for a, b in spans) and not _PAST.search(text))
            )
            and not is_speaker(text, persons_only=True)
        )
        if addressed is not None and (
            re.match(r"^[a-z]\)\s", text) or (_SUB_POINT.match(text) and _nominal(text))
        ):
            if not _ALLOCATION.search(text):
                found.append(_item(ctx, unit, addressed))
            continue
        subject, said_by = said_by, None
        if (named := find_speaker(text)) is not None:
            said_by = (unit, named.speakers[0])
            speaker = named.speakers[0].person if not named.speakers[0].office_only else speaker
        elif subject is not None and (
            (task := _pronoun_task(ctx, unit, subject[1], resolved)) is not None or cues.pronoun_promise(text)
        ):
            # quoted with the sentence that names whom the pronoun means
            both = Unit(subject[0].start, unit.end, f"{subject[0].text} {text}", unit.paragraph)
            found.append(_item(ctx, both, task or Task(subject[1].person), due_of(text)))
            continue
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
        task = task_of(ctx, unit, resolved) or _adopted_motion(ctx, unit, resolutions)
        addressed = task if task is not None and text.rstrip().endswith((",", ":")) else None
        if task is None and resolved and _RESOLVES_LIST.search(text):
            # "beschließt den Plan und die … Maßnahmen:" over "1- Zügiger Bau …"
            addressed = Task("Verwaltung", ("owner",))
            continue
        if task is None or addressed is not None:
            continue
        parts = [(part, task_of(ctx, part, resolved)) for part in _in_turn(ctx, unit)]
        for part, part_task in parts if all(t is not None for _, t in parts) else [(unit, task)]:
            found.append(_item(ctx, part, part_task or task))
    # a proposal ("Beschlussvorschlag: …") repeated word for word as the resolution: the adopted one; a request a
    # later sentence takes on ("bittet darum, … zu prüfen. Der Vorsitzende sagt dies zu."): the one quoted with it
    return [
        item
        for index, item in enumerate(found)
        if not any(_same_task(item, o) or _taken_on(item, o) for o in found[index + 1 :])
    ]




def _taken_on(item: OpenItem, later: OpenItem) -> bool:
    """A later item quoting this one with what follows: a request the next sentence takes on ("bittet darum, … zu
    prüfen. Der Vorsitzende sagt dies zu."), or a task inside it; a task quoted with the sentence before it as its
    antecedent ("sichert zu, dass … prüfen werde. Wenn …, werde er informieren.") is another task."""
    if not item.char_start <= later.char_start < item.char_end < later.char_end:
        return False
    return item.char_start < later.char_start or _ASKS.search(item.quote) is not None


_ASKS = re.compile(r"\b(?:bittet|bat|bitten|baten)\b")


_PRONOUN_SUBJECT = re.compile(r"^(?:Er|Sie)\s+(?=(?:kann|(?!(?:sei|habe|wäre|hätte|werde)\b)[a-zäöüß]+(?<!n))\b)")
"""A sentence led by "Er" or "Sie" before a verb in the singular, not in reported speech ("Sie wird die Anlieger
anschreiben."; "Er sei zuversichtlich, dass …" tells what he said)."""


def _pronoun_task(ctx: ItemContext, unit: Unit, subject: speakers.Speaker, resolved: bool) -> Task | None:
    """The task of a sentence whose subject is a pronoun for the speaker of the sentence before, read with the
    speaker in its place ("Die Bürgermeisterin entschuldigt sich. Sie wird das klären.")."""
    match = _PRONOUN_SUBJECT.match(unit.text)
    if match is None:
        return None
    who = subject.person
    named = who if not subject.office_only else f"{'Die' if who.endswith(('in', 'ung')) else 'Der'} {who}"  # "Die Verwaltung"
    task = task_of(ctx, Unit(unit.start, unit.end, named + " " + unit.text[match.end() :], unit.paragraph), resolved)
    return task if task is not None and not task.derived else None


_MOTION_CLAUSE = re.compile(r"\b(?:stellt|stellte|stellen|stellten)\b[^,;]*\b(?:den|einen)\s+Antrag\s*,\s*(?P<clause>[^;]+)$")
"""A member's motion with what it asks for ("stellt Bürgermeister Bucher den Antrag, die Vergabe zu verschieben und ein
Angebot … einzuholen")."""


def _adopted_motion(ctx: ItemContext, unit: Unit, resolutions: tuple[str, ...]) -> Task | None:
    """The task of a motion the body adopted (its sentence is the text of an adopted decision): what the motion asks
    for is what the body resolved, read as resolution text ("Der Gemeinderat beschließt, … einzuholen")."""
    motion = _MOTION_CLAUSE.search(unit.text)
    if motion is None or not any(unmask(unit.text) in r for r in resolutions):
        return None
    clause = f"Der Rat beschließt, {motion.group('clause')}"
    return task_of(ctx, Unit(unit.start, unit.end, clause, unit.paragraph), True)


def _same_task(one: OpenItem, other: OpenItem) -> bool:
    return re.findall(r"\w+", one.quote.lower()) == re.findall(r"\w+", other.quote.lower())


_ANAPHORIC = re.compile(
    r"\b(?:dies|hierzu|dazu|darum|darüber|hierüber|darauf|hierauf)\b|\b(?:das|dem)\b(?=\s+[a-zäöüß]|\s*[.,])|"
    r"\bdiese[smr]?\s+(?:Frage|Anfrage|Anregung|Angelegenheit|Hinweis|Punkt|Thema|Problem|Sache|Bitte|Anliegen)\b|"
    r"\b(?:Antwort|Rückmeldung|Stellungnahme|Beantwortung)\b"
)
"""What a short task sentence points back with: a pronoun or a reply ("Es wird eine schriftliche Antwort zugesagt.",
"Die Verwaltung wird dies prüfen.")."""


_QUESTION = re.compile(r"\b(?:fragt|fragte|Frage|Anfrage|wissen|warum|wann|wieso|weshalb)\b|\?")
"""A question before a promised reply: its times tell what is asked about, not when the reply is due."""


_REQUEST_CLAUSE = re.compile(r",\s+(?:aber\s+|jedoch\s+|und\s+)?(?=(?:bittet|bat|fragt|fragte|regt|fordert|möchte|wünscht)\b)")


def _with_antecedent(ctx: ItemContext, unit: Unit) -> Unit:
    """``unit`` with the sentence before it when the task is stated only by pointing back at that sentence (the
    question a reply is promised to: "Herr Kohn möchte wissen, wann die Keilstraße geöffnet wird. Es wird eine
    schriftliche Antwort zugesagt."), so that the quote says what is to be done."""
    if len(re.findall(r"\w+", unit.text)) > 8 or not _ANAPHORIC.search(unit.text):
        return unit
    before = [u for u in ctx.units if u.end <= unit.start]
    if not before or SECTION_HEAD.match(before[-1].text):
        return unit
    previous = before[-1]
    raw = ctx.document.text[previous.start : previous.end]
    asked = [m.end() for m in _REQUEST_CLAUSE.finditer(raw)]  # "…, bittet aber darum, …": the request, not the rest
    start = previous.start + (asked[-1] if asked else 0)
    text = " ".join(ctx.document.text[start : previous.end].split())
    return Unit(start, unit.end, f"{text} {unit.text}", previous.paragraph)


def _item(ctx: ItemContext, unit: Unit, task: Task, due: str | None = None) -> OpenItem:
    """The open item of ``unit``; ``due`` when the deadline is read from a part of it only."""
    own_due = due_of(unit.text)
    if bullet := BULLET_LEAD.match(ctx.document.text, unit.start, unit.end):  # "- Für 2300 Euro wird …": a list's entry
        unit = Unit(bullet.end(), unit.end, without_bullet(unit.text), unit.paragraph)
    unit = _with_antecedent(ctx, unit)
    if due is None:  # a deadline the request before names ("bittet, … bis zur Märzsitzung …. Herr K. sagt dies zu.")
        due = own_due or ("" if _QUESTION.search(unit.text) else due_of(unit.text))
    return OpenItem(
        **ctx.base("open_item", quote_start(ctx, unit.start, unit.text), unit.end),  # type: ignore[arg-type]
        owner=unmask(task.owner),
        task=unmask(re.sub(r"^(?:\d{1,2}\.|[a-z]\))\s*", "", unit.text).rstrip(" .")[:300]),
        due=unmask(due),
        derived=task.derived,
    )
