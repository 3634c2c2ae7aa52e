"""Record extraction, session 7 (issue #11): direct speech that goes on in the first person, second stances joined
by "aber" / "jedoch", announced follow-ups in reported speech and their dues. Sentences are our own, written in
the style of the synthetic minutes (``tests/data/records_synth``), or name the synthetic document they come from."""

from __future__ import annotations

from assistant.models import Document, DocumentMeta, Records
from ingest.extract import extract_records
from ingest.extract.dues import due_of
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


def _dated(text: str, date: str) -> Records:
    meta = DocumentMeta(doc_id="x", kind="minutes", municipality="Musterstadt", body="Stadtvertretung", date=date)
    return extract_records(Document(meta=meta, text=text))


def test_a_plan_named_for_a_later_month_is_an_open_item() -> None:
    # the shape of synth-b-19: "die Planungen für den Neubau würden dem Bauausschuss im November vorgestellt"
    text = (
        "Bürgermeisterin Lorenz berichtet, dass der Kreis die Förderung bewilligt habe; die Entwürfe für die "
        "neue Kita würden dem Sozialausschuss im November vorgestellt.\n"
    )
    found = _dated(text, "2021-09-20").open_items
    assert [i.due for i in found] == ["November"]


def test_a_deferred_item_to_be_discussed_in_a_later_month_is_an_open_item() -> None:
    text = "Der Tagesordnungspunkt wird abgesetzt, da die Stellungnahme noch aussteht. Er soll im März erneut beraten werden.\n"
    found = _dated(text, "2021-01-14").open_items
    assert [i.due for i in found] == ["März"]


def test_a_date_before_the_session_is_no_time_of_a_task() -> None:
    text = "Die Antwort des Landes soll am 03.05.2020 eingegangen sein.\n"
    assert _dated(text, "2021-01-14").open_items == []
    text = "Die Ortsbegehung soll am 03.05.2021 stattfinden und wird durch das Bauamt vorbereitet.\n"
    assert [i.due for i in _dated(text, "2021-01-14").open_items] == ["2021-05-03"]


def test_a_date_after_fuer_den_is_the_due_date() -> None:
    assert due_of("Die nächste Sitzung ist für den 13.11.2003 angesetzt.") == "2003-11-13"


def test_what_happens_once_a_condition_is_met_is_an_open_item() -> None:
    # session 12: a "sobald" clause names the time of the plan, whatever its verb
    text = (
        "Herr Brandt fragt, ob zur Sperrung der Brücke schon etwas veranlasst wurde. Bürgermeisterin Lorenz "
        "antwortet, dass das Gutachten noch nicht vorliege. Sobald es im Rathaus ist, werde selbstverständlich "
        "das Nötige veranlasst.\n"
    )
    found = _dated(text, "2021-09-20").open_items
    assert [i.quote for i in found] == ["Sobald es im Rathaus ist, werde selbstverständlich das Nötige veranlasst."]
    assert found[0].due == "sobald es im Rathaus ist"


def test_a_present_tense_plan_for_the_next_session_is_an_open_item() -> None:
    # session 12: the present tense states a plan when the next session or minutes name its time
    text = (
        "Die Fragen werden in der Sitzung nicht beantwortet. Eine schriftliche Antwort erhalten alle Mitglieder "
        "mit dem nächsten Protokoll.\n\n"
        "Die Vorlage zur Gebührensatzung befindet sich in Bearbeitung und ist in der nächsten Stadtratssitzung drin.\n"
    )
    found = _dated(text, "2021-09-20").open_items
    assert [i.quote[:22] for i in found] == ["Eine schriftliche Antw", "Die Vorlage zur Gebühr"]
    assert all(i.owner == "Verwaltung" for i in found)


def test_the_nearest_place_is_no_time() -> None:
    text = "Für die Eltern aus den Ortsteilen verlängere sich der Weg zur nächsten Grundschule auf eine halbe Stunde.\n"
    assert _dated(text, "2021-09-20").open_items == []


def test_a_member_asking_for_a_report_in_a_later_session_sets_the_administration_a_task() -> None:
    # session 13: a request or proposal whose clause names a later session is a task for the administration
    text = (
        "Frau Lorenz schlägt vor, in der nächsten Sitzung des Bauausschusses verwaltungsseits über den Stand der "
        "Kanalsanierung zu berichten.\n\n"
        "Herr Kunz bittet darum, im Rahmen einer kommenden Ausschusssitzung die Kosten der Sanierung vorzustellen.\n"
    )
    found = _dated(text, "2021-09-20").open_items
    assert [i.quote[:14] for i in found] == ["Frau Lorenz sc", "Herr Kunz bitt"]
    assert all(i.owner == "Verwaltung" and "owner" in i.derived for i in found)


def test_a_request_to_defer_the_item_is_no_task_of_its_own() -> None:
    text = "Herr Kunz bittet, den Tagesordnungspunkt auf die nächste Sitzung des Rates zu verschieben.\n"
    assert _dated(text, "2021-09-20").open_items == []
