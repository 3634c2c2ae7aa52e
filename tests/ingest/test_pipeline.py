"""The ingest pipeline over real files: idempotence, replacement, bad input, non-public parts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.embedding import Embedder
from assistant.knowledge import KnowledgeBase
from assistant.service import Assistant
from ingest.pipeline import ingest_paths, remove_document
from tests.conftest import CORPUS, make_settings

SEED = CORPUS / "boerde-2017-02-01-integrationskonzept.txt"


def _copy(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def test_reingest_adds_nothing_and_embeds_nothing(fresh_kb: KnowledgeBase, tmp_path: Path) -> None:
    folder = _copy(tmp_path, SEED.name, "musterstadt-2024-03-12-bauausschuss.txt")
    first = ingest_paths(fresh_kb, [folder])
    assert first.ok and len(first.added) == 2 and first.chunks_embedded == first.chunks_total > 0
    vectors_before = fresh_kb.vectors.count()

    second = ingest_paths(fresh_kb, [folder])
    assert second.ok
    assert second.unchanged == sorted(second.unchanged) and len(second.unchanged) == 2
    assert second.chunks_embedded == 0 and second.added == [] and second.replaced == []
    assert fresh_kb.vectors.count() == vectors_before == fresh_kb.documents.counts()[1]


def test_changed_file_replaces_its_chunks(fresh_kb: KnowledgeBase, tmp_path: Path) -> None:
    folder = _copy(tmp_path, SEED.name)
    ingest_paths(fresh_kb, [folder])
    path = folder / SEED.name
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Variante 1", "Variante Eins"), encoding="utf-8")
    report = ingest_paths(fresh_kb, [folder])
    assert report.replaced == ["boerde-2017-02-01-integrationskonzept"]
    assert 0 < report.chunks_embedded < report.chunks_total + 1
    assert report.chunks_removed == report.chunks_embedded
    stored = fresh_kb.documents.get("boerde-2017-02-01-integrationskonzept")
    assert stored is not None and "Variante Eins" in stored.text and "Variante 1" not in stored.text
    ids = fresh_kb.vectors.ids_for_document("boerde-2017-02-01-integrationskonzept")
    assert ids == fresh_kb.documents.chunk_ids("boerde-2017-02-01-integrationskonzept")


def test_bad_files_are_reported_and_good_ones_land(fresh_kb: KnowledgeBase, tmp_path: Path) -> None:
    folder = _copy(tmp_path, SEED.name)
    (folder / "leer.txt").write_text("", encoding="utf-8")
    (folder / "binaer.txt").write_bytes(bytes(range(256)) * 8)
    pdf = (CORPUS / "musterstadt-2024-04-04-vorlage-grundschule-nord.pdf").read_bytes()
    (folder / "kaputt.pdf").write_bytes(pdf[: len(pdf) // 3])
    (folder / "alt.txt").write_bytes(
        "title: Altes Protokoll\n---\nDer Beschluß über die Straßenreinigung wurde gefaßt.\n".encode("cp1252")
    )
    report = ingest_paths(fresh_kb, [folder, tmp_path / "fehlt"])
    failed = {Path(path).name for path, _ in report.failures}
    assert failed == {"leer.txt", "binaer.txt", "kaputt.pdf", "fehlt"}
    assert all(reason for _, reason in report.failures)
    assert sorted(report.added) == ["alt", "boerde-2017-02-01-integrationskonzept"]
    legacy = fresh_kb.documents.get("alt")
    assert legacy is not None and "Beschluß über die Straßenreinigung" in legacy.text
    docs, chunks = fresh_kb.documents.counts()
    assert docs == 2 and chunks == fresh_kb.vectors.count()


def test_remove_document(fresh_kb: KnowledgeBase, tmp_path: Path) -> None:
    ingest_paths(fresh_kb, [_copy(tmp_path, SEED.name)])
    assert remove_document(fresh_kb, "boerde-2017-02-01-integrationskonzept")
    assert fresh_kb.documents.counts() == (0, 0) and fresh_kb.vectors.count() == 0
    assert not remove_document(fresh_kb, "boerde-2017-02-01-integrationskonzept")


def test_chunks_are_exact_slices_within_one_agenda_item(corpus_assistant: Assistant) -> None:
    kb = corpus_assistant.kb
    for chunk in kb.documents.all_chunks():
        document = kb.documents.get(chunk.doc_id)
        assert document is not None
        assert document.text[chunk.char_start : chunk.char_end] == chunk.text
        section = next(s for s in document.sections if s.char_start <= chunk.char_start < s.char_end)
        assert chunk.char_end <= section.char_end and chunk.agenda_item == section.agenda_item
        assert kb.embedder.count_tokens(chunk.text) <= kb.embedder.max_tokens


def test_seed_minutes_metadata(corpus_assistant: Assistant) -> None:
    document = corpus_assistant.kb.documents.get("boerde-2017-02-01-integrationskonzept")
    assert document is not None
    meta = document.meta
    assert (meta.municipality, meta.body, meta.date, meta.kind) == (
        "Landkreis Börde",
        "Kultur- und Sozialausschuss",
        "2017-02-01",
        "minutes",
    )
    assert "Ö 4.1" in {s.agenda_item for s in document.sections}


def test_non_public_parts_are_marked(corpus_assistant: Assistant) -> None:
    kb = corpus_assistant.kb
    for chunk in kb.documents.all_chunks():
        if "Geheimmarker" in chunk.text:
            assert not chunk.public, chunk.chunk_id
    whole = [m for m, _ in kb.documents.list_meta(include_private=True) if not m.public]
    assert [m.doc_id for m in whole] == ["musterstadt-2024-07-02-vorlage-grundstueck-schillerwiese"]


def test_changed_chunk_settings_rechunk_unchanged_files(tmp_path: Path, embedder: Embedder) -> None:
    folder = _copy(tmp_path, SEED.name)
    data = tmp_path / "data"
    first = ingest_paths(KnowledgeBase(make_settings(data, chunk_target_chars=900), embedder), [folder])
    smaller = ingest_paths(KnowledgeBase(make_settings(data, chunk_target_chars=300), embedder), [folder])
    assert smaller.replaced == ["boerde-2017-02-01-integrationskonzept"]
    assert smaller.chunks_total > first.chunks_total


def test_unchanged_files_keep_their_records_until_the_extractor_changes(
    fresh_kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.pipeline as pipeline

    folder = _copy(tmp_path, "musterstadt-2024-02-20-stadtrat.txt")
    ingest_paths(fresh_kb, [folder])
    decisions = fresh_kb.records.decisions(include_private=True)
    assert decisions
    calls: list[str] = []
    real = pipeline.extract_records
    monkeypatch.setattr(pipeline, "extract_records", lambda d, c=(): calls.append(d.doc_id) or real(d, c))

    ingest_paths(fresh_kb, [folder])
    assert calls == []  # nothing re-extracted
    assert fresh_kb.records.decisions(include_private=True) == decisions

    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "a-newer-extractor")
    ingest_paths(fresh_kb, [folder])
    assert calls == ["musterstadt-2024-02-20-stadtrat"]
    assert fresh_kb.records.version_of("musterstadt-2024-02-20-stadtrat") == "a-newer-extractor"


def test_two_ingests_at_once_into_a_fresh_store_both_succeed(tmp_path: Path) -> None:
    """Two processes: the second waits for the writer lock instead of failing on a locked database."""
    ratsinfo = str(Path(sys.executable).parent / "ratsinfo")
    env = {**os.environ, "RATSINFO_DATA_DIR": str(tmp_path / "store"), "RATSINFO_CHROMA_URL": ""}
    runs = [
        subprocess.Popen([ratsinfo, "ingest", str(CORPUS / name)], env=env, stderr=subprocess.PIPE, text=True)
        for name in (SEED.name, "musterstadt-2024-03-12-bauausschuss.txt")
    ]
    for run in runs:
        _, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr[-2000:]
    settings = make_settings(tmp_path / "store")
    kb = KnowledgeBase(settings)
    try:
        assert kb.documents.counts()[0] == 2
        assert kb.vectors.count() == kb.documents.counts()[1]
    finally:
        kb.close()
