"""Saved council-portal pages (SessionNet, ALLRIS, Bürgerinfo): main content as readable text."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from ingest.readers.base import (
    ReadResult,
    normalise_text,
    parse_german_date,
    read_nonempty_bytes,
    require_text,
    split_front_matter,
)
from ingest.readers.encoding import decode_bytes

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "form", "aside",
    "iframe", "svg", "button", "select", "input", "textarea", "menu", "object", "embed", "head",
)  # fmt: skip
# Class/id fragments of page chrome on Ratsinformationssystemen and CMS pages.
_CHROME_RE = re.compile(
    r"(^|[-_ ])(nav|navigation|menu|menue|breadcrumbs?|footer|header|sidebar|skip|login|search|suche|"
    r"cookie|banner|toolbar|service|social|print)([-_ ]|$)",
    re.IGNORECASE,
)
_MAIN_SELECTORS = ("main", "[role=main]", "#smc_page_content", "#content", "#inhalt", ".content", "article")
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl",
        "table", "thead", "tbody", "tfoot", "blockquote", "pre", "address", "figure", "figcaption",
        "fieldset", "hr", "caption", "details", "summary",
    }
)  # fmt: skip
_LINE_TAGS = frozenset({"li", "tr", "dt", "dd"})
_CELL_TAGS = frozenset({"td", "th"})
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
# Labels that portal pages show next to the session's facts ("Gremium: Gemeinderat").
_LABELS = {
    "gremium": "body", "datum": "date", "sitzungsdatum": "date", "sitzung am": "date", "top": "agenda_item",
    "tagesordnungspunkt": "agenda_item", "status": "status", "betreff": "subject", "vorlage": "paper",
}  # fmt: skip
_LABEL_LINE_RE = re.compile(r"^\s*([A-Za-zÄÖÜäöü ]{2,20}?)\s*:\s*(\S.*)$")

_PARA = "\x00P"  # paragraph break marker (NULs never survive decoding checks)
_LINE = "\x00L"  # line break marker


def _sniff_charset(data: bytes) -> str | None:
    match = _META_CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _is_chrome(tag: Tag) -> bool:
    attrs = tag.attrs if isinstance(tag.attrs, dict) else {}
    names = " ".join([str(attrs.get("id", ""))] + [str(c) for c in attrs.get("class", []) or []])
    if str(attrs.get("role", "")).lower() in {"navigation", "banner", "contentinfo", "search"}:
        return True
    return bool(names.strip()) and bool(_CHROME_RE.search(names))


def _clean(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        keep = not isinstance(tag, Tag) or tag.decomposed or tag.name in {"html", "body"}
        if not keep and _is_chrome(tag):
            tag.decompose()


def _main_content(soup: BeautifulSoup) -> Tag:
    for selector in _MAIN_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            return found
    return soup.body or soup


def _ordinal(item: Tag) -> int:
    """The number a browser gives ``item`` in its ordered list (``start`` respected)."""
    parent = item.parent
    start = parent.get("start") if parent is not None else None
    first = int(start) if isinstance(start, str) and start.isdigit() else 1
    return first + sum(1 for sibling in item.find_previous_siblings("li"))


def _emit(node: Tag, out: list[str]) -> None:
    for child in node.children:
        if isinstance(child, _SKIPPED_STRINGS):
            continue
        if isinstance(child, NavigableString):
            out.append(re.sub(r"\s+", " ", str(child)))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "br":
            out.append(_LINE)
        elif name in _CELL_TAGS:
            out.append("\t")
            _emit(child, out)
        elif name in _LINE_TAGS:
            out.append(_LINE)
            if name == "li" and node.name == "ol":
                out.append(f"{_ordinal(child)}. ")  # as a browser shows it: the points of a resolution by number
            _emit(child, out)
            out.append(_LINE)
        elif name in _BLOCK_TAGS:
            out.append(_PARA)
            _emit(child, out)
            out.append(_PARA)
        else:
            _emit(child, out)


def _assemble(parts: list[str]) -> str:
    raw = "".join(parts)
    paragraphs = []
    for block in raw.split(_PARA):
        lines = []
        for line in block.split(_LINE):
            cells = [c.strip() for c in line.split("\t")]
            line = "\t".join(c for c in cells if c)
            if line:
                lines.append(line)
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _page_facts(text: str) -> dict[str, str]:
    """Label/value pairs near the top of the page: table cells or ``Label: value`` lines."""
    facts: dict[str, str] = {}

    def add(label: str, value: str) -> None:
        key = _LABELS.get(label.rstrip(":").strip().lower())
        if key and key not in facts and value.strip():
            facts[key] = value.strip()

    for line in text.split("\n")[:80]:
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        for index, cell in enumerate(cells):
            if index + 1 < len(cells) and cell.rstrip(":").strip().lower() in _LABELS:
                add(cell, cells[index + 1])
            elif (match := _LABEL_LINE_RE.match(cell)) is not None:
                add(match.group(1), match.group(2))
    return facts


def _page_title(soup: BeautifulSoup) -> str:
    heading = soup.find("h1")
    title = heading.get_text(" ", strip=True) if isinstance(heading, Tag) else ""
    title_tag = soup.find("title")
    if not title and isinstance(title_tag, Tag):
        title = title_tag.get_text(" ", strip=True)
    return re.sub(r"\s+", " ", title)


def _meta_from_page(title: str, text: str) -> dict[str, str]:
    meta: dict[str, str] = {"title": title} if title else {}
    facts = _page_facts(text)
    if body := facts.get("body"):
        meta["body"] = body
    if (date := parse_german_date(facts.get("date", ""))) != "":
        meta["date"] = date
    if item := facts.get("agenda_item"):
        meta["agenda_item"] = re.sub(r"\s+", " ", item)
    status = facts.get("status", "").lower().replace(" ", "").replace("-", "")
    if status.startswith(("nichtöffentlich", "nöffentlich", "vertraulich")):
        meta["public"] = "false"
    elif status.startswith("öffentlich"):
        meta["public"] = "true"
    return meta


def read_html(path: Path) -> ReadResult:
    """Read a saved HTML page; drop page chrome and keep the agenda item's text, one block per paragraph."""
    data = read_nonempty_bytes(path)
    markup = decode_bytes(data, path, declared=_sniff_charset(data))
    front, markup = split_front_matter(normalise_text(markup))
    soup = BeautifulSoup(markup, "lxml")
    title = _page_title(soup)
    _clean(soup)
    parts: list[str] = []
    _emit(_main_content(soup), parts)
    text = normalise_text(_assemble(parts)).strip()
    require_text(path, text)
    meta = _meta_from_page(title, text)
    meta.update(front)
    return ReadResult(text=text, meta=meta, page_starts=[])
