"""A name asked for: a person's by name, or a thing's as the passage names the term. Own sentences."""

from __future__ import annotations

from assistant.query.naming import holds_name


def test_a_things_name_is_a_term_the_passage_names() -> None:
    question = "Wie lautet der offizielle Name der neuen Spielfläche am Rathaus?"
    assert holds_name("Die neue Fläche, der sog. „Bewegungsgarten“, wird im Mai eröffnet.", question)
    assert not holds_name("Die neue Fläche wird im Mai eröffnet.", question)


def test_a_persons_name_asked_needs_a_person() -> None:
    question = "Wie heißt der neue Ortsvorsteher von Neudorf?"
    assert not holds_name("Der Ortsbeirat tagte im „Alten Rathaus“.", question)
    assert holds_name("Zum Ortsvorsteher wurde Herr Karl Brenner gewählt.", question)
