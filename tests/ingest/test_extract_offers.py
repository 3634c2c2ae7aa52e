"""Offers, intentions and announced votes: a member who declares themself ready ("erklärt sich bereit, …") or offers
("bot an, … zuzugehen") takes on a task as one who promises; "werde er sich einsetzen, dass …" and "wolle er … vorlegen"
after a lead-in are his intentions; an office's promise may stand in a reported clause ("…, dass … die Verwaltung die
Einladung übernehmen werde"); a request stays a task when the matter asked is in the past ("…, ob die Mittel
eingestellt wurden"). A group the speaker speaks for ("Seine Fraktion werde dem Antrag nicht folgen") is the speaker's
position, and an announced vote is one ("für … stimmen", "sich enthalten"). Own sentences."""

from __future__ import annotations

import pytest

from tests.ingest.extract_helpers import minutes

_HEAD = "TOP 5 Sanierung der Turnhalle\n\nDie Turnhalle muss saniert werden.\n\n"


@pytest.mark.parametrize(
    ("sentences", "owner"),
    [
        ("Frau Brandt erklärt sich bereit, die Fotos der Schäden bis Ende Mai zu sammeln.", "Frau Brandt"),
        ("Herr Lenz bot an, bis zur Ratssitzung mit dem Sportverein zu sprechen.", "Herr Lenz"),
        (
            "Herr Ott berichtet über den Stand. Außerdem werde er sich dafür einsetzen, dass der Kreis einen Zuschuss "
            "gibt.",
            "Herr Ott",
        ),
        (
            "Herr Ott berichtet über den Stand. Nach der Ausschreibung wolle er dem Rat die Angebote zur Entscheidung "
            "vorlegen.",
            "Herr Ott",
        ),
        (
            "Bürgermeister Kehl stellt fest, dass nach der Sommerpause die Verwaltung die Einladungen verschicken "
            "werde.",
            "Verwaltung",
        ),
        ("Der Ortsbeirat bittet den Magistrat zu prüfen, ob die Mittel im Haushalt eingestellt wurden.", "Magistrat"),
    ],
)
def test_an_offer_or_intention_is_an_open_item(sentences: str, owner: str) -> None:
    found = minutes(f"{_HEAD}{sentences}\n")
    assert [o.owner for o in found.open_items] == [owner]


def test_an_offer_until_a_session_is_due_then() -> None:
    found = minutes(f"{_HEAD}Herr Lenz bot an, bis zur Ratssitzung auf den Sportverein zuzugehen.\n")
    assert [o.due for o in found.open_items] == ["bis zur Ratssitzung"]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Von daher kann seine Fraktion dem Antrag nicht folgen.", "lehnt ab"),
        ("Seine Fraktion werde für die Sanierung stimmen.", "befürwortet"),
        ("Seine Fraktion werde sich enthalten.", "stellt fest"),
    ],
)
def test_the_speakers_group_is_the_speakers_position(sentence: str, stance: str) -> None:
    found = minutes(f"{_HEAD}Stadtrat Vogt erläutert die Kosten.\n\n{sentence}\n")
    assert [(p.person, p.stance) for p in found.positions if p.quote.startswith(sentence[:12])] == [
        ("Vogt", stance)
    ]


def test_a_vote_only_thought_of_is_no_position() -> None:
    found = minutes(f"{_HEAD}Stadtrat Vogt erläutert die Kosten. Man könnte auch für die Variante B stimmen.\n")
    assert [p.stance for p in found.positions] == ["informiert"]


@pytest.mark.parametrize(
    ("sentence", "person", "stance"),
    [
        ("· Ratsmitglied Vogt fragte nach dem Stand der Sanierung.", "Vogt", "fragt an"),
        ("8.1) Ortsvorsteherin Helga Brand führt aus, dass der Boden erneuert wird.", "Helga Brand", "informiert"),
        ("GR`in Vogt fragte an, ob der Boden erneuert wird.", "Vogt", "fragt an"),
        (
            "„Wir bleiben dran. Es gibt gute Chancen, dass wir am Ende alles schaffen“, betonte Bürgermeisterin Dr. "
            "Anna Roth.",
            "Dr. Anna Roth",
            "stellt fest",
        ),
    ],
)
def test_a_speaker_after_a_list_mark_or_at_the_end(sentence: str, person: str, stance: str) -> None:
    found = minutes(f"{_HEAD}{sentence}\n")
    assert [(p.person, p.stance) for p in found.positions] == [(person, stance)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Stadtrat hat einen Zuschuss von 12.000 Euro an den Sportverein bewilligt.",
        "Der Gemeinderat genehmigte den Bauantrag für die Scheune.",
        "Der Ausschuss stimmte dem Vorschlag der Verwaltung einstimmig zu.",
        "Man kommt zu dem Entschluss, dass nur der Friedhof in Hausen einen Kiesbehälter bekommt.",
    ],
)
def test_a_body_resolving_in_a_report_is_a_decision(sentence: str) -> None:
    found = minutes(f"Aus dem Stadtrat\n\nIn der Sitzung ging es um Zuschüsse.\n\n{sentence}\n")
    assert [d.outcome for d in found.decisions] == ["angenommen"]


def test_a_body_resolving_before_the_session_is_no_decision() -> None:
    found = minutes("Aus dem Stadtrat\n\nDer Stadtrat hatte bereits 2019 den Zuschuss bewilligt.\n")
    assert found.decisions == []


def test_each_heading_of_a_report_holds_its_own_decision() -> None:
    long = ". Das Geld stammt aus dem Programm des Landes für die ländlichen Räume in diesem Jahr."
    found = minutes(
        "Aus dem Stadtrat\n\nSchule\nDer Stadtrat stimmte dem Umbau der Schule einstimmig zu"
        f"{long}\n\nKita-Anbau\nDer Stadtrat will den Anbau der Kita einem einstimmigen Beschluss zufolge fördern"
        f"{long}\n\nSportplatz\nDer Stadtrat hat einen Zuschuss für den Sportplatz bewilligt{long}\n"
    )
    assert [d.quote.split()[3] for d in found.decisions] == ["dem", "den", "einen"]


def test_what_is_done_so_far_is_no_task() -> None:
    found = minutes(
        f"{_HEAD}Man kommt zu dem Entschluss, dass ein Behälter angeschafft werden soll. Bisher wird der Kies in "
        "einem Sack gelagert.\n"
    )
    assert [o.quote.split()[0] for o in found.open_items] == ["Man"]


@pytest.mark.parametrize(
    ("sentence", "persons", "stance"),
    [
        ("Der Ortsvorsteher Karl Brenner erklärt den Stand der Arbeiten.", ["Karl Brenner"], "informiert"),
        ("Die Bürgermeisterin Dr. Anna Roth erläutert die Kosten.", ["Dr. Anna Roth"], "informiert"),
        ("Die Einzelheiten stellte Dipl. Ing. Otto Kern vom Büro Plan dem Rat vor.", ["Dipl. Ing. Otto Kern"], "informiert"),
        (
            "Die Herren RM Vogt und RM Kranz sahen den Vorschlag, dass die Halle zuerst saniert werde, als gangbaren "
            "Weg an.",
            ["Vogt", "Kranz"],
            "befürwortet",
        ),
    ],
)
def test_a_speaker_after_an_article_and_office_or_two_after_die_herren(
    sentence: str, persons: list[str], stance: str
) -> None:
    found = minutes(f"{_HEAD}{sentence}\n")
    assert [(p.person, p.stance) for p in found.positions] == [(person, stance) for person in persons]


def test_a_body_with_its_place_is_no_speaker() -> None:
    found = minutes(f"{_HEAD}Der Ortschaftsrat Talheim übernimmt einstimmig die Geschäftsordnung des Stadtrates.\n")
    assert found.positions == [] and [d.outcome for d in found.decisions] == ["angenommen"]


@pytest.mark.parametrize(
    ("sentence", "owner", "asks"),
    [
        ("Er bittet Herrn Dr. Lau, sich den Schaden vor Ort anzuschauen.", "Lau", True),
        ("Dazu antwortet Herr Kolb, dass man das Gespräch mit dem Verein auf jeden Fall suchen werde.", "Herr Kolb", False),
        ("Herr Kolb teilt mit, dass im Amtsblatt hierzu eine Information veröffentlicht wird.", "Verwaltung", False),
    ],
)
def test_a_named_person_asked_or_a_reported_promise_is_an_open_item(sentence: str, owner: str, asks: bool) -> None:
    found = minutes(f"{_HEAD}Stadtrat Vogt erläutert die Kosten.\n\n{sentence}\n")
    assert [o.owner for o in found.open_items] == [owner]
    if asks:  # the one asked ("Herrn Dr. Lau") is no speaker: the pronoun's speaker asks
        assert [p.person for p in found.positions if p.quote.startswith("Er bittet")] == ["Vogt"]


def test_a_motion_granted_is_a_decision_quoted_with_the_motion() -> None:
    found = minutes(f"{_HEAD}Herr Lenz beantragt eine Unterbrechung der Sitzung. Dem wird stattgegeben.\n")
    assert [(d.outcome, d.quote) for d in found.decisions] == [
        ("angenommen", "Herr Lenz beantragt eine Unterbrechung der Sitzung. Dem wird stattgegeben.")
    ]
    assert found.open_items == []  # granting it is the decision itself, no task after it


def test_a_statement_given_is_a_contribution_even_with_a_clause_before_its_particle() -> None:
    sentence = "Zu Beginn gibt Herr Gamm eine Erklärung zu den Briefen, die seit Mai verteilt werden, ab."
    found = minutes(f"{_HEAD}{sentence}\n")
    assert [(p.person, p.stance) for p in found.positions] == [("Herr Gamm", "informiert")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Thema ist für die Sitzung am 4.11.2020 vorgesehen.",
        "Die Liste liege vor, so der Bürgermeister, und wird den Stadtvertretern zugeschickt.",
    ],
)
def test_a_matter_put_on_a_later_session_or_a_paper_to_be_sent_is_an_open_item(sentence: str) -> None:
    found = minutes(f"{_HEAD}Der Bürgermeister berichtet über den Stand.\n\n{sentence}\n")
    assert [o.quote for o in found.open_items] == [sentence]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Es sei positiv, dass der Ortsrat jünger geworden sei.", "befürwortet"),
        ("Es sei bedauerlich, dass der Kreis den Zuschuss gestrichen habe.", "kritisiert"),
    ],
)
def test_an_evaluation_in_reported_speech_is_the_speakers_position(sentence: str, stance: str) -> None:
    found = minutes(f"{_HEAD}Herr Nyhuis erklärt, er freue sich über die Wahl. {sentence}\n")
    assert [(p.person, p.stance) for p in found.positions if p.quote.startswith("Es sei")] == [("Herr Nyhuis", stance)]


def test_a_plan_reported_for_the_medium_term_is_an_open_item_of_its_doer() -> None:
    found = minutes(
        f"{_HEAD}Frau Golz erklärte, dass die Ecke mittelfristig durch die Eigenleistung des Bauhofes gepflastert "
        "werden soll.\n"
    )
    assert [o.owner for o in found.open_items] == ["Bauhof"]
