"""Record extraction, session 44 (issue #11): a faction or membership after a name that no second comma closes
("Herr Hörig, Fraktion B 90/Grüne/WIR beantragt …", "Frau Fick-Tiggers Ausschussmitglied der ÖDP fragt nach …"), a
member's motion about the vote ("beantragt, dass … zur Abstimmung gestellt werden soll") and the consultation steps of
an ALLRIS page ("38. Sitzung … der Bezirksverordnetenversammlung … ohne Änderungen in der BVV beschlossen"). The
sentences are from public minutes and portal pages of Berlin districts, Zeitz and Wiesmoor."""

from __future__ import annotations

import pytest

from assistant.models import Document, DocumentMeta
from assistant.vocab import DecisionOutcome, Stance
from ingest.extract import extract_records
from tests.ingest.extract_helpers import minutes


@pytest.mark.parametrize(
    ("sentence", "person", "stance"),
    [
        (
            "Herr Hörig, Fraktion B 90/Grüne/WIR beantragt, den Top 23 ohne Nennung von Zahlen im öffentlichen Teil zu "
            "behandeln.",
            "Herr Hörig",
            Stance.MOVES,
        ),
        (
            "Rf. Schmitz, BÜNDNIS 90/DIE GRÜNEN beantragt, den Antrag zur Beratung in den Bau- und Planungsausschuss "
            "weiterzuleiten.",
            "Schmitz",
            Stance.MOVES,
        ),
        (
            "Frau Fick-Tiggers Ausschussmitglied der ÖDP fragt nach, ob Sie die Stellungnahme vom "
            "Planfeststellungsverfahren an den NABU weitergeben kann.",
            "Frau Fick-Tiggers",
            Stance.ASKS,
        ),
        (
            "Frau Späte, Vorsitzende der CDU-Fraktion, beantragt, dass im Top 17 a folgender Antrag zur Abstimmung "
            "gestellt werden soll.",
            "Frau Späte",
            Stance.MOVES,
        ),
    ],
)
def test_a_speaker_with_an_unclosed_apposition_or_a_motion_about_the_vote(
    sentence: str, person: str, stance: Stance
) -> None:
    found = minutes(f"TOP 3 Anträge der Fraktionen\n\n{sentence}\n").positions
    assert [(p.person, p.stance) for p in found] == [(person, stance)]


def test_a_closed_apposition_still_gives_the_faction() -> None:
    found = minutes("TOP 3 Antrag\n\nHerr Meier, Fraktion SPD, lehnt den Antrag ab.\n").positions
    assert [(p.person, p.stance) for p in found] == [("Herr Meier", Stance.OPPOSES)]


_PAGE = """Drucksache - 1083/3

Betreff: Europa im Bezirk (er-)leben - kommunale Europa-Kommunikation im Bezirk verstärken
Status:öffentlich
Beratungsfolge:
Bezirksverordnetenversammlung Beratung
20.11.2008
25. Öffentliche Sitzung der Bezirksverordnetenversammlung Charlottenburg-Wilmersdorf von Berlin überwiesen
Ausschuss für Haushalt und Verwaltungsreform Beratung
09.12.2008
30. Öffentliche Sitzung des Ausschusses für Haushalt und Verwaltungsreform vertagt
10.02.2009
32. Öffentliche Sitzung des Ausschusses für Haushalt und Verwaltungsreform mit Änderungen im Ausschuss beschlossen
23.05.2007    7. nichtöffentliche Sitzung des Geschäftsordnungsausschusses
Bezirksverordnetenversammlung Beratung
19.02.2009
28. Öffentliche Sitzung der Bezirksverordnetenversammlung Charlottenburg-Wilmersdorf von Berlin in der BVV abgelehnt

Sachverhalt
"""


def test_each_consultation_step_with_a_status_is_a_decision_even_on_a_proposal_page() -> None:
    meta = DocumentMeta(doc_id="x", kind="proposal", municipality="Berlin", body="Bezirksverordnetenversammlung")
    found = extract_records(Document(meta=meta, text=_PAGE)).decisions
    assert [d.outcome for d in found] == [
        DecisionOutcome.REFERRED,
        DecisionOutcome.ADJOURNED,
        DecisionOutcome.ADOPTED,
        DecisionOutcome.REJECTED,
    ]
    assert found[0].quote.startswith("25. Öffentliche Sitzung") and found[0].quote.endswith("überwiesen")


def test_a_proposal_page_without_a_taken_step_yields_nothing() -> None:
    page = _PAGE.replace(" überwiesen\n", "\n").replace(" vertagt\n", "\n").replace(" beschlossen\n", "\n")
    page = page.replace(" in der BVV abgelehnt\n", "\n")
    meta = DocumentMeta(doc_id="x", kind="proposal", municipality="Berlin", body="Bezirksverordnetenversammlung")
    assert extract_records(Document(meta=meta, text=page)).decisions == []



def test_a_status_header_and_the_resolution_below_it_are_one_decision() -> None:
    # an excerpt page of a portal opens with the item's status, its vote and then the resolution
    found = minutes(
        "Beschluss: abgesetzt\n\nAbstimmung: Ja: 26, Nein: 0, Enthaltung: 0\n\n"
        "Der Rat der Samtgemeinde Lüchow (Wendland) beschließt, die weitere Entwicklung wird abgewartet und der "
        "Tagesordnungspunkt von der heutigen Tagesordnung abgesetzt.\n"
    ).decisions
    assert [(d.outcome, d.yes, d.no) for d in found] == [(DecisionOutcome.DEFERRED, 26, 0)]
    assert "Beschluss: abgesetzt" in found[0].quote and "weitere Entwicklung" in found[0].quote


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Kirchengemeinderat hat im Oktober 2020 beschlossen, die Kirche aufzugeben.",
        "Der Landtag hat im Mai beschlossen, die Fraktionsstärke auf mindestens drei Mitglieder anzuheben.",
    ],
)
def test_an_outside_body_resolving_is_neither_decision_nor_task(sentence: str) -> None:
    found = minutes(f"TOP 2 Bürgerfragestunde\n\nDer Förderverein berichtet.\n\n{sentence}\n")
    assert found.decisions == [] and found.open_items == []


def test_the_council_resolving_about_the_same_matter_still_decides() -> None:
    found = minutes("TOP 2 Nikodemuskirche\n\nDer Regionalausschuss beschließt einstimmig, die Kirche zu erhalten.\n")
    assert [d.outcome for d in found.decisions] == [DecisionOutcome.ADOPTED]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        (
            "Herr Heilmann sieht es als Mißachtung der Bezirksversammlung, diese Information aus der Presse zu "
            "erfahren.",
            Stance.CRITICISES,
        ),
        ("Frau Kunz betrachtet das Projekt als große Chance für den Ort.", Stance.SUPPORTS),
    ],
)
def test_what_a_judging_verb_calls_the_matter_decides_the_stance(sentence: str, stance: Stance) -> None:
    found = minutes(f"TOP 4 Hochschulstandort\n\n{sentence}\n").positions
    assert [p.stance for p in found] == [stance]


def test_an_inquiry_answered_after_the_session_is_owed() -> None:
    found = minutes(
        "TOP 3 Anfragen\n\nDie Antwort wurde an die einreichende und die anderen Fraktionen verteilt.\n"
        "Die Anfrage der Fraktion DIE LINKE\n- A-005/14 „Entwicklung der Inanspruchnahme von Sozialhilfe“\n"
        "wird aufgrund ihres Umfangs im Nachgang zur Sitzung beantwortet.\n"
    ).open_items
    assert [o.owner for o in found] == ["Verwaltung"] and "im Nachgang zur Sitzung" in found[0].quote


def test_a_name_after_a_pronoun_subject_is_an_object_not_the_next_speaker() -> None:
    found = minutes(
        "TOP 2 Informationen\n\nHerr Galander informiert:\n\nAlle Abstimmungen sind namentlich durchgeführt worden.\n\n"
        "Er dankt dem Krisenstab, besonders Frau Wittmann-Stifft, für die geleistete Arbeit in den letzten drei Wochen. "
        "Er richtet die Bitte an die Stadtvertretung, wenn die dafür benötigen überplanmäßigen Ausgaben zur Verfügung zu "
        "stellen sind, Größe zu zeigen und diese zu bestätigen.\n"
    ).positions
    assert ("Herr Galander", Stance.PROPOSES) in [(p.person, p.stance) for p in found]
    assert all(p.person == "Herr Galander" for p in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Rat bittet die Landesregierung einstimmig, die Förderung zu verlängern.",
        "Der Gemeinderat unterstützt die Kirchengemeinde einstimmig bei der Sanierung.",
        "Der Gemeinderat genehmigt die Kirchensanierung.",
    ],
)
def test_an_outside_body_as_object_leaves_the_councils_decision(sentence: str) -> None:
    found = minutes(f"TOP 2 Kirche\n\nDer Bürgermeister erläutert die Vorlage.\n\n{sentence}\n").decisions
    assert len(found) == 1 and sentence in found[0].quote
