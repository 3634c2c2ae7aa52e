"""Record extraction: general guards and generalisations of the transfer round, each on a real sentence of a
tune document (``split_of`` is ``tune``: the bulk gold's tune half, the tune half of ``corpus-records``, or
unannotated minutes of ``shared/corpus-bulk``) or on a sentence of our own with the same construction, marked
"own sentence". ``shared/corpus-eval`` is test material and no source of these tests."""

from __future__ import annotations

import pytest

from assistant.evaluation.records_eval import split_of
from tests.conftest import SHARED
from tests.ingest.extract_helpers import minutes, said

SOURCES = (
    "schneeberg-669-marktgemeinderat-kindergartengebuehren",
    "billerbeck-11134-fluechtlinge-registrierung",
    "landshut-lk-4304-nahverkehrsplan-anhoerung",
    "fintel-sg-2816-feuerwehrbedarfsplan-ag",
    "greifswald-2025-09-22-eroeffnung-sitzung",
    "nottuln-15994-unterbringung-integration-fluechtlinge",
    "boerde-2017-02-01-integrationskonzept",
)


def test_sources_are_tune_documents() -> None:
    assert all(split_of(doc_id) == "tune" for doc_id in SOURCES)
    # the hash split alone is no licence: a corpus-eval document is test material whatever its split
    assert not [doc_id for doc_id in SOURCES if (SHARED / "corpus-eval" / "docs" / f"{doc_id}.txt").exists()]


@pytest.mark.parametrize(
    "sentence",
    [
        # own sentence: pointing to a paper is no referral ("Es wird auf … verwiesen", impersonal passive, the
        # paper attached to the papers of a committee's session, which alone would read as a target)
        "Es wird auf die den Unterlagen zur Sitzung des Bau- und Umweltausschusses am 17.09.2021 beigefügte "
        "Stellungnahme des Ortsbeirates Nord vom 30.08.2021 verwiesen.",
        # own sentence: a deferral without a target is optional in the guide; no item ("Beschluss:" and a
        # subject with "wird vertagt")
        "Beschluss:\n\nDie Beratung über die Änderung der Parkgebührenordnung wird vertagt.",
        # own sentence: the same, after a causal phrase, with places that are no target ("in der Gemeinde …",
        # "im Ortsteil …")
        "Beschluss:\n\nAngesichts der noch offenen Kostenschätzung für die Sanierung der Sporthalle in der "
        "Gemeinde Oberweiler wird eine Entscheidung über den Umbau der Umkleideräume im Ortsteil Niederweiler "
        "vertagt.",
    ],
)
def test_no_deferral_without_a_target(sentence: str) -> None:
    assert minutes(sentence).open_items == []


def test_a_deferral_until_an_event_is_the_body_s_task() -> None:
    # own sentence: "Bis zu[m|r] <event> wird <der Antrag> vertagt", no body named
    found = minutes("Bis zum Eingang des Bodengutachtens wird der Antrag der Wählergemeinschaft vertagt.")
    assert [o.owner for o in found.open_items] == ["Ausschuss"]


@pytest.mark.parametrize(
    ("sentence", "stances"),
    [
        # schneeberg-669: a refusal and a proposal joined by "und"
        (
            "GR Wöber ist der Meinung, dass die Ausgaben und Einnahmen auf den Prüfstand müssen. Er kann diesem "
            "Vorschlag nicht zustimmen und schlägt eine prozentuale Erhöhung vor.",
            ["stellt fest", "lehnt ab", "schlägt vor"],
        ),
        # schneeberg-669: support and a proposal
        (
            "GR Ort spricht sich für die Erhöhung der Kindergartengebühren aus und regt an, diese nächstes Jahr "
            "noch einmal zu überprüfen.",
            ["befürwortet", "schlägt vor"],
        ),
        # a verb of reporting and a proposal stay one position (boerde-2017-02-01, project gold)
        (
            "Frau Kratzsch erläutert die beigefügte Präsentation und bittet um Einverständnis.",
            ["schlägt vor"],
        ),
    ],
)
def test_verbs_with_different_stances_joined_by_und_are_positions_each(
    sentence: str, stances: list[str]
) -> None:
    assert [p.stance for p in said(sentence)] == stances


def test_a_promise_by_pronoun_goes_to_a_speaker_named_after_the_verb() -> None:
    found = minutes(  # billerbeck-11134: the speaker inverted after "Auf Nachfrage von …"
        "Auf Nachfrage von Frau Beil teilt Herr Struffert u. a. mit, dass in Billerbeck zurzeit 256 Personen "
        "betreut werden. Vorrangiges Ziel sei die Registrierung dieser Personen.\n\nIm Übrigen habe inzwischen die "
        "1. Integrationskonferenz in Coesfeld mit einem umfassenden Programm stattgefunden. Sobald die Auswertung "
        "vorliege, werde er hierüber informieren.\n"
    )
    assert [o.owner for o in found.open_items] == ["Herr Struffert"]
    assert "Vorrangiges Ziel" not in [p.person for p in found.positions]


def test_deliberations_in_one_body_after_another_are_an_item_each() -> None:
    found = minutes(  # landshut-lk-4304
        "3. Nach der Interessensbeteiligung und Bearbeitung der Anmerkungen soll die Synopse zuerst im Ausschuss "
        "für Wirtschaft, Energie und Regionalmanagement behandelt werden und anschließend im Rahmen der "
        "Oktober-Sitzung 2023 im Kreistag beraten und beschlossen werden.\n"
    )
    assert [(o.owner, o.due) for o in found.open_items] == [
        ("Ausschuss für Wirtschaft", ""),
        ("Kreistag", "Oktober-Sitzung 2023"),
    ]
    assert found.open_items[1].quote.startswith("anschließend im Rahmen")


def test_a_debate_section_ends_the_resolution_text() -> None:
    found = minutes(  # schneeberg-669 (shortened): "Diskussionsverlauf:" after the resolution
        "Beschluss:\n\nDer Marktgemeinderat stimmt der vorgeschlagenen Gebührenfestsetzung zu.\n\n"
        "Diskussionsverlauf:\n\nDie Ausgaben und Einnahmen sollen im nächsten Jahr auf den Prüfstand gestellt "
        "werden, so der Vorschlag aus der Mitte des Rates.\n"
    )
    assert len(found.decisions) == 1
    assert (
        found.decisions[0].text == "Der Marktgemeinderat stimmt der vorgeschlagenen Gebührenfestsetzung zu."
    )


def test_what_a_body_shall_resolve_later_is_no_decision() -> None:
    found = minutes(  # fintel-sg-2816
        "Der Ausschuss nimmt den Bericht zur Kenntnis.\n\nAbstimmung: einstimmig\n\nEs wird angestrebt, die "
        "finalisierte Fortschreibung im Frühjahr 2023 zu beschließen.\n"
    )
    assert [d.outcome for d in found.decisions] == ["zur Kenntnis genommen"]


def test_the_quorum_found_is_no_vote() -> None:
    found = minutes(  # greifswald-2025-09-22
        "Die ordnungsgemäße Ladung und Beschlussfähigkeit mit 13 anwesenden Mitgliedern wird festgestellt – "
        "mehrheitlich Mitglieder der Bürgerschaft.\n"
    )
    assert found.decisions == []


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        # own sentence: "der Verwaltung" after "seitens" is no subject (reported "teilte mit, dass … so …,
        # dass seitens der Verwaltung … werden soll", passive infinitive)
        (
            "Frau Kramer teilte mit, dass die Zahl der Anmeldungen für die Ganztagsbetreuung so stark gestiegen "
            "sei, dass seitens der Verwaltung möglichst bald ein weiterer Gruppenraum eingerichtet werden soll.",
            [],
        ),
        # nottuln-15994: the nominative subject of "soll"
        (
            "Letztendlich ist konsensfähig, dass zum einen die Verwaltung 2-3 Standorte für mögliche temporäre "
            "Übergangswohnheime benennen und prüfen soll.",
            ["Verwaltung"],
        ),
    ],
)
def test_an_office_is_the_subject_of_soll_only_in_the_nominative(sentence: str, owners: list[str]) -> None:
    assert [o.owner for o in minutes(sentence).open_items] == owners


def test_a_further_question_by_pronoun_is_a_position_of_its_own() -> None:
    found = said(  # boerde-2017-02-01 (project gold)
        "Herr Falke fragt nach bereits vorliegenden Erfahrungswerten bzw. bereits vorliegenden Integrationskonzepte "
        "anderer Landkreise. Des Weiteren stellt er die Frage nach der möglichen Höhe der auf den Landkreis "
        "zukommenden Kosten.\n"
    )
    assert [(p.person, p.stance) for p in found] == [("Herr Falke", "fragt an"), ("Herr Falke", "fragt an")]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # own sentence: showing by means of a document reports ("zeigte anhand …", past tense)
        (
            "Frau Lindner zeigte anhand eines Lageplans zunächst die bisherige Entwicklung des Gewerbegebietes "
            "Am Mühlbach und die Lage der noch freien Grundstücke.",
            "informiert",
        ),
        # own sentence: putting up for discussion proposes ("stellt zur Diskussion, inwieweit … sei, … zu …")
        (
            "Herr Görtz stellt zur Diskussion, inwieweit es sinnvoll sei, den Wochenmarkt in den Sommermonaten "
            "gemeinsam mit dem Gewerbeverein auf den Kirchplatz zu verlegen.",
            "schlägt vor",
        ),
    ],
)
def test_more_verbs_of_speech(sentence: str, stance: str) -> None:
    assert [p.stance for p in said(sentence)] == [stance]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (  # landshut-lk-4304
            "anschließend im Rahmen der Oktober-Sitzung 2023 im Kreistag beraten und beschlossen werden.",
            "Oktober-Sitzung 2023",
        ),
        ("Sobald die Auswertung vorliege, werde er hierüber informieren.", "sobald die Auswertung vorliegt"),
        (
            "Eine Überprüfung der Kindergartengebühren soll im nächsten Jahr vorgenommen werden.",
            "nächstes Jahr",
        ),
    ],
)
def test_due_dates_as_worded(sentence: str, due: str) -> None:
    from ingest.extract.dues import due_of

    assert due_of(sentence) == due
