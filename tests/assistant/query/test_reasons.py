"""Why-questions and the passages that give a reason (own sentences, no corpus)."""

from __future__ import annotations

import pytest

from assistant.answering.quotes import best_quote
from assistant.query.reasons import asks_reason, gives_reason


@pytest.mark.parametrize(
    "question",
    [
        "Warum hat der Bauausschuss den Antrag zurückgestellt?",
        "Weshalb will die Gemeinde das Freibad schließen?",
        "Aus welchem Grund wurde die Sitzung unterbrochen?",
        "Mit welcher Begründung lehnte die Fraktion den Haushalt ab?",
        "Wie kam es zur Verschiebung der Sanierung?",
        "Was war der Anlass für die Sondersitzung des Kreistags?",
        "Wer hat den Zuschuss beantragt, und wieso wurde er gekürzt?",
        "wieso ham die das mit dem radweg nich gemacht",
    ],
)
def test_questions_that_ask_why(question: str) -> None:
    assert asks_reason(question)


@pytest.mark.parametrize(
    "question",
    [
        "Wann wurde der Antrag zurückgestellt?",
        "Wie hoch ist der Zuschuss für den Sportverein?",
        "Wer hat im Ortsrat für die Grundschule gesprochen?",
        "Gründung des Zweckverbands Abwasser Beschluss",
    ],
)
def test_questions_that_do_not(question: str) -> None:
    assert not asks_reason(question)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Punkt wird zurückgestellt, da die Kostenschätzung noch nicht vorliegt.",
        "Aufgrund der angespannten Haushaltslage verzichtet die Stadt auf den Neubau.",
        "Die Straße bleibt gesperrt, weil die Brücke nicht mehr tragfähig ist.",
        "Begründet wird der Antrag mit den gestiegenen Schülerzahlen.",
        "Der Ausbau dient dazu, den Schulweg sicherer zu machen; deshalb wird er vorgezogen.",
        "Die Verzögerung ist auf Lieferengpässe zurückzuführen.",
        "Um die Frist zu wahren, beschließt der Rat die Satzung heute.",
        "Die Kosten sind gestiegen. Da die Förderung ausläuft, muss schnell gebaut werden.",
    ],
)
def test_sentences_that_give_a_reason(sentence: str) -> None:
    assert gives_reason(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Gemeinderat beschließt einstimmig die Sanierung der Turnhalle.",
        "Herr Kramer fragt nach dem Stand der Bauarbeiten am Dorfplatz.",
        "Die Sitzung endet um 21:30 Uhr.",
        "Die Gründung des Zweckverbands wird zur Kenntnis genommen.",
    ],
)
def test_sentences_that_do_not(sentence: str) -> None:
    assert not gives_reason(sentence)


def test_a_reason_picks_the_quote_inside_a_chunk() -> None:
    """Of two sentences with the same words of the question, the one giving the reason is quoted when the question
    asks why; without the reason mark the shorter one is."""
    text = (
        "Der Antrag zur Turnhalle wird vertagt. "
        "Die Verwaltung hatte in der letzten Sitzung mehrere Varianten für das Dach gezeigt. "
        "Der Antrag zur Turnhalle wird vertagt, weil die Förderzusage des Landes noch aussteht."
    )
    weights = {"antrag": 1.0, "turnhall": 1.0, "vertagt": 1.0}
    plain = best_quote(text, weights, limit=120)
    why = best_quote(text, weights, limit=120, holds_fact=gives_reason, fact_weight=1.0)
    assert "Förderzusage" not in text[plain.start : plain.end]
    assert "Förderzusage" in text[why.start : why.end]
