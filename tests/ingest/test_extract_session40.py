"""Record extraction, session 40 (issue #11): a task stated only by pointing back at the sentence before it (a reply
promised to a resident's question, "Der Vorsitzende sagt dies zu.") is quoted with that sentence, and a deadline the
request names is the task's. Every sentence here is our own, written in the constructions found in the tune pages."""

from __future__ import annotations

from assistant.language.votes import parse_votes
from tests.ingest.extract_helpers import minutes

_QUESTION_TIME = """TOP 3 Einwohnerfragestunde

Frau Lehmann fragt, wann der Spielplatz am Mühlenweg wieder geöffnet wird.

Es wird eine schriftliche Antwort zugesagt.

Herr Brandt möchte wissen, warum die Straßenlaternen in der Kirchgasse am Donnerstag ausfielen.

Es wird eine schriftliche Antwort zugesagt.
"""


def test_a_promised_reply_is_quoted_with_the_question_it_answers() -> None:
    items = minutes(_QUESTION_TIME).open_items
    assert len(items) == 2  # the same reply to two questions is two tasks
    assert "Spielplatz am Mühlenweg" in items[0].quote and items[0].quote.endswith("Antwort zugesagt.")
    assert "Straßenlaternen" in items[1].quote
    assert items[1].due == ""  # the question's day is what was asked about, not when the reply is due


_REQUEST = """TOP 5 Verkehrsangelegenheiten

Gemeinderätin Huber ist mit dem Vorschlag einverstanden, bittet aber darum, die Ortseinfahrt aus Richtung Talheim bis zur nächsten Verkehrsschau zu prüfen. Der Vorsitzende sagt dies zu.
"""


def test_an_agreement_to_a_request_owes_the_request_and_its_deadline() -> None:
    items = minutes(_REQUEST).open_items
    assert len(items) == 1
    assert items[0].quote.startswith("bittet aber darum")  # the request, not the agreement before it
    assert items[0].due == "nächste Verkehrsschau"


_MOTION_LIST = """2. Abstimmung über die Anträge der Fraktionen zum Haushaltsplan 2024/2025
Nr. 7 (FW) - Bei 5 Ja-Stimmen und 9 Gegenstimmen abgelehnt.
Nr. 12 (Grüne) - Die Kosten für ein Radverkehrskonzept werden im 1. Halbjahr 2024 ermittelt, das Thema wird im Herbst im Gremium aufgerufen - Einstimmig zugestimmt.
Nr. 15 (SPD) - Bei 13 Ja-Stimmen und einer Gegenstimme zugestimmt.
Nr. 18 (FDP) - Bei 4 Ja-Stimmen und 10 Gegenstimmen abgelehnt.
"""


def test_each_numbered_motion_of_a_vote_list_is_a_decision_of_its_own() -> None:
    found = minutes(_MOTION_LIST).decisions
    assert [(d.outcome, d.yes, d.no) for d in found] == [
        ("abgelehnt", 5, 9),
        ("angenommen", None, None),
        ("angenommen", 13, 1),
        ("abgelehnt", 4, 10),
    ]  # the counts under the unanimous entry are the next entries' votes, not its own


def test_members_named_as_an_abbreviated_group_each_hold_the_position() -> None:
    found = minutes(
        "TOP 4 Satzung über Bürgerbegehren\n\n"
        "GRe Mc Allister, Huber und Zeller äußern ihre Bedenken, die Satzung noch vor dem Bürgerentscheid zu ändern.\n\n"
        "GRe Dr. Lang und Wimmer sehen die Änderung als positiv für die Bürger."
    ).positions
    assert [(p.person, p.stance) for p in found] == [
        ("Mc Allister", "kritisiert"),
        ("Huber", "kritisiert"),
        ("Zeller", "kritisiert"),
        ("Dr. Lang", "befürwortet"),
        ("Wimmer", "befürwortet"),
    ]


def test_a_town_director_and_a_deputy_mayor_abbreviated_are_speakers() -> None:
    found = minutes(
        "TOP 2 Hochwasserschutz\n\n"
        "StDir Krüger erklärt, dass er die Einladung mit dem Wasserverband abgestimmt hat.\n\n"
        "Auch stellv. Bgm’in Hansen-Berg und Rh Ott machen die Notwendigkeit einer frühen Beteiligung deutlich."
    ).positions
    assert [p.person for p in found] == ["Krüger", "Hansen-Berg", "Ott"]


_RUN_ON_LIST = """Gemeindevertretersitzung am 9. Oktober 2023:

In der Sitzung wurden folgende Beschlüsse gefasst: - Das Nutzungskonzept für das Dorfgemeinschaftshaus wurde beschlossen. - Für 2300 Euro wird ein neuer Rasenmäher gekauft, der im Bauhof untergestellt wird. - Die Straßenbeleuchtung im Mühlenweg soll auf LED umgerüstet werden. - Der Antrag des Sportvereins auf einen Zuschuss wurde abgelehnt.
"""


def test_a_list_of_resolutions_run_on_in_one_line_is_one_decision_per_entry() -> None:
    records = minutes(_RUN_ON_LIST)
    assert [d.text[:30] for d in records.decisions if d.outcome == "angenommen"] == [
        "Das Nutzungskonzept für das Do",
        "Für 2300 Euro wird ein neuer R",
        "Die Straßenbeleuchtung im Mühl",
    ]
    assert not [d for d in records.decisions if "Sportvereins" in d.quote and d.outcome == "angenommen"]
    # what an adopted entry says will be done is a task of the administration
    assert [(o.owner, o.task[:25]) for o in records.open_items] == [
        ("Verwaltung", "Für 2300 Euro wird ein ne"),
        ("Verwaltung", "Die Straßenbeleuchtung im"),
    ]


def test_a_vote_form_with_split_labels_gives_its_counts() -> None:
    # an ALLRIS form's label column: "Ja- Stimmen:" over the count, a dash for none
    text = "Ja- Stimmen:\n\n8\n\nNein- Stimmen:\n\n-\n\nStimmenthaltungen:\n\n1"
    votes = parse_votes(text)
    assert (votes.yes, votes.no, votes.abstain) == (8, 0, 1)


def test_the_next_session_named_by_its_body_is_kept_as_the_due() -> None:
    from ingest.extract.dues import due_of

    assert due_of("Beide Punkte werden auf die nächste Gemeindevertretersitzung vertagt.") == "nächste Gemeindevertretersitzung"
    assert due_of("Auf der nächsten GV Sitzung wird weiter berichtet.") == "nächste GV Sitzung"
    assert due_of("Dies wird in der nächsten Sitzung des Bauausschusses beraten.") == "nächste Sitzung des Bauausschusses"
