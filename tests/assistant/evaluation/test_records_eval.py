"""The records evaluator's sets: the bulk gold split into halves like corpus-records, files merged,
and the test halves measured but never listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evaluation import records_eval
from assistant.evaluation.records_eval import (
    combined,
    default_sets,
    evaluate,
    halves,
    load_gold,
    load_gold_files,
    split_of,
)

TUNE, OTHER_TUNE, TEST = "musterstadt-0", "musterstadt-1", "musterstadt-4"
RESOLUTION = "Der Ausschuss beschließt einstimmig die Sanierung der Turnhalle."


def doc(folder: Path, doc_id: str, body: str = RESOLUTION) -> None:
    header = f"id: {doc_id}\ntitle: Turnhalle\nsource: x\nmunicipality: Musterstadt\nbody: Ausschuss\n"
    (folder / f"{doc_id}.txt").write_text(f"{header}date: 2024-01-01\nkind: minutes\n---\n{body}\n")


def decision(doc_id: str, evidence: str = RESOLUTION) -> dict[str, object]:
    return {"type": "decision", "doc_id": doc_id, "outcome": "angenommen", "unanimous": True, "yes": None,
            "no": 0, "abstain": None, "evidence": evidence, "alt": {"no": [None]}}  # fmt: skip


def write(path: Path, rows: list[dict[str, object]], tail: str = "") -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows) + tail, encoding="utf-8")
    return path


@pytest.fixture
def bulk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two bulk gold files and their documents, the only gold the default sets see."""
    folder, docs = tmp_path / "records_bulk", tmp_path / "docs"
    folder.mkdir()
    docs.mkdir()
    for doc_id in (TUNE, OTHER_TUNE, TEST):
        doc(docs, doc_id)
    annotated = [{"type": "annotated_doc", "doc_id": d, "decisions": 1} for d in (TUNE, TEST)]
    write(folder / "set1.jsonl", [annotated[0], decision(TUNE), annotated[1], decision(TEST)])
    # set2 is being written: a record of a document not yet declared exhaustive, a line cut off
    write(folder / "set2.jsonl", [decision(OTHER_TUNE)], tail='{"type": "decision", "doc_id": "mus')
    project = write(tmp_path / "project.jsonl", [decision(TUNE)])
    monkeypatch.setattr(records_eval, "BULK_GOLD", folder)
    monkeypatch.setattr(records_eval, "DEFAULT_GOLD", project)
    monkeypatch.setattr(records_eval, "RECORDS_GOLD", tmp_path / "absent.jsonl")
    monkeypatch.setattr(records_eval, "SYNTH_SETS", {})
    return docs


def test_the_doc_ids_used_fall_in_the_halves_named() -> None:
    assert [split_of(d) for d in (TUNE, OTHER_TUNE, TEST)] == ["tune", "tune", "test"]


def test_bulk_gold_is_split_into_disjoint_halves(bulk: Path) -> None:
    sets = default_sets()
    assert sorted(sets) == ["bulk-test", "bulk-tune", "project"]
    assert sets["bulk-tune"].doc_ids == {TUNE, OTHER_TUNE}
    assert sets["bulk-test"].doc_ids == {TEST}
    assert [r.doc_id for r in sets["bulk-test"].records] == [TEST]


def test_annotated_doc_lines_define_exhaustiveness_across_files(bulk: Path) -> None:
    gold = load_gold_files(records_eval.bulk_gold_files())
    # set1 declares its documents; set2 declares none, so all of its documents count as exhaustive
    assert gold.exhaustive == {TUNE, TEST, OTHER_TUNE}
    assert len(gold.records) == 3  # the cut-off last line of set2 is left out


def test_a_document_in_two_files_keeps_the_first_annotation(tmp_path: Path) -> None:
    first = write(tmp_path / "a.jsonl", [decision(TUNE)])
    second = write(
        tmp_path / "b.jsonl", [decision(TUNE), decision(TUNE, "Zweiter Beschluss."), decision(TEST)]
    )
    gold = load_gold_files([first, second])
    assert [(r.doc_id, r.evidence[0]) for r in gold.records] == [(TUNE, RESOLUTION), (TEST, RESOLUTION)]
    assert len(load_gold(second).records) == 3


def test_halves_name_their_sets_and_lose_no_document(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "g.jsonl", [decision(d) for d in (TUNE, OTHER_TUNE, TEST)]))
    parts = halves(gold, "bulk-")
    assert parts["bulk-tune"].doc_ids | parts["bulk-test"].doc_ids == gold.doc_ids
    assert not parts["bulk-tune"].doc_ids & parts["bulk-test"].doc_ids


def test_all_tune_sums_the_tune_halves(bulk: Path) -> None:
    results = {name: evaluate(gold, [bulk]) for name, gold in default_sets().items()}
    totals = combined(results)
    assert sorted(totals) == ["all test", "all tune"]
    assert totals["all tune"]["decision"]["record"].gold == 2
    assert totals["all test"]["decision"]["record"].gold == 1


def test_misses_never_list_a_test_half(bulk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for d in (TUNE, OTHER_TUNE, TEST):
        doc(bulk, d, "Die Sitzung wird eröffnet.")  # the resolution is missed everywhere
    records_eval.main(["--docs", str(bulk), "--misses"])
    out = capsys.readouterr().out
    assert f"[missed] decision {TUNE}" in out and f"[missed] decision {OTHER_TUNE}" in out
    assert TEST not in out
    assert "== bulk-test" in out and "== all test: decision P 1.00 R 0.00" in out


def test_sets_selects_among_the_default_sets(bulk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records_eval.main(["--docs", str(bulk), "--sets", "project", "bulk-tune"])
    out = capsys.readouterr().out
    assert "== project" in out and "== bulk-tune" in out and "bulk-test" not in out
    assert "== all tune" in out and "all test" not in out


def test_records_quoting_one_sentence_pair_with_the_gold_by_their_fields() -> None:
    from assistant.evaluation.records_eval import match
    from assistant.evaluation.records_gold import gold_of as _gold
    from assistant.models import Position

    sentence = "Er kann diesem Vorschlag nicht zustimmen und schlägt eine prozentuale Erhöhung vor."
    rows = [
        {"type": "position", "doc_id": "x", "person": "Wöber", "stance": s, "evidence": sentence}
        for s in ("lehnt ab", "schlägt vor")
    ]
    base = dict(record_id="", doc_id="x", municipality="", body="", date="", agenda_item="", topic="",
                quote=sentence, char_start=0, char_end=len(sentence), source="")  # fmt: skip
    predicted = [Position(**base, person="Wöber", stance=s) for s in ("schlägt vor", "lehnt ab")]
    pairs, _ = match(_gold(rows).records, predicted)  # type: ignore[arg-type]
    assert sorted((g.values["stance"], r.stance) for g, r in pairs) == [  # type: ignore[attr-defined]
        ("lehnt ab", "lehnt ab"),
        ("schlägt vor", "schlägt vor"),
    ]


def test_the_synthetic_sets_are_default_tune_sets_with_their_own_sum(bulk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synth = write(bulk.parent / "records_a.jsonl", [{"type": "annotated_doc", "doc_id": TEST, "decisions": 1}, decision(TEST)])
    monkeypatch.setattr(records_eval, "SYNTH_SETS", {"synth-a": synth, "synth-b": bulk.parent / "absent.jsonl"})
    sets = default_sets()
    assert sorted(sets) == ["bulk-test", "bulk-tune", "project", "synth-a"]
    assert sets["synth-a"].doc_ids == {TEST}  # whole, whatever split_of says of the doc id
    assert sorted(combined({name: evaluate(gold, [bulk]) for name, gold in sets.items()})) == [
        "all synth", "all test", "all tune",
    ]  # fmt: skip
