"""Session 22 constructions, other wordings of the same records; own sentences (each group fails without its change): a
speaker's words after a colon ("antwortet zu 2:") are the position's quote and stance; "spricht sich dafür aus",
"folgt diesen Ausführungen" and "… wünschenswert wäre" take their stance; "Unser Gemeinderat X" speaks; votes
counted only by the dissent ("gegen 8 Stimmen abgelehnt"); plural members as the resolving body, "ausnahmslos"; a
report's paragraph that resolves one matter after another gives one decision each, the approval of the last
session's minutes included."""

from __future__ import annotations

import pytest

from assistant.language.votes import parse_votes
from tests.ingest.extract_helpers import minutes, said

_TOP = "TOP 4 Anfragen\n\n"


@pytest.mark.parametrize(
    ("text", "words", "stance"),
    [
        ("Herr Krüger antwortet zu 2:\n\nDie Spielplätze werden jedes Frühjahr vom Bauhof kontrolliert.\n",
         "jedes Frühjahr vom Bauhof", "informiert"),
        ("Frau Lenz erklärt hierzu:\nDie Bänke am Weiher sind seit Jahren marode und müssten längst ersetzt sein.\n",
         "Bänke am Weiher", None),
    ],
)
def test_words_after_a_colon_belong_to_the_speaker(text: str, words: str, stance: str | None) -> None:
    found = said(_TOP + text)
    assert len(found) == 1
    assert words in found[0].quote
    if stance:
        assert found[0].stance == stance


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Herr Kranich spricht sich dafür aus, eine Stellungnahme an den Kreis zu verfassen.", "befürwortet"),
        ("Frau Ott spricht sich ebenfalls dafür aus.", "befürwortet"),
        ("Herr Brinkmann folgt diesen Ausführungen.", "befürwortet"),
        ("Frau Albers merkt an, dass eine Beschattung des Spielplatzes wünschenswert wäre.", "schlägt vor"),
        ("Herr Demir bemerkt, dass eine zweite Zufahrt sinnvoll wäre.", "schlägt vor"),
    ],
)
def test_support_and_wishes_take_their_stance(sentence: str, stance: str) -> None:
    assert [p.stance for p in said(f"{_TOP}{sentence}\n")] == [stance]


def test_a_named_member_after_a_possessive_speaks() -> None:
    found = said(f"{_TOP}Unser Gemeinderat Markus Feldmann wollte wissen, weshalb die Unterlagen so spät kamen.\n")
    assert [(p.person, p.stance) for p in found] == [("Markus Feldmann", "fragt an")]


@pytest.mark.parametrize(
    ("line", "yes", "no", "unanimous"),
    [
        ("Dieser wird gegen 8 Stimmen abgelehnt.", 8, None, False),
        ("Der Antrag wird gegen zwei Stimmen angenommen.", None, 2, False),
        ("Beschlossen gegen 1 Stimme bei 2 Enthaltungen.", None, 1, False),
        ("Mit 13 gegen 0 Stimmen beschlossen.", 13, 0, True),
    ],
)
def test_votes_counted_by_the_dissent(line: str, yes: int | None, no: int | None, unanimous: bool) -> None:
    votes = parse_votes(line)
    assert (votes.yes, votes.no, votes.unanimous) == (yes, no, unanimous)


def test_plural_members_resolve_and_ausnahmslos_is_unanimous() -> None:
    found = minutes(
        "TOP 8 Bauantrag\n\nDie Ausschussmitglieder lehnten den Bauantrag mehrheitlich ab.\n\n"
        "TOP 9 Spielplatz\n\nDie Gemeinderäte stimmten dem Angebot ausnahmslos zu.\n"
    )
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("abgelehnt", False), ("angenommen", True)]


def test_a_report_paragraph_resolves_one_matter_after_another() -> None:
    found = minutes(
        "Bericht aus der Sitzung\n\nZuerst stellte Bgm. Haller den Antrag, den Punkt Windpark abzusetzen. "
        "Die Gemeinderäte stimmten ausnahmslos zu. Anschließend wurde die Niederschrift der letzten Sitzung vom "
        "14.3. einstimmig genehmigt. Beim nächsten Punkt erläuterte Bgm. Haller den Regionalplan. Es gehe um neue "
        "Wasserschutzgebiete. Die Gemeinderäte nahmen den Regionalplan einstimmig zur Kenntnis.\n"
    )
    outcomes = [(d.outcome, d.quote.split(".")[0][-25:]) for d in found.decisions]
    assert [o for o, _ in outcomes] == ["angenommen", "angenommen", "zur Kenntnis genommen"], outcomes
    assert "Niederschrift" in found.decisions[1].quote and "Windpark" not in found.decisions[1].quote


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Bürgermeister Hahn erklärte, dass die Behörde darüber entscheide, er die Anregung aber gerne weitergebe.",
         "Hahn"),
        ("Oberbürgermeisterin Sabine Roth sagte, die Fragen würden dem Ordnungsamt weitergeleitet.", "Sabine Roth"),
    ],
)
def test_passing_a_matter_on_is_the_speakers_task(sentence: str, owner: str) -> None:
    assert [o.owner for o in minutes(f"{_TOP}{sentence}\n").open_items] == [owner]


def test_a_matter_not_passed_on_is_no_task() -> None:
    assert minutes(f"{_TOP}Frau Roth erklärt, die Unterlagen würden nicht weitergeleitet.\n").open_items == []


def test_an_office_speaking_alone_is_its_one_named_holder() -> None:
    found = said(
        f"{_TOP}Bürgermeister Kuhn bestätigt den schlechten Zustand des Weges. Der Bürgermeister erklärt, dass "
        "Gespräche mit der Baufirma geführt werden.\n"
    )
    assert [(p.person, p.role) for p in found] == [("Kuhn", "Bürgermeister"), ("Kuhn", "Bürgermeister")]
    assert "person" in found[1].derived and found[0].person_key == found[1].person_key


def test_an_office_with_two_named_holders_stays_an_office() -> None:
    found = said(
        f"{_TOP}Bürgermeister Kuhn begrüßt den Antrag. Bürgermeister Lenz (Nachbargemeinde) kritisiert die Planung. "
        "Der Bürgermeister erklärt, dass Gespräche geführt werden.\n"
    )
    assert found[-1].person == "Bürgermeister"


def test_he_after_an_unnamed_citizen_is_the_citizen() -> None:
    found = said(
        f"{_TOP}Bürgermeister Kuhn bestätigt den schlechten Zustand des Weges. Weiter kritisierte der Bürger den "
        "Zustand des Schotterplatzes. Er wollte wissen, ob die Baufirma den Platz wiederherstellt.\n"
    )
    assert [p.person for p in found if p.stance == "fragt an"] == ["Bürger"]


@pytest.mark.parametrize(
    ("sentence", "outcome", "unanimous"),
    [
        ("Beschluss: Kenntnis genommen", "zur Kenntnis genommen", None),
        ("Mit großer Mehrheit sprach sich der Ortsrat für den Neubau der Halle aus.", "angenommen", False),
        ("Das Gremium gab grünes Licht für den Bau der Mensa.", "angenommen", None),
        ("Der Antrag der Wählergruppe fand keine Mehrheit.", "abgelehnt", None),
        ("Alle Mitglieder stimmten für den Antrag auf einen Zebrastreifen.", "angenommen", True),
    ],
)
def test_decisions_reported_in_other_words(sentence: str, outcome: str, unanimous: bool | None) -> None:
    found = minutes(f"TOP 6 Verschiedenes\n\n{sentence}\n").decisions
    assert [(d.outcome, d.unanimous) for d in found] == [(outcome, unanimous)]


def test_a_contest_of_votes_is_not_read_as_votes_for() -> None:
    votes = parse_votes("Der Rat votierte mit 12 zu 5 Stimmen für die Variante B.")
    assert (votes.yes, votes.no) == (12, 5)


def test_a_resolution_block_with_its_count_table_is_a_decision() -> None:
    found = minutes(
        "TOP 5 Verfügungsmittel\nBeschluss: Aus den Verfügungsmitteln erhalten der Posaunenchor 250 € und der\n"
        "Heimatverein 150 €.\nJa | Nein | Enth.\n 7 |   0  |  1\n\nTOP 6 Verschiedenes\n"
    ).decisions
    assert [(d.outcome, d.yes, d.no, d.abstain) for d in found] == [("angenommen", 7, 0, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Rat beschließt einstimmig, Frau Weber zur Schriftführerin zu bestellen.",
        "Die Gemeindevertretung beschließt einstimmig, dem anwesenden Einwohner Herrn Olaf Zierke Rederecht zu erteilen.",
    ],
)
def test_a_person_named_in_a_resolution_does_not_speak_it(sentence: str) -> None:
    found = minutes(f"TOP 2 Formalien\n\n{sentence}\n")
    assert [d.outcome for d in found.decisions] == ["angenommen"] and found.positions == []


def test_an_apposition_still_names_the_speaker() -> None:
    found = said(f"{_TOP}Die Vorsitzende des Bauausschusses, Frau Lange, erläutert die Planung.\n")
    assert [p.person for p in found] == ["Frau Lange"]


def test_putting_a_matter_on_a_later_agenda_is_the_speakers_task() -> None:
    found = minutes(f"{_TOP}Frau Brandt möchte das Thema im nächsten Umweltausschuss mit auf die Tagesordnung nehmen.\n")
    assert [o.owner for o in found.open_items] == ["Frau Brandt"]
    assert minutes(f"{_TOP}Frau Brandt möchte das Thema nicht erneut auf die Tagesordnung nehmen.\n").open_items == []


def test_information_wanted_by_the_next_session_is_a_question_and_a_task() -> None:
    found = minutes(f"{_TOP}Frau Kühn möchte bis zur nächsten Sitzung eine Aufstellung der Kosten erhalten.\n")
    assert [p.stance for p in found.positions] == ["fragt an"]
    assert [(o.owner, o.due) for o in found.open_items] == [("Verwaltung", "nächste Sitzung")]
    assert minutes(f"{_TOP}Frau Kühn möchte keine Aufstellung bis zur nächsten Sitzung.\n").open_items == []


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Herr Brüning (CDU) erklärt, seine Fraktion trage den Haushaltsplan mit.", "befürwortet"),
        ("StRin Kögel (SPD) hält die neue Gebührenstaffel für sozial unausgewogen.", "kritisiert"),
        ("Bürgermeister Kaatz hält eine eigene Baumschutzsatzung für personell nicht umsetzbar.", "lehnt ab"),
        ("Herr Rathenow hält 640 Wohnungen für zu viel für den Standort.", "kritisiert"),
        ("Stadtvertreterin Hoppe (Grüne): Der Steg ist gesperrt, wann wird er repariert? Die Saison beginnt bald.",
         "fragt an"),
        ("StR Weißgerber (ÖDP): „Mich würde interessieren, was der Parkausweis künftig kosten soll.“", "fragt an"),
    ],
)
def test_judgements_support_and_questions_in_direct_speech(sentence: str, stance: str) -> None:
    assert [p.stance for p in said(f"{_TOP}{sentence}\n")][:1] == [stance]


def test_a_particle_after_an_embedded_clause_closes_the_verb() -> None:
    sentence = "Herr Tiede weist den Vorwurf, dass er sich nicht gekümmert habe, zurück und nennt Beispiele."
    assert [p.stance for p in said(f"{_TOP}{sentence}\n")][:1] == ["lehnt ab"]


def test_not_seeing_the_need_in_a_reported_clause_opposes() -> None:
    sentence = "Herr Wiesner gibt an, dass er die Dringlichkeit der Änderung nicht erkennen kann."
    assert [p.stance for p in said(f"{_TOP}{sentence}\n")] == ["lehnt ab"]


def test_a_plan_stated_after_a_speaker_is_no_proposal_of_theirs() -> None:
    found = said(
        f"{_TOP}Herr Karsten berichtet über den Breitbandausbau im Ortsteil. Eine Machbarkeitsstudie soll erarbeitet "
        "werden. Es sollte aber auch der Mobilfunk geprüft werden.\n"
    )
    assert [p.stance for p in found] == ["informiert", "schlägt vor"]
    assert "Machbarkeitsstudie" not in found[1].quote


def test_not_being_able_to_answer_yet_is_no_position() -> None:
    found = minutes(
        f"{_TOP}Herr Lutz kann dies in der Sitzung nicht beantworten; die Antwort wird zur nächsten Sitzung "
        "nachgereicht.\n"
    )
    assert found.positions == [] and len(found.open_items) == 1


def test_each_point_of_a_listed_contribution_is_a_position_of_its_own() -> None:
    found = said(f"{_TOP}Stadtrat Dr. Wolff hat folgende Fragen:\n1. Wann wird der Radweg fertig?\n2. Gibt es Hundewiesen?\n")
    assert [(p.person, p.stance) for p in found] == [("Dr. Wolff", "fragt an"), ("Dr. Wolff", "fragt an")]
    assert "Radweg" in found[0].quote and "Hundewiesen" in found[1].quote


def test_the_chair_finding_the_quorum_after_a_colon_is_no_position() -> None:
    found = said(
        f"{_TOP}Der Vorsitzende stellt fest:\n\n- die Ladung erfolgte frist- und ordnungsgemäß,\n\n"
        "- der Kreistag ist beschlussfähig.\n"
    )
    assert found == []


def test_a_voting_intention_is_a_position_not_a_task() -> None:
    found = minutes(f"{_TOP}Die UWG-Fraktion werde daher nicht zustimmen.\n")
    assert [p.stance for p in found.positions] == ["lehnt ab"] and found.open_items == []


def test_declaring_oneself_ready_backs_the_matter() -> None:
    assert [p.stance for p in said(f"{_TOP}Frau Noack erklärt sich dazu bereit.\n")] == ["befürwortet"]


def test_a_transcript_names_its_speakers_by_party_and_then_by_surname_alone() -> None:
    found = said(
        "TOP 4 Bürgerfragen\n\nVenner (WIP): Möchte TOP 4 absetzen, da die Anlagen nicht öffentlich sind.\n\n"
        "Lindmair: Die Anlagen sind wegen des Urheberrechts nicht öffentlich.\n\n"
        "Graßl (GRÜNE): Datumsfehler bei TOP 8, wird korrigiert.\n\nHinweis: Die Sitzung wird aufgezeichnet.\n"
    )
    assert [p.person for p in found] == ["Venner", "Lindmair", "Graßl"]


def test_a_result_label_with_a_group_in_brackets_is_nobody() -> None:
    found = said("TOP 5 Haushalt\n\nAbstimmungsergebnis (AK): FW 3, CDU 2\n")
    assert found == []


def test_two_joint_resolutions_under_headings_stay_two_even_when_the_excerpt_ends_in_the_second() -> None:
    found = minutes(
        "TOP 3 Gebühren\n\nWärmepreis\n\nDer Ortschaftsrat Lindach und der Gemeinderat fassten den einstimmigen "
        "Beschluss, den Wärmepreis ab 01.01.2031 auf 0,09 €/kWh zu erhöhen.\n\nWassergebühren\n\nDie Verwaltung "
        "schlägt vor, die Gebühren zu belassen.\n\nDer Ortschaftsrat Lindach und der Gemeinderat fassten den "
        "einstimmigen Beschluss, den Wasserzins und die Grundgebühr weiterhin"
    )
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("angenommen", True), ("angenommen", True)]
    assert "Wasserzins" in found.decisions[1].quote
