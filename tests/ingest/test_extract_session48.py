"""Record extraction and question reading, session 48 (issues #11 and #14): counts told as "Ja-Voten", a rejection
told majority-first as a contest, a candidate beaten by a rival named right after the verb; a body that will decide
named after the verb or after a fronted infinitive; a quoted evaluation before "sagte X"; vote questions asked with
"Zustimmungen" and "Gegenvoten", a count given as "Ablehnungen"; "Grünes Licht" and an election as decisions a passage holds; lexicon bridges for
repairs, an illuminated sign, worries, shrinking, quitting and calming traffic. The sentences follow public press reports of council sessions."""

from __future__ import annotations

from assistant.language.lexicon import rewrite
from assistant.language.votes import parse_votes
from assistant.query.facts import decided_in, expected_answer
from assistant.query.tallies import states_asked_side
from assistant.vocab import AnswerKind, Stance
from tests.ingest.extract_helpers import minutes


def test_counts_as_ja_voten_a_contest_rejected_majority_first_and_a_beaten_candidate() -> None:
    voten = parse_votes("Der Antrag ging mit zehn Ja-Voten gegen acht Nein-Stimmen durch.")
    assert (voten.yes, voten.no) == (10, 8)
    rejected = parse_votes("Mit zehn zu neun Stimmen haben die Mitglieder die Erhöhung der Gebühren abgelehnt.")
    assert (rejected.yes, rejected.no) == (9, 10)
    for_a_variant = parse_votes("Der Rat stimmte mit 12 zu 5 Stimmen für die Variante B, die Variante A ist abgelehnt.")
    assert (for_a_variant.yes, for_a_variant.no) == (12, 5)
    beaten = parse_votes("Rosner unterliegt Mutterer mit 6:11 Stimmen.")
    assert (beaten.yes, beaten.no) == (11, 6)


def test_a_body_that_will_decide_after_the_verb_or_a_fronted_infinitive_owns_the_task() -> None:
    found = minutes(
        "TOP 3 Schuldnerberatung\n\nÜber die Ausgestaltung wird der Bauausschuss im März entscheiden.\n\n"
        "Endgültig entscheiden wird der Gemeinderat in seiner Sitzung am kommenden Mittwoch.\n"
    ).open_items
    assert [o.owner for o in found] == ["Bauausschuss", "Gemeinderat"]


def test_a_quoted_evaluation_before_a_plain_verb_of_saying_gives_the_stance() -> None:
    found = minutes(
        "TOP 1 Verkehr\n\n„Geschwindigkeitskontrollen sind der beste Weg“, sagte Bürgermeister Hans Heinz Keursten.\n\n"
        "„Das ist nicht akzeptabel“, sagte Bürgermeister Hans Heinz Keursten.\n\n"
        "„Die Halle ist zu klein“, hat Bürgermeister Hans Heinz Keursten in der Sitzung betont.\n"
    ).positions
    assert [p.stance for p in found] == [Stance.SUPPORTS, Stance.CRITICISES, Stance.STATES]


def test_vote_questions_asked_with_zustimmungen_and_gegenvoten_ask_for_a_tally() -> None:
    asked = "Wie viele Zustimmungen und wie viele Gegenvoten bekam in St. Wendel der neue Erste Beigeordnete?"
    assert expected_answer(asked) == AnswerKind.TALLY
    assert expected_answer("St. Wendel Beigeordneter Gegenvoten") == AnswerKind.TALLY
    assert expected_answer("Wie viele Zuschauer kamen zur Sitzung in St. Wendel?") != AnswerKind.TALLY


def test_green_light_and_an_election_are_decisions_a_passage_holds() -> None:
    assert decided_in("Grünes Licht für die Vertragsverlängerung gab der Gemeinderat am Mittwoch.", "press")
    assert decided_in("Jens Hahn wurde einstimmig zum Schriftführer gewählt.", "press")
    assert not decided_in("Der gewählte Weg über die Bahnhofstraße ist kürzer.", "press")


def test_the_lexicon_bridges_repairs_and_an_illuminated_sign() -> None:
    repairs = rewrite("Werden die Straßenreparaturen in Teisendorf günstiger?")
    assert {"sanierung", "instandsetzung"} <= {w for a in repairs.alternatives.values() for w in a}
    sign = rewrite("Darf die Bank ihr Leuchtschild behalten?")
    assert {"leuchtreklame", "werbeanlage"} <= {w for a in sign.alternatives.values() for w in a}


def test_a_count_given_as_ablehnungen_or_voten_answers_the_side_asked() -> None:
    asked = "mit wie vielen ja- und nein-stimmen wurde er gewaehlt"
    assert states_asked_side(asked, "er wurde mit 22 ja-stimmen bei neun ablehnungen gewaehlt.")
    assert states_asked_side(asked, "der antrag ging mit zehn ja-voten gegen acht nein-voten durch.")
    assert not states_asked_side(asked, "er wurde mit 22 ja-stimmen gewaehlt.")


def test_the_lexicon_bridges_worries_shrinking_quitting_and_calming_traffic() -> None:
    bridged = rewrite("Welche Sorge gibt es, wenn die Ortsräte verkleinert werden und alle hingeschmissen haben?")
    words = {w for a in bridged.alternatives.values() for w in a}
    assert {"befuerchtet", "reduzierung", "zurueckgetreten"} <= words
    calm = rewrite("Wird die Straße ruhiger?")
    assert "entlastung" in {w for a in calm.alternatives.values() for w in a}
