"""Turn the bytes of a text or HTML file into ``str``: UTF-8 first, then legacy Windows encodings."""

from __future__ import annotations

import codecs
import logging
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from ingest.readers.base import fail

logger = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Browsers decode these labels as windows-1252 (WHATWG encoding standard); so do we.
_WINDOWS_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1"}
_MAX_CONTROL_RATIO = 0.002
_MIN_LETTER_RATIO = 0.5


def _control_ratio(text: str) -> float:
    bad = sum(
        1 for ch in text if ch not in "\n\r\t\f" and unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn")
    )
    return bad / max(len(text), 1)


def looks_like_text(text: str) -> bool:
    """True when ``text`` has (almost) no control characters and mostly letters among non-spaces."""
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        return False
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return True
    letters = sum(1 for ch in visible if ch.isalpha())
    return letters / len(visible) >= _MIN_LETTER_RATIO


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _canonical(declared: str | None) -> str | None:
    if not declared:
        return None
    label = declared.strip().lower()
    if label in _WINDOWS_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(data: bytes, path: Path, declared: str | None = None) -> str:
    """Decode ``data`` (the contents of ``path``); raise ReadError for binary or undecodable data.

    Order: byte-order mark, strict UTF-8, the ``declared`` charset (HTML ``<meta charset>``),
    cp1252, latin-1 and finally charset-normalizer's best guess; the legacy decodings are only
    accepted when the result looks like text (no control characters, mostly letters).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            if text is None:
                raise fail(path, f"undecodable text: invalid {encoding} after a byte-order mark")
            return text
    if b"\x00" in data:
        raise fail(path, "binary file (contains NUL bytes), not text")
    text = _try(data, "utf-8")
    if text is not None and _control_ratio(text) <= _MAX_CONTROL_RATIO:
        return text
    candidates = [_canonical(declared), "cp1252", "latin-1"]
    for encoding in dict.fromkeys(c for c in candidates if c):
        text = _try(data, encoding)
        if text is not None and looks_like_text(text):
            logger.debug("decoded as legacy encoding", extra={"path": str(path), "encoding": encoding})
            return text
    best = from_bytes(data).best()
    if best is not None:
        guess = str(best)
        if looks_like_text(guess):
            logger.debug("decoded by guess", extra={"path": str(path), "encoding": best.encoding})
            return guess
    raise fail(path, "binary or undecodable file: neither UTF-8 nor cp1252/latin-1 text")
