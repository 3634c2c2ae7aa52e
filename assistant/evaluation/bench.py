"""Speed figures (``make bench``): ingest throughput, and ``/v1/ask`` latency at 10k and 100k chunks.

The real documents of ``../shared`` and ``corpus/`` are ingested once with the configured model.
Bigger stores are made from those chunks and their vectors (no re-embedding): every copy of a
document gets a new id and rotated municipality, body and date, so metadata filters select real
subsets. Each store is asked in-process (``Assistant.ask``) and over HTTP (``uvicorn`` subprocess).
Prints a table and one JSON line; progress goes to stderr. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import httpx
import numpy as np

from assistant.embedding import CachedQueryEmbedder, Embedder, build_embedder
from assistant.knowledge import KnowledgeBase
from assistant.models import Chunk, Document, DocumentMeta, SearchFilters
from assistant.service import Assistant
from assistant.settings import Settings

REPO = Path(__file__).resolve().parents[2]
WARM_UP = "Welche Tagesordnung hatte die Sitzung?"
"""Asked once, untimed, before the timed questions (not one of them, so no query vector is cached)."""
BARE_SAMPLE = 400
"""Embedding texts (evenly spaced over the ingested ones) the bare model is timed on."""
UPSERT_BATCH = 5000
TARGET = {"p50_ms": 100.0, "p95_ms": 300.0, "growth": 2.0}
Source = tuple[Document, list[Chunk], np.ndarray]
T = TypeVar("T")


def note(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def timed(calls: list[Callable[[], T]]) -> tuple[dict[str, float], list[T]]:
    """p50 and p95 in milliseconds of running each call once, and the calls' results."""
    seconds, results = [], []
    for call in calls:
        start = time.perf_counter()
        results.append(call())
        seconds.append(time.perf_counter() - start)
    return percentiles(seconds), results


def percentiles(seconds: list[float]) -> dict[str, float]:
    ms = np.asarray(seconds) * 1000.0
    return {f"p{q}_ms": round(float(np.percentile(ms, q)), 1) for q in (50, 95)}


def load_questions(shared: Path, n: int) -> list[str]:
    """``n`` questions spread evenly over the dev and bulk question sets (and the corpus' own)."""
    rows: list[str] = []
    for qa in (
        shared / "corpus-dev" / "qa.jsonl",
        shared / "corpus-bulk" / "qa.jsonl",
        REPO / "corpus/qa.jsonl",
    ):
        if qa.is_file():
            rows += [json.loads(line)["question"] for line in qa.read_text().splitlines() if line]
    return rows[:: max(len(rows) // max(n, 1), 1)][:n]


def settings_for(data_dir: Path) -> Settings:
    return Settings(_env_file=None, data_dir=data_dir, chroma_url="", api_keys="")  # type: ignore[call-arg]


def ingest_real(root: Path, paths: list[Path], embedder: Embedder) -> tuple[dict[str, Any], list[Source]]:
    """Ingest for real; time it against the bare model on the same embedding texts."""
    from ingest.documents import embedding_text
    from ingest.pipeline import ingest_paths

    kb = KnowledgeBase(settings_for(root / "real"), embedder)
    embedder.embed_passages(["Aufwärmen des Modells"])  # loading the model is not ingest work
    start = time.perf_counter()
    report = ingest_paths(kb, paths)
    ingest_s = time.perf_counter() - start
    by_doc: dict[str, list[Chunk]] = {}
    for chunk in kb.documents.all_chunks():
        by_doc.setdefault(chunk.doc_id, []).append(chunk)
    sources: list[Source] = []
    texts: list[str] = []
    for meta, _ in kb.documents.list_meta(include_private=True):
        document, chunks = kb.documents.get(meta.doc_id), by_doc.get(meta.doc_id, [])
        if document is None or not chunks:
            continue
        found = kb.vectors.vectors([c.chunk_id for c in chunks])
        sources.append((document, chunks, np.vstack([found[c.chunk_id] for c in chunks])))
        texts.extend(embedding_text(c, meta) for c in chunks)
    kb.close()
    note(f"ingested {report.documents} documents, {report.chunks_embedded} chunks in {ingest_s:.1f}s")
    sample = texts[:: max(len(texts) // BARE_SAMPLE, 1)]
    start = time.perf_counter()
    embedder.embed_passages(sample)
    ingest_rate, bare_rate = report.chunks_embedded / ingest_s, len(sample) / (time.perf_counter() - start)
    return {
        "documents": report.documents,
        "failures": [r if r.startswith(p) else f"{p}: {r}" for p, r in report.failures],
        "chunks": report.chunks_embedded,
        "ingest_s": round(ingest_s, 1),
        "ingest_chunks_per_s": round(ingest_rate, 1),
        "bare_model_chunks_per_s": round(bare_rate, 1),
        "bare_model_texts": len(sample),
        "ingest_to_bare_ratio": round(ingest_rate / bare_rate, 2),
    }, sources


def rotated(meta: DocumentMeta, copy: int, values: dict[str, list[str]]) -> DocumentMeta:
    """The metadata of copy ``copy`` of a document: new id, another municipality, body and year."""
    if copy == 0:
        return meta
    date = meta.date
    if date:
        date = f"{2000 + (int(date[:4]) + copy) % 26}-{date[5:7]}-{min(date[8:10], '28')}"
    muni, body = values["municipality"], values["body"]
    return replace(
        meta,
        doc_id=f"{meta.doc_id}~c{copy}",
        municipality=muni[(muni.index(meta.municipality) + copy) % len(muni)],
        body=body[(body.index(meta.body) + 7 * copy) % len(body)],
        date=date,
    )


def build_scaled(root: Path, size: int, sources: list[Source], embedder: Embedder) -> KnowledgeBase:
    """A store of about ``size`` chunks: copies of the real documents, their vectors reused."""
    kb = KnowledgeBase(settings_for(root / f"scale-{size}"), embedder)
    values = {k: sorted({getattr(d.meta, k) for d, _, _ in sources}) for k in ("municipality", "body")}
    pending: list[tuple[Chunk, DocumentMeta, np.ndarray]] = []
    total, copy = 0, 0
    while total < size:
        for document, chunks, vectors in sources:
            if total >= size:
                break
            meta, suffix = rotated(document.meta, copy, values), f"~c{copy}" if copy else ""
            copies = [replace(c, chunk_id=c.chunk_id + suffix, doc_id=meta.doc_id) for c in chunks]
            kb.documents.save(
                replace(document, meta=meta, content_hash=document.content_hash + suffix), copies
            )
            pending.extend((c, meta, v) for c, v in zip(copies, vectors, strict=True))
            total += len(copies)
            while len(pending) >= UPSERT_BATCH or (pending and total >= size):
                batch, pending = pending[:UPSERT_BATCH], pending[UPSERT_BATCH:]
                kb.vectors.upsert(
                    [b[0] for b in batch], [b[1] for b in batch], np.vstack([b[2] for b in batch])
                )
        copy += 1
        note(f"  {size}: {total} chunks written ({copy} copies)")
    return kb


def measure_inprocess(kb: KnowledgeBase, questions: list[str], inner: Embedder, muni: str) -> dict[str, Any]:
    """Index build, first query and ask latency; every timed pass starts with an empty query-vector cache."""
    assistant = Assistant(kb.settings, kb)
    documents, chunks = kb.documents.counts()
    start = time.perf_counter()
    assistant.retriever.index()  # reads the chunks and builds BM25; cached per store version
    index_s = time.perf_counter() - start
    start = time.perf_counter()
    assistant.ask(WARM_UP)
    first_s = time.perf_counter() - start
    kb.embedder = CachedQueryEmbedder(inner)
    unfiltered, answers = timed([partial(assistant.ask, q) for q in questions])
    kb.embedder = CachedQueryEmbedder(inner)
    only = SearchFilters(municipality=muni)
    filtered, _ = timed([partial(assistant.ask, q, filters=only) for q in questions])
    return {
        "chunks": chunks,
        "documents": documents,
        "index_build_s": round(index_s, 2),
        "first_query_ms": round(first_s * 1000, 1),
        "inproc": unfiltered,
        "inproc_filtered": filtered,
        "abstained": sum(a.abstained for a in answers),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def wait_until_up(server: subprocess.Popen[bytes], client: httpx.Client) -> None:
    while server.poll() is None:
        try:
            client.get("/healthz").raise_for_status()
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"uvicorn exited with {server.returncode}")


def measure_http(data_dir: Path, questions: list[str], args: Any) -> dict[str, Any]:
    """A real ``uvicorn`` on the store: start-up, first ask, sequential latency, concurrent load, peak RSS."""
    port, clients, requests = free_port(), args.clients, args.requests
    env = dict(os.environ, RATSINFO_DATA_DIR=str(data_dir), RATSINFO_CHROMA_URL="", RATSINFO_API_KEYS="")
    env["RATSINFO_RATE_LIMIT_PER_MINUTE"] = "0"  # the load comes from one address on purpose
    if args.torch_threads:
        env["OMP_NUM_THREADS"] = str(args.torch_threads)
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    command = [sys.executable, "-m", "uvicorn", "--factory", "api.main:create_app", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--log-level", "warning"]
    server = subprocess.Popen(command, env=env, cwd=data_dir)
    url = f"http://127.0.0.1:{port}"

    def ask(client: httpx.Client, question: str) -> None:
        client.post("/v1/ask", json={"question": question}).raise_for_status()

    try:
        with httpx.Client(base_url=url, timeout=600) as client:
            start = time.perf_counter()
            wait_until_up(server, client)
            startup_s = time.perf_counter() - start
            start = time.perf_counter()
            ask(client, WARM_UP)  # loads the model and builds the lexical index in the server
            first_s = time.perf_counter() - start
            sequential, _ = timed([partial(ask, client, q) for q in questions])
        loaded: list[float] = []

        def worker(offset: int) -> None:
            with httpx.Client(base_url=url, timeout=600) as own:
                for i in range(offset, requests, clients):
                    begin = time.perf_counter()
                    ask(own, questions[i % len(questions)])
                    loaded.append(time.perf_counter() - begin)  # list.append is atomic

        start = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(worker, range(clients)))
        wall = time.perf_counter() - start
        return {
            "startup_s": round(startup_s, 1),
            "first_ask_s": round(first_s, 2),
            "sequential": sequential,
            "concurrent": percentiles(loaded) | {"requests": len(loaded), "clients": clients},
            "throughput_rps": round(len(loaded) / wall, 2),
            "server_peak_rss_mb": peak_rss_mb(server.pid),
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


COLUMNS = [
    ("chunks", "chunks"),
    ("build s", "build_s"),
    ("lex s", "index_build_s"),
    ("first", "first_query_ms"),
    ("p50", "inproc.p50_ms"),
    ("p95", "inproc.p95_ms"),
    ("flt p50", "inproc_filtered.p50_ms"),
    ("http p50", "http_figures.sequential.p50_ms"),
    ("http p95", "http_figures.sequential.p95_ms"),
    ("8c p50", "http_figures.concurrent.p50_ms"),
    ("8c p95", "http_figures.concurrent.p95_ms"),
    ("req/s", "http_figures.throughput_rps"),
    ("RSS MB", "http_figures.server_peak_rss_mb"),
]
LEGEND = """build: writing the scale store; lex: reading chunks + BM25 build (once per store version, cached);
first: first ask after it; p50/p95: in-process ask; flt: with a municipality filter; all times in ms
unless noted; http: sequential POST /v1/ask; 8c: 8 concurrent clients (questions repeat, so the
server's query-vector cache hits); RSS: the server's peak resident memory (VmHWM)."""


def dig(row: dict[str, Any], path: str) -> object:
    value: Any = row
    for key in path.split("."):
        value = value.get(key, "-") if isinstance(value, dict) else "-"
    return value


def render(figures: dict[str, Any]) -> str:
    ingest, sizes, query = figures["ingest"], list(figures["sizes"].values()), figures["embed_query"]
    widths = [max(len(h), 7) for h, _ in COLUMNS]
    lines = [
        f"ingest (real documents, default model): {ingest['documents']} docs, {ingest['chunks']} chunks "
        f"in {ingest['ingest_s']} s = {ingest['ingest_chunks_per_s']} chunks/s; bare embed_passages on "
        f"{ingest['bare_model_texts']} of the same texts: {ingest['bare_model_chunks_per_s']} chunks/s; "
        f"ratio {ingest['ingest_to_bare_ratio']}; failures: {ingest['failures'] or 'none'}",
        f"bare embed_query of the questions: p50 {query['p50_ms']} ms, p95 {query['p95_ms']} ms; load "
        f"average (1/5/15 min) at start {figures['load']['start']}, end {figures['load']['end']}, "
        f"{os.cpu_count()} CPUs; torch threads: {figures['torch_threads']}",
        "scale stores: copies of the real chunks with their real vectors (nothing re-embedded); "
        "municipality, body, date and doc_id rotated per copy, so filters select real subsets",
        "",
        " ".join(f"{h:>{w}}" for (h, _), w in zip(COLUMNS, widths, strict=True)),
        *(" ".join(f"{dig(r, p)!s:>{w}}" for (_, p), w in zip(COLUMNS, widths, strict=True)) for r in sizes),
        "",
        LEGEND,
    ]
    if sizes:
        p50, p95 = sizes[-1]["inproc"]["p50_ms"], sizes[-1]["inproc"]["p95_ms"]
        met = p50 <= TARGET["p50_ms"] and p95 <= TARGET["p95_ms"]
        lines.append(f"target p50 <= 100 ms, p95 <= 300 ms at {sizes[-1]['chunks']} chunks: {met}")
    if figures["p50_growth"] is not None:
        met = figures["p50_growth"] <= TARGET["growth"]
        lines.append(
            f"p50 growth {sizes[0]['chunks']} -> {sizes[-1]['chunks']}: {figures['p50_growth']}x (<= 2x: {met})"
        )
    return "\n".join(lines)


def measure_size(root: Path, size: int, sources: list[Source], inner: Embedder, args: Any) -> dict[str, Any]:
    note(f"building a store of {size} chunks")
    start = time.perf_counter()
    kb = build_scaled(root, size, sources, CachedQueryEmbedder(inner))
    row: dict[str, Any] = {"build_s": round(time.perf_counter() - start, 1)}
    note(f"  built in {row['build_s']}s; lexical index and in-process questions")
    row |= measure_inprocess(kb, args.questions, inner, sources[0][0].meta.municipality)
    kb.close()
    note(f"  in-process p50 {row['inproc']['p50_ms']} ms, p95 {row['inproc']['p95_ms']} ms")
    if not args.skip_http:
        note("  HTTP: uvicorn subprocess")
        row["http_figures"] = measure_http(kb.settings.data_dir, args.questions, args)
    return row


def distinct_files(folders: list[Path]) -> list[Path]:
    """The documents of ``folders``, a file name seen in an earlier folder skipped (the Börde seed
    minutes are both in ``corpus/`` and in the shared dev set; ingesting both is a duplicate id)."""
    from ingest.pipeline import discover

    files, _ = discover(folders)
    seen: set[str] = set()
    unique = []
    for path in files:
        if path.name not in seen:
            seen.add(path.name)
            unique.append(path)
    return unique


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Speed figures of ingest and /v1/ask at scale.")
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated chunk counts")
    parser.add_argument("--queries", type=int, default=30, help="timed questions per size")
    parser.add_argument("--requests", type=int, default=160, help="requests of the concurrent HTTP run")
    parser.add_argument("--clients", type=int, default=8, help="concurrent HTTP clients")
    parser.add_argument("--skip-http", action="store_true", help="in-process figures only")
    parser.add_argument("--torch-threads", type=int, default=0, help="torch threads (0: torch's default)")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared corpora")
    args = parser.parse_args(argv)
    args.questions = load_questions(args.shared, args.queries)
    if args.torch_threads:
        import torch

        torch.set_num_threads(args.torch_threads)
    folders = [args.shared / f"corpus-{n}" / "docs" for n in ("dev", "eval", "bulk")] + [REPO / "corpus"]
    paths = distinct_files([p for p in folders if p.is_dir()])
    inner = build_embedder(settings_for(Path("unused")))
    inner = inner.inner if isinstance(inner, CachedQueryEmbedder) else inner
    figures: dict[str, Any] = {"sizes": {}, "p50_growth": None, "target": TARGET}
    figures["torch_threads"] = args.torch_threads or "default"
    figures["load"] = {"start": [round(x, 2) for x in os.getloadavg()]}
    with tempfile.TemporaryDirectory(prefix="ratsinfo-bench-") as tmp:
        note(f"ingesting {len(paths)} documents from {', '.join(map(str, folders))}")
        figures["ingest"], sources = ingest_real(Path(tmp), paths, inner)
        figures["embed_query"], _ = timed([partial(inner.embed_query, q) for q in args.questions])
        for size in sorted(int(s) for s in args.sizes.split(",") if s.strip()):
            figures["sizes"][str(size)] = measure_size(Path(tmp), size, sources, inner, args)
    sizes = list(figures["sizes"].values())
    if len(sizes) > 1:
        figures["p50_growth"] = round(sizes[-1]["inproc"]["p50_ms"] / sizes[0]["inproc"]["p50_ms"], 2)
    figures["load"]["end"] = [round(x, 2) for x in os.getloadavg()]
    print(render(figures))
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
