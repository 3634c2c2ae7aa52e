"""Record extraction, session 35 (issue #11): constructions of the minutes pages collected blind in session 34 and
read as tune material this session (a portal's status line with "Für:"/"Gegen:", a body appointing a named person,
an adjective after an article before an office, votes "mit Nein", a resolution "gefaßt" in the spelling before 1996).
Every sentence here is our own, written in the construction found there."""

from __future__ import annotations

import pytest

from assistant.language.sentences import split_sentences
from assistant.language.votes import parse_votes
from ingest.extract.lemmas import lemma
from ingest.extract.speech_reading import find_speaker
from ingest.readers.base import normalise_text
from tests.ingest.extract_helpers import minutes, said


def test_a_status_line_with_labelled_sides_gives_the_counts() -> None:
    votes = parse_votes("ungeändert beschlossen Für: 15 Gegen: 2 Anwesend: 17")
    assert (votes.yes, votes.no) == (15, 2)
    assert parse_votes("Für 15 Jahre gilt der Vertrag.").yes is None  # "für" without a colon counts nothing


def test_a_resolution_block_closed_by_a_status_line_is_a_decision() -> None:
    found = minutes(
        "TOP 1 Genehmigung der Niederschrift\nBeschluss:\nGegen die Niederschrift werden keine Einwendungen erhoben.\n"
        "ungeändert beschlossen Für: 15 Gegen: 0 Anwesend: 15\n"
    ).decisions
    assert [(d.outcome, d.yes, d.no) for d in found] == [("angenommen", 15, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Für die Bürgermeisterwahl hat der Gemeinderat Erika Sommer einstimmig zur Wahlleiterin bestellt.",
        "Dem Antrag, dem früheren Gemeindevertreter Otto Lang die Ehrenbezeichnung zu verleihen, wurde einstimmig "
        "zugestimmt.",
    ],
)
def test_a_person_acted_upon_by_the_body_is_no_speaker(text: str) -> None:
    assert find_speaker(text) is None
    found = minutes(f"TOP 3 Personalien\n\n{text}\n").decisions
    assert [(d.outcome, d.unanimous) for d in found] == [("angenommen", True)]


def test_a_perfect_of_speech_still_names_its_speaker() -> None:
    found = find_speaker("In der Aussprache hatte Ratsherr Jens Olde um Zustimmung geworben.")
    assert found is not None and [s.person for s in found.speakers] == ["Jens Olde"]


@pytest.mark.parametrize(
    "text",
    [
        "Im Anschluss bestellte das Gremium per Beschluss zwei weitere Stellvertreter der Landrätin.",
        "Der Kreistag besetzte anschließend die Ausschüsse neu.",
        "Von den 30 anwesenden Ratsmitgliedern stimmten 18 für Herrn Brand, 12 votierten mit Nein.",
    ],
)
def test_a_body_appointing_or_counted_votes_for_a_candidate_is_a_decision(text: str) -> None:
    assert [d.outcome for d in minutes(f"TOP 2 Wahlen\n\n{text}\n").decisions] == ["angenommen"]


def test_counted_votes_with_yes_and_no() -> None:
    votes = parse_votes("Es stimmten 18 für Herrn Brand, 12 votierten mit Nein.")
    assert (votes.yes, votes.no, votes.unanimous) == (18, 12, False)


def test_a_purchase_in_the_passive_is_no_appointment() -> None:
    assert minutes("TOP 4 Feuerwehr\n\nDie neuen Atemschutzgeräte wurden bestellt.\n").decisions == []


def test_the_spelling_before_1996_reaches_the_same_lemma() -> None:
    assert [lemma(w) for w in ("gefaßt", "läßt", "muß")] == ["fassen", "lassen", "müssen"]
    assert lemma("groß") == "groß"  # no verb in the new spelling: the word stays


def test_a_resolution_taken_in_the_old_spelling_is_a_decision() -> None:
    found = minutes(
        "TOP 5 Hochwasser\n\nNach der Beratung wurde der Beschluß gefaßt, daß am Durchlass ein Rechen angebracht wird.\n"
    ).decisions
    assert [d.outcome for d in found] == ["angenommen"]


def test_an_announced_resolution_is_none_of_its_own() -> None:
    found = minutes(
        "TOP 6 Umlaufbeschluss\n\nAm 15.12.2020 wurde durch den Hauptausschuss folgender Beschluss gefasst:\n"
        "Der Hauptausschuss stimmt der Verlängerung des Mietvertrages zu.\n"
    ).decisions
    assert [d.quote.split("\n")[-1][:20] for d in found] == ["Der Hauptausschuss s"]


def test_a_speaker_named_after_the_quote_may_go_on() -> None:
    found = find_speaker("„Das ist eine Frage des Prinzips“, sagte Karin Wolf (SPD) und machte klar, dass sie zustimme.")
    assert found is not None and [s.person for s in found.speakers] == ["Karin Wolf"]


def test_a_quotation_attributed_after_it_is_one_sentence() -> None:
    text = "„Wir sind gewählt. Wir entscheiden das“, betonte er. „Ein Satz. Noch einer.“ Dann ging es weiter."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "„Wir sind gewählt. Wir entscheiden das“, betonte er.",
        "„Ein Satz.",
        "Noch einer.“",
        "Dann ging es weiter.",
    ]


def test_a_quotation_by_pronoun_is_the_last_speakers_position() -> None:
    found = said(
        "Die Aussprache war lang. „Es geht um das Selbstverständnis des Rates“, sagte Karl Brandt (SPD). "
        "„Wir wollen das selbst entscheiden. Der Rat muss das an sich ziehen“, forderte er und wandte sich an die CDU.\n"
    )
    assert [p.person for p in found] == ["Karl Brandt", "Karl Brandt"]


def test_an_office_asked_for_something_owes_it() -> None:
    found = minutes("TOP 3 Pachtvertrag\n\nDie VG-Verwaltung wurde um eine Überarbeitung des Vertragsentwurfes gebeten.\n")
    assert [o.owner for o in found.open_items] == ["VG-Verwaltung"]
    assert minutes("TOP 3 Pachtvertrag\n\nHerr Maier wurde um Verständnis gebeten.\n").open_items == []


def test_a_promise_in_a_surnames_second_predicate() -> None:
    found = minutes(
        "TOP 1 Einwohnerfragen\n\nBürgermeister Karl Stein eröffnete die Sitzung. Ein Bürger fragte nach einer Bank am "
        "Spielplatz. Stein nahm den Hinweis gerne auf, sagte zu, dass dies geprüft werde.\n"
    ).open_items
    assert [o.owner for o in found] == ["Stein"]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Ab 3.5.22 wird die Straße gesperrt werden müssen.", "2022-05-03"),
        ("Nach Fertigstellung wird der Platz als öffentliche Grünfläche gewidmet.", "nach Fertigstellung"),
        ("Im Ort werden in den künftigen Jahren weitere Blühwiesen angelegt.", "in den künftigen Jahren"),
    ],
)
def test_a_passive_with_a_later_time_is_an_open_item(text: str, due: str) -> None:
    found = minutes(f"TOP 4 Mitteilungen\n\n{text}\n").open_items
    assert [(o.owner, o.due) for o in found] == [("Verwaltung", due)]


def test_a_body_named_with_two_genitives_resolves_with_its_vote_table() -> None:
    found = minutes(
        "Beschluss-Nr.: 12-101-2023\n\nFeststellung der ordnungsgemäßen Ladung\n\nDie Mitglieder des Gemeinderates der "
        "Gemeinde Talheim bestätigen die ordnungsgemäße Ladung für die Sitzung am 27.03.2023\n\nAbstimmungsergebnis:\n\n"
        "Ja-Stimmen: 14\n\nNein-Stimmen: -\n\nStimmenthaltung: -\n"
    ).decisions
    assert [(d.quote[:14], d.yes) for d in found] == [("Die Mitglieder", 14)]


def test_a_list_of_dates_announced_is_one_position() -> None:
    found = said(
        "TOP 6 Informationen\n\nHerr Gaffer gibt folgende Termine bekannt:\n\n14.11.2021, 11.00 Uhr   Kranzniederlegung, "
        "Friedhof\n\n18.11.2021, 18.00 Uhr   Kunstpreisverleihung, Kirche\n\n25.11.2021, 17.30 Uhr   Finanzausschuss\n"
    )
    assert [(p.person, p.stance) for p in found] == [("Herr Gaffer", "informiert")]


def test_a_name_alone_before_a_colon_still_opens_turns() -> None:
    found = said("TOP 2 Aussprache\n\nHerr Kunze (CDU):\n\nWir lehnen den Antrag ab.\n\nWir beantragen eine Vertagung.\n")
    assert [p.person for p in found] == ["Herr Kunze", "Herr Kunze"]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Alle Umbesetzungen der Fraktionen in den Ausschüssen werden angenommen.", "angenommen"),
        ("Zustimmung fand der von Herrn Falk eingereichte Kompromissvorschlag.", "angenommen"),
        ("Zustimmung gab es für den Antrag von Frau Roth (FDP).", "angenommen"),
        ("Die meisten Räte folgten dem CDU-Antrag.", "angenommen"),
        ("In seiner ersten Sitzung hat der Stadtrat einen Ausschuss für Kultur und Sport gebildet.", "angenommen"),
        (
            "Die Bezirksversammlung lehnt eine Überweisung in den Planungsausschuss bei Enthaltung der Linken, bei "
            "Zustimmung der CDU-Fraktion ab.",
            "abgelehnt",
        ),
    ],
)
def test_results_reported_in_other_words(text: str, outcome: str) -> None:
    assert [d.outcome for d in minutes(f"TOP 3 Anträge\n\n{text}\n").decisions] == [outcome]


def test_approval_found_elsewhere_is_no_decision() -> None:
    assert minutes("TOP 3 Anträge\n\nDer Vorschlag fand bei den Anwohnern Zustimmung.\n").decisions == []


def test_a_blank_line_inside_a_sentence_is_closed() -> None:
    text = "b) RM Uden weist darauf hin. Die Verwaltung wird gebeten,\n\ndie Untere Wasserbehörde zu informieren.\n\nc) Neu"
    assert normalise_text(text) == (
        "b) RM Uden weist darauf hin. Die Verwaltung wird gebeten,\ndie Untere Wasserbehörde zu informieren.\n\nc) Neu"
    )
    assert normalise_text("Es folgen:\n\na) der Bericht") == "Es folgen:\n\na) der Bericht"  # a list's item stays apart


@pytest.mark.parametrize(
    ("text", "movers"),
    [
        ("Zustimmung gab es für den Antrag von Peter Lenz (FDP) und Anna Horn (Grüne).", ["Peter Lenz", "Anna Horn"]),
        ("Zustimmung fand der spontan von Dieter Falk (FDP) eingereichte Kompromissvorschlag.", ["Dieter Falk"]),
        ("Gegen den Antrag von Gustav Kern (ÖDP) wurde das neue Verfahren durchgesetzt.", ["Gustav Kern"]),
    ],
)
def test_the_movers_of_a_motion_the_body_decides(text: str, movers: list[str]) -> None:
    found = said(f"TOP 2 Ausschüsse\n\n{text}\n")
    assert [(p.person, p.stance) for p in found] == [(m, "beantragt") for m in movers]


@pytest.mark.parametrize(
    "text",
    [
        "Sie sprach von einer Pattsituation, die man erst verdauen muss.",
        "Beschluss:\n1. Die Ausgaben werden genehmigt.\n2. Vom Rechnungsabschluss 2022 wird zustimmend Kenntnis genommen.",
    ],
)
def test_a_need_stated_or_a_noting_is_no_open_item(text: str) -> None:
    assert minutes(f"TOP 5 Verschiedenes\n\n{text}\n").open_items == []


def test_a_check_still_ahead_stays_an_open_item() -> None:
    found = minutes("TOP 5 Verschiedenes\n\nDie Angelegenheit muss zunächst von der Verwaltung geprüft werden.\n")
    assert [o.owner for o in found.open_items] == ["Verwaltung"]


def test_a_word_broken_by_a_hyphen_and_a_space_is_joined() -> None:
    assert normalise_text("Die Tagesordnung wird fest- gestellt.") == "Die Tagesordnung wird festgestellt."
    assert normalise_text("der Bau- und Umweltausschuss") == "der Bau- und Umweltausschuss"


def test_the_asker_of_a_question_answered_in_the_passive() -> None:
    found = said("TOP 7 Anfragen\n\nc) Die Frage von RM Ulrich, ob Brachland gedüngt werden darf, wird von RM Sievers verneint.\n")
    assert ("Ulrich", "fragt an") in [(p.person, p.stance) for p in found]
