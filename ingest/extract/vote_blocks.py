"""Vote blocks of one agenda item: which resolution text goes with which vote, and which blocks are one
decision.

A portal reports one vote in several places (a header "Beschluss: einstimmig beschlossen" at the top, the
resolution text, "Abstimmungsergebnis: …" under it, the counts on lines of their own, a note that restates the
result); :mod:`ingest.extract.decisions` collects the blocks as it reads, and the functions here decide which
units belong together: vote tables joined into one unit, repeated and completing counts, a proposal repeated as
the resolution, a header and the one resolution below it, a bare status and the item's final vote, a note that
restates points already voted on, a portal page's header that sums up the vote recorded below it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.language.votes import CANDIDATE, COUNTED_VOTERS, Votes, parse_votes
from assistant.models import Decision
from ingest.extract.body_acts import RESULT_STATE
from ingest.extract.common import BARE_TALLY, ItemContext, Unit
from ingest.extract.outcomes import PULLS_BACK, WITHDREW, outcome_of

_PUT_FORWARD = (
    r"\b(?:legte|legt|unterbreitete|unterbreitet|stellte|stellt)\b[^:.]{0,60}"
    r"\b(?:Vorschlag|Antrag|Beschlussvorschlag|Kompromissvorschlag)\b[^:.]{0,40}\b(?:vor|zur Abstimmung)\s*:\s*$"
)
PUT_FORWARD = re.compile(_PUT_FORWARD)
"""A motion put forward, its text below: "…, legte er einen neuen Vorschlag vor:"."""
HEADER = re.compile(
    r"^(?:Ergebnis/)?(?:Beschluss(?:vorschlag|empfehlung|text|fassung|art)?|Beratungsergebnis|Abstimmung|Zu [A-Z]\))"
    r"(?:\s+(?:zum|zu)\s+[^:]{0,60})?\s*:\s*|^(?:Es wird folgender Beschluss gefasst|"
    r"Der \w+ fasst(?: [^:.]{0,40})? folgenden Beschluss|Der \w+ hat beschlossen|Die \w+ hat beschlossen|"
    r"(?:Der|Die|Das) \w+ (?:beschloss|beschließt)(?: [^:.]{0,200}?,?)? (?:wie folgt|[Ff]olgendes))\s*:\s*"
    r"|^(?![^:]*\b(?:abgelehnt|angenommen|beschlossen|Stimmen)\b)[^:]{0,160}" + _PUT_FORWARD,
)
"""The head of a resolution's text: a label, "Der Rat beschließt wie folgt:", or a motion put forward
("…, legte er einen neuen Vorschlag vor:"), whose text the vote after it adopts."""

STATUS = re.compile(
    r"^(?:[-–•]\s*)?(?:Beschluss(?:art)?|Ergebnis|Beratungsergebnis)\s*:\s*(?:[-–•]\s*)?(?:(?:einstimmig|mehrheitlich|ungeändert|geändert|(?:zur )?kenntnis(?:nahme)?|"
    r"abgelehnt|vertagt|zurückgestellt|zurückgezogen|abgesetzt|verwiesen|beschlossen|angenommen|zurückverweisung|"
    r"verweisung|vertagung|mit änderungen|ohne empfehlung|(?:in|an) (?:den|die|das) \w+ (?:verwiesen|überwiesen))\b.{0,40})$"
    r"|^(?:un)?geändert beschlossen$|^(?:einstimmig|mehrheitlich) (?:beschlossen|angenommen)$",
    re.IGNORECASE,
)

_PROPOSAL_HEAD = re.compile(
    r"^(?:Beschlussvorschlag|Beschlussempfehlung|Vorschlag der Verwaltung|Antrag)\b[^:]{0,60}:"
)

_TABLE_HEAD = re.compile(r"^(?:Abst(?:immungs)?\.?\s*[Ee]rgebnis|Abstimmung|Ergebnis)\s*:?$")
_TABLE_CELL = re.compile(
    r"^(?=\S)(?:\|?\s*\d{1,3}\s*\|?\s*)?(?:(?:für|gegen(?: den \w+)?|dafür|dagegen|ja(?:-stimmen)?|nein(?:-stimmen)?|"
    r"(?:stimm)?enthaltung(?:en)?|zustimmung(?:en)?|ablehnung(?:en)?|gegenstimmen?|(?:davon\s+)?anwesend\w*|abwesend\w*|"
    r"befangen\w*|(?:anzahl\s+der\s+|gesetzliche\s+)?mitglieder(?:zahl)?(?:\s+\w+)?)\s*:?\s*\|?)?$",
    re.IGNORECASE,
)
"""One cell of a vote table whose cells stand on lines of their own ("23" / "für" / "0" / "gegen den Beschluss";
"Zustimmung: |" / "11 |" of a table pasted from a portal)."""

_CANDIDATE_LINE = re.compile(rf"^Für\s+{CANDIDATE}\s*:\s*\d{{1,3}}\s+Stimmen?\s*\.?$")
"""A candidate's votes on a line of their own ("Für Heike Wiechmann: 7 Stimmen")."""

PUT_TO_VOTE = re.compile(r"zur Abstimmung|lässt\b[^.]*\babstimmen|stimmt\b[^.]*\bab\b")

WITHDRAWN = re.compile(rf"\b{PULLS_BACK}\b|\b{WITHDREW}\b|\bwird zurückgezogen\b|\b(?:zurückzieht|zurückziehe|zurückziehen)\b(?!\s+(?:will|möchte|wolle|könnte|würde))")
STATUS_INLINE = re.compile(
    r"\bBeschlussart:\s*(?:(?:un)?geändert beschlossen|(?:mit Änderungen(?: im \w+)? )?beschlossen|abgelehnt|"
    r"zur Kenntnis genommen|vertagt|zurückgestellt|verwiesen)\b"
)
"""The result field of a portal header line ("Gremium: … Beschlussart: geändert beschlossen")."""


def same_counts(vote_units: list[Unit], unit: Unit) -> bool:
    """True when ``unit`` repeats counts of the vote before it (e.g. the per-faction breakdown)."""
    if not vote_units:
        return False
    before, now = parse_votes(" ".join(u.text for u in vote_units)), parse_votes(unit.text)
    pairs = [(getattr(now, k), getattr(before, k)) for k in ("yes", "no", "abstain")]
    return now.has_counts and all(n is None or n == b for n, b in pairs)


ENTRY_LABEL = re.compile(r"^(?:Nr|Antrag\s+Nr|Antrag|TOP|Punkt|Ziffer)\W{0,2}\s*\d+[a-z]?\b")
"""A line that opens with its own entry number ("Nr. 36 (SPD) - …", "Antrag 12: …"): an entry of a list, not a line of
the vote before it."""


def completes(vote_units: list[Unit], unit: Unit) -> bool:
    """True when ``unit`` adds counts the vote before it lacks, none contradicting it: "Mehrheitlich
    beschlossen." followed by the lines "26 Ja-Stimmen (…)", "9 Nein-Stimmen (FDP)", "3 Enthaltungen"."""
    if ENTRY_LABEL.match(unit.text):
        return False  # "Nr. 36 (SPD) - Bei 13 Ja-Stimmen … zugestimmt." under "Nr. 34 … - Einstimmig zugestimmt.": the next entry
    before, now = parse_votes(" ".join(u.text for u in vote_units)), parse_votes(unit.text)
    pairs = [(getattr(now, k), getattr(before, k)) for k in ("yes", "no", "abstain")]
    adds = any(n is not None and b is None for n, b in pairs)
    return now.has_counts and adds and all(n is None or b is None or n == b for n, b in pairs)


def repeats(found: list[tuple[list[Unit], list[Unit]]], unit: Unit, only_vote: bool = False) -> bool:
    """True when ``unit`` restates the result of the portal header before it ("Beschluss: einstimmig
    beschlossen / Abstimmung: Ja: 20 …" at the top, "Abstimmungsergebnis: einstimmig" under the
    resolution text): the same vote reported twice is one decision."""
    if (
        not found
        or not found[-1][1]
        or not (HEADER.match(found[-1][1][0].text) or STATUS.match(found[-1][1][0].text))
    ):
        return False
    before, now = parse_votes(" ".join(u.text for u in found[-1][1])), parse_votes(unit.text)
    pairs = [(getattr(now, k), getattr(before, k)) for k in ("yes", "no", "abstain")]
    if any(n is not None and b is not None and n != b for n, b in pairs):
        return False
    if not before.has_counts and before.unanimous is None:  # a bare status: "Beschluss: verwiesen …"
        if not only_vote:
            return False  # several votes follow (amendments, lists): the status is the item's, not theirs
        header = " ".join(u.text for u in found[-1][1])
        return outcome_of(header, "", before) == outcome_of(unit.text, "", now)
    return now.unanimous == before.unanimous and (now.has_counts or now.unanimous is not None)


def _other_side(first: Unit, second: Unit) -> bool:
    """Whether ``second`` opens with the counted voters of the side that ``first`` leaves out ("Am Ende votierten 23
    Ratsmitglieder für den Antrag … . 25 stimmten dagegen, …"): one vote told in two sentences."""
    if first.paragraph != second.paragraph or not COUNTED_VOTERS.search(first.text):
        return False
    if not COUNTED_VOTERS.match(second.text.lstrip()):
        return False
    before, after = parse_votes(first.text), parse_votes(second.text)
    return (before.yes is None) != (before.no is None) and (after.yes is None) != (after.no is None) and (
        before.yes is None
    ) != (after.yes is None)


_BARE_TALLY = re.compile(BARE_TALLY)
"""A vote written only as its two counts after the matter ("… befragt werden, ob …. 14:0")."""


def _bare_tally(before: Unit, unit: Unit, after: Unit | None) -> bool:
    """Whether ``unit`` is only a tally standing after ``before``, in the same paragraph or as the whole next one
    ("Dem stimmt der Gemeinderat zu." and a blank line, "13 : 0"): the vote on its matter."""
    if not _BARE_TALLY.fullmatch(unit.text.rstrip(".")):
        return False
    alone = unit.paragraph == before.paragraph + 1 and (after is None or after.paragraph != unit.paragraph)
    return before.paragraph == unit.paragraph or alone


def joined(units: list[Unit]) -> list[Unit]:
    """Units with every vote table whose cells stand on lines of their own joined into one unit, a vote whose
    sides are counted in two sentences (:func:`_other_side`), and a bare tally with the matter before it."""
    out: list[Unit] = []
    index = 0
    while index < len(units):
        unit, end = units[index], index + 1
        if end < len(units) and _other_side(unit, units[end]):
            following = units[end]
            out.append(Unit(unit.start, following.end, f"{unit.text} {following.text}", unit.paragraph))
            index = end + 1
            continue
        if end < len(units) and _bare_tally(unit, units[end], units[end + 1] if end + 1 < len(units) else None):
            following = units[end]
            out.append(Unit(unit.start, following.end, f"{unit.text} {following.text}", unit.paragraph))
            index = end + 1
            continue
        if _CANDIDATE_LINE.match(unit.text):
            while end < len(units) and _CANDIDATE_LINE.match(units[end].text):
                end += 1
            if end - index > 1:  # the candidates' lines of one ballot
                run = units[index:end]
                out.append(Unit(run[0].start, run[-1].end, " ".join(u.text for u in run), run[0].paragraph))
                index = end
                continue
        if _TABLE_HEAD.match(unit.text) or _TABLE_CELL.match(unit.text):
            while end < len(units) and _TABLE_CELL.match(units[end].text):
                end += 1
        run = units[index:end]
        if len(run) > 2 and any(re.match(r"\|?\s*\d{1,3}\b", u.text) for u in run):
            out.append(Unit(run[0].start, run[-1].end, " ".join(u.text for u in run), run[0].paragraph))
        else:
            out.extend(run)
        index = end
    return [Unit(u.start, u.end, _paired_columns(u.text), u.paragraph) if "|" in u.text else u for u in out]


_NUMBER_CELL = re.compile(r"\d{1,3}")
_LABEL_CELL = re.compile(r"(?!\d)[^|]{1,40}:")


def _paired_columns(text: str) -> str:
    """A vote table's cells with a column of labels paired with the column of numbers under it ("Ja-Stimmen: |
    Nein-Stimmen: | Enthaltungen: | 5 | 0 | 0 |" reads "Ja-Stimmen: 5 Nein-Stimmen: 0 Enthaltungen: 0"), so that
    no label takes the first number of the column; any other text as it is."""
    cells = [c.strip() for c in text.split("|")]
    cells = cells[:-1] if cells and not cells[-1] else cells
    for size in range(len(cells) // 2, 1, -1):
        labels, numbers = cells[-2 * size : -size], cells[-size:]
        if all(_NUMBER_CELL.fullmatch(c) for c in numbers) and all(_LABEL_CELL.fullmatch(c) for c in labels):
            return " ".join([*cells[: -2 * size], *(f"{a} {b}" for a, b in zip(labels, numbers, strict=True))])
    return text


_POINTS = re.compile(r"\b(?:Ziffer|Punkt|Nr[.\u2024])n?e?\s+(\d{1,2}(?:\s*(?:,|und)\s*\d{1,2})*)\b")


def without_restatements(decisions: list[Decision]) -> list[Decision]:
    """A vote that names points of the resolution already voted on with the same counts ("Protokollvermerk:
    Die Ziffer 2 des Beschlussvorschlages wird … mit 25 gegen 20 Stimmen angenommen") restates them."""
    out: list[Decision] = []
    for decision in decisions:
        points = _POINTS.search(decision.text)
        numbers = re.findall(r"\d{1,2}", points.group(1)) if points else []
        earlier = [next((d for d in out if re.match(rf"{n}\.\s", d.text)), None) for n in numbers]
        if (
            numbers
            and decision.yes is not None
            and all(d is not None and (d.yes, d.no) == (decision.yes, decision.no) for d in earlier)
        ):
            continue
        out.append(decision)
    return out


def _words(units: list[Unit]) -> str:
    return " ".join(w for u in units for w in re.findall(r"\w+", HEADER.sub("", u.text).lower()))


def _label_only(unit: Unit) -> bool:
    """A unit that holds only labels ("Beschluss: Abstimmungsergebnis:"), no resolution text."""
    return bool(re.fullmatch(r"(?:[\w/-]+\s*:\s*)*", HEADER.sub("", unit.text).strip()))


def _proposed(units: list[Unit], first: Unit) -> bool:
    """True when the block that starts with ``first`` stands under a proposal label ("Beschlussvorschlag:")."""
    at = units.index(first) if first in units else 0
    return any(_PROPOSAL_HEAD.match(u.text) for u in (units[at - 1] if at else first, first))


def settled(
    found: list[tuple[list[Unit], list[Unit]]], units: list[Unit], top: int, resolves: Callable[[str], bool]
) -> list[tuple[list[Unit], list[Unit], list[Unit]]]:
    """Blocks of one agenda item as decisions (text, vote, quoted span): a proposal ("Beschlussvorschlag:")
    repeated word for word as the resolution after it is no decision of its own; a vote with no text
    that closes the item's last resolution without a vote ("Beschluss: …", the debate, then
    "Abstimmungsergebnis: einstimmig") is that resolution's vote, quoted where the resolution stands."""
    out: list[tuple[list[Unit], list[Unit], list[Unit]]] = []
    found = [([u for u in t if not _label_only(u)] if v else t, v) for t, v in found]
    for index, (text_units, vote_units) in enumerate(found):
        later = found[index + 1 :]
        if (
            text_units
            and not vote_units
            and _proposed(units, text_units[0])
            and any(_words(text_units) in _words(t) or v for t, v in later)
        ):
            continue  # a proposal repeated as the resolution, or put to a vote further down
        if (
            not text_units
            and out
            and out[-1][0]
            and not out[-1][1]
            and not WITHDRAWN.search(" ".join(u.text for u in out[-1][0]))
        ):
            previous = out.pop()
            out.append((previous[0], vote_units, previous[0]))
            continue
        out.append((text_units, vote_units, [*text_units, *vote_units]))
    return _with_final_vote(_with_header(out, top, resolves), top)


def _with_final_vote(
    out: list[tuple[list[Unit], list[Unit], list[Unit]]], top: int
) -> list[tuple[list[Unit], list[Unit], list[Unit]]]:
    """A bare portal status over the resolution at the top ("Beschluss: ungeändert beschlossen / Es wird
    folgender Beschluss gefasst: …"), then the debate with other votes (a motion to defer), and the
    item's last vote put on the motion ("Im Anschluss lässt er über den Antrag … abstimmen.
    Abstimmungsergebnis: …") with the same result: one decision, quoted at the vote."""
    if len(out) < 3:
        return out
    (text_units, status, _), (last_text, last_vote, last_span) = out[0], out[-1]
    if not (text_units and status and last_vote) or min(u.start for u in status) > top:
        return out
    stated = parse_votes(" ".join(u.text for u in status))
    if not all(STATUS.match(u.text) for u in status) or stated.found:
        return out
    if any(not PUT_TO_VOTE.search(u.text) for u in last_text):
        return out  # the last vote has a resolution text of its own
    resolution = " ".join(u.text for u in text_units)
    counted = parse_votes(" ".join(u.text for u in last_vote))
    if outcome_of(" ".join(u.text for u in status), resolution, stated) != outcome_of(
        " ".join(u.text for u in last_vote), resolution, counted
    ):
        return out
    return [*out[1:-1], (text_units, last_vote, last_span)]


def _with_header(
    out: list[tuple[list[Unit], list[Unit], list[Unit]]], top: int, resolves: Callable[[str], bool]
) -> list[tuple[list[Unit], list[Unit], list[Unit]]]:
    """A portal header that states the item's result at the top ("Abstimmung: Ja: 12, Nein: 0",
    "Beschluss: zur Kenntnis genommen") and the one resolution further down ("Beschluss: Der Gemeinderat
    nimmt … zur Kenntnis") are one decision, quoted where the resolution stands; a resolution with a
    vote of its own joins the header only when both give the same result."""
    if len(out) != 2 or not out[0][1] or not out[1][0]:
        return out
    if not all(_label_only(u) for u in out[0][0]):
        return out  # the first block has a resolution text of its own
    header, (text_units, vote_units, span) = out[0][1], out[1]
    first = min([*out[0][0], *header], key=lambda u: u.start)
    if first.start > top or (resolves(header[0].text) and not STATUS.match(header[0].text)):
        return out  # not at the top of the item, or a resolution sentence of its own
    before = parse_votes(" ".join(u.text for u in header))
    if vote_units and (before.has_counts or before.unanimous is not None):
        now = parse_votes(" ".join(u.text for u in vote_units))
        pairs = [(getattr(now, k), getattr(before, k)) for k in ("yes", "no", "abstain")]
        if any(n is not None and b is not None and n != b for n, b in pairs):
            return out
        resolution = " ".join(u.text for u in text_units)
        if outcome_of(" ".join(u.text for u in header), resolution, before) != outcome_of(
            " ".join(u.text for u in vote_units), resolution, now
        ):
            return out
    return [(text_units, [*header, *vote_units], span)]


HEADED_STATUS = 300
"""Longest heading (with its notes) a decision or task given only as a status line is quoted with."""


def quote_start(ctx: ItemContext, start: int, text: str) -> int:
    """Where the quote of a unit starts: a bare status line ("Beschluss: in die Ausschüsse verwiesen") says what was
    decided only with its item's heading, so its quote starts there when the heading is close."""
    headed = STATUS.match(text.strip()) and ctx.section.agenda_item
    return ctx.section.char_start if headed and 0 < start - ctx.section.char_start <= HEADED_STATUS else start


_TALLY_LINE = 90
"""The longest line read as part of a tally above a result."""


def tally_before(units: list[Unit], first: Unit) -> Votes | None:
    """The counts on the short lines right above a sentence that states a vote's result ("12 Stimmen für Herrn X" / "3
    Stimmen dagegen" / "Somit ist Herr X … gewählt."), or None: the counts of the vote it states."""
    if not RESULT_STATE.match(first.text):
        return None
    index = next((i for i, u in enumerate(units) if u.start == first.start), 0)
    lines: list[str] = []
    for unit in reversed(units[max(0, index - 4) : index]):
        if len(unit.text) > _TALLY_LINE:
            break
        lines.insert(0, unit.text)
    votes = parse_votes(" ".join(lines))
    return votes if votes.has_counts else None


def _page_header(entry: tuple[list[Unit], list[Unit]]) -> bool:
    text_units, vote_units = entry
    return len(vote_units) == 1 and text_units in ([], vote_units) and bool(STATUS_INLINE.search(vote_units[0].text))


def without_page_header(found: list[tuple[list[Unit], list[Unit]]]) -> list[tuple[list[Unit], list[Unit]]]:
    """A portal page's header ("Gremium: … Beschlussart: ungeändert beschlossen / überwiesen") sums up the result the
    page records further down; when a vote of the item follows it, that vote is the decision and the header no
    second one."""
    return [
        entry
        for i, entry in enumerate(found)
        if not (_page_header(entry) and any(later[1] and not _page_header(later) for later in found[i + 1 :]))
    ]


# Cues that a vote belongs to a matter of its own, not to the resolution told before it.
OWN_RESOLUTION = re.compile(
    r"^(?:Der|Die|Das)\s[^,:]{3,120}?\b(?:Beschluss\w*|beschließt|beschloss)\b[^,:]{0,40}?,\s*(?:den|die|das|dem|der|dass)\b"
    r"|^(?:Bei|In)\s+(?:der|einer)\s+(?:[\w-]+\s+){0,2}?Wahl\s+(?:zum|zur|des|der)\s"
)
"""A body's resolution that names its matter after a comma ("Der Rat … beschließt einstimmig, den ersten Satz … zu
ändern"), or an election that names its office ("Bei der geheimen Wahl zum dritten Bürgermeister erhielt …"): no
restatement of the vote before it."""

OWN_MOTION = re.compile(
    r"^(?:Der|Die|Das)\s+(?:[\w-]+\s+){0,2}?(?:Vorschlag|Antrag|Änderungsantrag|Gegenantrag|Kompromiss|Kompromissvorschlag)\b"
)
"""A vote whose sentence names a motion of its own ("Der Vorschlag der CDU, das Gremium … zu verkleinern, fand keine
Mehrheit."): a decision of its own, not the result of a resolution told before."""

FURTHER_RESOLUTION = re.compile(r"^(?:Ergänzend|Zusätzlich|Außerdem|Darüber hinaus|Ferner|Des Weiteren|Weiterhin|Zudem)\b")
"""A sentence that adds a resolution of its own with its vote ("Ergänzend beschloss der Gemeinderat mit 12 : 0
Stimmen, dass …"), not the vote of the resolution above it."""
