"""Record extraction: general guards and generalisations of the transfer round, each on the real sentence
it came from (documents whose ``split_of`` is ``tune``: the bulk gold's tune half, the tune half of
``corpus-records``, or unannotated minutes of ``shared/corpus-eval`` and ``shared/corpus-bulk``)."""

from __future__ import annotations

import pytest

from assistant.evaluation.records_eval import split_of
from tests.ingest.extract_helpers import minutes

SOURCES = (
    "heinsberg-8636-integrationskonferenz",
    "rkn-1852-kreistag-vertagung",
    "lueneburg-lk-4341-schulstandorte-vertagt",
    "landau-53696-radwegebruecke",
    "leverkusen-20040-deutsche-bahn",
)


def test_sources_are_tune_documents() -> None:
    assert all(split_of(doc_id) == "tune" for doc_id in SOURCES)


@pytest.mark.parametrize(
    "sentence",
    [
        # heinsberg-8636: pointing to a paper is no referral
        "Es wird auf den der Einladung zur Sitzung des Kreisausschusses am 04.02.2020 beigefügten Antrag der "
        "FDP-Fraktion vom 08.12.2019 verwiesen.",
        # rkn-1852: a deferral without a target is optional in the guide; no item
        "Beschluss:\n\nDie Angelegenheit wird vertagt.",
        # lueneburg-lk-4341: the same, with a place that is no target
        "Beschluss:\n\nAufgrund der dargestellten Entwicklung der Schülerzahlen im Landkreis Lüneburg wird eine "
        "Entscheidung hinsichtlich neuer Schulstandorte im Südwestteil des Landkreises vertagt.",
    ],
)
def test_no_deferral_without_a_target(sentence: str) -> None:
    assert minutes(sentence).open_items == []


def test_a_deferral_until_an_event_is_the_body_s_task() -> None:
    found = minutes("Bis zur Vorlage dieser Ergebnisse wird der Antrag vertagt.")  # leverkusen-20040
    assert [o.owner for o in found.open_items] == ["Ausschuss"]
