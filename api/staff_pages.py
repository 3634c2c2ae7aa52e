"""The staff lists (/beschluesse, /positionen, /auftraege): one HTML template, one spec a page.

The pages differ only in title, tagline, filter fields, table columns and the list that
``staff.js`` loads (``data-list``); everything else is ``templates/staff.html``. Each page is
rendered once, when the app is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from string import Template

from assistant.vocab import DecisionOutcome, ItemStatus

TEMPLATE = Path(__file__).parent / "templates" / "staff.html"

NAV = (
    ("/", "Fragen"),
    ("/beschluesse", "Beschlüsse"),
    ("/positionen", "Positionen"),
    ("/auftraege", "Aufträge"),
)
"""The links in every page's header, in order."""


@dataclass(frozen=True)
class TextFilter:
    """A free-text (or date) field; ``name`` is the query parameter, the element id is ``f-<name>``."""

    label: str
    name: str
    placeholder: str = ""
    type: str = "text"

    def html(self) -> str:
        hint = f' placeholder="{escape(self.placeholder)}"' if self.placeholder else ""
        return f'<label>{escape(self.label)} <input name="{self.name}" id="f-{self.name}" type="{self.type}"{hint}></label>'


@dataclass(frozen=True)
class ChoiceFilter:
    """A choice among fixed values, "alle" first; ``options`` are (value, shown text) pairs."""

    label: str
    name: str
    options: tuple[tuple[str, str], ...]

    def html(self) -> str:
        options = "".join(
            f'<option value="{escape(value)}">{escape(text)}</option>'
            for value, text in (("", "alle"), *self.options)
        )
        return f'<label>{escape(self.label)} <select name="{self.name}" id="f-{self.name}">{options}</select></label>'


@dataclass(frozen=True)
class StaffPage:
    """What sets one staff list apart: its path, words, filters, columns and the list it shows."""

    path: str
    title: str
    tagline: str
    data_list: str
    filters: tuple[TextFilter | ChoiceFilter, ...]
    columns: tuple[str, ...]


STAFF_PAGES = (
    StaffPage(
        path="/beschluesse",
        title="Beschlüsse",
        tagline="Was die Gremien beschlossen haben – mit Abstimmungsergebnis und Fundstelle.",
        data_list="decisions",
        filters=(
            TextFilter("Text", "q", "z. B. Bebauungsplan"),
            TextFilter("Gremium", "body", "z. B. Stadtrat"),
            TextFilter("Kommune", "municipality"),
            TextFilter("Von", "date_from", type="date"),
            TextFilter("Bis", "date_to", type="date"),
            ChoiceFilter("Ergebnis", "outcome", tuple((o.value, o.value) for o in DecisionOutcome)),
            TextFilter("Vorlage", "vorlage", "z. B. 2024/BV/061"),
        ),
        columns=("Datum", "Gremium", "Ergebnis", "Stimmen", "Beschluss", "Quelle"),
    ),
    StaffPage(
        path="/positionen",
        title="Positionen",
        tagline="Wer was vertreten hat – eine Person über die Zeit, mit Zitat.",
        data_list="positions",
        filters=(
            TextFilter("Person", "person", "z. B. Becker"),
            TextFilter("Thema", "q", "z. B. Schulsozialarbeit"),
            TextFilter("Gremium", "body"),
            TextFilter("Kommune", "municipality"),
        ),
        columns=("Datum", "Person", "Haltung", "Gremium", "Zitat", "Quelle"),
    ),
    StaffPage(
        path="/auftraege",
        title="Aufträge und offene Punkte",
        tagline="Was die Verwaltung erledigen soll – überfällige zuerst, mit dem späteren Beschluss, der es erledigt hat.",
        data_list="open-items",
        filters=(
            ChoiceFilter(
                "Status", "status", ((ItemStatus.OPEN.value, "offen"), (ItemStatus.SETTLED.value, "erledigt"))
            ),
            TextFilter("Zuständig", "owner", "z. B. Verwaltung"),
            TextFilter("Gremium", "body"),
            TextFilter("Kommune", "municipality"),
        ),
        columns=("Status", "Zuständig", "Auftrag", "Fällig", "Erledigt durch", "Quelle"),
    ),
)
"""The staff lists, in the order of the header's links."""


def _nav(current: str) -> str:
    """The header's links, the page's own marked as current."""
    marks = {current: ' aria-current="page"'}
    return "\n      ".join(f'<a href="{href}"{marks.get(href, "")}>{escape(text)}</a>' for href, text in NAV)


def render_staff_page(page: StaffPage) -> str:
    """The page's HTML: the shared template filled with the page's spec."""
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        title=escape(page.title),
        tagline=escape(page.tagline),
        list=escape(page.data_list),
        nav=_nav(page.path),
        filters="\n      ".join(f.html() for f in page.filters),
        columns="".join(f'<th scope="col">{escape(c)}</th>' for c in page.columns),
    )
