"""The asked slot: the head a value question asks a value of, and sentences that name it (real
sentences from shared tune documents)."""

from __future__ import annotations

from assistant.query.coverage import Need
from assistant.query.slot import AskedSlot, slot_head, things
from assistant.vocab import AnswerKind


def test_the_head_is_the_thing_after_the_value_word() -> None:
    assert slot_head("Wie viele Haushalte kriegen in Thyrnau schnelles Internet?", ["Thyrnau"]) == "Haushalte"
    assert slot_head(
        "Wie hoch sind die Gesamtkosten für Erweiterung und Sanierung des Verwaltungsgebäudes?"
    ) == ("Erweiterung Sanierung Verwaltungsgebäudes")
    assert slot_head("Welchen Betrag zahlt die Gemeinde Güby dem Tierschutzverein jährlich?", ["Güby"]) == (
        "Tierschutzverein"
    )
    assert slot_head("Welche Fördersumme erhält die Gemeinde für den Radweg?") == "Radweg"


def test_a_head_in_a_phrase_before_the_subject_is_joined_by_the_subject() -> None:
    """The value may belong to the phrase's noun or to the subject after it: both name the slot."""
    question = "In welchem Jahr wurde beim Neubau der Grundschule die Photovoltaikanlage in Betrieb genommen?"
    assert slot_head(question, kind=AnswerKind.DATE).startswith("Neubau Grundschule Photovoltaikanlage")
    assert slot_head("Wie hoch ist der Zuschuss für den Sportverein?") == "Zuschuss Sportverein"


def test_places_bodies_names_times_and_sources_are_no_head() -> None:
    assert slot_head("Wie hoch ist das Gesamtvolumen des Rostocker Doppelhaushalts?") == (
        "Gesamtvolumen Doppelhaushalts"
    )
    question = "Wann hat der Kreistag des Landkreises Börde den Grundsatzbeschluss gefasst?"
    assert slot_head(question, ["Börde"], AnswerKind.DATE) == "Grundsatzbeschluss"
    assert slot_head("Wie viele Geflüchtete betreute laut Herrn Struffert die Stadt?") == "Geflüchtete"
    assert slot_head(
        "Um wie viel hat Bühl zu Beginn der Amtszeit die Abgabe der Betriebe angehoben?", ["Bühl"]
    ) == ("Abgabe Betriebe")


def test_a_date_is_asked_by_wann_and_welche_only_before_a_value_word() -> None:
    question = "Welches Gremium der Stadt Lahr beschließt die Änderung, und zu welchem Termin?"
    assert slot_head(question, ["Lahr"], AnswerKind.DATE) == ""
    assert slot_head("Welchen Auftrag hat der Kreistag vergeben, und zu welchem Preis?") == ""
    assert slot_head("Ist das schön?") == ""


def test_a_sentence_names_the_head_inside_a_compound_or_by_its_kind_of_money() -> None:
    tax = AskedSlot(AnswerKind.MONEY, "Gewerbesteuer", (Need(1.0, (frozenset({"gewerbesteu"}),)),))
    sentence = (
        "Gleich zu Beginn meiner Amtszeit haben wir die Gewerbesteuersätze um 30 Prozentpunkte angehoben, was "
        "unsere Einnahmensituation um ca. 2,4 Mio. € dauerhaft erhöhte."
    )
    assert tax.named_in(sentence)
    grant = AskedSlot(
        AnswerKind.MONEY, "Fördergeld", (Need(1.0, (frozenset({"fordergeld"}),)),), frozenset({"grant"})
    )
    assert grant.named_in("Es ist ein maximaler Zuschuss von 850.000 € zu erwarten.")
    assert not grant.named_in("Die Kosten belaufen sich auf 850.000 €.")


def test_the_things_a_question_asks_about() -> None:
    question = (
        "Aus welchen Gründen hat die Bezirksregierung der Stadt Herzogenrath die Fortzahlung untersagt?"
    )
    assert things(question, ["Herzogenrath"]) == ("bezirksregierung", "fortzahlung")


def test_a_contracted_preposition_attaches_and_a_light_noun_is_no_head() -> None:
    # own questions: "fürs" attaches the nouns after a metaphor; "das Thema X" asks about X
    assert slot_head("Wie viel Geld liegt in Waldbach im Topf fürs Sanieren der Radwege?", ["Waldbach"], AnswerKind.MONEY) == (
        "Topf Sanieren Radwege"
    )
    assert slot_head("Um wie viel Uhr kam in Waldbach das Thema Kita-Gebühren dran?", ["Waldbach"]) == "Kita-Gebühren"


def test_an_indefinite_subject_after_a_place_phrase_is_the_head_too() -> None:
    # own questions: what costs is the ticket, the pool is where
    head = slot_head("Was kostet im Hallenbad Waldbach künftig eine Zehnerkarte für Kinder?", ["Waldbach"], AnswerKind.MONEY)
    assert head == "Hallenbad Zehnerkarte Kinder"
    assert slot_head("Wie teuer ist beim Bauhof ein neuer Radlader?", [], AnswerKind.MONEY) == "Bauhof Radlader"


def test_the_last_part_of_a_compound_head_as_a_word_of_its_own_names_it() -> None:
    # "Wie viele Straßenleuchten in Karsbach brennen noch mit Gelblicht?" (public minutes of Karsbach)
    lights = AskedSlot(
        AnswerKind.AMOUNT,
        "Straßenleuchten",
        (Need(5.7, (frozenset({"strassenleucht"}),)), Need(0.0, (frozenset({"strass", "leucht"}),))),
    )
    assert lights.named_in("Es sind 235 Leuchten noch mit Gelblicht und 17 sogenannte Betonpeitschen in Betrieb.")
    assert not lights.named_in("Es wurden 12 Straßen saniert.")  # the first part alone is another thing
    assert not lights.named_in("Im Saal hängen 40 Deckenleuchten.")  # the last part inside another compound
