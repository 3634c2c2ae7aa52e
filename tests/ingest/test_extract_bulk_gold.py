"""Record extraction on constructions of the bulk gold's tune half (``tests/data/records_bulk``, documents of
``shared/corpus-bulk`` whose ``split_of`` is ``tune``): real sentences, each named by its document."""

from __future__ import annotations

import pytest

from assistant.evaluation.records_eval import split_of
from assistant.language.votes import parse_votes
from tests.ingest.extract_helpers import minutes, said

SOURCES = (
    "essenbach-4366-bebauungsplan-rosengasse",
    "erlangen-5014479-gefoerderter-wohnungsbau",
    "reichshof-3220-sportplatz-hunsheim-zuschuss",
    "perl-gemeinderat-schulentwicklungsplanung-ganztagsschule",
    "fuhlenhagen-2009-08-20-gemeindevertretung-niederschrift",
    "beeskow-1767-bebauungsplan-am-stadtfeld",
    "probstei-58766-feuerwehrbedarfsplan-hlf10",
    "grasleben-sg-2006-12-12-finanzausschuss-haushalt-2007",
)


def test_sources_are_tune_documents() -> None:
    assert all(split_of(doc_id) == "tune" for doc_id in SOURCES)


@pytest.mark.parametrize(
    ("formula", "yes", "no", "abstain"),
    [
        ("Der Antrag wird mit dreiundzwanzig Ja-Stimmen und zwei Enthaltungen angenommen.", 23, None, 2),
        ("Abstimmung: 5 dafür 0 dagegen 0 Enthaltungen", 5, 0, 0),  # fuhlenhagen: each count before its key
        ("Abstimmung: 18 Dafür: 18 Dagegen: 0 Enthaltungen: 0", 18, 0, 0),  # beeskow: labels with colons
        ("Beschluss 19:4:", 19, 4, None),  # essenbach
        ("Anwesend 15 Ja 12 Nein 3", 12, 3, None),  # a count of another key first: keys still come first
    ],
)
def test_count_words_and_layouts(formula: str, yes: int, no: int | None, abstain: int | None) -> None:
    votes = parse_votes(formula)
    assert (votes.yes, votes.no, votes.abstain) == (yes, no, abstain)


def test_counts_as_a_label_head_the_resolution_below() -> None:
    found = minutes(  # essenbach-4366
        "Herr Miazga und Herr Amann erläutern den überarbeiteten Bebauungsplan-Entwurf.\n\nBeschluss 23:0:\n\n"
        "Der Marktgemeinderat stimmt zu, dass Frau Kerl als Vertreterin der Anwohner an der Rosengasse in der "
        "Sitzung zu dem Vorhaben Stellung nehmen darf.\n\nBeschluss 19:4:\n\nDer Marktgemeinderat billigt den "
        "vorgestellten Planentwurf.\n"
    )
    assert [(d.yes, d.no, d.unanimous) for d in found.decisions] == [(23, 0, True), (19, 4, False)]
    assert found.decisions[1].quote.endswith("billigt den vorgestellten Planentwurf.")


def test_points_voted_one_by_one_and_restated_in_a_note() -> None:
    found = minutes(  # erlangen-5014479
        "Ergebnis/Beschluss:\n\n1. Der Bericht der Verwaltung wird zur Kenntnis genommen.\n"
        "Beschluss des Stadtrates: mit 45 gegen 0 Stimmen angenommen\n\n2. Bei der zukünftigen Ausweisung von "
        "neuen Wohngebieten soll ein Anteil von 25 % der neu zu schaffenden Wohnbaufläche für den geförderten "
        "Wohnungsbau gesichert werden.\nDie Verwaltung wird beauftragt, hierzu eine Beschlussvorlage zu erarbeiten.\n"
        "Beschluss des Stadtrates: mit 25 gegen 20 Stimmen angenommen\n\nProtokollvermerk:\n\n"
        "Die Ziffer 2 des Beschlussvorschlages wird in der ursprünglichen Fassung mit 25 gegen 20 Stimmen "
        "angenommen.\n"
    )
    assert [(d.yes, d.no) for d in found.decisions] == [(45, 0), (25, 20)]
    assert found.decisions[1].quote.startswith("2. Bei der zukünftigen Ausweisung")


def test_a_status_over_the_resolution_and_the_final_vote_are_one_decision() -> None:
    found = minutes(  # reichshof-3220
        "Beschluss: ungeändert beschlossen\n\nEs wird folgender Beschluss gefasst:\n\nDie Verwaltung unterstützt den "
        "Verein bei der Beantragung der Baugenehmigung für die Anschüttung eines Erdwalls.\n\n"
        "Ratsmitglied Oettershagen stellt einen Vertagungsantrag, da aus seiner Sicht noch Beratungsbedarf "
        "besteht.\n\nAbstimmungsergebnis: dafür: 16 dagegen: 18 Enthaltung: 0\n\nIm Anschluss lässt er über den "
        "Antrag der Fraktionen CDU und Die Unabhängigen abstimmen.\n\n"
        "Abstimmungsergebnis: dafür: 18 dagegen: 0 Enthaltung: 16\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [
        ("abgelehnt", 16, 18),
        ("angenommen", 18, 0),
    ]
    assert "Erdwalls" in found.decisions[1].text


def test_counts_on_lines_of_their_own_and_a_long_election() -> None:
    found = minutes(  # probstei-58766
        "Beschluss:\n\nDie Gemeindevertretung beschließt den vorgelegten Feuerwehrbedarfsplan.\n\n"
        "Stimmberechtigte: 12\n\nJa-Stimmen: 12\n\nNein-Stimmen: 0\n\nEnthaltungen: 0\n\nBefangen: 0\n"
    )
    assert [(d.yes, d.no, d.abstain) for d in found.decisions] == [(12, 0, 0)]
    elected = minutes(  # grasleben-sg-2006-12-12
        "Nachdem keine weiteren Vorschläge unterbreitet werden, wird Ratsherr Klaus-Peter Gläser zum "
        "stellvertretenden Vorsitzenden des Finanz- und Haushaltsausschusses gewählt.\n"
    )
    assert [d.outcome for d in elected.decisions] == ["angenommen"]


OPEN_ITEM_SOURCES = (
    "nottuln-15994-unterbringung-integration-fluechtlinge",
    "herzogenrath-2015-04-21-hfa-haushaltssatzung",
    "billerbeck-11134-fluechtlinge-registrierung",
    "probstei-55324-sportplatzgelaende-ueberplanung",
    "landshut-lk-4304-nahverkehrsplan-anhoerung",
    "schneeberg-669-marktgemeinderat-kindergartengebuehren",
    "bogen-9271-glasfaserausbau-graue-flecken",
)


def test_open_item_sources_are_tune_documents() -> None:
    assert all(split_of(doc_id) == "tune" for doc_id in OPEN_ITEM_SOURCES)


@pytest.mark.parametrize(
    ("sentence", "owner", "due"),
    [
        (  # nottuln-15994: an office as the subject of "soll"
            "Letztendlich ist konsensfähig, dass zum einen die Verwaltung 2-3 Standorte für mögliche temporäre "
            "Übergangswohnheime benennen und prüfen soll, die dann erneut politisch beraten werden sollen.",
            "Verwaltung",
            "",
        ),
        (  # herzogenrath-2015-04-21: inverted
            "Die Sanierung der Mädchentoilette solle laut Verwaltung von 2015 auf 2017 geschoben werden, hier solle "
            "das Fachamt prüfen, ob ein Vorziehen auf 2015 möglich ist.",
            "Fachamt",
            "",
        ),
        (  # probstei-55324: the addressee in the infinitive
            "1. den Bürgermeister zu beauftragen, in Zusammenarbeit mit z.B. der WfA Kreis Plön einen Förderplan zu "
            "entwickeln.",
            "Bürgermeister",
            "",
        ),
        (  # landshut-lk-4304: a future deliberation is no decision taken
            "Nach der Interessensbeteiligung soll die Synopse anschließend im Rahmen der Oktober-Sitzung 2023 im "
            "Kreistag beraten und beschlossen werden.",
            "Kreistag",
            "Oktober-Sitzung 2023",
        ),
        (  # schneeberg-669
            "Eine Überprüfung der Kindergartengebühren soll im nächsten Jahr vorgenommen werden.",
            "Verwaltung",
            "nächstes Jahr",
        ),
    ],
)
def test_offices_addressees_and_times(sentence: str, owner: str, due: str) -> None:
    items = minutes(sentence).open_items
    assert [(o.owner, o.due) for o in items] == [(owner, due)]


def test_a_promise_by_pronoun_goes_to_the_speaker_named_before() -> None:
    found = minutes(  # billerbeck-11134
        "Herr Struffert berichtet über die Registrierung der Flüchtlinge. Sobald die Auswertung vorliege, werde er "
        "hierüber informieren.\n"
    )
    assert [(o.owner, o.due) for o in found.open_items] == [
        ("Herr Struffert", "sobald die Auswertung vorliegt")
    ]


def test_measures_listed_under_a_resolution_and_acts_of_the_administration() -> None:
    found = minutes(  # probstei-58766, reichshof-3220
        "Beschluss:\n\nDie Gemeindevertretung beschließt den vorgelegten Feuerwehrbedarfsplan und die zum Ausgleich "
        "der Sicherheitsbilanz erforderlichen Maßnahmen:\n\n1- Zügiger Bau eines Feuerwehrhauses\n\n"
        "2- Anschaffung eines HLF 10 in 2023\n\nDie Verwaltung unterstützt den Verein bei der Beantragung der "
        "Baugenehmigung.\n\nJa-Stimmen: 12\n\nNein-Stimmen: 0\n"
    )
    assert [(o.owner, o.due) for o in found.open_items] == [
        ("Verwaltung", ""),
        ("Verwaltung", "2023"),
        ("Verwaltung", ""),
    ]
    assert not found.positions  # the administration inside the resolution is no speaker
    reported = minutes("Beschluss:\n\nDie Bürgermeisterin stellt den Sachverhalt dar.\n")  # nottuln-15994
    assert not reported.open_items


def test_a_deferral_until_a_body_is_formed() -> None:
    found = minutes(  # erlangen-5014479
        "Die Ziffer 3 wird auf Antrag von Frau BMin Dr. Preuß bis zur Konstituierung des neuen Stadtrates und der "
        "Aufsichtsgremien zurückgestellt (einstimmig angenommen).\n"
    )
    assert [(o.owner, o.due) for o in found.open_items] == [
        ("Stadtrat", "bis zur Konstituierung des neuen Stadtrates und der Aufsichtsgremien")
    ]


POSITION_SOURCES = (
    "rhein-kreis-neuss-13153-abfallgebuehren",
    "marktl-2012-02-14-marktgemeinderat-niederschrift",
    "erlangen-5055001-jugendsozialarbeit-an-schulen",
    "potsdam-2006-09-21-jugendhilfeausschuss-sozialbericht",
)


def test_position_sources_are_tune_documents() -> None:
    assert all(split_of(doc_id) == "tune" for doc_id in POSITION_SOURCES)


@pytest.mark.parametrize(
    ("sentence", "person", "stance"),
    [
        (  # rhein-kreis-neuss-13153: two first names after a title
            "Kreistagsabgeordneter Dr. Johannes Georg Patatzki bat um Erläuterung warum sich die Abfallgebühren "
            "im Haushalt 2016/2017 um 1,29 Mio. € erhöhen würden.",
            "Dr. Johannes Georg Patatzki",
            "fragt an",  # a request for an explanation asks (the bulk gold's stance; the lexicon now reads it so)
        ),
        (  # marktl-2012-02-14: a compound office after the verb
            "Mit schriftlichem Antrag vom 9.12.2011 bat Marktgemeinderat Josef Frész seinem Rücktritt aus dem "
            "Gemeinderat mit sofortiger Wirkung stattzugeben.",
            "Josef Frész",
            "schlägt vor",
        ),
        (  # erlangen-5055001: an aside between dashes
            "Um die hohe Dringlichkeit zu verdeutlichen solle der JHA - so Herr StR Höppel - abweichend vom "
            "Stadtratsbeschluss dafür votieren, dass drei Stellen pro Jahr geschaffen werden.",
            "Herr Höppel",
            "schlägt vor",
        ),
        (  # rhein-kreis-neuss-13153: a plan reported is information
            "Kreistagsabgeordneter Wolfgang Wappenschmidt teilte mit, dass die Basis des Abfallwirtschaftsplans die "
            "Weichen ab 2017 stellen soll.",
            "Wolfgang Wappenschmidt",
            "informiert",
        ),
    ],
)
def test_names_asides_and_reported_plans(sentence: str, person: str, stance: str) -> None:
    assert [(p.person, p.stance) for p in said(sentence)] == [(person, stance)]


def test_the_mover_of_a_motion_the_body_takes_up() -> None:
    found = said(  # erlangen-5014479
        "Die Ziffer 3 wird auf Antrag von Frau BMin Dr. Preuß bis zur Konstituierung des neuen Stadtrates "
        "zurückgestellt."
    )
    assert [(p.person, p.stance) for p in found] == [("Frau Dr. Preuß", "beantragt")]
