"""Session 21 constructions, own sentences (each group of cases it adds fails without its change): a promise ("sagt
zu, …", "…, sagte aber … zu", "nimmt das Anliegen mit", "erklärt seine Bereitschaft") is an open item and no
position; a measure scheduled for a named later time ("die Ausschreibung erfolge im Herbst") is one, an event's
date, a season's start or what already happened is none; requests, commissions, recommendations to another body,
another body deciding later and work under way are open items, a request for figures is a question; result lists,
plural notings, removals from the agenda, elections reported, and counts written as tables, sums, slashes or
numbers first are decisions; speakers by abbreviated office, pairs with "sowie", agents with "von"/"durch",
questions with the speaker after a modal, and stances of judgements, wishes and bad states reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.documents import build_document
from ingest.extract import extract_records
from ingest.readers import read_file
from tests.ingest.extract_helpers import minutes, said

_TOP = "TOP 5 Anfragen und Mitteilungen\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "BM Fendt sagt zu, die Beleuchtung am Spielplatz prüfen zu lassen.",
        "Erste Stadträtin Wolf sagt zu, dies mit dem Landkreis zu klären.",
    ],
)
def test_a_promise_is_an_open_item_not_a_position(sentence: str) -> None:
    found = minutes(f"{_TOP}{sentence}\n")
    assert found.positions == []
    assert len(found.open_items) == 1


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("GR Maurer hält den Standort am Bach für den falschen Weg.", "lehnt ab"),
        ("GRin Pohl sieht das anders: Der Bedarf sei längst gedeckt.", "lehnt ab"),
        ("StR Brenner hält dagegen, dass die Brücke dafür nicht ausgelegt sei.", "lehnt ab"),
        ("GR Kühn hält die neuen Gebühren für moderat.", "befürwortet"),
        ("GRin Sauter hält den Kauf für verfrüht.", "kritisiert"),
    ],
)
def test_a_judgement_takes_its_stance(sentence: str, stance: str) -> None:
    assert [p.stance for p in said(f"{_TOP}{sentence}\n")] == [stance]


@pytest.mark.parametrize(
    ("sentence", "owner", "due"),
    [
        ("Herr Baum fragt nach dem Kinderspielplatz. BM Ott antwortet, die Ausschreibung erfolge im Herbst.",
         "Verwaltung", "Herbst"),
        ("Die Sanierung des Gehwegs ist für Juni 2031 vorgesehen.", "Verwaltung", "Juni 2031"),
        ("Herr Sommer teilt mit, die Stadtwerke hätten den Austausch der Leitungen für das dritte Quartal "
         "angekündigt.", "Stadtwerke", "drittes Quartal"),
        ("Die Verwaltung teilt mit, dass die Erneuerung der Ampel voraussichtlich Mitte März beginne.",
         "Verwaltung", "Mitte März"),
    ],
)
def test_a_measure_scheduled_for_later_is_an_open_item(sentence: str, owner: str, due: str) -> None:
    items = minutes(f"{_TOP}{sentence}\n").open_items
    assert [(i.owner, i.due) for i in items] == [(owner, due)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Bürgerversammlung zum Baugebiet findet am 14.05.2031 im Rathaus statt.",
        "Die Badesaison beginnt im Mai.",
        "Die Ausschreibung erfolgte bereits im Herbst.",
        "Die Sanierung des Gehwegs ist nicht vor 2031 vorgesehen.",
    ],
)
def test_an_event_a_season_or_the_past_is_no_open_item(sentence: str) -> None:
    assert minutes(f"{_TOP}{sentence}\n").open_items == []


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Frau Lenz kündigt an, dem Ortsrat im Januar einen Entwurf vorzulegen.", "Lenz"),
        ("Herr Gehrke fragt nach dem Bolzplatz. Der Ortsvorsteher nimmt den Hinweis auf.", "Ortsvorsteher"),
        ("Herr Gehrke bittet um Überprüfung der Parkregelung vor der Schule.", "Verwaltung"),
        ("Frau Roth bat darum, dass das Ordnungsamt im Sommer über die Kontrollen berichte.", "Ordnungsamt"),
        ("Herr Weil antwortet, man werde dies beim Landkreis nachfragen.", "Weil"),
        ("Der Bauausschuss empfiehlt dem Gemeinderat, den Bebauungsplan als Satzung zu beschließen.", "Gemeinderat"),
    ],
)
def test_an_announced_act_a_request_or_a_recommendation_is_an_open_item(sentence: str, owner: str) -> None:
    items = minutes(f"{_TOP}{sentence}\n").open_items
    assert [i.owner.split()[-1] for i in items] == [owner]


def test_asking_for_figures_is_a_question_not_a_task() -> None:
    found = minutes(f"{_TOP}Frau Kühn bittet um eine Aufstellung der Kosten aller Spielplätze.\n")
    assert found.open_items == []


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Herr Maus antwortet, dass man den Zaun im Mai schließen werde.", "Maus"),
        ("Der Bürgermeister wird die Angelegenheit bis zur nächsten Sitzung abschließen.", "Bürgermeister"),
    ],
)
def test_a_verb_with_eszett_states_a_task(sentence: str, owner: str) -> None:
    items = minutes(f"{_TOP}{sentence}\n").open_items
    assert [i.owner.split()[-1] for i in items] == [owner]


def test_too_in_a_statement_is_no_promise() -> None:
    found = minutes(f"{_TOP}Frau Groß sagt, die Zufahrt sei zu eng.\n")
    assert found.open_items == []
    assert [p.person for p in found.positions] == ["Frau Groß"]


def test_an_attendance_list_holds_no_positions() -> None:
    found = minutes(
        "Niederschrift\n\nAnwesend:\nOrtsvorsteher Karl Brenner (CDU)\nstellv. Ortsvorsteherin Eva Lind (SPD)\n"
        "Mitglieder: Uwe Kraft (SPD), Petra Sohn (FW),\nJan Ude (CDU)\nEs fehlte entschuldigt: Herr Adam Roth\n\n"
        "TOP 1 Anfragen\n\nHerr Kraft fragt nach dem Winterdienst.\n"
    )
    assert [(p.person, p.stance) for p in found.positions] == [("Herr Kraft", "fragt an")]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Herr Ott berichtet über die Baustellen.\n\nDie Mitteilungen werden zur Kenntnis genommen.", "zur Kenntnis genommen"),
        ("Herr Ott berichtet über die Baustellen.\n\nKenntnisnahme.", "zur Kenntnis genommen"),
        ("Auf Antrag der Verwaltung wird der Punkt von der Tagesordnung abgesetzt.", "zurückgestellt"),
        ("Der Ortsrat stimmt der Verschiebung auf die Maisitzung einstimmig zu.", "vertagt"),
    ],
)
def test_a_noting_a_removal_or_a_postponement_is_a_decision(text: str, outcome: str) -> None:
    assert [d.outcome for d in minutes(f"TOP 4 Bericht\n\n{text}\n").decisions] == [outcome]


def test_a_view_that_a_point_must_stay_is_no_decision() -> None:
    text = "Herr Ohm meint, der Punkt dürfe nicht von der Tagesordnung abgesetzt werden."
    assert minutes(f"TOP 4 Bericht\n\n{text}\n").decisions == []


def test_counts_in_a_table_with_pipes() -> None:
    found = minutes("TOP 1 Niederschrift\n\nBeschluss: Die Niederschrift wird genehmigt.\nJa | Nein | Enth.\n 7 |   1  |  2\n")
    assert [(d.yes, d.no, d.abstain) for d in found.decisions] == [(7, 1, 2)]


def test_a_result_list_quotes_each_item_with_its_heading_and_refers_to_committees(tmp_path: Path) -> None:
    path = tmp_path / "liste.txt"
    path.write_text(
        "source: x\nmunicipality: Stadt Musterstadt\nbody: Stadtrat\ndate: 2024-05-06\nkind: minutes\n---\n"
        "Öffentlicher Teil:\n\nÖ 4\nAnträge\n\nÖ 4.1\nNeue Bänke im Kurpark\n\nZusatz: Fraktion Bürgerliste\n\n"
        "Beschluss: in die Ausschüsse verwiesen\n\nA0101/24\nÖ 4.2\nBeleuchtung am Markt\n\n"
        "Beschluss: ungeändert beschlossen\n",
        encoding="utf-8",
    )
    found = extract_records(build_document(path, read_file(path)))
    assert [d.outcome for d in found.decisions] == ["verwiesen", "angenommen"]
    first = found.decisions[0].quote
    assert first.startswith("Ö 4") and "Neue Bänke" in first and "A0101/24" not in first
    assert [(i.owner, "Neue Bänke" in i.quote) for i in found.open_items] == [("Ausschüsse", True)]


def test_counts_by_faction_with_a_sum_column() -> None:
    found = minutes(
        "TOP 2 Antrag\n\nDer Rat lehnt den Antrag ab.\n\nAbstimmungsergebnis: FW CDU SPD Summe Ja-Stimmen 2 1 3 "
        "Nein-Stimmen 6 4 2 12 Enthaltungen 1 1\n"
    )
    assert [(d.yes, d.no, d.abstain) for d in found.decisions] == [(3, 12, 1)]


@pytest.mark.parametrize(
    ("sentence", "person", "stance"),
    [
        ("Von Herrn Lorenz wurde angeregt, den Rundweg besser auszuschildern.", "Herr Lorenz", "schlägt vor"),
        ("Von Karin Ebert wurde vorgeschlagen, die Bänke zu erneuern.", "Karin Ebert", "schlägt vor"),
    ],
)
def test_a_speaker_fronted_as_the_agent_of_a_passive(sentence: str, person: str, stance: str) -> None:
    assert [(p.person, p.stance) for p in said(f"{_TOP}{sentence}\n")] == [(person, stance)]


def test_a_promise_after_a_report_in_one_sentence_with_its_horizon() -> None:
    items = minutes(f"{_TOP}Herr Brandt erläuterte die Lage, sagte aber eine umgehende Reparatur zu.\n").open_items
    assert [(i.owner, i.due) for i in items] == [("Herr Brandt", "umgehend")]


def test_asking_for_understanding_is_no_position() -> None:
    assert said(f"{_TOP}Frau Kolb bittet um Verständnis.\n") == []


def test_an_election_stated_by_the_chair_is_a_decision() -> None:
    text = "Der Vorsitzende stellte fest, dass Frau Lind die Mehrheit der Stimmen erreicht hat und damit gewählt ist."
    assert [d.outcome for d in minutes(f"TOP 1 Wahl\n\n{text}\n").decisions] == ["angenommen"]


def test_items_moved_to_a_session_not_yet_set_are_a_task_of_that_body() -> None:
    text = "Die Tagesordnungspunkte 9 bis 12 werden in einer neuen, noch nicht terminierten, Stadtvertretung behandelt."
    assert [i.owner for i in minutes(f"TOP 8 Vertagung\n\n{text}\n").open_items] == ["Stadtvertretung"]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Herr Cramer wird gebeten, die Unterlagen nachzureichen.", "Cramer"),
        ("Hierzu wird die Verwaltung eine Vorlage erarbeiten.", "Verwaltung"),
        ("Der Ortsvorsteher wird mit dem Eigentümer Kontakt aufnehmen.", "Ortsvorsteher"),
        ("Die Verwaltung klärt, ob Fördermittel beantragt werden können.", "Verwaltung"),
    ],
)
def test_a_person_asked_an_office_announcing_or_checking_whether_something_can_be_done(sentence: str, owner: str) -> None:
    found = minutes(f"{_TOP}{sentence}\n")
    assert [i.owner for i in found.open_items] == [owner]
    assert all(p.stance != "beantragt" for p in found.positions)  # the matter checked is no motion


@pytest.mark.parametrize(
    ("sentence", "person", "stance"),
    [
        ("Frau Nolte plädierte für eine Vertagung.", "Frau Nolte", "schlägt vor"),
        ("Herr Kranz plädiert für den Antrag der Verwaltung.", "Herr Kranz", "befürwortet"),
        ("Seitens der FDP äußerte Herr Vogt Zweifel an der Finanzierung.", "Herr Vogt", "kritisiert"),
        ("Danach äußerte Frau Lenz Bedenken wegen des Lärms.", "Frau Lenz", "kritisiert"),
    ],
)
def test_pleading_and_a_noun_of_evaluation_after_an_inverted_speaker(sentence: str, person: str, stance: str) -> None:
    assert [(p.person, p.stance) for p in said(f"{_TOP}{sentence}\n")] == [(person, stance)]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Der BM wird gebeten zu überprüfen, wann, durch wen und wie oft die Rinne gereinigt wurde.", "BM"),
        ("Über das Ergebnis der Zählung wird der Ortsbeirat in Kenntnis gesetzt.", "Verwaltung"),
        ("Der Ortstermin mit den Anliegern wird nach Ostern erfolgen.", "Verwaltung"),
        ("Frau Rau teilt mit, dass die Verwaltung in der Prüfung sei, welche Räume genutzt werden können.", "Verwaltung"),
        ("Hierüber entscheide der Kreistag in seiner Sitzung am 14. Mai.", "Kreistag"),
        ("Die endgültige Entscheidung trifft der Stadtrat.", "Stadtrat"),
        ("Der Punkt ist auf der nächsten Ratssitzung erneut zu beraten.", "Verwaltung"),
    ],
)
def test_a_check_a_report_a_visit_work_under_way_and_another_bodys_decision_are_open_items(
    sentence: str, owner: str
) -> None:
    assert [i.owner for i in minutes(f"{_TOP}{sentence}\n").open_items] == [owner]


def test_the_sessions_own_course_is_no_task() -> None:
    assert minutes(f"{_TOP}Es folgen noch einige Redebeiträge zum Spielplatz.\n").open_items == []


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Für den Wahlausschuss wählte der Rat fünf Beisitzer.", (None, None)),
        ("Weiterhin legte der Rat die Sitzungstermine für 2025 fest.", (None, None)),
        ("Abstimmung über den Antrag: 13/12, mehrheitlich angenommen.", (13, 12)),
        ("Der Antrag wird angenommen.\n9 Ja-Stimmen 1 Nein-Stimmen 0 Enth", (9, 1)),
    ],
)
def test_a_report_of_an_election_or_a_setting_and_counts_written_otherwise(
    sentence: str, counts: tuple[int | None, int | None]
) -> None:
    found = minutes(f"TOP 3 Ausschüsse\n\n{sentence}\n").decisions
    assert [(d.outcome, d.yes, d.no) for d in found] == [("angenommen", *counts)]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("BS Haake regt an, die Bänke am Deich zu erneuern.", ["Haake"]),
        ("SgBgm Ohlsen sowie Fachbereichsleiterin Brandt erläutern den Sachstand.", ["Ohlsen", "Brandt"]),
        ("Stellv. SgBgm Rieck und auch Rh Sievers unterstützen den Antrag.", ["Rieck", "Sievers"]),
        ("Danach wurde durch Herrn Kamps vom Planungsbüro der Entwurf vorgestellt.", ["Herr Kamps"]),
    ],
)
def test_abbreviated_offices_pairs_with_sowie_and_an_agent_with_durch(sentence: str, people: list[str]) -> None:
    assert [p.person for p in said(f"{_TOP}{sentence}\n")] == people


def test_a_result_line_without_a_full_stop_ends_its_unit() -> None:
    found = minutes(
        "TOP 6 Bürgerbefragung\n\nHerr Lenz begründet den Antrag.\nAbstimmung zum Antrag der CDU-Fraktion: 13/12, "
        "mehrheitlich angenommen\nDaraufhin gibt Herr Paul folgende Erklärung ab: Er ziehe die Vorlage zurück.\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions][:1] == [("angenommen", 13, 12)]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Frau Bode möchte, dass der Umweltausschuss beteiligt wird.", "schlägt vor"),
        ("Herr Laue findet es bedauerlich, dass die Halle schließt.", "kritisiert"),
        ("Frau Groß findet es gut, dass die Ampel kommt.", "befürwortet"),
    ],
)
def test_a_wish_and_a_judgement_without_fuer(sentence: str, stance: str) -> None:
    assert [p.stance for p in said(f"{_TOP}{sentence}\n")] == [stance]


@pytest.mark.parametrize(
    ("sentence", "owner", "due"),
    [
        ("Eine Prüfung wird zugesagt.", "Verwaltung", ""),
        ("Dem Wunsch wird die Verwaltung nachkommen.", "Verwaltung", ""),
        ("Herr Kern nimmt das Anliegen mit.", "Herr Kern", ""),
        ("Es wird ein Ortstermin vereinbart.", "Verwaltung", ""),
        ("Die Verwaltung erhält den Auftrag, ein Konzept zu erstellen.", "Verwaltung", ""),
        ("Die Kosten sollen im Haushalt 2031 eingeplant werden.", "Verwaltung", "Haushalt 2031"),
        ("Die Verwaltung möge prüfen, ob eine Ampel möglich ist.", "Verwaltung", ""),
    ],
)
def test_passive_promises_complying_taking_along_meetings_commissions_and_budgets(sentence: str, owner: str, due: str) -> None:
    assert [(i.owner, i.due) for i in minutes(f"{_TOP}{sentence}\n").open_items] == [(owner, due)]


def test_taking_a_stand_and_reporting_is_no_taking_along() -> None:
    text = "Bürgermeister Dahl nimmt Stellung und teilt mit, dass der Antrag nicht vertretbar sei."
    assert minutes(f"{_TOP}{text}\n").open_items == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Zur Begehung möchte Herr Golz wissen, ob man etwas ändert.",
        "Wie lief der Tag der offenen Tür, möchte Herr Golz wissen?",
        "Ist der Stadt bekannt warum, fragt Herr Golz?",
    ],
)
def test_a_question_with_the_speaker_after_a_modal_or_at_the_end(sentence: str) -> None:
    assert [(p.person, p.stance) for p in said(f"{_TOP}{sentence}\n")] == [("Herr Golz", "fragt an")]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Herr Dahl erklärt seine Bereitschaft.", "Herr Dahl"),
        ("FV Bert bittet darum, den Fraktionen ein Exemplar des Plans zur Verfügung zu stellen.", "Verwaltung"),
        ("Herr Bert spricht zum Haushalt. Gleichzeitig merkt er an, dass er prüfen werde, ob das zulässig sei.", "Herr Bert"),
    ],
)
def test_readiness_a_request_without_addressee_and_a_reported_own_check(text: str, owner: str) -> None:
    assert [i.owner for i in minutes(f"{_TOP}{text}\n").open_items] == [owner]


def test_a_status_on_the_line_under_its_label() -> None:
    found = minutes("TOP 27 Mitteilungen\n\nBeschlussart:\nzur Kenntnis genommen\n")
    assert [d.outcome for d in found.decisions] == ["zur Kenntnis genommen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "SM Behrens teilt mit, dass das Geruchsproblem in der Mühlstraße noch immer nicht gelöst sei.",
        "Herr Dorn spricht den Artikel im Amtsblatt an, dessen Inhalt total veraltet war.",
    ],
)
def test_a_report_of_a_bad_state_criticises(sentence: str) -> None:
    assert [p.stance for p in said(f"{_TOP}{sentence}\n")] == ["kritisiert"]


def test_soon_as_a_due() -> None:
    items = minutes(f"{_TOP}Die Verwaltung wird die Anlieger in Kürze schriftlich informieren.\n").open_items
    assert [(i.owner, i.due) for i in items] == [("Verwaltung", "in Kürze")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Bürgermeisterin teilt mit, dass sie den Tagesordnungspunkt 7 von der Tagesordnung zurückzieht.",
        "Daraufhin gibt Herr Paul folgende Erklärung ab: „Ich erkläre hiermit, dass ich die Vorlage zurückziehe.“",
    ],
)
def test_a_withdrawal_in_a_clause_or_in_the_first_person(text: str) -> None:
    assert [d.outcome for d in minutes(f"TOP 1 Tagesordnung\n\n{text}\n").decisions] == ["zurückgezogen"]


def test_weighing_a_withdrawal_is_none() -> None:
    assert minutes("TOP 1 Antrag\n\nHerr Kurz überlegt, ob er den Antrag zurückziehen will.\n").decisions == []


def test_a_plan_inside_a_condition_or_an_indirect_question_is_no_task() -> None:
    # own sentences: the passive or "soll" ends a "wenn"/"ob" clause; a main clause after "sofern …" still plans
    found = minutes(
        "TOP 5 Kinderkrippe\n\nIm Rat ging es um die Frage, ob der im März gefasste Beschluss, eine Krippe "
        "einzurichten, aufgehoben werden soll.\n\n„Wenn jetzt der Beschluss aufgehoben wird, passiert die nächsten "
        "Jahre nichts.“\n\nSofern das Land bis zum 1. Juli die Förderung zugesagt hat, wird die Krippe auch gebaut.\n"
    ).open_items
    assert [" ".join(item.quote.split())[:7] for item in found] == ["Sofern "]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Der Landkreis wird die Hinweise der Gemeinde ins Verfahren einbringen.", "Landkreis"),
        ("Die Stadtwerke werden ein neues Angebot vorlegen.", "Stadtwerke"),
        ("Herr Brandt erklärt, dass die Fraktionen das Thema intern besprechen werden.", "Fraktionen"),
        ("Frau Lenz lässt Herrn Okon eine Liste der Tagespflegestellen zukommen.", "Frau Lenz"),
        ("Der Ortsbeirat entschloss sich dazu, noch weitere Angebote einzuholen.", "Verwaltung"),
    ],
)
def test_an_agency_that_will_act_or_a_resolve_is_a_task(sentence: str, owner: str) -> None:
    # own sentences: the future tense of an office, a body or another agency; sending something on; a body's resolve
    found = minutes(f"{_TOP}{sentence}\n").open_items
    assert [item.owner for item in found] == [owner]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt wird dadurch viel Geld sparen.",  # a consequence
        "Der Kreis wird keine weiteren Mittel bereitstellen.",  # negated
    ],
)
def test_a_consequence_or_a_refusal_in_the_future_is_no_task(sentence: str) -> None:
    assert minutes(f"{_TOP}{sentence}\n").open_items == []
