"""A name asked for: a person's by name, or a thing's as the passage names the term. Own sentences."""

from __future__ import annotations

from assistant.query.naming import holds_company, holds_name


def test_a_things_name_is_a_term_the_passage_names() -> None:
    question = "Wie lautet der offizielle Name der neuen Spielfläche am Rathaus?"
    assert holds_name("Die neue Fläche, der sog. „Bewegungsgarten“, wird im Mai eröffnet.", question)
    assert not holds_name("Die neue Fläche wird im Mai eröffnet.", question)


def test_a_persons_name_asked_needs_a_person() -> None:
    question = "Wie heißt der neue Ortsvorsteher von Neudorf?"
    assert not holds_name("Der Ortsbeirat tagte im „Alten Rathaus“.", question)
    assert holds_name("Zum Ortsvorsteher wurde Herr Karl Brenner gewählt.", question)


def test_a_firm_asked_for_needs_its_name_not_the_word_for_it() -> None:
    question = "Welches Architekturbüro hat der Stadtrat mit dem Bebauungsplan beauftragt?"
    # an agenda line of the announcements (shape of a Bavarian Stadtrat's minutes): the office is commissioned, not named
    assert not holds_company("17/11 Bebauungsplan; hier: Beauftragung eines Architekturbüros 17/12 Schülerbeförderung", question)
    assert not holds_company("Das Büro für Stadtplanung wird mit der Planung beauftragt.", question)
    assert holds_company("Den Auftrag erhält das Architekturbüro Lindner aus Weiden.", question)
    assert holds_company("Das Büro fks plant auf Basis der gewählten Variante weiter.", question)  # a name in small letters
    assert holds_company("Die Planung übernimmt die Stadtplan Nord GmbH.", question)
