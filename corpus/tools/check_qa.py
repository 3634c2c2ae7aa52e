"""Check corpus/qa.jsonl against the corpus files and the non-public marker words.

Run from the repository root:  .venv/bin/python corpus/tools/check_qa.py
Extraction here is deliberately simple and independent of the project's ingest code:
.txt: UTF-8, else cp1252; front matter (up to the first line '---') is dropped.
.html: charset from <meta charset>, tags removed (script/style skipped).
.pdf: pypdf text of all pages.
Evidence must occur in the text after collapsing all whitespace (incl. NBSP) to one space.
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
MARKERS = {  # marker word -> the only file allowed to contain it (in its non-public part)
    "Geheimmarker " + "Zander": "musterstadt-2024-02-20-stadtrat.txt",
    "Geheimmarker " + "Quitte": "musterstadt-2024-06-11-haupt-und-finanzausschuss.txt",
    "Geheimmarker " + "Lerche": "musterstadt-2024-07-02-vorlage-grundstueck-schillerwiese.txt",
}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    raw = path.read_bytes()
    if path.suffix == ".html":
        m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000])
        p = _Text()
        p.feed(raw.decode(m.group(1).decode() if m else "utf-8"))
        return "".join(p.parts)
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        s = raw.decode("cp1252")
    _head, sep, body = s.partition("\n---\n")
    return body if sep else s


def main() -> int:
    docs = {p.stem: p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html", ".pdf")}
    texts = {k: collapse(text_of(p)) for k, p in docs.items()}
    errors = 0
    rows = [
        json.loads(row)
        for row in (CORPUS / "qa.jsonl").read_text(encoding="utf-8").splitlines()
        if row.strip()
    ]
    for r in rows:
        if r["type"] == "unanswerable":
            ok = r["doc_id"] is None and r["evidence"] == ""
        else:
            ok = r["doc_id"] in texts and collapse(r["evidence"]) in texts[r["doc_id"]]
        print(("ok  " if ok else "FAIL"), r["id"], r["type"], r["doc_id"])
        errors += not ok
    for marker, allowed in MARKERS.items():
        where = sorted(
            p.name
            for p in CORPUS.rglob("*")
            if p.is_file()
            and p.suffix in (".txt", ".html", ".pdf", ".md", ".jsonl")
            and marker.lower()
            in collapse(text_of(p) if p.suffix in (".txt", ".html", ".pdf") else p.read_text()).lower()
        )
        ok = where == [allowed]
        if (
            ok
            and allowed.endswith(".txt")
            and "public: false" not in (CORPUS / allowed).read_text(encoding="utf-8")
        ):
            # partly public minutes: the marker must come after the one heading line "Nichtöffentlicher Teil"
            lines = text_of(CORPUS / allowed).splitlines()
            heads = [i for i, line in enumerate(lines) if line.strip() == "Nichtöffentlicher Teil"]
            first = min(i for i, line in enumerate(lines) if marker in line)
            ok = len(heads) == 1 and heads[0] < first
        print(("ok  " if ok else "FAIL"), "marker", marker, where)
        errors += not ok
    types = {}
    for r in rows:
        types[r["type"]] = types.get(r["type"], 0) + 1
    print(len(rows), "questions", types, "errors:", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
