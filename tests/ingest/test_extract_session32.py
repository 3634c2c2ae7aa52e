"""Record extraction, session 32 (issue #11): constructions of freshly collected reports of council sessions (a person
cited in the middle of a sentence or in a clause of comparison). Every sentence here is our own, written in the
construction found there."""

from __future__ import annotations

import pytest

from tests.ingest.extract_helpers import minutes, said


@pytest.mark.parametrize(
    ("text", "person", "stance"),
    [
        ("Die Zufahrt bleibt laut Kämmerer Anton Weiß bis Mai gesperrt.\n", "Anton Weiß", "informiert"),
        (
            "Im Vorjahr kostete laut Auskunft von Bürgermeisterin Jutta Brand die Reinigung 4.000 Euro.\n",
            "Jutta Brand",
            "informiert",
        ),
        ("Ortsvorsteher Paul Lenz eröffnet die Sitzung.\n\nLaut Lenz ist die Brücke zu teuer.\n", "Lenz", "kritisiert"),
        ("Die Gebühr sei zu hoch, wie Jonas Kehl (SPD) sagte.\n", "Jonas Kehl", "kritisiert"),
        ("Der Bau könne nicht warten, wie Gemeinderätin Ute Sommer betonte.\n", "Ute Sommer", "stellt fest"),
    ],
)
def test_a_person_cited_inside_the_sentence_or_in_a_clause_of_comparison(text: str, person: str, stance: str) -> None:
    assert (person, stance) in [(p.person, p.stance) for p in said(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Straße wird laut Bebauungsplan verbreitert.\n",
        "Die Halle bleibt, wie Meier es gewohnt ist, geöffnet.\n",  # no one named before, no verb of speech
    ],
)
def test_a_plan_or_a_habit_cites_no_one(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Die Ortsvorsteherin bedauert die Verzögerung. Sie wird den Sachstand klären.\n", "Ortsvorsteherin"),
        ("Herr Brand stellt den Plan vor. Er wird die Anwohner anschreiben.\n", "Herr Brand"),
        (
            "Frau Kolb fragt nach dem Schild. Der Bürgermeister antwortet. Er wird sich beim Kreis erkundigen und Frau "
            "Kolb Bescheid geben.\n",
            "Bürgermeister",
        ),
        (
            "Kämmerin Anna Vogt erläutert die Zahlen. Sie kündigte an, den Bericht in der nächsten Sitzung vorzulegen.\n",
            "Anna Vogt",
        ),
    ],
)
def test_a_pronoun_for_the_speaker_of_the_sentence_before_owns_the_task(text: str, owner: str) -> None:
    assert [o.owner for o in minutes(f"TOP 3 Anfragen\n\n{text}").open_items] == [owner]


def test_a_pronoun_after_a_sentence_without_speaker_is_not_the_speaker_named_earlier() -> None:
    text = "TOP 3 Straßen\n\nHerr Brand stellt den Plan vor. Die Brücke ist marode. Sie wird im Mai erneuert.\n"
    assert "Herr Brand" not in [o.owner for o in minutes(text).open_items]


def test_the_task_of_a_pronoun_is_quoted_with_the_sentence_that_names_the_speaker() -> None:
    found = minutes("TOP 3 Anfragen\n\nDer Ortsvorsteher bedauert das. Er wird den Sachstand klären.\n").open_items
    assert [o.quote for o in found] == ["Der Ortsvorsteher bedauert das. Er wird den Sachstand klären."]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Über die Satzung soll in der kommenden Sitzung beraten werden.", "kommende Sitzung"),
        ("Die Verwaltung wird gebeten, die Kosten zur nächstfolgenden Sitzung vorzulegen.", "nächstfolgende Sitzung"),
    ],
)
def test_the_coming_session_is_the_due_of_a_task(sentence: str, due: str) -> None:
    assert [o.due for o in minutes(f"TOP 3 Satzung\n\n{sentence}\n").open_items] == [due]


@pytest.mark.parametrize(
    ("sentence", "outcome", "counts"),
    [
        (
            "Obwohl die Pläne lange erörtert worden waren, verweigerte der Bauausschuss die Genehmigung (4:7).",
            "abgelehnt",
            (4, 7),
        ),
        ("Weil die Kosten gestiegen waren, stimmte der Gemeinderat dem Antrag nicht zu.", "abgelehnt", (None, None)),
        ("Der Ortschaftsrat lehnte die Bauvoranfrage ab (2 : 9).", "abgelehnt", (2, 9)),
        ("Der Gemeinderat erteilte das Einvernehmen nicht.", "abgelehnt", (None, None)),
    ],
)
def test_a_resolution_after_a_subordinate_clause_or_with_its_counts_in_brackets(
    sentence: str, outcome: str, counts: tuple[int | None, int | None]
) -> None:
    found = minutes(f"TOP 5 Bauanträge\n\n{sentence}\n").decisions
    assert [(d.outcome, (d.yes, d.no)) for d in found] == [(outcome, counts)]


def test_a_plan_scale_is_no_vote() -> None:
    found = minutes("TOP 5 Bauleitplanung\n\nDer Gemeinderat genehmigte den Lageplan im Maßstab 1:500.\n").decisions
    assert [(d.yes, d.no) for d in found] == [(None, None)]


def test_a_statute_cited_with_a_place_is_no_speaker() -> None:
    assert said("Die Anteile der Eltern liegen laut Musterstädter Kita-Satzung fest.\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frau Ritter begründet den Antrag der Grünen.\n", [("Frau Ritter", "beantragt")]),
        ("Herr Sand begründet den Antrag und wirbt um Zustimmung.\n", [("Herr Sand", "beantragt")]),
        ("Die Erhöhung begründete Kämmerer Olaf Grün mit den gestiegenen Kosten.\n", [("Olaf Grün", "befürwortet")]),
        ("Herr Sand begründet seine Ablehnung mit den Kosten.\n", [("Herr Sand", "lehnt ab")]),
        ("Frau Ritter regt an, den Weg zu beleuchten, und begründet dies.\n", [("Frau Ritter", "schlägt vor")]),
        ("„Wir lehnen das ab“ sagte Ratsherr Paul Wendt.\n", [("Paul Wendt", "lehnt ab")]),
    ],
)
def test_justifying_a_motion_or_a_measure_and_a_speaker_after_a_quote(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.person, p.stance) for p in said(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ratsherr Jan Pohl sowie Ute Kamp und Eva Roth (beide SPD) stimmten dagegen.\n",
        "Dagegen stimmten Herr Pohl und Frau Kamp.\n",
        "Frau Kamp (Grüne) und Herr Roth (FDP) enthielten sich der Stimme.\n",
    ],
)
def test_a_vote_without_a_word_is_no_position(text: str) -> None:
    assert said(text) == []


def test_a_vote_with_its_reason_stays_a_position() -> None:
    assert [(p.person, p.stance) for p in said("Herr Pohl stimmte dagegen, weil die Kosten zu hoch seien.\n")] == [
        ("Herr Pohl", "lehnt ab")
    ]


def test_a_third_speaker_joined_by_sowie() -> None:
    found = said("Jan Pohl und Ute Kamp (Grüne) sowie Eva Roth kritisierten die Planung.\n")
    assert [(p.person, p.stance) for p in found] == [
        ("Jan Pohl", "kritisiert"),
        ("Ute Kamp", "kritisiert"),
        ("Eva Roth", "kritisiert"),
    ]


def test_the_closed_part_of_a_session_is_no_negation() -> None:
    found = said("Herr Pohl stimmt der Beratung im nicht öffentlichen Teil zu.\n")
    assert [(p.person, p.stance) for p in found] == [("Herr Pohl", "befürwortet")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Auftrag wird an die Firma Beton Nord zum Angebotspreis von 12.000 Euro vergeben.",
        "Die Elternbeiträge werden zum 01.08.2025 um 5 % angehoben.",
        "Der Gemeindeanteil wird auf 30 % festgelegt.",
        "Dem Antrag des Heimatvereins wird entsprochen.",
    ],
)
def test_a_resolution_that_acts_by_itself_leaves_no_task(sentence: str) -> None:
    assert minutes(f"TOP 6 Beschluss\n\nBeschluss:\n{sentence}\n").open_items == []


def test_a_resolution_that_commissions_the_administration_leaves_a_task() -> None:
    found = minutes("TOP 6 Beschluss\n\nBeschluss:\nDie Verwaltung wird beauftragt, den Auftrag zu vergeben.\n")
    assert [o.owner for o in found.open_items] == ["Verwaltung"]


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Dafür entschied schließlich auch der Ortschaftsrat.", "angenommen"),
        ("Der Bauausschuss empfiehlt dem Stadtrat, den Bebauungsplan zu ändern.", "angenommen"),
        ("Damit ist Herr Otto Brandt als Schiedsmann gewählt.", "angenommen"),
        ("Damit gilt die Niederschrift als genehmigt (§ 41 GemO).", "angenommen"),
    ],
)
def test_a_choice_a_recommendation_or_the_state_a_vote_left(sentence: str, outcome: str) -> None:
    assert [d.outcome for d in minutes(f"TOP 2 Beschlüsse\n\n{sentence}\n").decisions] == [outcome]


@pytest.mark.parametrize(
    "sentence",
    ["Die Verwaltung empfiehlt, den Antrag abzulehnen.", "Damit ist das Thema für heute erledigt."],
)
def test_advice_of_the_administration_or_a_closed_topic_is_no_decision(sentence: str) -> None:
    assert minutes(f"TOP 2 Beschlüsse\n\n{sentence}\n").decisions == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Der Vorsitzende fordert Herrn Ratsherrn Kamp auf, die Anfrage schriftlich einzureichen.\n", "Kamp"),
        ("Die Verwaltung kündigte am Montag an, den Plan im Oktober erneut vorzulegen.\n", "Verwaltung"),
    ],
)
def test_a_person_called_on_to_act_and_an_announcement_with_words_before_its_particle(text: str, owner: str) -> None:
    assert [o.owner for o in minutes(f"TOP 8 Verschiedenes\n\n{text}").open_items] == [owner]


@pytest.mark.parametrize(
    ("text", "person", "stance"),
    [
        ("(2) Frau Lenz beantragt die Vertagung des Punktes.\n", "Frau Lenz", "beantragt"),
        ("„Die Halle ist zu klein“, hat Bürgermeister Udo Kern in der Sitzung betont.\n", "Udo Kern", "stellt fest"),
    ],
)
def test_a_numbered_speaker_and_a_speaker_after_the_quote_in_the_perfect(text: str, person: str, stance: str) -> None:
    assert (person, stance) in [(p.person, p.stance) for p in said(text)]


def test_the_tally_lines_above_a_stated_result_are_its_counts() -> None:
    text = (
        "TOP 3 Wahl des Vorsitzenden\n\nDie Wahl erfolgte geheim.\n\n11 Stimmen für Gemeindevertreter Krug\n\n"
        "4 Stimmen dagegen\n\nSomit ist Gemeindevertreter Krug zum Vorsitzenden gewählt.\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in minutes(text).decisions] == [("angenommen", 11, 4)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Einstimmig wurde zudem der Beschluss gefasst, ein Planungsbüro zu beauftragen.",
        "Nach kurzer Aussprache entschied sich der Ortschaftsrat dazu, einen Ortstermin mit dem Bauhof durchzuführen.",
    ],
)
def test_a_resolution_to_act_told_by_its_noun_or_by_a_choice_leaves_a_task(sentence: str) -> None:
    found = minutes(f"TOP 4 Spielplatz\n\n{sentence}\n")
    assert [d.outcome for d in found.decisions] == ["angenommen"]
    assert [o.owner for o in found.open_items] == ["Verwaltung"]


def test_a_choice_to_reject_leaves_no_task() -> None:
    assert minutes("TOP 4 Spielplatz\n\nDer Rat entschied sich dafür, den Antrag abzulehnen.\n").open_items == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Herr Lorenz sagte, die neue Regelung sei unfair gegenüber den Vereinen.\n", "kritisiert"),
        ("Frau Stein erklärte, der Umbau sei sinnvoll.\n", "befürwortet"),
        ("Herr Lorenz sagte, der Vorschlag sei nicht zielführend.\n", "lehnt ab"),
    ],
)
def test_a_judgement_in_the_predicate_of_a_reported_clause(text: str, stance: str) -> None:
    assert [p.stance for p in said(text)] == [stance]


def test_an_adverb_before_a_participle_is_no_judgement() -> None:
    assert [p.stance for p in said("Frau Stein erklärte, die Straße sei gut ausgebaut.\n")] == ["informiert"]
