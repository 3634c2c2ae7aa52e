"""Record extraction, session 7 (issue #11): direct speech that goes on in the first person, second stances joined
by "aber" / "jedoch", announced follow-ups in reported speech and their dues. Sentences are our own, written in
the style of the synthetic minutes (``tests/data/records_synth``), or name the synthetic document they come from."""

from __future__ import annotations

from tests.ingest.extract_helpers import having, minutes, said


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


def test_a_second_stance_joined_by_aber_is_a_position_of_its_own() -> None:
    text = (
        "Gemeinderätin Albers (SPD) begrüßt die Sanierung des Freibads, regt aber an, die Eintrittspreise "
        "für Familien zu staffeln.\n"
    )
    found = [(p.stance, " ".join(p.quote.split())[:11]) for p in said(text) if p.person == "Albers"]
    assert found == [("befürwortet", "Gemeinderät"), ("schlägt vor", "regt aber a")]


def test_a_second_stance_joined_by_jedoch_and_a_light_verb() -> None:
    # synth-b-12: "OR Herr Sachse stimmt zu, gibt aber zu bedenken, dass …"; synth-a-04: "…, bat jedoch darum, …"
    first = said("Ratsherr Kolbe stimmt zu, gibt aber zu bedenken, dass die Folgekosten nicht gedeckt seien.\n")
    second = said("Kreisrat Imhof stimmte dem Antrag zu, bat jedoch darum, im Herbst über die Mittel zu berichten.\n")
    assert [p.stance for p in first] == ["befürwortet", "kritisiert"]
    assert [p.stance for p in second] == ["befürwortet", "schlägt vor"]



def _items(text: str) -> list[tuple[str, str]]:
    return [(o.owner, " ".join(o.quote.split())[:30]) for o in minutes(text).open_items]


def test_a_follow_up_announced_for_an_actor_in_reported_speech() -> None:
    # synth-a-18: "…, der Bauhof werde den Rückschnitt in der kommenden Woche vornehmen."
    text = "Bürgermeister Pichler teilt mit, der Bauhof werde die Hecke am Spielplatz in der kommenden Woche schneiden.\n"
    assert [owner for owner, _ in _items(text)] == ["Bauhof"]


def test_a_follow_up_announced_in_a_dass_clause() -> None:
    # synth-a-11: "…, dass das Gutachterbüro den Entwurf … im ersten Quartal 2023 vorlegen werde."
    text = "Herr Wessel berichtet, dass das Planungsbüro den Entwurf im zweiten Quartal vorlegen werde.\n"
    assert [owner for owner, _ in _items(text)] == ["Planungsbüro"]


def test_an_announced_report_in_the_reported_passive() -> None:
    # synth-a-08: "Bürgermeister Engel erklärt, das Gutachten liege im Entwurf vor und werde in der Novembersitzung
    # des Haupt- und Finanzausschusses vorgestellt."
    text = "Bürgermeisterin Rau erklärt, die Studie liege vor und werde in der Märzsitzung des Bauausschusses vorgestellt.\n"
    assert len(_items(text)) == 1


def test_dues_as_spans_quarters_weeks_and_parts_of_a_month() -> None:
    from ingest.extract.dues import due_of

    assert due_of("Die Landrätin sagt die Antwort innerhalb von vier Wochen zu.") == "innerhalb von vier Wochen"
    assert due_of("Dem Stadtrat ist nach zwölf Monaten zu berichten.") == "nach zwölf Monaten"
    assert due_of("Das Büro werde den Entwurf im ersten Quartal 2023 vorlegen.") == "erstes Quartal 2023"
    assert due_of("der Bauhof werde den Rückschnitt in der kommenden Woche vornehmen.") == "kommende Woche"
    assert due_of("Es werde voraussichtlich Ende Juni fertiggestellt.") == "Ende Juni"
    assert due_of("Die Verwaltung legt zum Jahresende eine Auswertung vor.") == "Jahresende"
    assert due_of("Der Antrag wird bis zu den Haushaltsberatungen 2024 zurückgestellt.") == (
        "bis zu den Haushaltsberatungen 2024"
    )
