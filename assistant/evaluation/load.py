"""Load curve of a served store: requests per second, p50 and p95 latency, errors, by client count.

``python -m assistant.evaluation.load [--workers N ...] [--clients 1 8 50] [--seconds 30]``

Ingests the project's corpus (and ../shared/corpus-dev when present) into a fresh store, starts
``ratsinfo serve`` on a free loopback port with each worker count, and lets 1, 8 and 50 clients
ask for a fixed time: 70 % ``POST /v1/ask``, 30 % ``GET /v1/search``, questions from the dev
set. Only 127.0.0.1 is contacted; every loop is bounded in time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
RATSINFO = str(Path(sys.executable).parent / "ratsinfo")
ASK_SHARE = 0.7


@dataclass(frozen=True)
class LoadResult:
    workers: int
    clients: int
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p95_ms: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def _questions() -> list[str]:
    files = [SHARED / "corpus-dev" / "qa.jsonl", REPO / "corpus" / "qa.jsonl"]
    found = [json.loads(line)["question"] for f in files if f.is_file() for line in f.open(encoding="utf-8")]
    return found or ["Welche Variante favorisierte Herr Czernitzki?"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(env: dict[str, str], workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    server = subprocess.Popen(
        [RATSINFO, "serve", "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return server, url
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    server.kill()
    raise SystemExit(f"the server with {workers} worker(s) did not come up")


def _run_clients(url: str, clients: int, seconds: float, questions: list[str]) -> tuple[list[float], int]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(seed: int) -> None:
        nonlocal errors
        rng = random.Random(seed)
        with httpx.Client(base_url=url, timeout=60) as http:
            while time.monotonic() < stop_at:
                question = rng.choice(questions)
                started = time.perf_counter()
                try:
                    if rng.random() < ASK_SHARE:
                        response = http.post("/v1/ask", json={"question": question})
                    else:
                        response = http.get("/v1/search", params={"q": question, "k": 10})
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    errors += not ok

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def measure(workers: list[int], clients: list[int], seconds: float) -> list[LoadResult]:
    questions = _questions()
    results: list[LoadResult] = []
    with tempfile.TemporaryDirectory() as data:
        env = {
            **os.environ,
            "RATSINFO_DATA_DIR": data,
            "RATSINFO_CHROMA_URL": "",
            "RATSINFO_API_KEYS": "",
            "RATSINFO_RATE_LIMIT_PER_MINUTE": "0",  # the load comes from one address on purpose
        }
        sources = [str(REPO / "corpus")] + ([str(SHARED / "corpus-dev" / "docs")] if SHARED.is_dir() else [])
        subprocess.run([RATSINFO, "ingest", *sources], env=env, check=False, capture_output=True)
        for count in workers:
            server, url = _serve(env, count)
            try:
                _run_clients(url, 2, 3, questions)  # warm every worker's caches
                for n in clients:
                    latencies, errors = _run_clients(url, n, seconds, questions)
                    ordered = sorted(latencies)
                    results.append(
                        LoadResult(
                            workers=count,
                            clients=n,
                            requests=len(latencies),
                            errors=errors,
                            seconds=seconds,
                            p50_ms=statistics.median(ordered) if ordered else 0.0,
                            p95_ms=ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0,
                        )
                    )
                    print(_row(results[-1]), flush=True)
            finally:
                server.terminate()
                server.wait(timeout=60)
    return results


def _row(r: LoadResult) -> str:
    return (
        f"workers {r.workers:>2}  clients {r.clients:>3}  {r.rate:7.1f} req/s  p50 {r.p50_ms:7.1f} ms  "
        f"p95 {r.p95_ms:7.1f} ms  errors {r.errors}/{r.requests}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, os.cpu_count() or 1])
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8, 50])
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    print(f"load: {os.cpu_count()} cores; 70 % ask, 30 % search; {args.seconds:.0f} s per client count")
    measure(args.workers, args.clients, args.seconds)


if __name__ == "__main__":
    main()
