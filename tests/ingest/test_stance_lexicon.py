"""The stance lexicon (``ingest/extract/stance_lexicon.py``) and the broadened speaker grammar: sentences written
in the style of minutes for each verb class, light-verb phrase and complement rule, and real sentences of tune
documents (bulk gold's tune half) whose reading the lexicon changed."""

from __future__ import annotations

import pytest

from assistant.evaluation.records_eval import split_of
from assistant.vocab import Stance
from ingest.extract.stance_lexicon import VERBS, complement_stance
from tests.ingest.extract_helpers import said

SOURCES = (
    "kamen-5664-schuelerzahlen-grundschulen",
    "rhein-kreis-neuss-13153-abfallgebuehren",
    "grasleben-sg-2006-12-12-finanzausschuss-haushalt-2007",
    "herzogenrath-2015-04-21-hfa-haushaltssatzung",
    "landau-13921-sporthalle-landesgartenschau",
    "stendal-6495-kreistag-tagesordnung-a14",
)


def test_sources_are_tune_documents() -> None:
    assert all(split_of(doc_id) == "tune" for doc_id in SOURCES)


def test_lexicon_is_systematic() -> None:
    assert len(VERBS) >= 180
    assert {VERBS[v] for v in ("bezweifeln", "befürchten", "hinterfragen", "monieren")} == {Stance.CRITICISES}
    assert VERBS["beipflichten"] is Stance.SUPPORTS and VERBS["hervorheben"] is Stance.STATES


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Herr Meier hinterfragt die Kostenschätzung der Verwaltung.", "kritisiert"),
        ("Frau Schulz bezweifelt, dass die Maßnahme bis Jahresende umgesetzt werden kann.", "kritisiert"),
        ("Ratsherr Klein befürchtet eine weitere Zunahme des Durchgangsverkehrs.", "kritisiert"),
        ("Herr Becker stellt die Notwendigkeit der Erweiterung in Frage.", "kritisiert"),
        ("Herr Becker stellt die Notwendigkeit der Erweiterung infrage.", "kritisiert"),
        ("Frau Dr. Lange hebt hervor, dass die Förderquote bei 80 Prozent liegt.", "stellt fest"),
        ("Herr Vogel gibt zu bedenken, dass die Folgekosten erheblich seien.", "kritisiert"),
        ("Stadtrat Koch plädiert für eine zügige Umsetzung.", "befürwortet"),
        ("Frau Wolf mahnt eine bessere Beteiligung der Anwohner an.", "kritisiert"),
        ("Herr Braun warnt vor einer Überlastung des Haushalts.", "kritisiert"),
        ("Ratsfrau Hartmann moniert die späte Vorlage der Unterlagen.", "kritisiert"),
        ("Herr Krüger begrüßt den Vorschlag der Verwaltung.", "befürwortet"),
        ("Frau Neumann unterstreicht die Bedeutung des Radverkehrs.", "stellt fest"),
        ("Herr Schwarz appelliert an die Fraktionen, dem Antrag zuzustimmen.", "schlägt vor"),
        ("Frau Zimmermann wirbt für das Konzept.", "befürwortet"),
        ("Herr Hofmann spricht sich für den Bau der Sporthalle aus.", "befürwortet"),
        ("Frau Schäfer spricht sich gegen die Erhöhung der Gebühren aus.", "lehnt ab"),
        ("Herr Richter hält die Planung für sinnvoll.", "befürwortet"),
        ("Herr Richter hält die Planung für verfehlt.", "lehnt ab"),
        ("Frau Lang hält die Kosten für problematisch.", "kritisiert"),
        ("Frau Klein sieht keinen Handlungsbedarf.", "lehnt ab"),
        ("Herr Wagner regt an, die Öffnungszeiten zu verlängern.", "schlägt vor"),
        ("Frau Peters erkundigt sich nach dem Stand der Planung.", "fragt an"),
        ("Herr Fuchs möchte wissen, wann die Baumaßnahme beginnt.", "fragt an"),
        ("Frau Kaiser verweist auf die Stellungnahme des Landkreises.", "informiert"),
        ("Herr Lehmann erinnert an den Beschluss aus dem Jahr 2019.", "informiert"),
        ("Frau Schmitt räumt ein, dass die Kosten gestiegen sind.", "stellt fest"),
        ("Herr Werner entgegnet, dass die Mittel im Haushalt eingestellt seien.", "informiert"),
        ("Frau Graf widerspricht der Darstellung der Verwaltung.", "lehnt ab"),
        ("Herr Roth pflichtet seinem Vorredner bei.", "befürwortet"),
        ("Frau Berger schließt sich der Auffassung von Herrn Roth an.", "befürwortet"),
        ("Herr Huber bringt seine Zustimmung zum Ausdruck.", "befürwortet"),
        ("Herr Huber bringt seine Sorge über die Entwicklung zum Ausdruck.", "kritisiert"),
        ("Herr Meier setzt sich für den Erhalt der Bäume ein.", "befürwortet"),
        ("Frau Haas äußert Zweifel an der Wirtschaftlichkeit.", "kritisiert"),
        ("Herr Ernst äußert Bedenken gegen den Standort.", "kritisiert"),
        ("Herr Kraus zweifelt an der Finanzierbarkeit.", "kritisiert"),
        ("Frau Jung tritt für eine Verschiebung ein.", "befürwortet"),
        ("Frau Seidel ersucht die Verwaltung um Prüfung.", "schlägt vor"),
        ("Frau Horn äußert ihr Unverständnis über die Kürzung.", "kritisiert"),
        ("Herr Kuhn bittet um Auskunft, wie hoch die Kosten sind.", "fragt an"),
        ("Frau Winkler hakt nach, ob die Mittel ausreichen.", "fragt an"),
        ("Herr Sauer zeigt sich enttäuscht über die Verzögerung.", "kritisiert"),
        ("Frau Lindner steht dem Vorhaben positiv gegenüber.", "befürwortet"),
        ("Herr Ott teilt die Bedenken seiner Vorrednerin.", "kritisiert"),
        ("Frau Pohl legt der Verwaltung nahe, die Anlieger zu beteiligen.", "schlägt vor"),
        ("Herr Brandt hat keine Einwände gegen die Planung.", "befürwortet"),
        ("Frau Roth wirft die Frage auf, wer die Kosten trägt.", "fragt an"),
        ("Herr Jung stellt den Sachverhalt zur Diskussion.", "schlägt vor"),
    ],
)
def test_verbs_and_phrases_of_council_speech(text: str, stance: str) -> None:
    found = said(text + "\n")
    assert [p.stance for p in found] == [stance]


@pytest.mark.parametrize(
    "text",
    [
        "Der Vorsitzende Herr Busch begrüßt die Anwesenden und die Vertreter der Presse.",
        "Frau Lorenz nimmt den Bericht zur Kenntnis.",
        "Herr Klein spricht den Mitgliedern seinen Dank aus.",
    ],
)
def test_complements_that_make_no_position(text: str) -> None:
    assert said(text + "\n") == []


def test_complement_rules() -> None:
    assert complement_stance("begrüßen", "begrüßt die Anwesenden") == (None,)
    assert complement_stance("begrüßen", "begrüßt den Vorschlag") is None  # the verb's own stance: supports
    assert complement_stance("sehen", "sieht keinen Handlungsbedarf") == (Stance.OPPOSES,)
    assert complement_stance("sehen", "sieht dringenden Handlungsbedarf") == (Stance.PROPOSES,)
    assert (
        complement_stance("haben", "hat die Frage beantwortet") is None
    )  # perfect tense, no noun of evaluation
    assert (
        complement_stance("äußern", "äußert sich zu den Fragen der Anwohner") is None
    )  # noun inside a phrase


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # kamen-5664 and rhein-kreis-neuss-13153: a request for information is a question
        (
            "Frau Scharrenbach erläutert die Statistik. Sie bat um Mitteilung, in welcher Relation die vorliegende "
            "Statistik zum Schulgutachten stehe und ob eine Evaluation des Schulgutachtens beabsichtigt sei.",
            "fragt an",
        ),
        (
            "Kreistagsabgeordneter Dr. Johannes Georg Patatzki bat um Erläuterung warum sich die Abfallgebühren im "
            "Haushalt 2016/2017 um 1,29 Mio. € erhöhen würden, da sich ihm dies durch die Ausführungen der "
            "Verwaltung nicht erschließe.",
            "fragt an",
        ),
    ],
)
def test_requests_for_information_on_tune_documents(text: str, stance: str) -> None:
    assert said(text + "\n")[-1].stance == stance


def test_what_the_folds_ruled_out() -> None:
    # herzogenrath-2015: quoting someone else is no contribution of one's own
    found = said(
        "Bürgermeister von den Driesch teilt mit, dass eine positive Stellungnahme vorliege. Er zitiert aus der "
        "Antwort der Bezirksregierung vom 16.04.2015, wonach die Leistungen weiter gezahlt werden dürften.\n"
    )
    assert len(found) == 1 and "zitiert" not in found[0].quote
    # landau-13921 and stendal-6495: resignation ("akzeptieren") and a hypothetical vote are no support
    assert not [
        p
        for p in said(
            "Herr Kern erläutert die Lage. Man müsse nun die Zuständigkeiten der Ministerien "
            "akzeptieren, zuständig sei das Innenministerium.\n"
        )
        if p.stance == "befürwortet"
    ]
    assert not [
        p
        for p in said(
            "Herr Stapel erläutert den Antrag. Man könnte also für die Autobahn oder für den "
            "Ausbau der B 189 stimmen.\n"
        )
        if p.stance == "befürwortet"
    ]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Herr MÜLLER fragt nach den Kosten.", "Herr MÜLLER", ""),
        ("Frau Dr. SCHMIDT-KRAUSE kritisiert die Planung.", "Frau Dr. SCHMIDT-KRAUSE", ""),
        ("Ratsherr KOCH stimmt dem Antrag zu.", "KOCH", "Ratsherr"),
        ("Herr Ratsherr MEYER (SPD) fragt nach.", "Herr MEYER", "Ratsherr"),
        ("Ratsfrau Weber regt an, den Spielplatz zu erneuern.", "Weber", "Ratsfrau"),
        ("Beigeordnete Hoffmann erläutert die Vorlage.", "Hoffmann", "Beigeordnete"),
        (
            "Erster Beigeordneter Thiel antwortet, dass die Mittel bereitstehen.",
            "Thiel",
            "Erster Beigeordneter",
        ),
        ("Kämmerin Albers berichtet über den Haushaltsvollzug.", "Albers", "Kämmerin"),
        ("Stadtkämmerer Jakob berichtet über den Haushalt.", "Jakob", "Stadtkämmerer"),
        ("Amtsleiterin Frank stellt das Konzept vor.", "Frank", "Amtsleiterin"),
        ("Ortsbürgermeisterin Sommer begrüßt die Planung.", "Sommer", "Ortsbürgermeisterin"),
        ("Fraktionssprecher Berg lehnt den Antrag ab.", "Berg", "Fraktionssprecher"),
        ("Fraktionssprecherin Haas befürwortet den Antrag.", "Haas", "Fraktionssprecherin"),
        ("Die Vorsitzende Frau Lorenz informiert über die Sitzungstermine.", "Frau Lorenz", "Vorsitzende"),
        ("Gemeinderatsmitglied Groß fragt nach dem Zeitplan.", "Groß", "Gemeinderatsmitglied"),
        ("Wehrführer Lange berichtet über die Einsätze.", "Lange", "Wehrführer"),
        # grasleben-sg-2006-12-12: the compound office is the role, not a first name
        (
            "Samtgemeindebürgermeister Bäsecke bittet um Vorverlegung der zweiten Finanz- und "
            "Haushaltsauschusssitzung auf Mittwoch, den 20.12.2006.",
            "Bäsecke",
            "Samtgemeindebürgermeister",
        ),
    ],
)
def test_speaker_forms(text: str, person: str, role: str) -> None:
    found = said(text + "\n")
    assert [(p.person, p.role) for p in found] == [(person, role)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Fraktionen CDU SPD und FDP stimmen zu.",
        "TOP 4 ANTRAG wird vertagt.",
        "Bürgermeister FDP stellt fest.",
    ],
)
def test_capitals_without_address_are_no_names(text: str) -> None:
    assert [p.person for p in said(text + "\n") if p.person.isupper() or "FDP" in p.person] == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Skeptisch zeigte sich Gemeinderat Huber.", "kritisiert"),
        ("Gegen den Antrag sprach sich Stadtrat Weber aus.", "lehnt ab"),
        ("Zufrieden zeigte sich Bürgermeister Stein mit dem Ergebnis der Ausschreibung.", "befürwortet"),
    ],
)
def test_a_stance_before_an_inverted_speaker(text: str, stance: str) -> None:
    found = said(text + "\n")
    assert [(p.stance, "stance" in p.derived) for p in found] == [(stance, True)]


def test_an_opening_phrase_that_only_reports_makes_no_contribution() -> None:
    assert said("Im Anschluss spricht Frau Golze nachträgliche Geburtstagswünsche aus.\n") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Zustimmend äußerten sich Stadtrat Weber (SPD) sowie Stadträtin Kern (CDU).", ["Weber", "Kern"]),
        (
            "Verwundert zeigten sich auch Karl Bärnklau (Grüne) und Christian Deglmann (Bürgerliste).",
            ["Karl Bärnklau", "Christian Deglmann"],
        ),
        (
            "Nach kurzer Aussprache sind die Beigeordneten Kammer und Wilken der Auffassung, dass die Frist reicht.",
            ["Kammer", "Wilken"],
        ),
        (
            "Daraufhin stellten Ortsvorsteher Weimer, Herr Paul Kessel (CDU) und Frau Anna Pilz (SPD) klar, dass alle "
            "Bedenken vorgebracht wurden.",
            ["Weimer", "Herr Paul Kessel", "Frau Anna Pilz"],
        ),
        (
            "Stadtrat Maier (SPD), Stadträtin Schulz (CDU) und Stadtrat Weber (FW) lehnen den Antrag ab.",
            ["Maier", "Schulz", "Weber"],
        ),
        ("Danach betonte Bürgermeister Stein, Herr Maier habe gute Arbeit geleistet.", ["Stein"]),
        ('"Enttäuscht" zeigten sich Stadtrat Maier (SPD) und Stadträtin Schulz (CDU).', ["Maier", "Schulz"]),
    ],
)
def test_several_speakers_after_the_verb(text: str, people: list[str]) -> None:
    assert [p.person for p in said(text + "\n")] == people


def test_a_surname_alone_speaks_when_the_document_names_the_person_with_an_office() -> None:
    text = (
        "Ortsratsmitglied Patricia Dillinger (SPD) kritisierte die Verwaltung.\n\n"
        "Dillinger wies darauf hin, dass ihre Fraktion seit Jahren ein Konzept fordert.\n\n"
        "Spielplatzkonzept wurde nicht beschlossen.\n"
    )
    assert [p.person for p in said(text)] == ["Patricia Dillinger", "Dillinger"]


@pytest.mark.parametrize(
    ("text", "person", "stance"),
    [
        (
            "Durch den Gemeinderat Riedel der CDU wurde der Antrag eingereicht, einen Gutachter zu beauftragen.",
            "Riedel",
            "beantragt",
        ),
        ("Die Frage nach einem zweiten Termin wird seitens Herrn Jung bejaht.", "Herr Jung", "informiert"),
    ],
)
def test_the_agent_of_a_passive(text: str, person: str, stance: str) -> None:
    assert [(p.person, p.stance) for p in said(text + "\n")] == [(person, stance)]


@pytest.mark.parametrize(
    ("text", "person", "stance"),
    [
        (
            "„Die Frist ist zu kurz“, erläuterte Rüdiger Imgart den Antrag seiner Fraktion.",
            "Rüdiger Imgart",
            "beantragt",
        ),
        ("„Wir stimmen der Vorlage zu“, sagte Bürgermeister Stein.", "Stein", "befürwortet"),
    ],
)
def test_a_speaker_named_after_the_quote(text: str, person: str, stance: str) -> None:
    assert [(p.person, p.stance) for p in said(text + "\n")] == [(person, stance)]


def test_a_surname_alone_after_first_name_and_party() -> None:
    text = (
        "Das sieht Patricia Dillinger (Linke) ganz anders.\n\n"
        "Dillinger wies darauf hin, dass ihre Fraktion ein Konzept fordert.\n"
    )
    assert [p.person for p in said(text)] == ["Dillinger"]


@pytest.mark.parametrize(
    ("text", "person", "stance"),
    [
        (
            "Unter Anfragen hat die FDP durch Herrn Kessel darauf aufmerksam gemacht, dass der Weg am Weiher matschig ist.",
            "Herr Kessel",
            "stellt fest",
        ),
        ("Im Rat hat auch die SPD-Fraktion durch Anna Pilz die Sanierung begrüßt.", "Anna Pilz", "befürwortet"),
    ],
)
def test_a_group_speaking_through_a_member(text: str, person: str, stance: str) -> None:
    assert [(p.person, p.stance) for p in said(text + "\n")] == [(person, stance)]
