"""Record extraction, session 9 (issue #11): transcript turns (a speaker's name alone on its line with office or
group after a comma, and the paragraphs of their words below it, some led by a label such as "1. Frage:"), vote
counts listed by faction, a portal's "mit Änderungen beschlossen", and agreements on a later act. The constructions
were seen in freshly collected minutes outside the shared corpora; every sentence here is our own."""

from __future__ import annotations

from tests.ingest.extract_helpers import said

_QUESTION_TIME = (
    "Anfragen der Stadträte\n\n"
    "Frau Ebert, Fraktion Bürgerliste:\n\n"
    "1. Frage:\n\n"
    "Warum wird die Brücke am Mühlgraben gesperrt?\n\n"
    "2. Frage:\n\n"
    "Im Zuge der Sanierung des Marktes sollen die Bänke entfernt werden. Trifft das zu?\n\n"
    "Antwort:\n\n"
    "Herr Lorenz, Fachbereichsleiter Bauen:\n\n"
    "Herr Dr. Pohl, Oberbürgermeister:\n\n"
    "Zur 1. Frage:\n\n"
    "Die Prüfung der Tragfähigkeit hat Mängel ergeben.\n\n"
    "Zur 2. Frage:\n\n"
    "Ja, die Bänke werden ersetzt.\n\n"
    "Herr Sander:\n\n"
    "Nachfrage:\n\n"
    "Das Verfahren ist aus seiner Sicht völlig intransparent.\n"
)


def test_every_paragraph_of_a_turn_is_a_contribution_of_the_speaker_on_the_line_above() -> None:
    found = said(_QUESTION_TIME)
    assert [(p.person, p.stance) for p in found] == [
        ("Frau Ebert", "fragt an"),
        ("Frau Ebert", "fragt an"),
        ("Herr Dr. Pohl", "stellt fest"),
        ("Herr Dr. Pohl", "informiert"),
        ("Herr Sander", "stellt fest"),
    ]
    assert found[0].faction == "Bürgerliste"
    assert found[2].role == "Oberbürgermeister"


def test_a_label_opens_the_quote_of_the_paragraph_below_it() -> None:
    found = said(_QUESTION_TIME)
    assert found[1].quote.startswith("2. Frage:") and found[1].quote.endswith("Trifft das zu?")
    assert found[3].quote.startswith("Zur 2. Frage:") and "Bänke werden ersetzt" in found[3].quote


def test_a_name_line_without_words_below_it_is_no_position() -> None:
    assert all("Lorenz" not in p.person for p in said(_QUESTION_TIME))


def test_a_capitalised_pair_inside_a_turn_is_no_new_speaker() -> None:
    text = (
        "Herr Vogt, SPD-Fraktion:\n\n"
        "Kindergarten Sonnenschein wirbt derzeit um neue Kinder.\n\n"
        "Wer entscheidet über den Fortbestand?\n"
    )
    assert [(p.person, p.stance) for p in said(text)] == [
        ("Herr Vogt", "stellt fest"),
        ("Herr Vogt", "fragt an"),
    ]


def test_a_vote_ends_the_turn() -> None:
    text = (
        "Herr Vogt, SPD-Fraktion:\n\n"
        "Wir sollten die Mittel aufstocken.\n\n"
        "Der Stadtrat beschließt die Aufstockung einstimmig.\n"
    )
    assert [p.person for p in said(text)] == ["Herr Vogt"]


def test_counts_listed_by_faction_after_each_key_are_summed() -> None:
    from assistant.language.votes import parse_votes

    votes = parse_votes(
        "Abstimmungsergebnis: mit Stimmenmehrheit abgelehnt\n"
        "Zustimmung: Bürgerliste (4)\n"
        "Ablehnung: CDU (11), Grüne (6), FDP (2)\n"
    )
    assert (votes.yes, votes.no, votes.unanimous) == (4, 19, False)
    assert votes.by_faction["no"] == {"CDU": 11, "Grüne": 6, "FDP": 2}


def test_a_portal_header_adopted_with_changes_is_a_decision() -> None:
    from tests.ingest.extract_helpers import minutes

    text = "TOP: Ö 2\nGremium: Hauptausschuss Beschlussart: mit Änderungen im Ausschuss beschlossen\nDatum: Di, 05.04.2016\n"
    assert [d.outcome for d in minutes(text).decisions] == ["angenommen"]


def test_what_the_members_agree_someone_will_do_later_is_an_open_item() -> None:
    from tests.ingest.extract_helpers import minutes

    def owners(text: str) -> list[str]:
        return [o.owner for o in minutes(text + "\n").open_items]

    assert owners("Man einigt sich darauf, dass die Verwaltung bis zur nächsten Sitzung ein Angebot einholt.") == [
        "Verwaltung"
    ]
    assert owners("Es wird vereinbart, dass der Bauhof die Bänke im Frühjahr aufstellt.") == ["Bauhof"]
    assert owners("Es wird sich darauf verständigt, dass die Halle künftig auch sonntags geöffnet wird.") == [
        "Verwaltung"
    ]


def test_agreeing_on_how_the_session_proceeds_is_no_open_item() -> None:
    from tests.ingest.extract_helpers import minutes

    assert minutes("Man verständigt sich darauf, die Seiten des Entwurfs einzeln durchzugehen.\n").open_items == []
    assert minutes("Man konnte sich nicht darauf einigen, dass die Verwaltung prüft.\n").open_items == []
