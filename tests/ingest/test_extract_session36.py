"""Record extraction, session 36 (issue #11): constructions of the pages collected blind in session 35 and read as
tune material this session (a faction of two in brackets after a name, a second speaker after an article and a role).
Every sentence here is our own, written in the construction found there."""

from __future__ import annotations

import pytest

from ingest.extract.speech_reading import find_speaker
from tests.ingest.extract_helpers import minutes


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hanna Weber (Fraktion SPD/Grüne) stimmte dem Vorschlag Dr. Anna Kehl zu.", "Hanna Weber"),
        ("Karl Brandt (Fraktion Die Linke - Volkssolidarität) schlug Frau Roth als Beigeordnete vor.", "Karl Brandt"),
    ],
)
def test_a_faction_of_two_in_brackets_marks_a_person(text: str, person: str) -> None:
    found = find_speaker(text)
    assert found is not None and [s.person for s in found.speakers] == [person]
    assert [p.person for p in minutes(f"TOP 4 Wahl der Beigeordneten\n\n{text}\n").positions] == [person]


def test_a_second_speaker_after_an_article_and_a_role() -> None:
    text = "Amtsdirektor Lenz und die stellvertretende Hauptamtsleiterin Frau Ohm erläutern die Geschäftsordnung."
    found = find_speaker(text)
    assert found is not None and [s.person for s in found.speakers] == ["Lenz", "Frau Ohm"]
    # a role before a first name and surname is no address: who shaped a service says nothing
    assert find_speaker("Pfarrer Max Kern und der katholische Diakon Paul Ries gestalteten den Gottesdienst.") is None


def test_a_deferral_with_a_consequence_clause_is_a_decision_and_an_item() -> None:
    text = (
        "Der Wirtschaftsplan wurde auf Antrag der SPD in die kommende Ratssitzung verschoben, sodass sich der neue Rat "
        "damit befassen muss."
    )
    found = minutes(f"TOP 5 Wirtschaftsplan\n\n{text}\n")
    assert [d.outcome for d in found.decisions] == ["vertagt"]
    assert [o.due for o in found.open_items] == ["nächste Sitzung"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Die Entwürfe für die Lindenallee werden erneut in einem Ausschuss besprochen.", "Ausschuss"),
        ("Zwei Anträge wurden eingebracht und zur Behandlung in die zuständigen Ausschüsse verwiesen.", "Ausschüsse"),
        ("Konkret lautet der Auftrag des Rats an die Verwaltung, die Fragestunde neu zu regeln.", "Verwaltung"),
    ],
)
def test_deliberation_in_some_committee_referral_to_the_competent_ones_and_a_commission_as_a_noun(
    text: str, owner: str
) -> None:
    assert [o.owner for o in minutes(f"TOP 6 Anträge\n\n{text}\n").open_items] == [owner]


@pytest.mark.parametrize(
    "text",
    [
        "Daher bittet er den Rat um die Aufnahme folgender Punkte in die Tagesordnung:\n\n"
        "• Top 8: Beratung und Beschlussfassung zur Vergabe der Vermessung.\n\n"
        "• Top 9: Beratung und Beschlussfassung zur Öffnung der Brücke.",
        "Nach weiteren Wortmeldungen von Mitgliedern des Rates, die sich für die Baumaßnahme aussprechen, wird über den "
        "Antrag zum Einvernehmen der Gemeinde abgestimmt.\n\nAbstimmungsergebnis:\nJa-Stimmen: 12\nStimmenthaltungen: 2",
    ],
)
def test_today_s_agenda_and_today_s_vote_are_no_open_items(text: str) -> None:
    assert minutes(f"TOP 1 Eröffnung\n\n{text}\n").open_items == []
    # a vote set for a later session still is one
    assert minutes("TOP 1 Eröffnung\n\nIn der nächsten Sitzung wird über den Antrag abgestimmt.\n").open_items


@pytest.mark.parametrize(
    "text",
    [
        "Der Bitte von Karl Senft schloss sich der Rat an, wonach der Beirat bald über seine Arbeit berichten soll.",
        "Einverstanden erklärte sich der Rat damit, dass die beiden bisherigen Mitglieder dem Landkreis gemeldet werden.",
        "Eine deutliche Mehrheit des Kreistages unterstützte die Antragstellerin.",
    ],
)
def test_a_body_joining_a_request_agreeing_or_supporting_resolves(text: str) -> None:
    assert [d.outcome for d in minutes(f"TOP 7 Seniorenbeirat\n\n{text}\n").decisions] == ["angenommen"]


def test_support_for_a_thing_by_someone_else_is_no_decision() -> None:
    assert minutes("TOP 7 Radweg\n\nDer Bau des Radwegs wird vom Land unterstützt.\n").decisions == []


def test_a_speaker_given_the_chance_to_explain_informs() -> None:
    text = "Herr Rahn erhält die Möglichkeit, als Planer darzulegen, welche Arbeiten an dem Gebäude vorgesehen sind."
    assert [(p.person, p.stance) for p in minutes(f"TOP 3 Bauantrag\n\n{text}\n").positions] == [
        ("Herr Rahn", "informiert")
    ]
    assert minutes("TOP 3 Bauantrag\n\nHerr Rahn erhält das Wort.\n").positions == []


def test_an_election_by_others_than_the_body_is_no_decision() -> None:
    others = "Die Wehrführer wurden im Mai von den Feuerwehrleuten der Ortswehr Lindau gewählt, weil die Amtszeit ablief."
    assert minutes(f"TOP 8 Ortswehrführung\n\n{others}\n").decisions == []
    own = "Herr Kunz wurde von den Mitgliedern des Stadtrates zum Vorsitzenden gewählt."
    assert [d.outcome for d in minutes(f"TOP 8 Wahlen\n\n{own}\n").decisions] == ["angenommen"]


def test_people_acted_upon_in_the_passive_do_not_speak() -> None:
    found = minutes("TOP 3 Ortsvorsteher\n\nDie Ortsvorsteher wurden bestätigt.\n")
    assert found.positions == []
    assert [d.outcome for d in found.decisions] == ["angenommen"]
    assert [p.stance for p in minutes("TOP 3 Bericht\n\nFrau Roth wird berichten.\n").positions] == ["informiert"]


def test_the_agent_of_a_proposal_in_the_passive_speaks_not_its_subject() -> None:
    text = "Eva Brand, die bisher Fraktionsvorsitzende war, wurde von Jonas Wirth (SPD) vorgeschlagen."
    found = find_speaker(text)
    assert found is not None and [s.person for s in found.speakers] == ["Jonas Wirth"]
    assert [(p.person, p.stance) for p in minutes(f"TOP 2 Wahl der Beigeordneten\n\n{text}\n").positions] == [
        ("Jonas Wirth", "schlägt vor")
    ]
