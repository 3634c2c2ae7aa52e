"""Record extraction on shapes neither the tune half nor the tracker names: constructions found in the
unannotated minutes of ``shared/corpus-bulk`` and in the annotation guide's own examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.documents import build_document
from ingest.extract import extract_records
from ingest.readers import read_file
from tests.ingest.extract_helpers import having, minutes, said

pytestmark = pytest.mark.shared


def test_proposal_repeated_as_resolution_and_its_vote_are_one_decision() -> None:
    found = minutes(  # pfaffenhofen-lk-7475
        "Beschlussvorschlag:\n\nDer Umweltausschuss stimmt dem Vorschlag der Verwaltung zu, einen "
        "Klimaschutz-Masterplan auszuarbeiten. Die Verwaltung wird beauftragt, die erforderlichen Schritte in "
        "die Wege zu leiten.\n\nBeschluss:\n\nDer Umweltausschuss stimmt dem Vorschlag der Verwaltung zu, einen "
        "Klimaschutz-Masterplan auszuarbeiten. Die Verwaltung wird beauftragt, die erforderlichen Schritte in "
        "die Wege zu leiten.\n\nAnwesend: 14\n\nAbstimmung:\n\nJa-Stimmen: 14\n\nNein-Stimmen: 0\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("angenommen", 14, 0)]
    assert len(found.open_items) == 1


def test_a_vote_after_the_debate_closes_the_resolution_above() -> None:
    found = minutes(  # rhein-kreis-neuss-13153
        "Beschluss:\n\nDer Kreistag nimmt die Ausführungen der Verwaltung zustimmend zur Kenntnis.\n\nProtokoll:\n\n"
        "Kreistagsabgeordneter Wolfgang Wappenschmidt teilte mit, dass die Basis des Abfallwirtschaftsplans die "
        "Weichen ab 2017 stellen soll.\n\nAbstimmungsergebnis:\n\neinstimmig\n"
    )
    assert len(found.decisions) == 1
    decision = found.decisions[0]
    assert decision.unanimous is True and decision.quote.startswith("Der Kreistag nimmt")


def test_chairing_is_no_position() -> None:
    for sentence in (
        "Herr Bürgermeister Abstein eröffnet um 19:00 Uhr die 7. Sitzung des Verbandsgemeinderates und begrüßt "
        "die Ratsmitglieder, Herrn Keth, Allgemeine Zeitung Worms sowie einen Bürger.",
        "Um 18.30 Uhr begrüßte Bürgermeisterin Sibylle Würfel die 23 Zuhörerinnen und Zuhörer sowie den "
        "Berichterstatter der Rhein-Neckar-Zeitung zur Gemeinderatssitzung.",
        "Der Bürgermeister stellt die vorliegende Tagesordnung fest.",
    ):
        assert not said(sentence), sentence


def test_nouns_are_no_first_names_and_particles_are_names() -> None:
    assert not said("Seit Jahren gebe es den Vorschlag, ein kommunales Wahlrecht für alle einzuführen.")
    assert not said("Grundsätzlich unterstütze die Abfallsatzung von der Gebührenseite her die Anlieferung.")
    found = said(
        "Aufgrund des zahlreichen Erscheinens von Bürgerantragstellern und interessierten Bürgern zum "
        "Tagesordnungspunkt 9 schlägt Herr Bezirksvorsteher Gietzen vor, diesen Tagesordnungspunkt vorgezogen "
        "nach Tagesordnungspunkt 2 beraten zu lassen."
    )
    assert [(p.person, p.stance) for p in found] == [("Herr Gietzen", "schlägt vor")]
    found = minutes(
        "Bürgermeister von den Driesch stimmt zu und erklärt, dass die Personalkosten weitergehend "
        "aufzuschlüsseln seien."
    )
    assert [p.person for p in found.positions] == ["von den Driesch"] and not found.decisions


def test_a_speaker_on_the_line_after_a_title() -> None:
    found = minutes(
        "Ergebnisplan\nProdukt 0535110 Pflegeplanung, Seniorenarbeit, Wohngeld\nStadtverordneter Neitzke "
        "beantragt, die Teilnehmergebühren für die Seniorenfahrten zu streichen.\n"
    )
    assert [(p.person, p.stance, p.quote[:22]) for p in found.positions] == [
        ("Neitzke", "beantragt", "Stadtverordneter Neitz")
    ]
    found = said(
        "Die Einwohnerin, Frau Manuela Jennrich, die am 12. Februar 2004 ein Schreiben abgegeben hat, fragt an, "
        "warum denn noch keine Antwort vorliegt."
    )
    assert [(p.person, p.stance) for p in found] == [("Frau Manuela Jennrich", "fragt an")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die einzelnen Anwesen sollen dann nach wie vor über das bestehende Kupfer-Kabel angeschlossen bleiben.",
        "Die Fraktion der Grünen/Bündnis 90 lehnte eine Erhöhung der Hebesätze ab, da damit aus ihrer Sicht der "
        "Bau der Osttangente finanziert werde.",
        "Auf Nachfrage von Herrn Wirtz (SPD) erklärt Frau Ludwig-Schieffers, dass auch künftig zunächst der Bedarf "
        "der Kinder mit Rechtsanspruch gedeckt wird.",
    ],
)
def test_states_reasons_and_standing_rules_are_no_tasks(sentence: str) -> None:
    assert not minutes(sentence).open_items


def test_a_portal_status_and_the_one_vote_under_the_resolution_are_one_decision() -> None:
    found = minutes(  # koeln-36213
        "Antrag: Unterstützung von Selbsthilfemaßnahmen an Sportanlagen\n\nBeschluss: verwiesen in nachfolgende "
        "Gremien\n\nRM Köhler erläutert anhand der umgedruckten Unterlage die Intention der Antragstellung.\n\n"
        "Beschluss:\n\nDer Sportausschuss beauftragt die Verwaltung mit der Einrichtung eines Fonds.\n\n"
        "Abstimmungsergebnis:\n\nMehrheitlich gegen CDU/FDP-Fraktion in die Haushaltsplanberatungen verwiesen\n"
    )
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("verwiesen", False)]


def test_a_status_line_ends_its_unit() -> None:
    found = minutes(  # potsdam-2006-09-21
        "Beschluss: vertagt\nFrau Müller weist darauf hin, dass der vorgelegte Zwischenbericht erfolgt.\n"
    )
    assert [d.quote for d in found.decisions] == ["Beschluss: vertagt"]
    assert [p.person for p in found.positions] == ["Frau Müller"]


def test_tasks_of_a_rejected_motion_are_nobodys(shared_dir: Path) -> None:
    path = shared_dir / "corpus-bulk" / "docs" / "stralsund-15940-antrag-stadtteilvertretungen.txt"
    found = extract_records(build_document(path, read_file(path)))
    assert [d.outcome for d in found.decisions][:1] == ["abgelehnt"]
    assert not having(found.open_items, "mit der organisatorischen Umsetzung beauftragt")


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Entwurf wird dem Protokoll beigefügt.",  # vg-baunach-44866
        "Damit zeitnah in der Praxis positive Ergebnisse erzielt werden, soll auch die Finanzierung mitbeschlossen "
        "werden, zumal es sich hier um anteilige Restmittel aus 2007 handelt.",  # koeln-36213
    ],
)
def test_what_the_session_does_itself_is_no_task(sentence: str) -> None:
    assert not minutes(sentence).open_items


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Herr Klein möchte wissen, wann gebaut wird.", [("Herr Klein", "fragt an")]),
        ("Herr Frey weist darauf hin, dass die Frist abgelaufen ist.", [("Herr Frey", "stellt fest")]),
        ("Auf Nachfrage von Herrn Frey erläutert die Verwaltung den Zeitplan.", [("Herr Frey", "fragt an")]),
    ],
)
def test_the_guides_verbs(sentence: str, expected: list[tuple[str, str]]) -> None:
    """RECORDS-GUIDE section 4: "möchte wissen" asks, "weist darauf hin" states a finding, "auf Nachfrage
    von X" is X's question also when the one who answers is an office."""
    assert [(p.person, p.stance) for p in said(sentence)] == expected


def test_the_portal_header_and_the_one_resolution_below_are_one_decision() -> None:
    found = minutes(  # utting-7510
        "Abstimmung:\n\nJa: 12, Nein: 0\n\nSachverhalt:\n\nDer demnächst einzureichende Bauantrag wird im "
        "Gesamtgremium behandelt.\n\nBeschluss:\n\nDer Gemeinderat nimmt den Sachverhalt zur Kenntnis und stimmt "
        "der Behandlung des Bauantrags im Gesamtgremium zu.\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("angenommen", 12, 0)]
    assert found.decisions[0].quote.startswith("Der Gemeinderat nimmt")
    found = minutes(  # meerbusch-711
        "Beschluss: zur Kenntnis genommen\n\nErste Beigeordnete Mielke-Westerlage weist darauf hin, dass die "
        "Zahlen vorläufig sind.\n\nDer Ausschuss nimmt den Bericht zur Kenntnis.\n"
    )
    assert [(d.outcome, d.quote) for d in found.decisions] == [
        ("zur Kenntnis genommen", "Der Ausschuss nimmt den Bericht zur Kenntnis.")
    ]


def test_the_guides_vote_shapes() -> None:
    """RECORDS-GUIDE sections 2-3: a bare count after the label, a 'Beratungsergebnis' header with the
    resolution and its 'Abstimmungsergebnis', and repeated identical resolutions."""
    found = minutes("Beschluss:  8 : 10  (Antrag damit abgelehnt).")
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("abgelehnt", 8, 10)]
    found = minutes(
        "Beratungsergebnis: einstimmig beschlossen\n\nDer Bau- und Betriebsausschuss beauftragt die Verwaltung, "
        "eine Planungs- und Bauvereinbarung abzuschließen.\n\nAbstimmungsergebnis:           einstimmig"
    )
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("angenommen", True)]
    found = minutes(
        "Die Bezirksversammlung nimmt die Drucksache zur Kenntnis.\nDrucksache 21-1234\n\n"
        "Die Bezirksversammlung nimmt die Drucksache zur Kenntnis.\nDrucksache 21-1235"
    )
    assert len(found.decisions) == 2


@pytest.mark.parametrize(
    ("sentence", "owner", "due"),
    [
        ("Der Rat überweist den Antrag an den Hauptausschuss.", "Hauptausschuss", ""),
        (
            "Der Antrag wird zur Beratung in den Ausschuss für Stadtentwicklung überwiesen.",
            "Ausschuss für Stadtentwicklung",
            "",
        ),
        ("Die Verwaltung wird dies bis zur nächsten Sitzung klären.", "Verwaltung", "nächste Sitzung"),
        ("Das Thema wird in der nächsten Sitzung erneut beraten.", "Ausschuss", "nächste Sitzung"),
    ],
)
def test_referrals_promises_of_offices_and_the_bodys_own_next_session(
    sentence: str, owner: str, due: str
) -> None:
    """RECORDS-GUIDE section 5: a referral's target (a deliberation, "zur Beratung", is none), an office's
    promise, a deliberation in the next session of the body itself."""
    assert [(o.owner, o.due) for o in minutes(sentence).open_items] == [(owner, due)]


def test_standing_rules_are_no_tasks_and_an_inverted_addressee_is_one() -> None:
    for sentence in (  # fuerstenfeldbruck-25726, probstei-58766, kamen-8614
        "Beschluss:\n2. Bei Abschluss städtebaulicher Verträge ist die Installation einer Photovoltaikanlage zu "
        "vereinbaren.",
        "Beschluss:\nDer Brandschutzplan ist alle zwei Jahre zu überarbeiten und neu aufzustellen.",
        "Beschluss:\nSchulstandorten ist weiterhin vorzuhalten, um auf Entwicklungen reagieren zu können.",
    ):
        assert not minutes(sentence).open_items, sentence
    found = minutes(  # rhein-kreis-neuss-5837
        "Beschluss:\nDarüber hinaus wird das Jugendamt beauftragt, den Bedarf jährlich festzustellen."
    )
    assert [o.owner for o in found.open_items] == ["Jugendamt"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "RM Köhler erläutert anhand der Unterlage die Intention der Antragstellung.",
            [("Köhler", "informiert")],
        ),
        (
            "Rf. Schmitz, BÜNDNIS 90/DIE GRÜNEN beantragt, den Antrag weiterzuleiten.",  # leverkusen-3487
            [("Schmitz", "beantragt")],
        ),
        ("Frau BMin Dr. Preuß beantragt die Zurückstellung.", [("Frau Dr. Preuß", "beantragt")]),
        ("Bezirksstadtrat Dr. Hanke: Ich halte das für richtig.", [("Dr. Hanke", "befürwortet")]),
        ("Der Ortsvorsteher Herr Klein berichtet über die Begehung.", [("Herr Klein", "informiert")]),
        (
            "Nach Auffassung von Herrn Meier ist die Planung nicht ausreichend.",
            [("Herr Meier", "informiert")],
        ),
        ("Herr Meier hält die Kosten für zu hoch.", [("Herr Meier", "kritisiert")]),
        ("GR M. Schneller erklärt sich für befangen.", []),
    ],
)
def test_abbreviated_offices_initials_and_cited_opinions(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(p.person, p.stance) for p in said(sentence)] == expected


def test_an_adopted_proposal_to_refer_and_a_deferral_restated() -> None:
    found = minutes(  # erlangen-5048376 (project gold)
        "Aufgrund der Diskussion schlägt der Vorsitzende OBM Dr. Janik vor, den Tagesordnungspunkt an den SGA zu "
        "verweisen. Der Stadtrat ist damit einverstanden."
    )
    assert [o.owner for o in found.open_items] == ["SGA"]
    found = minutes(  # pfinztal-1019161 (project gold)
        "Die Beratung und Beschlussfassung zu diesem Thema soll auf eine andere Sitzung vertagt werden.\n"
        "Ja-Stimmen: 14 Nein-Stimmen: 4\nDie Beschlussfassung wurde mehrheitlich auf eine andere Sitzung vertagt."
    )
    assert [o.owner for o in found.open_items] == ["Ausschuss"]
    assert [
        p.stance for p in said("Herr Gennies erläutert die Vorlage. Im Anschluss lässt er abstimmen.")
    ] == ["informiert"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bürgermeister Meier stellt den Antrag zur Abstimmung.",
        "Herr Meier verliest den Beschlussvorschlag.",
        "Bürgermeister Meier gibt das Ergebnis der Abstimmung bekannt.",
        "Bürgermeister Meier stellt fest, dass der Antrag angenommen ist.",
        "Bürgermeister Meier stellt die Einstimmigkeit fest.",
    ],
)
def test_putting_to_the_vote_and_announcing_the_result_is_chairing(sentence: str) -> None:
    """RECORDS-GUIDE section 4: pure chairing belongs to the decision's evidence or to nothing."""
    assert not said(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ein Anwohner, Herr Meyer, fragt, wann die Straße saniert wird.", [("Herr Meyer", "fragt an")]),
        ("Anwohnerin Frau Kühn beklagt die Lärmbelästigung.", [("Frau Kühn", "kritisiert")]),
        ("Frage von Herrn Otto: Wann wird die Beleuchtung erneuert?", [("Herr Otto", "fragt an")]),
        ("Vorsitzender Herr Klein: Ich rufe den Punkt auf.", []),
    ],
)
def test_citizens_question_labels_and_calling_an_item(sentence: str, expected: list[tuple[str, str]]) -> None:
    """RECORDS-GUIDE section 4: named citizens in a question time are ordinary speakers; calling an item is chairing."""
    assert [(p.person, p.stance) for p in said(sentence)] == expected


def test_elections_are_decisions() -> None:
    """RECORDS-GUIDE section 3: every vote of the body; a person elected is its subject, not a speaker."""
    found = minutes("Herr Müller wird einstimmig zum stellvertretenden Vorsitzenden gewählt.")
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("angenommen", True)]
    found = minutes("Wahl des Schiedsmanns: Herr Müller erhält 12 Stimmen. Herr Müller ist damit gewählt.")
    assert [d.outcome for d in found.decisions] == ["angenommen"]
    assert not minutes("Die Ortsbürgermeisterin kann vom Rat gewählt werden.").decisions


def test_past_tense_resolutions_and_label_only_headers() -> None:
    found = minutes(  # annweiler-1861
        "Beschluss: beschlossen\n\nRatsmitglied Thomas Lauth nahm an der Beratung nicht teil.\n\nDer Gemeinderat "
        "beschloss einstimmig, den Antrag auf gemeinsame Errichtung eines Bolzplatzes abzulehnen.\n"
    )
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("abgelehnt", True)]
    found = minutes(  # schneeberg-669
        "Beschluss: Abstimmungsergebnis:\n\nAbstimmung: Ja: 8, Nein: 3\n\nSachverhalt:\n\nDie Gebühren sind "
        "gestiegen.\n\nBeschluss:\n\nDer Marktgemeinderat stimmt der vorgeschlagenen Gebührenfestsetzung zu.\n"
    )
    assert [(d.yes, d.no, d.quote) for d in found.decisions] == [
        (8, 3, "Der Marktgemeinderat stimmt der vorgeschlagenen Gebührenfestsetzung zu.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Folgende Stellungnahmen sind ohne Bedenken eingegangen:",  # walkertshofen-2021-05-18
        "Herr Riedl und Herr Mager erklären ihr Mitwirkungsverbot.",  # westliche-boerde-13060
    ],
)
def test_determiners_are_no_first_names_and_declaring_an_interest_is_procedural(sentence: str) -> None:
    assert not said(sentence)


def test_indirect_speech_without_a_cue_makes_no_position_of_its_own() -> None:
    found = said("Herr Meier begrüßt die Anwesenden. Die Sitzung sei ordnungsgemäß einberufen worden.")
    assert not found
    found = said("Herr Meier erläutert die Vorlage. Die Kosten seien gestiegen.")
    assert [(p.person, p.stance) for p in found] == [("Herr Meier", "informiert")]
    assert found[0].quote.endswith("gestiegen.")


def test_a_plan_a_member_reports_is_a_task_only_when_someone_deliberates_or_reports_back() -> None:
    found = minutes(  # kamen-7729: an announced report
        "Herr Hupe erklärte, dass die Verwaltung sofort mit der Prüfung beginne und im nächsten "
        "Straßenverkehrsausschuss berichten werde."
    )
    assert [o.owner for o in found.open_items] == ["Verwaltung"]
    found = minutes(  # boerde-2017-02-01 (project gold: no task)
        "Frau Leuschner spricht sich ebenfalls für eine umfangreiche Ist-Analyse aus und stellt das Vorhaben, dass "
        "zum nächsten Kreistag dieser grundsätzliche Beschluss mit eingebracht werden soll, zur Abstimmung."
    )
    assert not found.open_items


def test_a_name_alone_before_a_colon_quotes_the_words_that_follow() -> None:
    """RECORDS-GUIDE section 2: a position's evidence is the speaker's sentence(s), not the name line."""
    found = said(
        "Herr Müller (CDU):\nWir werden dem Antrag nicht zustimmen. Ich halte das für falsch.\n\n"
        "Herr Schulz (SPD):\nWir stimmen zu."
    )
    assert [(p.person, p.stance) for p in found] == [
        ("Herr Müller", "lehnt ab"),
        ("Herr Schulz", "befürwortet"),
    ]
    assert found[0].quote.endswith("Ich halte das für falsch.")
