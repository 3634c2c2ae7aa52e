"""File contents: the server's ``text`` when given, else the bytes behind ``accessUrl``, checked.

The bytes decide the format, not the announced MIME type: an HTML error page sent with
status 200 for a PDF, or a MIME type that does not match, is reported. ``size`` and
``sha1Checksum`` are checked when the server gives them. File URLs that 404 are tried once
more repaired (SD.NET writes ``files//rim`` and doubled extensions), then ``downloadUrl``.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path

from assistant.errors import ReadError
from ingest.oparl.cache import CacheEntry
from ingest.oparl.client import FetchError, OParlHttp
from ingest.oparl.objects import OFile
from ingest.readers import ReadResult, read_file
from ingest.readers.base import normalise_text

_DOUBLED_EXTENSION = re.compile(r"(\.[A-Za-z0-9]{2,4})\1$")
_TEXT_TYPES = ("text/plain", "text/markdown")


def repaired(url: str) -> str:
    """``…/files//rim/1.pdf.pdf`` → ``…/files/rim/1.pdf``; the URL itself when nothing to repair."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    rest = _DOUBLED_EXTENSION.sub(r"\1", re.sub(r"/{2,}", "/", rest))
    return f"{scheme}://{rest}"


def candidate_urls(file: OFile) -> list[str]:
    urls = [file.access_url, repaired(file.access_url), file.download_url, repaired(file.download_url)]
    return list(dict.fromkeys(u for u in urls if u))


def fetch_bytes(http: OParlHttp, file: OFile) -> tuple[bytes, bool]:
    """The file's bytes and whether they came from the cache (same ``tag``: no request at all)."""
    for url in candidate_urls(file):
        cached = http.cache.get(url)
        if cached is not None and cached[0].tag == file.tag:
            return cached[1], True
    max_bytes = int(http.settings.oparl_max_file_mb * 1024 * 1024)
    first: FetchError | None = None
    for url in candidate_urls(file):
        try:
            fetched = http.get(url, max_bytes=max_bytes)
        except FetchError as exc:
            if exc.status not in (404, 410):
                raise
            first = first or exc
            continue
        if url != file.access_url:
            http.warn(file.access_url, f"file URL answered {first.status if first else '?'}; {url} worked")
        check(file, fetched.body, url)
        http.cache.put(CacheEntry(file.access_url, fetched.content_type, tag=file.tag), fetched.body)
        return fetched.body, False
    assert first is not None
    raise first


def check(file: OFile, data: bytes, url: str) -> None:
    """Raise a FetchError when the bytes are not what the File object announces."""
    if sniff(data) == ".html" and "html" not in file.mime_type:
        raise FetchError(
            url, f"an HTML page instead of a {file.mime_type or 'file'} (error page sent with 200?)"
        )
    if file.size is not None and file.size != len(data):
        raise FetchError(url, f"size {len(data)} bytes, File.size says {file.size} (truncated download?)")
    if file.sha1 and hashlib.sha1(data).hexdigest() != file.sha1:
        raise FetchError(url, "sha1Checksum does not match the downloaded bytes")


def sniff(data: bytes) -> str:
    """Suffix for the reader from the bytes: ``.pdf``, ``.html`` or ``.txt``; empty when binary."""
    head = data[:1024].lstrip().lower()
    if b"%pdf-" in data[:1024].lower():
        return ".pdf"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return ".html"
    if b"\x00" in data[:4096]:
        return ""
    return ".txt"


def read_bytes(file: OFile, data: bytes) -> ReadResult:
    """Text of a downloaded file; a ReadError naming the URL when the bytes do not fit."""
    suffix = sniff(data)
    wanted = file.mime_type
    if suffix == ".html" and "html" not in wanted:
        raise ReadError(f"{file.access_url}: an HTML page instead of a {wanted or 'file'} (error page?)")
    if suffix != ".pdf" and "pdf" in wanted:
        raise ReadError(f"{file.access_url}: mimeType says PDF but the bytes are not a PDF")
    if not suffix:
        raise ReadError(f"{file.access_url}: unsupported binary file ({wanted or 'no mimeType'})")
    if suffix == ".txt" and wanted and not wanted.startswith(_TEXT_TYPES):
        raise ReadError(f"{file.access_url}: unsupported file type {wanted}")
    with tempfile.TemporaryDirectory(prefix="ratsinfo-oparl-") as folder:
        path = Path(folder) / f"file{suffix}"
        path.write_bytes(data)
        try:
            return read_file(path)
        except ReadError as exc:
            raise ReadError(f"{file.access_url}: {exc}") from exc


def server_text(file: OFile) -> ReadResult:
    return ReadResult(text=normalise_text(file.text).strip())
