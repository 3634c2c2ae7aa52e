"""Ingest into a store while ``ratsinfo serve`` serves it: no request fails, the new document is found.

Everything runs as real processes: ``ratsinfo ingest`` writes the embedded store while a
``ratsinfo serve`` with two workers answers a client that keeps asking and searching.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import CORPUS, free_port

pytestmark = pytest.mark.slow

RATSINFO = str(Path(sys.executable).parent / "ratsinfo")
NEW_DOC = """id: live-2025-05-06-bauausschuss
title: Niederschrift Bauausschuss 06.05.2025
municipality: Stadt Livestadt
body: Bauausschuss
date: 2025-05-06
kind: minutes
---
TOP Ö 2  Kreisverkehr Ulmenallee

Der Bauausschuss empfiehlt dem Stadtrat, den Kreisverkehr an der Ulmenallee mit einem
Durchmesser von 32 Metern zu bauen. Abstimmungsergebnis: 9 Ja, 2 Nein, 0 Enthaltungen.
"""


def _run(*args: str, env: dict[str, str]) -> None:
    done = subprocess.run([RATSINFO, *args], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[str, Path, dict[str, str]]]:
    store = tmp_path / "store"
    env = {
        **os.environ,
        "RATSINFO_DATA_DIR": str(store),
        "RATSINFO_CHROMA_URL": "",
        "RATSINFO_WORKERS": "2",
        "RATSINFO_RATE_LIMIT_PER_MINUTE": "0",  # two clients asking as fast as they can
    }
    _run("ingest", str(CORPUS / "boerde-2017-02-01-integrationskonzept.txt"), env=env)
    port = free_port()
    server = subprocess.Popen(
        [RATSINFO, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            assert server.poll() is None, server.stderr.read() if server.stderr else ""
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("the server did not come up within 180 s")
        yield url, tmp_path, env
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_ingest_while_serving(served: tuple[str, Path, dict[str, str]]) -> None:
    url, folder, env = served
    failures: list[str] = []
    found = threading.Event()
    stop = threading.Event()

    def keep_asking() -> None:
        with httpx.Client(base_url=url, timeout=30) as client:
            while not stop.is_set():
                for response in (
                    client.post("/v1/ask", json={"question": "Welche Variante favorisierte Herr Czernitzki?"}),
                    client.get("/v1/search", params={"q": "Kreisverkehr Ulmenallee Durchmesser"}),
                ):
                    if response.status_code != 200:
                        failures.append(f"{response.request.url.path}: {response.status_code} {response.text[:200]}")
                    elif "live-2025-05-06-bauausschuss" in response.text:
                        found.set()

    clients = [threading.Thread(target=keep_asking) for _ in range(2)]
    for thread in clients:
        thread.start()
    try:
        time.sleep(2)
        (folder / "new.txt").write_text(NEW_DOC, encoding="utf-8")
        _run("ingest", str(folder / "new.txt"), env=env)
        assert found.wait(timeout=120), "the new document was never served"
    finally:
        stop.set()
        for thread in clients:
            thread.join(timeout=60)
    assert failures == []
