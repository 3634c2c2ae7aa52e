"""Question forms that made the assistant abstain or answer wrongly on fresh user questions (session 6):
a yes/no check of a claim, a firm named inside a compound, a compound asked for that the minutes spell
as a genitive, a two-word place name no document knows, a common word that looks like a place name.
The document tests use real council documents from ../shared (skipped without them) and wordings of
our own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.embedding import Embedder
from assistant.models import DocumentMeta
from assistant.query.facts import expected_answer, holds_answer_kind
from assistant.query.premise import presupposed_outcome
from assistant.query.scope import MetadataVocabulary
from assistant.service import Assistant
from assistant.vocab import AnswerKind, DecisionOutcome
from tests.conftest import assistant_over, shared_documents

DOCUMENTS = (
    "stendal-6495-kreistag-tagesordnung-a14",
    "waldburg-2014-11-06-gemeinderat-flaechennutzungsplan",
    "landau-13921-sporthalle-landesgartenschau",
    "potsdam-2006-09-21-jugendhilfeausschuss-sozialbericht",
    "hilpoltstein-2021-04-15-stadtrat-tagesordnung",
    "brakel-654-friedhofssatzung-bezirksausschuss",  # "Mitglieder" twice more: a word the splitter knows
)


def test_a_claim_checked_asks_for_no_decision() -> None:
    assert expected_answer("Stimmt es, dass aus der alten Kapelle eine Brauerei werden soll?") != AnswerKind.DECISION
    assert expected_answer("Hat der Rat den Umbau der Kapelle beschlossen?") == AnswerKind.DECISION


def test_a_keyword_query_naming_an_outcome_takes_it_for_granted() -> None:
    assert presupposed_outcome("Sozialbericht Jugendhilfeausschuss beschlossen") == DecisionOutcome.ADOPTED
    assert presupposed_outcome("Haushalt 2024 Kreistag vertagt") == DecisionOutcome.ADJOURNED
    assert presupposed_outcome("Sozialbericht Jugendhilfeausschuss Abstimmung") is None
    assert presupposed_outcome("Sozialbericht nicht beschlossen") is None


def test_a_firm_named_inside_a_compound() -> None:
    assert holds_answer_kind(AnswerKind.COMPANY, "Frau Guglielmo vom Planungsbüro Planstatt Senner war anwesend.")
    assert not holds_answer_kind(AnswerKind.COMPANY, "Die Verwaltung stellte die Varianten vor.")


def test_a_common_word_names_no_place() -> None:
    metas = [
        DocumentMeta(doc_id="a", municipality="Berlin, Bezirk Mitte"),
        DocumentMeta(doc_id="b", municipality="Landeshauptstadt Potsdam"),
    ]
    vocabulary = MetadataVocabulary(metas)
    assert not vocabulary.scope("Sporthalle Eigenanteil überplanmäßige Mittel").municipalities
    assert vocabulary.scope("Was plant Potsdams Verwaltung?").municipalities == {"Landeshauptstadt Potsdam"}
    assert vocabulary.scope("Was beschloss die BVV Mitte?").municipalities == {"Berlin, Bezirk Mitte"}


OWN_NOTE = """source: tests/assistant/test_question_forms.py
municipality: Landkreis Musterland
body: Kreistag
date: 2024-03-01
kind: other
---
Hinweis der Kreisverwaltung: Die Kreistagsmitglieder erhalten die Unterlagen künftig digital. Jedes
Kreistagsmitglied kann auf Wunsch weiter Papier bekommen; ein Mitglied ohne Tablet meldet sich bei der
Verwaltung, die jedem Mitglied ein Gerät leiht.
"""
"""A note of our own that uses the compound as one word, as the full corpus does somewhere: the index
then knows "Kreistagsmitglied" whole, and only the compound's parts let "Mitglieder des Kreistages"
name it."""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Assistant]:
    folder = tmp_path_factory.mktemp("question-forms")
    note = folder / "musterland-hinweis.txt"
    note.write_text(OWN_NOTE, encoding="utf-8")
    with assistant_over([*shared_documents(DOCUMENTS), note], folder / "store", embedder) as built:
        yield built


def test_a_compound_the_minutes_spell_as_a_genitive(assistant: Assistant) -> None:
    """"Kreistagsmitglieder" asked, "Mitglieder des Kreistages" written: the count answers."""
    answer = assistant.ask("Wie viele Kreistagsmitglieder waren in Stendal bei der Sitzung zur A 14 anwesend?")
    assert not answer.abstained
    assert "42 Mitglieder des Kreistages" in " ".join(c.quote for c in answer.citations)


def test_a_firm_asked_for_is_found_inside_a_compound(assistant: Assistant) -> None:
    answer = assistant.ask("Welches Büro hat dem Waldburger Gemeinderat den Flächennutzungsplan 2030 erläutert?")
    assert not answer.abstained
    assert "Planstatt Senner" in answer.citations[0].quote


def test_a_two_word_place_no_document_knows(assistant: Assistant) -> None:
    """"Bad Nirgendwo" is unknown although "Bad" is a word of the documents: the Landau hall is no answer."""
    answer = assistant.ask("Bad Nirgendwo Sporthalle Landesgartenschau Eigenanteil")
    assert answer.abstained
    assert "Nirgendwo" in answer.answer
    assert not assistant.ask("Landau Sporthalle Landesgartenschau Eigenanteil").abstained


def test_a_keyword_query_with_a_contradicted_outcome_is_corrected(assistant: Assistant) -> None:
    """The Potsdam committee adjourned the social report: a search for its adoption is corrected first."""
    answer = assistant.ask("Jugendhilfeausschuss Potsdam Sozialbericht 2004/2005 beschlossen")
    assert answer.premise_contradicted
    assert "vertagt" in answer.answer


def test_a_matter_only_listed_on_the_agenda_has_no_result(assistant: Assistant) -> None:
    """Hilpoltstein's agenda lists "Entscheidung über den Einsatz des Krisenausschusses"; another item's
    announced decisions (TOP 4) are not its result."""
    answer = assistant.ask("Was hat der Hilpoltsteiner Stadtrat zum Einsatz des Krisenausschusses beschlossen?")
    assert answer.abstained
    assert "Krisenausschuss" in answer.citations[0].quote
