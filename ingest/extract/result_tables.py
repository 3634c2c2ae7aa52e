"""Decisions listed in a results table: one row per matter with its result and its counts.

An "Ergebnisprotokoll" or a portal's overview lists the session's matters in columns — number, paper, subject,
result, Ja / Nein / Enthaltung — with cells divided by runs of spaces or by "|":

    TOP  Vorlage       Betreff                          Ergebnis      Ja  Nein Enth.
    6    BV/121/2021   Festsetzung der Kreisumlage      beschlossen   30   18    3
    8    A/036/2021    Antrag Fraktion: Sozialticket    verwiesen      –    –    –

A table starts at a header line that names the result column (Ergebnis, Beschluss) and the counts (Ja and Nein,
or "Abst."); every following line whose cells hold a result word is a row, and a line without one (an indented
continuation of the subject) belongs to the row above; a blank line ends the table. Each row is one decision whose
quote is its line: the outcome from the result word ("beschlossen", "Einvernehmen erteilt", "verwiesen in AGS",
"zur Kenntnis genommen", "gewählt: …"), the counts from the cells after it ("30 18 3", "8:1", "–" for none,
"einstimmig").
"""

from __future__ import annotations

import re

from assistant.models import Decision
from assistant.vocab import DecisionOutcome
from ingest.extract.common import ItemContext

_HEADER = re.compile(
    r"\b(?:Ergebnis|Beschluss(?:art|lage)?)\b.*?(?:\bJa\b.*\bNein\b|\bAbst(?:\.|immung)?(?![\w-]))", re.IGNORECASE
)
_CELLS = re.compile(r"\s*\|\s*|\s{2,}|\t+")
_RESULTS: tuple[tuple[re.Pattern[str], DecisionOutcome], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), outcome)
    for pattern, outcome in (
        (r"^(?:einstimmig |mehrheitlich )?(?:abgelehnt|Einvernehmen (?:versagt|nicht erteilt))\b", DecisionOutcome.REJECTED),
        (r"^(?:einstimmig |mehrheitlich )?(?:(?:un)?geändert )?(?:beschlossen|angenommen|zugestimmt|gewählt)\b"
         r"|^Einvernehmen erteilt\b", DecisionOutcome.ADOPTED),
        (r"^(?:verwiesen|überwiesen|zurückverwiesen)\b", DecisionOutcome.REFERRED),
        (r"^(?:zur )?Kenntnis genommen\b", DecisionOutcome.NOTED),
        (r"^vertagt\b", DecisionOutcome.ADJOURNED),
        (r"^zurückgestellt\b", DecisionOutcome.DEFERRED),
        (r"^zurückgezogen\b", DecisionOutcome.WITHDRAWN),
    )
)
_COUNT = re.compile(r"^(?:\d{1,3}|[–—-])$")
_RATIO = re.compile(r"^(\d{1,3})\s*:\s*(\d{1,3})(?:\s*:\s*(\d{1,3}))?$")


def table_decisions(ctx: ItemContext) -> list[Decision]:
    """The decisions of the results tables in the agenda item of ``ctx``, one per row."""
    text, found = ctx.document.text, []
    start, end = ctx.section.char_start, ctx.section.char_end
    in_table = False
    for line in re.finditer(r"^.*$", text[start:end], re.MULTILINE):
        raw = line.group(0)
        if not raw.strip():
            in_table = False
            continue
        if _HEADER.search(raw) and len(_CELLS.split(raw.strip())) >= 3 and not _row(raw):
            in_table = True
            continue
        if in_table and (row := _row(raw)) is not None:
            outcome, counts, unanimous = row
            begin = start + line.start() + (len(raw) - len(raw.lstrip()))
            found.append(_decision(ctx, begin, start + line.end(), outcome, counts, unanimous))
    return found


def with_tables(decisions: list[Decision], tabled: list[Decision]) -> list[Decision]:
    """``decisions`` with the table rows in place of any decision read across them."""
    if not tabled:
        return decisions
    kept = [d for d in decisions if not any(d.char_start < t.char_end and t.char_start < d.char_end for t in tabled)]
    return sorted(kept + tabled, key=lambda d: d.char_start)


def _row(line: str) -> tuple[DecisionOutcome, list[int | None], bool | None] | None:
    """The outcome, counts (Ja, Nein, Enthaltung) and unanimity of a table row, or None for no row."""
    cells = [c for c in _CELLS.split(line.strip()) if c]
    for index, cell in enumerate(cells[1:], start=1):
        outcome = next((o for pattern, o in _RESULTS if pattern.match(cell)), None)
        if outcome is None:
            continue
        rest = cells[index + 1 :]
        counts: list[int | None] = [int(c) if c.isdigit() else None for c in rest if _COUNT.match(c)][:3]
        if rest and (ratio := _RATIO.match(rest[-1])):
            counts = [int(g) if g else None for g in ratio.groups()]
        unanimous = True if re.search(r"\beinstimmig\b", " ".join(cells[index:]), re.IGNORECASE) else None
        return outcome, counts, unanimous
    return None


def _decision(
    ctx: ItemContext, start: int, end: int, outcome: DecisionOutcome, counts: list[int | None], unanimous: bool | None
) -> Decision:
    yes, no, abstain = [*counts, None, None, None][:3]
    if unanimous is None and yes is not None and no is not None:
        unanimous = yes > 0 and no == 0 and not abstain
    return Decision(
        **ctx.base("decision", start, end),  # type: ignore[arg-type]
        outcome=outcome.value,
        unanimous=unanimous,
        yes=yes,
        no=no,
        abstain=abstain,
        text=" ".join(ctx.document.text[start:end].split()),
    )
