"""Record extraction, session 38 (issue #11): constructions of the pages collected blind this session and read as
tune material (a portal page's header that sums up the result recorded below it, a speaker's report in the
subjunctive of a step taken earlier). Every sentence here is our own, written in the construction found there."""

from __future__ import annotations

from tests.ingest.extract_helpers import minutes

_PAGE = """TOP 7 Antrag GRÜNE betr. Bürgersolaranlage auf dem Schulzentrum

Sitzung des Stadtrates Musterstadt
TOP: Ö 7
Gremium: Stadtrat Musterstadt Beschlussart: ungeändert beschlossen
Datum: Do, 14.03.2024 Status: öffentlich

Beschluss

Frau Kemper erläutert den Antrag. Die Fläche reiche für rund 300 Kilowatt.

Herr Olbrich begrüßt das Vorhaben und regt an, die Stadtwerke zu beteiligen.

{vote}
"""


def test_a_page_header_sums_up_the_vote_recorded_below_it() -> None:
    found = minutes(_PAGE.format(vote="Der Stadtrat stimmt dem Antrag einstimmig zu."))
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("angenommen", True)]
    assert "Beschlussart" not in found.decisions[0].quote


def test_a_page_header_without_a_vote_below_it_stays_the_decision() -> None:
    found = minutes(_PAGE.format(vote="Die Sitzung wird um 20:15 Uhr geschlossen."))
    assert [d.outcome for d in found.decisions] == ["angenommen"]
    assert "Beschlussart" in found.decisions[0].quote


def test_a_step_reported_in_the_subjunctive_passive_is_no_decision() -> None:
    text = (
        "TOP 4 Anfragen\n\nHerr Brauer fragt nach dem Stand der Turnhalle. Herr Lindner antwortet, die Kosten lägen "
        "bei 2 Mio. Euro. Die Erneuerung sei daher vorerst zurückgestellt worden.\n"
    )
    assert minutes(text).decisions == []
    # a resolution of this session in the same item is still one
    resolved = minutes(text + "\nDer Ausschuss beschließt einstimmig, die Erneuerung im Haushalt 2025 einzuplanen.\n")
    assert [(d.outcome, d.unanimous) for d in resolved.decisions] == [("angenommen", True)]


def test_an_abbreviated_stadtverordnete_with_a_capital_v_is_an_office() -> None:
    text = "StV. Sander (FWG) stellt den Antrag, den Punkt von der heutigen Tagesordnung abzusetzen."
    assert [(p.person, p.stance) for p in minutes(f"TOP 6 Vereinsförderung\n\n{text}\n").positions] == [
        ("Sander", "beantragt")
    ]


def test_wanting_to_know_a_thing_named_before_the_infinitive_asks() -> None:
    text = "Stadtrat Brünig und Stadtrat Wolff möchten die Höhe der jährlichen Wartungskosten wissen."
    found = minutes(f"TOP 3 Lüftung im Sitzungssaal\n\n{text}\n").positions
    assert [(p.person, p.stance) for p in found] == [("Brünig", "fragt an"), ("Wolff", "fragt an")]
    # a participle before "wissen" is a wish, not a question
    wish = minutes("TOP 3 Lüftung\n\nHerr Maier möchte den Antrag im Ausschuss behandelt wissen.\n").positions
    assert [p.stance for p in wish] != ["fragt an"]


def test_letting_know_informs() -> None:
    text = "Frau Lorenz lässt wissen, die Wartung koste jährlich rund 600 Euro."
    assert [(p.person, p.stance) for p in minutes(f"TOP 3 Lüftung\n\n{text}\n").positions] == [
        ("Frau Lorenz", "informiert")
    ]


def test_an_amicable_agreement_is_a_unanimous_decision() -> None:
    text = "Auf Antrag der Ortsvorsteherin wurde die Tagesordnung einvernehmlich um den Punkt Spielplatz erweitert."
    assert [(d.outcome, d.unanimous) for d in minutes(f"TOP 1 Tagesordnung\n\n{text}\n").decisions] == [
        ("angenommen", True)
    ]


def test_an_office_that_wants_to_act_owes_it() -> None:
    text = "Außerdem will die Verwaltung auf Anregung von Herrn Keil prüfen, ob ein Livestream der Sitzungen zulässig ist."
    assert [o.owner for o in minutes(f"TOP 8 Verschiedenes\n\n{text}\n").open_items] == ["Verwaltung"]
    for denied in ("Die Verwaltung will das nicht prüfen.", "Die Verwaltung will damit Kosten vermeiden."):
        assert minutes(f"TOP 8 Verschiedenes\n\n{denied}\n").open_items == []


def test_a_deferral_only_thought_of_or_an_order_only_suggested_leaves_no_item() -> None:
    thought = "Kempf hätte daher keine Probleme gehabt, die Entscheidung auf die nächste Sitzung zu verschieben."
    assert minutes(f"TOP 4 Fahrzeug\n\n{thought}\n").open_items == []
    suggested = (
        "Nach Meinung der Räte sollte das Fahrzeug erst dann in Auftrag gegeben werden, wenn der Zuschuss feststeht."
    )
    assert minutes(f"TOP 4 Fahrzeug\n\n{suggested}\n").open_items == []
    done = "Der Punkt wird auf die nächste Sitzung verschoben."
    assert [o.due for o in minutes(f"TOP 4 Fahrzeug\n\n{done}\n").open_items] == ["nächste Sitzung"]


def test_two_members_named_after_their_office_in_the_plural_speak_by_surname_later() -> None:
    text = (
        "Anlass war, dass die beiden FW-Gemeinderäte Jonas Berger und Timo Hakel mit dem Protokoll nicht einverstanden "
        "waren. Hakel verlangte vom Bürgermeister bis zur nächsten Sitzung einen Bericht über das Stadtfest."
    )
    assert [(p.person, p.stance) for p in minutes(f"TOP 2 Protokoll\n\n{text}\n").positions] == [("Hakel", "beantragt")]


def test_a_surname_named_before_after_what_was_said_when_the_speech_goes_on() -> None:
    text = (
        "Anfangs forderte Fraktionschef Dorn, die Summe um 20 Prozent zu kürzen; im weiteren Verlauf ließ die CDU jedoch "
        'die Bereitschaft erkennen, der Stadt entgegenzukommen. Die Praxis des "großzügigen Ausgebens" müsse ein Ende '
        "haben, erklärte Dorn, und eine Balance zwischen Wünschenswertem und Machbarem hergestellt werden."
    )
    found = minutes(f"TOP 5 Haushalt\n\n{text}\n").positions
    assert any(p.person == "Dorn" and p.quote.startswith("Die Praxis") for p in found)
