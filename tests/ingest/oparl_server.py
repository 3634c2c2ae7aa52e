"""A real OParl 1.1 server on 127.0.0.1 for the tests, built from the documents in ../shared.

One System, one Body, Organizations, Persons, Papers and Meetings with embedded agenda items;
lists are paginated (``limit``, default 2 per page) and honour ``modified_since`` (deleted
objects are listed only then, as the spec says). Files are PDFs made with fpdf2 from the
shared documents, or carry the server-provided ``text``. The tree is mutable (``touch``,
``set_file``) and ``faults`` make paths misbehave the way real servers do.
"""

from __future__ import annotations

import hashlib
import json
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fpdf import FPDF

T = "https://schema.oparl.org/1.1/"
OLD = "2024-07-01T10:00:00+02:00"


def shared_text(docs: Path, name: str) -> str:
    """A shared document's text without its front matter."""
    return docs.joinpath(name).read_text(encoding="utf-8").split("\n---\n", 1)[1].strip()


def make_pdf(text: str, title: str) -> bytes:
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"  # umlauts, ß, „“, – with the core fonts
    pdf.set_creation_date(datetime(2024, 7, 1, tzinfo=UTC))
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    safe = text.encode("cp1252", errors="replace").decode("cp1252")
    for paragraph in safe.split("\n"):
        pdf.multi_cell(0, 6, paragraph or " ")
        pdf.set_x(pdf.l_margin)
    return bytes(pdf.output())


@dataclass
class Fault:
    """How a path misbehaves: ``status`` (with ``times`` left, -1 = always), ``delay`` s, or a raw ``body``."""

    status: int = 0
    times: int = -1
    delay: float = 0.0
    body: bytes = b""
    content_type: str = "application/json"


@dataclass
class Tree:
    base: str
    objects: dict[str, dict[str, Any]] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    faults: dict[str, Fault] = field(default_factory=dict)
    """Path (or path with query) → how it misbehaves."""
    requests: list[str] = field(default_factory=list)
    next_overrides: dict[tuple[str, int], str] = field(default_factory=dict)
    """(list path, page) → the next link to send instead (a pagination cycle)."""
    sdnet_since_404: bool = False
    in_flight: int = 0
    max_in_flight: int = 0
    user_agents: set[str] = field(default_factory=set)
    not_modified: int = 0
    """Conditional requests answered 304 (JSON carries an ETag)."""
    page_size: int = 2
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, obj: dict[str, Any], in_list: str = "") -> dict[str, Any]:
        obj.setdefault("id", self.url(path))
        obj.setdefault("modified", OLD)
        self.objects[path] = obj
        if in_list:
            self.lists.setdefault(in_list, []).append(path)
        return obj

    def file(self, path: str, data: bytes, name: str, mime: str = "application/pdf") -> dict[str, Any]:
        """A File object (embedded by its caller) whose bytes are served at ``path``."""
        self.files[path] = (data, mime)
        return {
            "id": self.url(path.replace("/files/", "/file/")),
            "type": T + "File",
            "name": name,
            "fileName": path.rsplit("/", 1)[-1],
            "mimeType": mime,
            "size": len(data),
            "sha1Checksum": hashlib.sha1(data).hexdigest(),
            "accessUrl": self.url(path),
            "modified": OLD,
        }

    def set_file(self, file: dict[str, Any], data: bytes) -> None:
        """New bytes behind a File object (size, checksum and modified updated)."""
        path = urlsplit(file["accessUrl"]).path
        self.files[path] = (data, self.files[path][1])
        file.update(size=len(data), sha1Checksum=hashlib.sha1(data).hexdigest(), modified=now())

    def touch(self, path: str, **changes: Any) -> dict[str, Any]:
        obj = self.objects[path]
        obj.update(changes, modified=now())
        return obj

    def downloads(self) -> list[str]:
        return [r for r in self.requests if "/files/" in r]


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Handler(BaseHTTPRequestHandler):
    tree: Tree

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        tree = self.tree
        with tree.lock:
            tree.in_flight += 1
            tree.max_in_flight = max(tree.max_in_flight, tree.in_flight)
            tree.user_agents.add(self.headers.get("User-Agent", ""))
        try:
            self._answer()
        finally:
            with tree.lock:
                tree.in_flight -= 1

    def _answer(self) -> None:
        tree = self.tree
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        with tree.lock:
            tree.requests.append(self.path)
            fault = tree.faults.get(self.path) or tree.faults.get(parts.path)
            if fault and fault.times != 0:
                fault.times -= 1 if fault.times > 0 else 0
            else:
                fault = None
        if fault is not None:
            time.sleep(fault.delay)
            if fault.status or fault.body:
                return self._send(fault.status or 200, fault.body, fault.content_type)
        if parts.path in tree.lists:
            return self._list(parts.path, query)
        if parts.path in tree.objects:
            return self._json(tree.objects[parts.path])
        if parts.path in tree.files:
            data, mime = tree.files[parts.path]
            return self._send(200, data, mime)
        self._json({"error": "not found"}, 404)

    def _list(self, path: str, query: dict[str, str]) -> None:
        tree = self.tree
        since = query.get("modified_since", "")
        if since and tree.sdnet_since_404:
            return self._json({"error": 802, "message": "Keine Daten gefunden"}, 404)
        items = [tree.objects[p] for p in tree.lists[path]]
        if since:
            moment = datetime.fromisoformat(since)
            items = [o for o in items if datetime.fromisoformat(o["modified"]) >= moment]
        else:
            items = [o for o in items if not o.get("deleted")]
        size = int(query.get("limit") or tree.page_size)
        page = int(query.get("page") or 1)
        pages = max(1, -(-len(items) // size))
        body: dict[str, Any] = {
            "data": items[(page - 1) * size : page * size],
            "pagination": {
                "totalElements": len(items),
                "elementsPerPage": size,
                "currentPage": page,
                "totalPages": pages,
            },
            "links": {},
        }
        if (path, page) in tree.next_overrides:
            body["links"]["next"] = tree.next_overrides[(path, page)]
        elif page < pages:
            keep = {k: v for k, v in query.items() if k != "page"}
            body["links"]["next"] = tree.url(path) + "?" + urlencode({**keep, "page": page + 1})
        self._json(body)

    def _json(self, obj: Any, status: int = 200) -> None:
        body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest() + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            with self.tree.lock:
                self.tree.not_modified += 1
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self._send(status, body, "application/json; charset=utf-8", etag)

    def _send(self, status: int, body: bytes, content_type: str, etag: str = "") -> None:
        self.send_response(status)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
            self.wfile.write(body)


@contextmanager
def serve(build: Any, tls: ssl.SSLContext | None = None) -> Iterator[Tree]:
    """Start a server on 127.0.0.1 (HTTPS with ``tls``); ``build(tree)`` fills the tree once its URL is known."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    scheme = "https" if tls is not None else "http"
    tree = Tree(base=f"{scheme}://127.0.0.1:{server.server_address[1]}")
    build(tree)
    server.RequestHandlerClass = type("BoundHandler", (Handler,), {"tree": tree})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield tree
    finally:
        server.shutdown()
        server.server_close()


def council(shared: Path) -> Any:
    """The builder of a small council: five meetings (three pages), two papers, three bodies, files."""
    docs = shared / "corpus-dev" / "docs"
    examples = shared / "corpus-dev" / "oparl"

    def build(tree: Tree) -> None:
        lists = {name: f"/oparl/body/1/{name}s" for name in ("organization", "person", "paper", "meeting")}
        tree.add(
            "/oparl/system", {"type": T + "System", "oparlVersion": T, "body": tree.url("/oparl/bodies")}
        )
        body = {"type": T + "Body", "name": "Gemeinde Pfinztal (Testdaten)", "shortName": "Pfinztal"}
        tree.add("/oparl/body/1", body | {k: tree.url(v) for k, v in lists.items()}, "/oparl/bodies")
        for path in lists.values():
            tree.lists.setdefault(path, [])
        orgs = {}
        for number, name in enumerate(("Gemeinderat", "Ortschaftsrat", "Stadtrat"), start=1):
            org = {"type": T + "Organization", "name": name, "classification": "Gremium"}
            orgs[name] = tree.add(f"/oparl/organization/{number}", org, lists["organization"])["id"]
        person = {
            "type": T + "Person",
            "name": "Dr. Florian Janik",
            "familyName": "Janik",
            "givenName": "Florian",
        }
        tree.add("/oparl/person/1", person | {"formOfAddress": "Herr", "title": ["Dr."]}, lists["person"])

        def item(number: str, name: str, text: str, public: bool = True, **extra: Any) -> dict[str, Any]:
            path = f"/oparl/agendaitem/{len(tree.objects)}"
            fields = {"type": T + "AgendaItem", "number": number, "name": name, "public": public}
            return {"id": tree.url(path), **fields, "resolutionText": text, **extra}

        def pdf(name: str, source: str, title: str) -> dict[str, Any]:
            return tree.file(f"/files/{name}.pdf", make_pdf(shared_text(docs, source), title), title)

        inquiry = item(
            "1",
            "Anfrage zur Kindertagesbetreuung",
            shared_text(docs, "lohne-20945-anfrage-naechste-sitzung.txt"),
        )
        land = item(
            "2",
            "Grundstücksangelegenheit",
            "Der Gemeinderat stimmt dem Verkauf des Flurstücks 12/3 zu.",
            False,
        )
        tree.add("/oparl/meeting/1", {
            "type": T + "Meeting", "name": "3. Sitzung des Gemeinderats", "start": "2024-03-05T18:00:00+01:00",
            "organization": [orgs["Gemeinderat"]], "web": "https://pfinztal.test/si0057?__ksinr=1",
            "agendaItem": [inquiry, land],
            "resultsProtocol": pdf("m1-niederschrift", "pfinztal-1019161-vertagung-spd.txt", "Niederschrift"),
        }, lists["meeting"])  # fmt: skip
        statute = item(
            "1",
            "Änderung der Hauptsatzung",
            shared_text(docs, "pfinztal-1018746-ortschaftsrat-hauptsatzung.txt"),
        )
        del statute["type"]  # SD.NET: type missing
        protocol = {"id": tree.url("/oparl/file/m2"), "type": T + "File", "name": "Protokoll", "mimeType": "text/plain",
                    "accessUrl": tree.url("/files/never-fetched.txt"), "modified": OLD,
                    "text": shared_text(docs, "stein-7493-buergerantrag.txt")}  # fmt: skip
        tree.add("/oparl/meeting/2", {
            "type": T + "Meeting", "name": "Sitzung des Ortschaftsrats", "start": "2024-04-10T19:00:00+02:00",
            "end": "N/A", "organization": [orgs["Ortschaftsrat"]], "agendaItem": [statute], "resultsProtocol": protocol,
        }, lists["meeting"])  # fmt: skip
        survey = item(
            "1",
            "Bürgerbefragung",
            shared_text(docs, "erlangen-5010391-buergerbefragung.txt"),
            result="abgelehnt",
        )
        referral = item("2", "Stadtteilentwicklung", shared_text(docs, "erlangen-5048376-verweisung-sga.txt"))
        tree.add("/oparl/meeting/3", {
            "type": T + "Meeting", "name": "Sitzung des Stadtrats", "start": "2024-05-15T16:00:00+02:00",
            "organization": [orgs["Stadtrat"]], "agendaItem": [survey, referral],
            "auxiliaryFile": pdf("m3-anlage", "kamen-8614-schulentwicklungsplan.txt", "Anlage"),  # ALLRIS: no list
            "resultsProtocol": pdf("m3-niederschrift", "kamen-8614-schulentwicklungsplan.txt", "Niederschrift"),
        }, lists["meeting"])  # fmt: skip
        answer = item(
            "1", "Anfrage zur Kindertagesbetreuung", shared_text(docs, "westlicheboerde-10119-beschluss.txt")
        )
        tree.add("/oparl/meeting/4", {
            "type": T + "Meeting", "name": "4. Sitzung des Gemeinderats", "start": "2024-06-11T18:00:00+02:00",
            "organization": [orgs["Gemeinderat"]], "agendaItem": [answer],
            "resultsProtocol": pdf("m4-niederschrift", "leverkusen-58355-beschlussempfehlung-rat.txt", "Niederschrift"),
        }, lists["meeting"])  # fmt: skip
        tree.add("/oparl/paper/1", {
            "type": T + "Paper", "name": "Anfrage zur Kindertagesbetreuung", "reference": "1234/2024",
            "date": "2024-02-20", "paperType": "Anfrage",
            "consultation": [
                {"id": tree.url("/oparl/consultation/1"), "type": T + "Consultation", "meeting": tree.url("/oparl/meeting/1"),
                 "agendaItem": inquiry["id"], "organization": [orgs["Gemeinderat"]], "role": "Beratung"},
                {"id": tree.url("/oparl/consultation/2"), "type": T + "Consultation", "meeting": tree.url("/oparl/meeting/4"),
                 "agendaItem": answer["id"], "organization": [orgs["Gemeinderat"]], "role": "Beschlussfassung",
                 "authoritative": True},
            ],
            "mainFile": pdf("p1-vorlage", "borken-0065-2024-kindertagesbetreuung.txt", "Anfrage 1234/2024"),
        }, lists["paper"])  # fmt: skip
        _spec_examples(tree, examples, docs, lists)

    return build


def _spec_examples(tree: Tree, examples: Path, docs: Path, lists: dict[str, str]) -> None:
    """The spec's Meeting 281 and Paper 749 under /example/ (the Paper's consultation pointed to an
    agenda item the Meeting does not have; here it points to the Meeting's item 3271)."""
    prefix = tree.url("/example")

    def load(name: str) -> dict[str, Any]:
        return json.loads(
            examples.joinpath(name).read_text(encoding="utf-8").replace("https://oparl.example.org", prefix)
        )

    meeting, paper = load("Meeting.json"), load("Paper.json")
    protocol = make_pdf(
        shared_text(docs, "wenningstedt-braderup-2004-03-02-gemeindevertretung.txt"), "Protokoll"
    )
    proposal = make_pdf(shared_text(docs, "rostock-2021-bv-2114-eckwerte-haushalt.txt"), "Vorlage")
    for field_name in ("resultsProtocol", "verbatimProtocol"):
        meeting[field_name].update(size=len(protocol), sha1Checksum=hashlib.sha1(protocol).hexdigest())
    paper["mainFile"].update(size=len(proposal), sha1Checksum=hashlib.sha1(proposal).hexdigest())
    paper["consultation"][0]["agendaItem"] = meeting["agendaItem"][0]["id"]
    tree.files["/example/files/57739.pdf"] = (protocol, "application/pdf")
    tree.files["/example/files/57737.pdf"] = (proposal, "application/pdf")
    tree.add("/example/meeting/281", meeting, lists["meeting"])
    tree.add("/example/paper/749", paper, lists["paper"])
    organization = {"type": T + "Organization", "name": "Finanzausschuss", "shortName": "FA"}
    tree.add("/example/organization/34", organization)  # referenced only: fetched by URL


if __name__ == "__main__":  # a local server for trying the CLI: python -m tests.ingest.oparl_server
    import sys

    with serve(council(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared"))) as served:
        print(served.url("/oparl/system"), flush=True)
        threading.Event().wait()
