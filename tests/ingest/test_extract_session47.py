"""Record extraction and question reading, session 47 (issues #11 and #14): a press report's unnumbered subheadings
part it like agenda items; a motion put forward ("…, legte er einen neuen Vorschlag vor:") heads the text the vote
below adopts; counts with the factions in brackets ("mit 6 (CDU, MFN) zu 3 (FDP, SPD) Stimmen abgelehnt"); "Wer soll
…?" asks for a task; the lexicon's words for a city's government, a district and a train connection. The report
sentences follow a public party report on a committee session in Nideggen."""

from __future__ import annotations

from assistant.language.lexicon import rewrite
from assistant.language.votes import parse_votes
from assistant.models import Document, DocumentMeta
from assistant.query.next_step import asks_next_step, states_task
from assistant.vocab import DecisionOutcome
from ingest.extract import extract_records
from ingest.minutes import split_sections
from tests.ingest.extract_helpers import minutes

_REPORT = (
    "Bericht aus dem Bauausschuss\n\n"
    "Klage gegen Windräder\n\n"
    "Im nicht öffentlichen Teil wurde über die Klage gegen den Bebauungsplan beraten und beschlossen.\n\n"
    "Kletterwald\n\n"
    "Im öffentlichen Teil legte der Bürgermeister den Vorschlag vor, das Projekt zu beenden. Dieser Vorschlag wurde "
    "mit 6 zu 3 Stimmen angenommen.\n"
)


def test_a_reports_subheadings_part_it_like_agenda_items() -> None:
    titles = [s.title for s in split_sections(_REPORT)]
    assert titles == ["", "Klage gegen Windräder", "Kletterwald"]


def test_a_single_short_line_or_a_broken_sentence_is_no_subheading() -> None:
    text = "Bericht\n\nDie Änderungsliste der Verwaltung vom 27.04.2004 wird\n\nbeschlossen und gilt ab sofort für alle.\n"
    assert [s.title for s in split_sections(text)] == [""]


def test_the_vote_under_a_subheading_is_not_the_vote_on_the_matter_before_it() -> None:
    meta = DocumentMeta(doc_id="x", kind="minutes", municipality="Nideggen", body="Bauausschuss")
    found = extract_records(Document(meta=meta, text=_REPORT, sections=split_sections(_REPORT))).decisions
    voted = [d for d in found if d.yes is not None]
    assert [(d.yes, d.no, "Dieser Vorschlag" in d.quote) for d in voted] == [(6, 3, True)]
    assert not any("Klage" in d.quote for d in voted)


def test_a_motion_put_forward_heads_the_text_the_vote_adopts() -> None:
    found = minutes(
        "TOP 1 Kletterwald\n\nDer Bürgermeister legte einen neuen Vorschlag vor:\n"
        "„Die relevanten Einwände werden in die Planung eingearbeitet.\nDanach wird die Planung offengelegt.“\n"
        "Dieser Vorschlag wurde mit 6:3 Stimmen angenommen.\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [(DecisionOutcome.ADOPTED, 6, 3)]
    assert "Einwände werden in die Planung eingearbeitet" in found.decisions[0].quote
    assert [o.owner for o in found.open_items] == ["Verwaltung", "Verwaltung"]


def test_counts_with_the_factions_in_brackets_and_a_rejecting_majority() -> None:
    votes = parse_votes("Der Vorschlag wurde mit 6 (CDU, MFN, Unabhängige) zu 3 (FDP, SPD, Grüne) Stimmen abgelehnt.")
    assert (votes.yes, votes.no, votes.unanimous) == (3, 6, False)
    adopted = parse_votes("Der Antrag wurde mit fünf zu zwei Stimmen angenommen.")
    assert (adopted.yes, adopted.no) == (5, 2)


def test_who_shall_asks_for_a_task_and_a_clause_ending_in_an_infinitive_states_one() -> None:
    assert asks_next_step("Wer soll im Ortsteil mit dem Förster klären, welche Bäume gesetzt werden?")
    assert not asks_next_step("Wer hat im Ortsteil mit dem Förster gesprochen?")
    assert states_task("Auf Grundlage des Pflanzplanes soll der Ortsvorsteher mit dem Förster über Baumarten sprechen.")
    assert not states_task("Das soll so bleiben, sagte er.")


def test_the_lexicon_bridges_a_citys_government_a_district_and_a_train_connection() -> None:
    bridged = rewrite("Wofür soll die Stadtregierung bei der übergeordneten Gebietskörperschaft für die Zugverbindung werben?")
    words = {w for alternatives in bridged.alternatives.values() for w in alternatives}
    assert {"magistrat", "landkreis", "regionalbahn"} <= words
    forester = rewrite("Was sagt der Waldfachmann zu den Gehölzen?")
    assert {"foerster", "baumarten"} <= {w for a in forester.alternatives.values() for w in a}


def test_counted_voters_who_agree_or_refuse_and_votes_for_a_candidate() -> None:
    refused = parse_votes("Das Ergebnis der Abstimmung: 32 Stadtverordnete lehnten den FDP-Antrag ab, 31 stimmten zu.")
    assert (refused.yes, refused.no, refused.unanimous) == (31, 32, False)
    elected = parse_votes("Für sie stimmten 24 Ratsmitglieder, vier votierten mit Nein, zehn Stimmen waren ungültig.")
    assert (elected.yes, elected.no) == (24, 4)
    assert parse_votes("Die Mitglieder stimmten ab.").yes is None


def test_green_light_fronted_before_the_body_is_a_decision() -> None:
    found = minutes(
        "TOP 4 Vertrag\n\nGrünes Licht für die Vertragsverlängerung gab der Gemeinderat am Mittwoch in nichtöffentlicher "
        "Sitzung.\n"
    ).decisions
    assert [d.outcome for d in found] == [DecisionOutcome.ADOPTED]


def test_a_motion_put_forward_after_a_rejected_one_keeps_both_votes_and_the_tasks() -> None:
    found = minutes(
        "TOP 2 Kletterwald\n\nNachdem dieser Vorschlag mit 6 (CDU, MFN) zu 3 (FDP, SPD) Stimmen abgelehnt worden war, "
        "legte er einen neuen Vorschlag vor:\n„Die relevanten Einwände werden in die Planung eingearbeitet.“\n"
        "Dieser Vorschlag wurde mit dem gleichen Stimmenverhältnis (6:3) angenommen.\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [
        (DecisionOutcome.REJECTED, 3, 6),
        (DecisionOutcome.ADOPTED, 6, 3),
    ]
    assert [o.owner for o in found.open_items] == ["Verwaltung"]
