"""Split council documents into agenda items (TOPs) and mark their non-public parts.

Headings come in two strengths. *Labelled* headings name the item ("TOP Ö 4.1", "N 2",
"Tagesordnungspunkt 5", "Punkt 3 der Tagesordnung", "zu TOP 3", "Zu 3.") and are trusted.
*Numbered* headings ("12. Bauleitplanung ...") are only used when the document has no labelled
ones, and only the longest increasing run of them (so enumerations inside a decision text do
not become items). An agenda list at the top of minutes ("Tagesordnung" followed by a dense
list whose numbers reappear later as the real headings) stays in the preamble.

Lines such as "Nichtöffentlicher Teil" switch the following text to non-public until a line
such as "Öffentlicher Teil" or "Wiederherstellung der Öffentlichkeit"; items labelled "N"/"NÖ"
are always non-public. Only short lines that stand on their own count, never running text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from assistant.language.words import month_alternation
from assistant.models import Section
from ingest.subheads import subheads

_NUM = r"(?P<num>\d{1,3}(?:\.\d{1,3})*)(?:\.(?!\d))?(?:(?P<let>[a-z])\b|\s(?P<let2>[a-z])\))?"
_REST = r"(?:\s+(?:der|des)\s+Tagesordnung\b)?(?:\s*[:.)\-–—]+\s*|\s+|$)(?P<title>.*)$"
_LABELLED_RES = (
    re.compile(
        r"^(?i:zu\s+)?(?i:TOP|TO|TO-Punkt|Tagesordnungspunkt|Punkt)\s*(?i:Nr\.?)?\s*:?\s*"
        r"(?:(?P<pub>NÖ|Ö|N)\s*)?" + _NUM + _REST
    ),
    re.compile(r"^(?P<pub>NÖ|Ö|N)\s*" + _NUM + _REST),
    re.compile(r"^(?i:zu)\s+" + _NUM + _REST),
)
_NUMBERED_RE = re.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,2})*)(?P<dot>\.)?[ \t]+(?:[/\-–|][ \t]*)?(?P<title>\S.*)$"
)
_LOOSE_RE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})*)[.)]?[ \t]+(?:\|[ \t]*)?(?P<title>\S.*)$")
_SENTENCE_START = frozenset(
    {
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "es",
        "er",
        "sie",
        "wir",
        "ich",
        "man",
        "dies",
        "diese",
        "dieser",
        "hier",
        "da",
    }
)
_MONTHS = month_alternation(abbreviations=True)
_NOT_A_TITLE_RE = re.compile(
    rf"^(?:(?:{_MONTHS})\b|(?:ja|nein|enthaltung(?:en)?|gegenstimme(?:n)?|stimme(?:n)?|mitglied(?:er)?|euro?|prozent|personen?)\b"
    r"|[%€§])",
    re.IGNORECASE,
)
_AGENDA_WORD_RE = re.compile(r"tagesordnung", re.IGNORECASE)
# a vote's result between two numbered lines makes them items with content, not a list
_RESULT_LINE_RE = re.compile(r"abstimmungsergebnis|einstimmig|mehrheitlich|\b(?:ja|nein)\s*:\s*\d", re.IGNORECASE)
_PART_PREFIX = r"(?:[ivx]+\.|[a-e][.)]|teil[a-e]?[.:]?|tagesordnung(?:in|für|der)?|beginndes|fortsetzungder)?"
_PRIVATE_RE = re.compile(
    _PART_PREFIX + r"(?:nicht|nö)öffentliche?[rsn]?(?:teils?|sitzung|sitzungsteil|beratung)?(?:dersitzung)?"
    r"(?:zubehandelndetagesordnungspunkte|tagesordnungspunkte)?|ausschlussderöffentlichkeit"
)
_PUBLIC_RE = re.compile(
    _PART_PREFIX + r"öffentliche?[rsn]?(?:teils?|sitzung|sitzungsteil|beratung)?(?:dersitzung)?"
    r"(?:zubehandelndetagesordnungspunkte|tagesordnungspunkte)?"
    r"|wiederherstellungderöffentlichkeit|öffentlichkeitwirdwiederhergestellt"
)
_MARKER_MAX_CHARS = 70
_TITLE_MAX_CHARS = 200


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped


@dataclass(frozen=True)
class _Heading:
    line: int
    key: tuple[int, ...]
    label: str
    title: str
    public: bool | None  # None: follows the current part of the session
    labelled: bool


_ROW_HEADING = re.compile(r"^\|\s*(\d{1,2}(?:\.\d{1,2})*\.)\s*\|\s*([^|]+?)\s*\|?$")
"""An agenda item as a table row of two cells, its number and its title ("| 3. | Produktbericht 321 |"), as a portal's
table of items reads when pasted: the heading "3. Produktbericht 321"."""


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        row = _ROW_HEADING.match(raw.strip())
        lines.append(_Line(pos, pos + len(raw), f"{row.group(1)} {row.group(2)}" if row else raw.strip()))
        pos += len(raw) + 1
    return lines


def normalise_label(raw: str) -> str:
    """``"TOP: Ö 04.1"`` → ``"Ö 4.1"``, ``"Tagesordnungspunkt 5"`` → ``"TOP 5"``; unknown → collapsed."""
    for pattern in _LABELLED_RES:
        match = pattern.match(raw.strip())
        if match is not None:
            return _label(match)
    return " ".join(raw.split())


def _label(match: re.Match[str]) -> str:
    number = ".".join(str(int(part)) for part in match.group("num").split("."))
    number += match.group("let") or match.group("let2") or ""
    prefix = (match.groupdict().get("pub") or "TOP").replace("NÖ", "N")
    return f"{prefix} {number}"


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def _title(raw: str) -> str:
    title = raw.strip()
    if len(title) > _TITLE_MAX_CHARS:
        title = title[:_TITLE_MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return title


def _labelled(index: int, line: str) -> _Heading | None:
    for pattern in _LABELLED_RES:
        match = pattern.match(line)
        if match is not None:
            pub = match.groupdict().get("pub")
            public = None if pub is None else pub == "Ö"
            key = _key(match.group("num"))
            return _Heading(index, key, _label(match), _title(match.group("title")), public, True)
    return None


def _numbered(index: int, line: str) -> _Heading | None:
    match = _NUMBERED_RE.match(line)
    if match is None or len(line) > 300:
        return None
    # a portal's table row ("4.1.1 | Title | B-028/2020 | |"): the title is the first cell
    title, number = match.group("title").split(" |")[0].strip(), match.group("num")
    nested = "." in number
    first = title[0]
    capitalised = first.isupper() or first in '„"“»' or (nested and first.isalpha())
    if not capitalised and not re.match(r"\d{1,2}\.\s+[A-ZÄÖÜ]", title):
        return None
    if not match.group("dot") and not first.isupper():
        return None
    if _NOT_A_TITLE_RE.match(title) or title.endswith((";", ",", "?", "!")):
        return None
    words = title.split()
    if title.endswith(".") and (words[0].lower() in _SENTENCE_START or len(words) > 15):
        return None  # a sentence (e.g. a numbered decision point), not a heading
    label = "TOP " + ".".join(str(part) for part in _key(number))
    return _Heading(index, _key(number), label, _title(title), None, False)


def _marker(line: str) -> bool | None:
    """True/False when ``line`` opens a public/non-public part of the session, else None."""
    if not line or len(line) > _MARKER_MAX_CHARS:
        return None
    key = re.sub(r"[\s\-–—_*]+", "", line).lower().rstrip(":.")
    if _PRIVATE_RE.fullmatch(key):
        return False
    if _PUBLIC_RE.fullmatch(key):
        return True
    return None


def _gap_is_small(lines: list[_Line], after: int, before: int) -> bool:
    """True when at most a few short non-sentence lines (e.g. "Vorlage 12/2020") lie in between."""
    between = [ln.text for ln in lines[after + 1 : before] if ln.text and _marker(ln.text) is None]
    if len(between) > 4 or sum(map(len, between)) > 240 or any(_RESULT_LINE_RE.search(t) for t in between):
        return False
    return not any(len(t) > 120 or (t.endswith((".", "!", "?")) and len(t.split()) >= 3) for t in between)


def _announced(lines: list[_Line], index: int) -> bool:
    """True when one of the few non-blank lines before ``index`` mentions the Tagesordnung."""
    seen = 0
    for line in reversed(lines[:index]):
        if not line.text:
            continue
        if _AGENDA_WORD_RE.search(re.sub(r"\s+", "", line.text)) and len(line.text) <= 120:
            return True
        if _marker(line.text) is None:
            seen += 1
        if seen >= 3:
            return False
    return False


@dataclass(frozen=True)
class _Group:
    first: int  # line index of the group's first entry
    last: int  # line index of its last entry
    labels: frozenset[str]
    agenda: bool  # an agenda list (announced, or its items reappear later)


def _top(label: str) -> int:
    return int(label.split()[-1].split(".")[0].rstrip("abcdefghijklmnopqrstuvwxyz"))


def _dense_groups(lines: list[_Line], entries: list[tuple[int, str]]) -> list[_Group]:
    """Runs of ≥2 list-like lines (``(line index, label)``) with at most a short line between them.

    Consecutive entries must continue the numbering (top-level numbers at most one apart, in
    either direction, no label twice), so "3." followed by a decision point "1." breaks a run.
    """
    groups: list[_Group] = []
    i = 0
    while i < len(entries):
        j = i + 1
        seen = {entries[i][1]}
        while (
            j < len(entries)
            and entries[j][1] not in seen
            and abs(_top(entries[j][1]) - _top(entries[j - 1][1])) <= 1
            and _gap_is_small(lines, entries[j - 1][0], entries[j][0])
        ):
            seen.add(entries[j][1])
            j += 1
        labels = frozenset(label for _, label in entries[i:j])
        later = {label for _, label in entries[j:]}
        size = len(labels)
        repeated = len(labels & later) >= (1 if size >= 3 else 2)
        announced = size >= 3 and _announced(lines, entries[i][0])
        if size >= 2 and (repeated or announced or size >= 3):
            groups.append(_Group(entries[i][0], entries[j - 1][0], labels, repeated or announced))
        i = j
    return groups


def _increasing_run(heads: list[_Heading]) -> list[_Heading]:
    """Longest strictly increasing subsequence by number (patience sorting)."""
    tails: list[tuple[int, ...]] = []
    tail_idx: list[int] = []
    parent = [-1] * len(heads)
    for k, head in enumerate(heads):
        pos = bisect_left(tails, head.key)
        if pos == len(tails):
            tails.append(head.key)
            tail_idx.append(k)
        else:
            tails[pos], tail_idx[pos] = head.key, k
        parent[k] = tail_idx[pos - 1] if pos else -1
    run, k = [], tail_idx[-1] if tail_idx else -1
    while k >= 0:
        run.append(heads[k])
        k = parent[k]
    return run[::-1]


def _loose_label(line: str) -> str | None:
    match = _LOOSE_RE.match(line)
    if match is None or _NOT_A_TITLE_RE.match(match.group("title")):
        return None
    return "TOP " + ".".join(str(int(p)) for p in match.group("num").split("."))


def _select(
    lines: list[_Line], heads: list[_Heading], entries: list[tuple[int, str]], numbered: bool
) -> tuple[list[_Heading], list[_Group]]:
    groups = [g for g in _dense_groups(lines, entries) if g.agenda or numbered]
    rest = [h for h in heads if not any(g.first <= h.line <= g.last for g in groups)]
    if numbered:
        run = _increasing_run(rest)
        agenda_labels = {label for g in groups if g.agenda for label in g.labels}
        single_ok = bool(run) and {h.label for h in run} <= agenda_labels
        rest = run if len(run) >= 2 or single_ok else []
    return rest, [g for g in groups if g.agenda]


def _headings(lines: list[_Line]) -> tuple[list[_Heading], list[tuple[int, int]]]:
    """Chosen headings, and line ranges in which part markers are ignored (agenda lists)."""
    labelled = [h for i, ln in enumerate(lines) if ln.text and (h := _labelled(i, ln.text))]
    chosen, groups = _select(lines, labelled, [(h.line, h.label) for h in labelled], numbered=False)
    if not chosen:
        taken = {h.line for h in labelled}
        loose = [(i, lab) for i, ln in enumerate(lines) if i not in taken and (lab := _loose_label(ln.text))]
        numbered = [h for i, ln in enumerate(lines) if i not in taken and (h := _numbered(i, ln.text))]
        chosen, more = _select(lines, numbered, loose, numbered=True)
        groups += more
    ignored = []
    for group in groups:
        later = [h.line for h in chosen if h.line > group.last]
        ignored.append((group.first, later[0] if later else group.last + 1))
    return chosen, ignored


def split_sections(text: str) -> list[Section]:
    """Split ``text`` into contiguous sections covering it in order: preamble, then one per item."""
    if not text.strip():
        return []
    lines = _lines(text)
    heads, ignored = _headings(lines)
    by_line = {h.line: h for h in heads}
    parted = set() if heads else set(subheads([ln.text for ln in lines]))  # a report's unnumbered subheadings
    first_head = min((h.line for h in heads), default=len(lines))
    listed = _agenda_titles(lines, [*ignored, (0, first_head)])
    # (line index, heading or None, part switch or None)
    events: list[tuple[int, _Heading | None, bool | None]] = []
    current = True
    pending: tuple[int, bool] | None = None  # a part switch waiting for the next heading
    for index, line in enumerate(lines):
        head = by_line.get(index)
        switch = None if head else _marker(line.text)
        if switch is not None and not any(a <= index < b for a, b in ignored) and switch != current:
            current = switch
            if pending is not None:
                events.append((pending[0], None, pending[1]))
            pending = (index, switch)
        elif head is not None:
            start = pending[0] if pending else index
            events.append((start, head, current))
            pending = None
        elif index in parted:
            events.append((pending[0] if pending else index, None, current))
            pending = None
        elif line.text and pending is not None:
            events.append((pending[0], None, pending[1]))
            pending = None
    if pending is not None:
        events.append((pending[0], None, pending[1]))
    sections: list[Section] = []
    state = True
    for n, (index, head, part) in enumerate(events):
        start = 0 if n == 0 and not text[: lines[index].start].strip() else lines[index].start
        if n == 0 and start > 0:
            sections.append(Section(0, start, "", "", True))
        end = lines[events[n + 1][0]].start if n + 1 < len(events) else len(text)
        state = part if part is not None else state
        if head is None:
            sections.append(Section(start, end, "", lines[index].text, state))
        else:
            public = head.public if head.public is not None else state
            until = events[n + 1][0] if n + 1 < len(events) else len(lines)
            title = _full_title(head, lines, until, listed.get(head.label.split()[-1], ""))
            sections.append(Section(start, end, head.label, title, public))
    return sections or [Section(0, len(text), "", "", True)]


_BARE_TITLE = re.compile(r"^[\d\s/\-–.]*$")
"""A heading that names no subject: nothing, or only a paper's number ("Ö 5.1 - 22-0487")."""


def _agenda_titles(lines: list[_Line], ranges: list[tuple[int, int]]) -> dict[str, str]:
    """Item number → title in the agenda list at the top ("1. | Begrüßung |"): numbered lines in the line
    ``ranges`` (the preamble and the agenda lists)."""
    titles: dict[str, str] = {}
    for first, last in ranges:
        for line in lines[first:last]:
            match = _LOOSE_RE.match(line.text)
            if match is not None:
                number = ".".join(str(int(p)) for p in match.group("num").split("."))
                titles.setdefault(number, _title(match.group("title").strip(" |\t")))
    return titles


def _full_title(head: _Heading, lines: list[_Line], until: int, listed: str = "") -> str:
    """The heading's title; when the heading line names no subject, the agenda list's title of the item ("zu TOP
    1:" after "1. | Begrüßung |"), or else the short line after it ("Ö 1" and then "Bestätigung der Tagesordnung"
    on a line of its own, as ALLRIS pages print it)."""
    if not _BARE_TITLE.match(head.title):
        return head.title
    if listed and not _BARE_TITLE.match(listed):
        return f"{listed} ({head.title})" if head.title.strip(" -–") else listed
    following = next((ln.text for ln in lines[head.line + 1 : until] if ln.text), "")
    words = following.split()
    if (
        not words
        or len(following) > _TITLE_MAX_CHARS
        or following.endswith((".", ",", ";", ":", "?", "!"))
        or not (following[0].isupper() or following[0] in '„"“»')
        or words[0].lower() in _SENTENCE_START
        or _NOT_A_TITLE_RE.match(following)
    ):
        return head.title
    return f"{following} ({head.title})" if head.title.strip(" -–") else following


def private_spans(sections: list[Section]) -> list[tuple[int, int]]:
    """Merged ``(char_start, char_end)`` ranges of the non-public sections."""
    spans: list[tuple[int, int]] = []
    for section in sorted(sections, key=lambda s: s.char_start):
        if section.public:
            continue
        if spans and section.char_start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], section.char_end))
        else:
            spans.append((section.char_start, section.char_end))
    return spans
