"""Record extraction, session 7 (issue #11): direct speech that goes on in the first person, second stances joined
by "aber" / "jedoch", announced follow-ups in reported speech and their dues. Sentences are our own, written in
the style of the synthetic minutes (``tests/data/records_synth``), or name the synthetic document they come from."""

from __future__ import annotations

from tests.ingest.extract_helpers import having, minutes, said


def _stances(text: str, person: str) -> list[tuple[str, str]]:
    return [(p.stance, " ".join(p.quote.split())[:40]) for p in said(text) if person in p.person]


def test_a_turn_on_its_own_line_goes_on_with_a_first_person_stance() -> None:
    text = (
        "Stadtvertreterin Brandt (CDU):\n"
        "Ich halte das Anliegen für nachvollziehbar, die Kosten sind aber hoch. Meine Fraktion wird den Antrag "
        "ablehnen.\n"
    )
    found = [p for p in said(text) if p.person == "Brandt"]
    assert [p.stance for p in found if "Meine Fraktion" in p.quote] == ["lehnt ab"]
    assert "Meine Fraktion" not in found[0].quote  # the first sentence's position stops before it


def test_quoted_speech_after_the_name_goes_on_with_a_motion() -> None:
    text = (
        "StR Hörmann (FW): „Wir tragen die neue Satzung grundsätzlich mit. Aber die Härtefälle sind nicht "
        "geregelt. Ich beantrage deshalb, in Ziffer 2 eine Härtefallklausel aufzunehmen.“\n"
    )
    stances = [p.stance for p in said(text) if p.person == "Hörmann"]
    assert stances == ["befürwortet", "beantragt"]


def test_an_inverted_first_person_stance() -> None:
    text = "GRin Voss (SPD): „Die Zahlen liegen jetzt vor. Deshalb stimmen wir der Vorlage zu.“\n"
    assert [p.stance for p in said(text) if p.person == "Voss"][-1] == "befürwortet"


def test_my_group_is_the_speaker_of_the_turn() -> None:
    # synth-b-14: „… Meine Fraktion stimmt der Vorlage zu.“ closes Frau Dr. Büttner's turn
    text = (
        "Kreistagsmitglied Frau Dr. Kranich (SPD-Fraktion): „Das ist verständlich, aber wir tragen Verantwortung "
        "für die Schulen. Meine Fraktion stimmt der Vorlage zu.“\n"
    )
    found = having(said(text), "Meine Fraktion stimmt")
    assert [(p.person, p.stance) for p in found] == [("Frau Dr. Kranich", "befürwortet")]


def test_a_member_agreeing_in_the_first_person_is_no_decision() -> None:
    # synth-a-13: Ratsfrau Niehoff: „… Wir stimmen der Vorlage zu.“
    text = "Ratsfrau Kemper (SPD): „Das ist nur eine Verschiebung ins nächste Jahr. Wir stimmen der Vorlage zu.“\n"
    assert minutes(text).decisions == []
