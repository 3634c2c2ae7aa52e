"""A question asks about an event as done when its clause has a perfect or past-passive auxiliary and ends on
a past participle, whatever the verb (assistant.query.tense). Own wordings."""

from __future__ import annotations

import pytest

from assistant.query.premise import asks_later_outcome
from assistant.query.tense import asks_completed, clauses


@pytest.mark.parametrize(
    "question",
    [
        "Hat der Landkreis inzwischen wieder eine Fachkraft eingestellt?",  # separable prefix + ge-
        "Welche Vereine wurden bei der Verteilung der Mittel berücksichtigt?",  # inseparable prefix, no ge-
        "Ist der Zuschuss für den Heimatverein dann bewilligt worden?",  # "worden" after the participle
        "Wurden die Ladesäulen am Rathaus mittlerweile installiert?",  # -iert
        "Hat die Kommission den Vertrag verworfen?",  # strong verb in -en
    ],
)
def test_a_clause_ending_on_a_participle_asks_about_an_event_done(question: str) -> None:
    assert any(asks_completed(clause) for clause in clauses(question))


@pytest.mark.parametrize(
    "question",
    [
        "Wird der Rat im Mai über die Ladesäulen entscheiden?",  # a plan: present "wird" + infinitive
        "Was ist für den Neubau der Sporthalle geplant?",  # "geplant" asks for the plan
        "Wie hoch ist der Zuschuss für den Heimatverein?",  # no participle at the end
        "Ist das Hallenbad im Winter geöffnet oder geschlossen dann Gegenstand?",  # a noun last
    ],
)
def test_plans_and_states_are_not_asked_as_done(question: str) -> None:
    assert not any(asks_completed(clause) for clause in clauses(question))


def test_each_part_of_a_two_part_question_is_its_own_clause() -> None:
    parts = clauses("Hat der Kreis die Stelle eingestellt, und wer bezahlt das?")
    assert parts == ["Hat der Kreis die Stelle eingestellt", "wer bezahlt das"]
    assert asks_completed(parts[0]) and not asks_completed(parts[1])


def test_a_later_time_with_any_verb_asked_as_done_asks_a_later_outcome() -> None:
    # no outcome word of the premise lists ("beschlossen", "genehmigt" …): the grammar says it is asked as done
    assert asks_later_outcome("Hat der Landkreis inzwischen wieder eine Fachkraft eingestellt?")
    assert asks_later_outcome("Sind die Schaukästen am Marktplatz mittlerweile ausgetauscht worden?")
    # without a later time it asks for what the documents report
    assert not asks_later_outcome("Hat der Landkreis eine Fachkraft eingestellt?")
    assert not asks_later_outcome("Wird der Landkreis inzwischen eine Fachkraft einstellen?")


def test_a_present_state_meanwhile_asks_a_later_outcome() -> None:
    assert asks_later_outcome("Steht am Friedhof in Oberweiler inzwischen eine Bank?")
    assert asks_later_outcome("Gibt es mittlerweile einen Radweg nach Musterdorf?")
    assert not asks_later_outcome("Gibt es dann eine Ausnahme für Familien?")  # "dann" reads the documents' own time
    assert not asks_later_outcome("Gibt es einen Radweg nach Musterdorf?")


def test_what_a_later_resolution_laid_down_is_a_later_outcome() -> None:
    assert asks_later_outcome("Welche Zeiten wurden mit dem anschließenden Beschluss für die Halle festgelegt?")
    assert not asks_later_outcome("Welche Zeiten wurden für die Halle festgelegt?")


def test_a_later_state_of_any_weak_verb_must_be_reported_by_the_passage() -> None:
    from assistant.query.premise import later_state_unreported

    asked = "Hat der Landkreis inzwischen wieder eine Fachkraft eingestellt, die zwischen Kreis und Gemeinden vermittelt?"
    assert later_state_unreported(asked, "Der Kreis will die Stelle im Frühjahr neu ausschreiben.")
    assert not later_state_unreported(asked, "Zum 1. März wurde eine Fachkraft eingestellt.")
    assert not later_state_unreported(asked, "Die Einstellung der Fachkraft erfolgte zum 1. März.")  # the stem
    # a strong verb's stem changes ("beschlossen" / "beschließt"): not judged by its forms
    assert not later_state_unreported("Hat der Rat das dann beschlossen?", "Der Rat beschließt die Satzung.")
    # a clause that tells what the asker did is not the question
    told = "Wir haben dann lange gewartet – warum hat die Stadt die Satzung geändert?"
    assert not later_state_unreported(told, "Die Satzung wird an das neue Bestattungsgesetz angepasst.")


def test_when_something_is_to_happen_asks_the_plan_not_its_outcome() -> None:
    # the planned time is what an announcement gives; "dann" and "entschieden" do not make it a later outcome
    assert not asks_later_outcome("Der Rat hat den Plan abgenickt. Wann wird denn dann über die Mittel entschieden?")
    assert not asks_later_outcome("Wann soll der Kreistag dann abschließend beschließen?")
    assert asks_later_outcome("Wurde dann im Herbst über die Mittel entschieden?")


def test_a_body_s_next_session_is_a_later_time() -> None:
    # own questions: "in seiner nächsten Sitzung" asks what a later session did, which minutes only announce
    assert asks_later_outcome("Wie hat der Bauausschuss in Waldbach in seiner nächsten Sitzung über den Weg entschieden?")
    assert asks_later_outcome("Was hat der Rat auf der folgenden Ratssitzung zur Turnhalle beschlossen?")
    assert not asks_later_outcome("Wie hat der Bauausschuss in Waldbach über den Weg entschieden?")
