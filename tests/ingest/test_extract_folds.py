"""Record extraction: the broader hypotheses of the fold round that were kept, each on the real sentences of a
tune document (the bulk gold's tune half), or on a sentence of our own where the round drew on a corpus-eval
document (test material, never a source)."""

from __future__ import annotations

import pytest

from assistant.evaluation.records_eval import split_of
from tests.conftest import SHARED
from tests.ingest.extract_helpers import minutes, said

SOURCES = (
    "friesland-lk-10732-abfallwirtschaftskonzept",
    "hamburg-altona-2023-10-26-bezirksversammlung-protokoll",
    "fintel-sg-2816-feuerwehrbedarfsplan-ag",
    "billerbeck-4367-photovoltaik-turnhallen",
    "reichshof-3220-sportplatz-hunsheim-zuschuss",
    "landshut-lk-4304-nahverkehrsplan-anhoerung",
    "annweiler-1861-bolzplatz-sportverein",
    "niederfinow-27378-friedhofssatzung",
    "stendal-6495-kreistag-tagesordnung-a14",
    "billerbeck-2930-radweg-buergeranregung",
    "grasleben-sg-2006-12-12-finanzausschuss-haushalt-2007",
    "perl-gemeinderat-schulentwicklungsplanung-ganztagsschule",
)


def test_sources_are_tune_documents() -> None:
    assert all(split_of(doc_id) == "tune" for doc_id in SOURCES)
    # the hash split alone is no licence: a corpus-eval document is test material whatever its split
    assert not [doc_id for doc_id in SOURCES if (SHARED / "corpus-eval" / "docs" / f"{doc_id}.txt").exists()]


def test_reported_speech_no_position_runs_into_is_a_statement_of_the_speaker() -> None:
    found = said(  # friesland-lk-10732: the third sentence follows one that was neither extended nor a position
        "KTA Just verwies auch an dieser Stelle auf die Ungerechtigkeit der Bioabfallgebührenerhebung nach Köpfen. "
        "Maßstab müsse vielmehr die Grundstücksgröße oder das tatsächliche Bioabfall-Volumen sein. Das Konzept "
        "sehe lediglich vor, zusätzlich zu den bisherigen 240-l-Tonnen könnten auf Antrag auch 120-l-Tonnen "
        "gestellt werden. Die besagte Gebührenungerechtigkeit werde damit nicht beseitigt.\n"
    )
    assert [(p.person, p.quote.split()[0]) for p in found] == [("Just", "KTA"), ("Just", "Die")]
    assert found[1].derived == ("person", "stance")


@pytest.mark.parametrize(
    "text",
    [
        # niederfinow-27378: a modal in the indicative or Konjunktiv II is the minute-taker's, not reported speech
        "Frau Gerber regt an, auch die Kirchgemeinde zu befragen.\nEs wird beantragt, die Beratung der Satzung an "
        "den Entwicklungsausschuss zu verweisen. An der Beratung sollte Frau Sauer teilnehmen.\n",
        # stendal-6495: direct speech goes on only through its own cues
        "Herr Stapel bezieht sich auf den Tagesordnungspunkt 16, dem Antrag zur A 14 – Drucksache Nr. 327/2012. "
        "Diesen Antrag hätte ich gern von der Tagesordnung herunter genommen. Ich hoffe nicht, dass die Idee "
        "aufkommt, ich wollte mich nicht eindeutig positionieren.\n",
    ],
)
def test_no_statement_from_a_conditional_or_direct_speech(text: str) -> None:
    assert len(said(text)) <= 1


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        # fintel-sg-2816: the act after "sondern" is still to do; the denied one is not
        (
            "Beschluss:\n\nEs wird beschlossen, die Fortschreibung des Feuerwehrbedarfsplanes nicht extern zu "
            "vergeben, sondern internes Fachwissen zu nutzen und hierfür die AG Feuerwehr einzurichten.\n",
            ["Verwaltung"],
        ),
        # billerbeck-4367: the actor of the "dass" clause
        (
            "Beschluss:\n\nEs wird grundsätzlich beschlossen, dass die Stadt auf den Dächern der Haupt- und der "
            "Realschulturnhalle Photovoltaikanlagen errichtet, wobei der Strom möglichst in den Schulen direkt "
            "verbraucht werden soll.\n",
            ["Stadt"],
        ),
        # landshut-lk-4304: releasing for the hearing is done by the vote itself
        (
            "Beschluss:\n\n2. Der Kreistag befürwortet den Entwurf des Nahverkehrsplanes und beschließt, den "
            "Nahverkehrsplan im aktuellen Entwurf zur Anhörung freizugeben.\n",
            [],
        ),
        # annweiler-1861: so is a rejection
        (
            "Beschluss:\n\nDer Gemeinderat beschloss einstimmig, den Antrag auf gemeinsame Errichtung eines Bolz- "
            "und Trainingsplatzes auf dem Platz zwischen dem Damm des Sees und dem Rasenplatz abzulehnen.\n",
            [],
        ),
    ],
)
def test_a_resolution_to_act_later_is_a_task(text: str, owners: list[str]) -> None:
    assert [o.owner for o in minutes(text).open_items] == owners


def test_a_grant_with_a_sum_is_a_task() -> None:
    found = minutes(  # reichshof-3220: the full stop of "3.000,- €" does not end the sentence
        "Es wird folgender Beschluss gefasst:\n\nAnalog zur angestrebten Regelung mit den übrigen Sportvereinen "
        "wird für die SG Hunsheim ein jährlicher Kostenzuschuss von 3.000,- €, befristet auf 10 Jahre, gewährt.\n"
    )
    assert [(o.owner, o.derived) for o in found.open_items] == [("Verwaltung", ("owner",))]


def test_reported_speech_of_its_own_takes_its_stance_from_a_noun_of_evaluation() -> None:
    found = said(  # hamburg-altona-2023-10-26
        "Herr Burgucuolglu weist auf die anstehenden Bezirksversammlungswahlen im Jahr 2024 hin. Ein Teil der "
        "Hamburger Bevölkerung könne nicht an den Wahlen teilnehmen. Seit Jahren gebe es den Vorschlag, ein "
        "kommunales Wahlrecht für alle einzuführen. Nicht alle wollten ihre bestehende Staatsbürgerschaft aufgeben. "
        "Der Appell seiner Fraktion sei, dieses Thema im Blick zu behalten und eine Lösung zu finden.\n"
    )
    assert [(p.person, p.stance) for p in found][-1] == ("Herr Burgucuolglu", "schlägt vor")
    assert found[-1].quote.startswith("Der Appell")


def test_a_standing_word_in_brackets_does_not_make_a_grant_a_standing_rule() -> None:
    found = minutes(  # reichshof-3220: "(jeweils 30 m Länge)" measures the fences
        "Es wird folgender Beschluss gefasst:\n\nFür die Errichtung von Ballfangzäunen hinter den beiden Toren "
        "(jeweils 30 m Länge) und die Aufrüstung der vereinseigenen Flutlichtanlage wird ein einmaliger "
        "Investitionszuschuss von 25.000,- €, der in 2010 außerplanmäßig bereit gestellt wird, gewährt.\n"
    )
    assert [(o.owner, o.due) for o in found.open_items] == [("Verwaltung", "2010")]


def test_a_named_speaker_s_verb_outside_the_lexicon_is_a_contribution_that_informs() -> None:
    # billerbeck-2930 "Herr Spengler begrüßt, dass …" with the verb replaced by one in no lexicon ("hinterfragt" is in
    # the stance lexicon now)
    found = said("Herr Spengler beleuchtet, ob an dem Radweg weitergearbeitet wird.\n")
    assert [(p.person, p.stance, p.derived) for p in found] == [("Herr Spengler", "informiert", ("stance",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Blanke zur Seite 8 - § 15 (4)- danach werden in der anonymen Urnengrabanlage die Urnen in Reihe "
        "beigesetzt.",  # niederfinow-27378: no finite verb after the speaker
        "Herr Stapel bezieht sich auf den Tagesordnungspunkt 16, dem Antrag zur A 14 – Drucksache Nr. 327/2012.",
        "Herr Andersen ehrt Frau Boehlich für ihr 30-jähriges Engagement in der Bezirksversammlung und ihren "
        "Ausschüssen.",  # hamburg-altona-2023-10-26: ceremony
        "Ratsherr Gläser hat mitgeteilt, dass er sich verspäten würde.",  # grasleben-sg-2006-12-12
        # own sentence: attendance, a council member by office and surname with "fehlt"
        "Ortsratsmitglied Hennecke fehlt.",
        "Frau Schmitt ist damit ab dem 5. November 2021 Mitglied des Gemeinderates.",  # perl
    ],
)
def test_no_contribution_from_pointers_ceremony_attendance_or_auxiliaries(sentence: str) -> None:
    assert said(sentence + "\n") == []
