"""Lines of a web page's chrome copied into a text file with the minutes: jump links, "zum Seitenanfang" between
agenda items, print and calendar buttons. A line is chrome only when nothing but such phrases stands on it, so no
sentence of the minutes is touched; the HTML reader drops the same parts by their tags (:mod:`ingest.readers.html`)."""

from __future__ import annotations

import re

_PHRASE = re.compile(
    r"(?:(?:Sprung|Springe|Direkt|Gehe)\s+)?zu[mr]?\s+(?:Seitenanfang|Inhalt|Hauptinhalt|Navigation|Hauptnavigation|"
    r"Hauptmenü|Startseite|Suche|Seitenende|Fußzeile|Kontakt)|Seitenanfang|(?:zurück\s+)?nach\s+oben|"
    r"(?:Seite\s+)?(?:aus)?drucken|Druckansicht|Druckversion|Seite\s+teilen|Seite\s+empfehlen|"
    r"Übernahme\s+in\s+(?:den\s+)?persönlichen\s+Kalender|In\s+(?:den\s+)?Kalender\s+übernehmen|"
    r"Inhalt\s+überspringen|Navigation\s+überspringen|Schriftgröße\s+(?:ändern|anpassen)",
    re.IGNORECASE,
)
_KEY = re.compile(r"\((?:ALT|Alt|alt)\s*-\s*\w\)|\(ICS\)|\(PDF\)")
"""What follows a phrase on the same line: an access key, a file type."""


def is_chrome(line: str) -> bool:
    """True when ``line`` holds page chrome only ("zum Seitenanfang", "Zum Inhalt (ALT-C)", "Sprung zur Navigation.
    Sprung zum Inhalt.")."""
    if not _PHRASE.search(line):
        return False  # a rule ("---") or a table's bar is no chrome
    rest = _KEY.sub(" ", _PHRASE.sub(" ", line))
    return not re.search(r"\w", rest)


def drop_chrome_lines(text: str) -> str:
    """``text`` without its lines of page chrome."""
    return "\n".join(line for line in text.split("\n") if not is_chrome(line))
