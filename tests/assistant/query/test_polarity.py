"""Directions, degrees, permissions and existence a question takes for granted, against real sentences
from shared tune documents."""

from __future__ import annotations

from assistant.query.polarity import contradicts_sentence, poles_of, presupposition
from assistant.query.slot import things


def _presupposed(question: str, places: list[str]):  # type: ignore[no-untyped-def]
    found = presupposition(question, things(question, places))
    assert found is not None
    return found


def test_a_fall_taken_for_granted_against_a_rise() -> None:
    asked = _presupposed("Wieso ist das Eigenkapital von Nettersheim so stark gesunken?", ["Nettersheim"])
    assert contradicts_sentence(
        asked,
        "Eine nach wie vor vorhandene Ausgleichsrücklage und steigendes Eigenkapital, welches zwischenzeitlich bei "
        "über 72,5 Mio. € liege, seien Indizien für eine gesunde Haushaltslage.",
    )
    assert not contradicts_sentence(asked, "Das Eigenkapital ist 2018 gesunken, die Rücklage gestiegen.")


def test_a_large_gap_taken_for_granted_against_a_small_one() -> None:
    asked = _presupposed("Warum weichen die Anmeldungen in Kamen so stark vom Schulgutachten ab?", ["Kamen"])
    assert contradicts_sentence(
        asked, "Insgesamt weiche die Gesamtzahl nur geringfügig vom Schulgutachten ab."
    )


def test_a_ban_taken_for_granted_against_a_permission() -> None:
    asked = _presupposed("Weshalb hat die Bezirksregierung die Fortzahlung der Leistungen verboten?", [])
    assert contradicts_sentence(
        asked,
        "Er zitiert aus der Antwort der Bezirksregierung vom 16.04.2015, wonach die bisher gezahlten freiwilligen "
        "Leistungen auch weiter gezahlt werden dürften, da es sich um die Fortführung bestehender Maßnahmen handle.",
    )


def test_a_thing_taken_for_granted_that_does_not_exist() -> None:
    asked = _presupposed("Wo hängt in Aschaffenburg die Gedenktafel für die US-Soldaten?", ["Aschaffenburg"])
    assert contradicts_sentence(
        asked,
        "In der Stadt Aschaffenburg erinnern heute keine Gedenktafel und kein Denkmal an die Opfer der US-Armee.",
    )
    assert not contradicts_sentence(asked, "Die Gedenktafel hängt am Rathaus.")


def test_a_negation_turns_a_direction_and_negated_or_plain_questions_take_nothing() -> None:
    assert ("direction", "down") in poles_of("Die Gebühren wurden nicht erhöht.")
    assert presupposition("Warum wurden die Gebühren nicht erhöht?", ("gebuehren",)) is None
    assert presupposition("Wurden die Gebühren erhöht?", ("gebuehren",)) is None


def test_a_person_said_to_act_who_was_away() -> None:
    asked = presupposition("Warum stimmte Ratsherr Jan Vogt gegen den Bebauungsplan?", (), ("vogt",))
    assert asked is not None
    assert contradicts_sentence(asked, "Ratsherr Jan Vogt war bei der Abstimmung nicht anwesend.")
    assert contradicts_sentence(asked, "Entschuldigt fehlten: Ratsherr Vogt, Ratsfrau Lenz.")
    assert not contradicts_sentence(asked, "Ratsherr Vogt erklärt, dass Frau Lenz entschuldigt fehlt.")
    assert not contradicts_sentence(asked, "Ratsherr Vogt lehnt den Plan ab.")
    told = presupposition("Was sagte Herr Vogt zum Bebauungsplan?", (), ("vogt",))
    assert told is not None and contradicts_sentence(
        told, "Herr Vogt nahm wegen Befangenheit an der Beratung nicht teil."
    )
    assert presupposition("War Herr Vogt bei der Sitzung?", (), ("vogt",)) is None


def test_wo_after_a_comma_is_a_relative_adverb_not_a_question() -> None:
    asked = "Kreisrat Lenz hat die Überschwemmungen bei Altdorf angesprochen, wo ein Landwirt unzufrieden ist – worum bat er?"
    assert presupposition(asked, ("ueberschwemmungen",)) is None
    assert presupposition("Wo gab es die Überschwemmungen?", ("ueberschwemmungen",)) is not None


def test_a_lead_in_sentence_keeps_the_person_taken_as_acting() -> None:
    asked = "In Ahlen stand die Hundesteuer auf der Tagesordnung. Was hat Gemeindevertreter Stefan Thoms dazu beigetragen?"
    found = presupposition(asked, ("hundesteuer",), ("thoms",))
    assert found is not None and found.persons == ("thoms",)
    assert contradicts_sentence(found, "Gemeindevertreter: Emil Heuer, Timm Ramm, entschuldigt fehlt: Stefan Thoms")


def test_a_compound_thing_named_by_its_parts() -> None:
    asked = _presupposed("Warum hat Neudorf die Zahl der Ortsbeiratssitze von 9 auf 7 gesenkt?", ["Neudorf"])
    assert contradicts_sentence(
        asked, "Beschlossen wurde eine Erhöhung der Sitze im neuen Ortsbeirat von 7 auf 9 Mitglieder."
    )
    assert not contradicts_sentence(asked, "Beschlossen wurde eine Erhöhung der Zuschüsse für Vereine.")


def test_another_of_the_kind_chosen_contradicts_the_choice_asked() -> None:
    asked = _presupposed("Warum hat sich der Rat in Neudorf für einen Kunstrasen entschieden?", ["Neudorf"])
    assert contradicts_sentence(asked, "Nach langer Debatte entschied sich der Rat für einen Naturrasen.")
    assert not contradicts_sentence(asked, "Der Rat entschied sich für einen Kunstrasen der neuesten Bauart.")
    assert not contradicts_sentence(asked, "Der Rat entschied sich für eine Flutlichtanlage am Kunstrasen.")


def test_a_motion_taken_as_carried_against_one_that_found_no_majority() -> None:
    """Own sentences: the outcome of a named motion as a pole ("setzte sich … durch" / "fand keine Mehrheit"), and
    "Mit welcher Mehrheit …?" as a question that takes it for granted."""
    asked = _presupposed("Mit welcher Mehrheit setzte sich der Änderungsantrag der Grünen zum Radweg durch?", [])
    assert contradicts_sentence(asked, "Der Änderungsantrag der Grünen fand somit keine Mehrheit.")
    assert not contradicts_sentence(asked, "Der Änderungsantrag der Grünen wurde angenommen.")
    assert not contradicts_sentence(asked, "Der Antrag der Verwaltung zum Parkplatz wurde abgelehnt.")
    assert ("outcome", "carried") in poles_of("Der Antrag wurde nicht abgelehnt.")


def test_a_motion_followed_taken_for_granted_against_its_rejection() -> None:
    asked = _presupposed("Warum ist der Kreistag Rottal dem Vorstoß der Freien Wähler gefolgt?", ["Rottal"])
    assert contradicts_sentence(asked, "Der Kreistag beschließt: Der Antrag der Freien Wähler wird abgelehnt.")
    assert not contradicts_sentence(asked, "Der Antrag der Freien Wähler wird angenommen.")


def test_an_admission_taken_for_granted_against_inadmissibility() -> None:
    asked = _presupposed("Warum hat der Gemeinderat Lindenau das Bürgerbegehren doch zugelassen?", ["Lindenau"])
    assert contradicts_sentence(asked, "Der Gemeinderat hält das Bürgerbegehren weiterhin für unzulässig.")


def test_a_resolution_taken_for_granted_against_a_rejection() -> None:
    # own sentences: "Warum hat … beschlossen?" takes a carried vote for granted
    asked = _presupposed("Warum hat der Rat in Waldbach den Wirtschaftsplan des Bauhofs beschlossen?", ["Waldbach"])
    assert contradicts_sentence(
        asked, "Der Wirtschaftsplan des Eigenbetriebes Bauhof für 2024 wurde mit neun zu acht Stimmen abgelehnt."
    )
    assert not contradicts_sentence(asked, "Der Wirtschaftsplan wurde beschlossen, der Änderungsantrag abgelehnt.")


def test_a_change_taken_for_granted_against_a_thing_left_as_it_was() -> None:
    # own sentences: "Warum … verringert / erhöht?" takes a change for granted; "bleibt unverändert", "es bleibt bei …"
    # say there was none, unless the same sentence states the change
    asked = _presupposed("Warum hat der Rat in Waldbach beschlossen, die Zahl der Beiratsmitglieder zu verringern?", ["Waldbach"])
    assert contradicts_sentence(asked, "Die Zahl der Beiratsmitglieder bleibt in der nächsten Wahlperiode unverändert.")
    assert contradicts_sentence(asked, "Damit wird es weiter bei der bisherigen Zahl der Beiratsmitglieder bleiben.")
    assert not contradicts_sentence(asked, "Die Zahl der Beiratsmitglieder wird von neun auf sieben verringert.")
    raised = _presupposed("Warum wurde in Waldbach die Gewerbesteuer erhöht?", ["Waldbach"])
    assert not contradicts_sentence(raised, "Die Grundsteuer bleibt unverändert, die Gewerbesteuer wird erhöht.")
    assert contradicts_sentence(raised, "Die Gewerbesteuer bleibt bei 380 Punkten.")
