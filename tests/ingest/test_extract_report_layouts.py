"""Record extraction, session 28 (issue #11): layouts and wordings of reports seen in freshly collected minutes (a
live ticker with "+++" between its entries, an official gazette without blank lines, a count given in brackets after
the group that cast it) and sentences that look like tasks or resolutions but are none. Every sentence here is our
own, written in the construction found there."""

from __future__ import annotations

from assistant.language.votes import parse_votes
from tests.ingest.extract_helpers import minutes, said


def test_entries_of_a_live_report_between_plus_marks_are_sentences_of_their_own() -> None:
    text = (
        "Zu 4 +++ Der Antrag wird angenommen. +++Petra Kessler (SPD) weist darauf hin, dass die Zufahrt zu schmal "
        "sei +++ Jonas Olm (CDU) fragt nach den Kosten der Zufahrt.\n"
    )
    assert [(p.person, p.stance) for p in said(text)] == [
        ("Petra Kessler", "stellt fest"),
        ("Jonas Olm", "fragt an"),
    ]


def test_a_count_in_brackets_after_the_group_that_cast_it() -> None:
    votes = parse_votes("Mit Gegenstimmen der Linken (2 Stimmen) angenommen")
    assert (votes.no, votes.unanimous, votes.by_faction) == (2, False, {"no": {"Linken": 2}})
    assert parse_votes("mit Enthaltung der Grünen (4) beschlossen").abstain == 4
    assert parse_votes("Bei Gegenstimmen der FDP angenommen.").unanimous is False


def test_a_body_agreeing_as_one_with_its_object_between() -> None:
    assert parse_votes("Am Ende stimmte der Ausschuss geschlossen dem Entwurf der Satzung zu.").unanimous is True
    assert parse_votes("Die Fraktion stimmte geschlossen zu.").unanimous is True


def test_a_heading_after_the_counts_of_a_gazette_report_is_no_part_of_the_next_resolution() -> None:
    text = (
        "Der Gemeinderat beschließt die Sanierung des Dorfbrunnens.\n"
        "Abstimmungsergebnis:\nJa-Stimmen: 9\nNein-Stimmen: -\nEnthaltungen: -\n"
        "Anschaffung eines Mähroboters für den Sportplatz\n"
        "Die Mitglieder des Gemeinderates beschließen die Anschaffung eines Mähroboters für den Sportplatz am Wald.\n"
        "Abstimmungsergebnis:\nJa-Stimmen: 8\nNein-Stimmen: 1\nEnthaltungen: -\n"
    )
    decisions = minutes(text).decisions
    assert [(d.quote.split()[0:2], d.yes, d.no) for d in decisions] == [
        (["Der", "Gemeinderat"], 9, 0),
        (["Die", "Mitglieder"], 8, 1),
    ]


def test_a_result_line_without_a_full_stop_ends_its_sentence() -> None:
    text = (
        "Der Antrag der Fraktion wurde durch den Rat mehrheitlich abgelehnt\n"
        "Nach kurzer Aussprache wurde die neue Gebührenordnung für den Bauhof einstimmig beschlossen.\n"
    )
    assert [d.outcome for d in minutes(text).decisions] == ["abgelehnt", "angenommen"]


def test_what_the_state_resolved_is_no_decision_of_the_council() -> None:
    text = (
        "Der Freistaat hat beschlossen, dass die Schulämter ab dem 01.08.2025 neu gegliedert werden. "
        "Danach wurde dem Vertrag über die Schulsozialarbeit einstimmig zugestimmt.\n"
    )
    decisions = minutes(text).decisions
    assert [d.quote[:20] for d in decisions] == ["Danach wurde dem Ver"]


def test_a_forecast_of_an_amount_is_no_open_item() -> None:
    found = minutes("Die Kosten der Sanierung werden sich in den nächsten zwei Jahren auf 1,2 Millionen Euro belaufen.\n")
    assert found.open_items == []


def test_a_rule_taking_effect_is_no_open_item() -> None:
    found = minutes("Der Gemeinderat beschließt die Satzung. Die Satzung soll zum 01.01.2025 in Kraft treten.\n")
    assert found.open_items == []
    kept = minutes(
        "Der Gemeinderat beschließt: Die Satzungen, die ab 01.01.2026 in Kraft treten sollen, werden dem "
        "Finanzausschuss in seiner nächsten Sitzung vorgelegt.\n"
    )
    assert len(kept.open_items) == 1


def test_what_this_session_does_is_no_open_item_but_the_next_session_is() -> None:
    text = "Zusätzlich wird ein Tagesordnungspunkt 7 „Bolzplatz“ in der Sitzung behandelt, er wird nach Punkt 6 abgehandelt.\n"
    assert minutes(text).open_items == []
    later = minutes(
        "Die Frage konnte in der Sitzung nicht beantwortet werden, die Antwort wird zur nächsten Sitzung nachgereicht.\n"
    )
    assert len(later.open_items) == 1


def test_refusing_or_granting_approval_and_demanding_a_vote() -> None:
    text = (
        "„Deshalb muss ich dem Haushaltsentwurf meine Zustimmung versagen“, sagte Bürgermeisterin Karin Lutz.\n\n"
        "Herr Brandt (FWG) erteilte dem Vorschlag eine Absage.\n\n"
        "Frau Sommer (SPD) verlangt eine namentliche Abstimmung.\n\n"
        "Herr Rau verlangt eine Aufstellung der Kosten je Ortsteil.\n"
    )
    assert [p.stance for p in said(text)] == ["lehnt ab", "lehnt ab", "beantragt", "fragt an"]


def test_a_judgement_that_closes_the_clause_after_finden() -> None:
    text = "Die Erhöhung von 60 auf 90 Euro fand Herr Ott zu hoch.\n\nFrau Beck findet den Entwurf der Verwaltung gut.\n"
    assert [p.stance for p in said(text)] == ["kritisiert", "befürwortet"]


def test_a_speaker_cited_by_a_wie_clause_or_as_the_source_of_a_demand() -> None:
    text = (
        "Eine Kleinigkeit, wie Ratsmitglied Jens Adam sagte: „Es geht um drei Euro im Jahr.“\n\n"
        "Von Petra Lohse (Grüne) kommt die Forderung, den Punkt von der Tagesordnung zu nehmen.\n"
    )
    assert [(p.person, p.stance) for p in said(text)] == [("Jens Adam", "informiert"), ("Petra Lohse", "beantragt")]


def test_a_list_of_adopted_changes_and_an_actor_that_shall_act_itself() -> None:
    text = (
        "Nach Beratung wurden folgende Ergänzungen der Friedhofssatzung einstimmig beschlossen:\n"
        "Es dürfen keine Blumenschalen auf den Urnenfeldern abgelegt werden.\n"
        "Die Friedhofsgärtner sollen die Angehörigen über die neuen Maße informieren.\n"
    )
    assert [o.owner for o in minutes(text).open_items] == ["Friedhofsgärtner"]
    overview = "In der Sitzung wurden folgende Themen beraten und beschlossen:\nDie Fassade wird gestrichen.\n"
    assert minutes(overview).open_items == []


def test_an_answer_still_awaited_is_owed_by_who_gives_it() -> None:
    found = minutes("Anfrage der FWG zur Kreisstraße: Die Antwort des Landkreises steht noch aus.\n")
    assert [o.owner for o in found.open_items] == ["Landkreis"]


def test_an_adopted_motion_asks_what_the_body_resolved() -> None:
    text = (
        "Nach kurzer Aussprache stellt Bürgermeister Pohl den Antrag, die Vergabe zurückzustellen und ein weiteres "
        "Angebot einer örtlichen Firma einzuholen. Die Gemeinderäte stimmen diesem Antrag zu.\n"
    )
    assert [o.owner for o in minutes(text).open_items] == ["Verwaltung"]
    rejected = text.replace("stimmen diesem Antrag zu", "lehnen diesen Antrag ab")
    assert minutes(rejected).open_items == []


def test_a_chance_to_act_until_a_deadline_is_an_open_item() -> None:
    found = minutes("Die Gemeinde Waldau kann bis zum 15.03.2025 eine Stellungnahme zum Regionalplan abgeben.\n")
    assert [(o.owner, o.due) for o in found.open_items] == [("Gemeinde Waldau", "2025-03-15")]
    assert minutes("Die Bürger können sich im Rathaus über den Plan informieren.\n").open_items == []


def test_arriving_late_or_leaving_is_attendance_not_a_position() -> None:
    assert said("Frau Lorenz kommt etwas später.\n\nHerr Kaul verlässt um 20.15 Uhr die Sitzung.\n") == []


def test_a_speaker_after_the_auxiliary_of_a_perfect_of_speech() -> None:
    text = (
        "Während der Aussprache hatte unter anderem Jonas Brandl um Zustimmung geworben.\n\n"
        "Zuvor hatte Marie Winter die Vorlage begrüßt.\n"
    )
    assert [(p.person, p.stance) for p in said(text)] == [("Jonas Brandl", "befürwortet"), ("Marie Winter", "befürwortet")]


def test_a_second_speaker_with_article_and_office() -> None:
    text = "Bürgermeister Kai Ernst und die SPD-Vorsitzende Jana Kroll sprachen sich dafür aus, das Thema abzuschließen.\n"
    assert [(p.person, p.stance) for p in said(text)] == [("Kai Ernst", "befürwortet"), ("Jana Kroll", "befürwortet")]


def test_a_body_that_decided_with_what_it_decided_after_a_colon_or_comma() -> None:
    text = "Der Waldauer Gemeinderat hat mit großer Mehrheit entschieden: Die Grundsteuer B wird auf 420 Prozent angehoben.\n"
    assert [d.outcome for d in minutes(text).decisions] == ["angenommen"]
    assert [d.outcome for d in minutes("Der Rat entschied einstimmig, den Bolzplatz zu sanieren.\n").decisions] == ["angenommen"]
    assert minutes("Der Rat hat noch nicht entschieden, ob er den Bolzplatz saniert.\n").decisions == []


def test_counts_before_the_cut_of_an_excerpt_are_still_the_vote() -> None:
    text = (
        "Der Gemeinderat hat entschieden: Die Hundesteuer steigt auf 96 Euro.\n\n"
        "Die Abstimmung ergab ein klares Ergebnis: 14 stimmten dafür, zwei dagegen (S"
    )
    assert [(d.yes, d.no) for d in minutes(text).decisions] == [(14, 2)]


def test_a_full_name_before_a_colon_and_a_quote_speaks() -> None:
    text = "Anna Berg: „Wir sind gegen die Erhöhung der Gebühren.“\n\nNeue Satzung: „Die Gebühr beträgt 10 Euro.“\n"
    assert [(p.person, p.stance) for p in said(text)] == [("Anna Berg", "lehnt ab")]


def test_setting_figures_side_by_side_in_the_perfect_informs() -> None:
    text = "Kämmerer Jan Vogt hatte die Gebühren der beiden Modelle gegenübergestellt.\n"
    assert [(p.person, p.stance) for p in said(text)] == [("Jan Vogt", "informiert")]


def test_a_grant_that_could_be_applied_for_is_no_motion_of_the_speaker() -> None:
    text = "Frau Pohl erläutert den Plan. Voraussichtlich könne dafür eine Förderung von 60 Prozent beantragt werden.\n"
    assert [p.stance for p in said(text)] == ["informiert"]
    assert [p.stance for p in said("Herr Lang beantragt die Vertagung.\n")] == ["beantragt"]


def test_a_passive_result_after_a_list_of_votes_and_members_who_could_agree() -> None:
    text = (
        "Der Wirtschaftsplan des Bauhofs für 2024 wurde mit sechs Stimmen der Gruppe FWG, einer Enthaltung der Grünen "
        "und sieben Stimmen der SPD abgelehnt.\n"
    )
    assert [d.outcome for d in minutes(text).decisions] == ["abgelehnt"]
    assert [d.outcome for d in minutes("Dem konnten die Gemeinderäte einhellig zustimmen.\n").decisions] == ["angenommen"]
    assert minutes("Dem Vorschlag konnten die Räte nicht zustimmen.\n").decisions == []


def test_a_members_own_words_in_quotes_are_no_task() -> None:
    text = "„Wir beschließen im Oktober die höhere Gebühr, und die Eltern sollen sie schon ab 1. Januar zahlen.“\n"
    assert minutes(text).open_items == []
    quoted = "„Ich hoffe, dass es gelingen wird, viele Entscheidungen einstimmig zu treffen“, sagte der Bürgermeister.\n"
    assert minutes(quoted).open_items == []


def test_wanting_to_know_after_a_further_point_asks() -> None:
    text = "Die Erhöhung fand Frau Lind zu hoch. Außerdem wollte sie wissen, wie viele Hunde im Nachbarort gemeldet seien.\n"
    assert [p.stance for p in said(text)] == ["kritisiert", "fragt an"]
    assert [p.stance for p in said("Herr Kern wollte den Antrag gern gleich behandelt wissen.\n")] == ["beantragt"]


def test_a_list_of_five_full_names_speaks_together() -> None:
    text = "Jana Ott, Paul Kern, Lea Brandt, Tim Roth und Eva Lind gaben Hinweise zu möglichen Standorten.\n"
    assert [p.person for p in said(text)] == ["Jana Ott", "Paul Kern", "Lea Brandt", "Tim Roth", "Eva Lind"]
