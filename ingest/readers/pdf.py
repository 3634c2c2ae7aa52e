"""PDF files: text per page with pypdf, pages joined by a blank line, page offsets recorded."""

from __future__ import annotations

import io
import logging
import struct
import zlib
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from ingest.readers.base import ReadResult, fail, normalise_text, read_nonempty_bytes

logger = logging.getLogger(__name__)

PAGE_SEPARATOR = "\n\n"
# What pypdf raises on damaged files besides its own errors.
_BROKEN_PDF_ERRORS = (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError,
                      AssertionError, RecursionError, struct.error, zlib.error)  # fmt: skip


def _check_container(path: Path, data: bytes) -> None:
    if not data.strip():
        raise fail(path, "empty file")
    if b"%PDF-" not in data[:1024]:
        raise fail(path, "not a PDF file (no %PDF- header)")
    if b"%%EOF" not in data.rstrip()[-2048:]:
        raise fail(path, "broken or truncated PDF (no %%EOF marker at the end)")


def _open(path: Path, data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                decrypted = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise fail(path, f"encrypted PDF that cannot be decrypted here: {exc}") from exc
            if not decrypted:
                raise fail(path, "encrypted PDF (password required)")
        _ = len(reader.pages)
    except FileNotDecryptedError as exc:
        raise fail(path, "encrypted PDF (password required)") from exc
    except _BROKEN_PDF_ERRORS as exc:
        raise fail(path, f"broken PDF: {type(exc).__name__}: {exc}") from exc
    return reader


def _page_texts(path: Path, reader: PdfReader) -> list[str]:
    texts: list[str] = []
    try:
        pages = list(reader.pages)
    except _BROKEN_PDF_ERRORS as exc:
        raise fail(path, f"broken PDF page tree: {type(exc).__name__}: {exc}") from exc
    for number, page in enumerate(pages, start=1):
        try:
            raw = page.extract_text() or ""
        except FileNotDecryptedError as exc:
            raise fail(path, "encrypted PDF (password required)") from exc
        except _BROKEN_PDF_ERRORS as exc:
            logger.warning(
                "pdf page unreadable",
                extra={"path": str(path), "page": number, "error": f"{type(exc).__name__}: {exc}"},
            )
            raw = ""
        texts.append(normalise_text(raw).strip())
    return texts


def _title(reader: PdfReader) -> str:
    try:
        info = reader.metadata
        title = info.title if info is not None else None
    except _BROKEN_PDF_ERRORS:
        return ""
    return " ".join(str(title).split()) if title else ""


def read_pdf(path: Path) -> ReadResult:
    """Read a PDF; ``page_starts[i]`` is where page ``i + 1`` starts in the returned text."""
    data = read_nonempty_bytes(path)
    _check_container(path, data)
    reader = _open(path, data)
    texts = _page_texts(path, reader)
    if not any(texts):
        raise fail(path, "PDF has no extractable text (scanned image or empty pages; OCR needed)")
    page_starts: list[int] = []
    offset = 0
    for text in texts:
        page_starts.append(offset)
        offset += len(text) + len(PAGE_SEPARATOR)
    meta = {"title": title} if (title := _title(reader)) else {}
    return ReadResult(text=PAGE_SEPARATOR.join(texts), meta=meta, page_starts=page_starts)
