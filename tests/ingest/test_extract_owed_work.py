"""Work still owed, in wordings the earlier cues missed (session 23; own sentences, each fails without its change): an
answer that is still to come, a promise in a relative clause after the person or office it binds, and a passive act
with its agent named by "seitens" and a time still ahead; and a speaker's direct question in their paragraph, a
question of theirs (a plain statement leading into it is part of it)."""

from __future__ import annotations

import pytest

from tests.ingest.extract_helpers import minutes

_TOP = "TOP 4 Anfragen\n\n"


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Herr Maier fragt nach dem Stand der Brückensanierung. Die Antwort soll schriftlich kommen.", "Verwaltung"),
        ("Der Bürgermeister verweist Herrn Kern an Frau Roth, die ihm nach der Sitzung gerne Auskunft geben wird.",
         "Frau Roth"),
        ("Die Ortsvorsteherin verweist auf das Bauamt, das die fehlenden Pläne nachreichen wird.", "Bauamt"),
        ("Die Anlieger werden seitens der Stadtwerke rechtzeitig über die Sperrung informiert.", "Stadtwerke"),
        ("Die Anwohner werden bei Einschränkungen seitens der Fa. Kunz rechtzeitig hierüber informiert.", "Fa. Kunz"),
        ("Renate Mäder nimmt nochmals Kontakt zur Presse auf und bemüht sich um einen Artikel.", "Renate Mäder"),
        ("Thomas Berger wird die Angebote bis zur nächsten Sitzung einholen.", "Thomas Berger"),
        ("Die Verwaltung beabsichtigt, die Zahlen mit dem Gutachter abzugleichen.", "Verwaltung"),
        ("Abweichungen bei den Grundschulen beabsichtige das Schulamt mit dem Gutachter abzugleichen.", "Schulamt"),
        ("Bürgermeisterin Dr. Schairer kündigt den Bericht für die Sitzung im Juli an.", "Dr. Schairer"),
        ("Die Grundzüge des Verkehrskonzepts sollen in einer Einwohnerversammlung vorgestellt werden.", "Verwaltung"),
        ("Die Anfrage soll nun hinsichtlich der geänderten Busführung konkretisiert werden.", "Verwaltung"),
        ("Herr Zenker hört sich die Beschwerde an. Er wird sie weiter zur Prüfung geben.", "Herr Zenker"),
    ],
)
def test_work_still_owed_names_its_owner(sentence: str, owner: str) -> None:
    assert owner in [o.owner for o in minutes(f"{_TOP}{sentence}\n").open_items]


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Bürgermeister dankt Herrn Kern, der die Sitzung seit Jahren vorbereitet.",
        "Der Vorsitzende begrüßt Frau Lutz, die heute das Protokoll führen wird.",
        "Er verweist an Frau Roth, die dazu nichts sagen wird.",
        "Die Antwort erfolgte bereits schriftlich im März.",
        "Die Anlieger wurden seitens der Stadtwerke rechtzeitig informiert.",
        "Die Anlieger werden seitens der Stadtwerke regelmäßig informiert.",
        "Die Verwaltung beabsichtigt nicht, die Zahlen erneut abzugleichen.",
        "Herr Kuhn kündigt einen Antrag an.",
        "Renate Mäder begrüßt die Gäste.",
        "Das Gebäude soll künftig als Kindertagesstätte genutzt werden.",
        "Die Ergebnisse sollen nicht vorgestellt werden.",
        "Herr Zenker erläutert den Haushalt. Er wird dem Entwurf zustimmen.",
    ],
)
def test_what_is_done_or_not_promised_is_no_task(sentence: str) -> None:
    assert minutes(f"{_TOP}{sentence}\n").open_items == []


def test_a_question_in_the_speakers_paragraph_is_a_question_of_theirs() -> None:
    """A direct question after the speaker's sentence, with no speaker of its own, is that speaker asking."""
    found = minutes(
        f"{_TOP}Herr Golisch spricht die ärztliche Versorgung an. Die Praxis in der Lindenstraße wurde geschlossen, warum?\n"
    ).positions
    assert [(p.person, p.stance) for p in found] == [("Herr Golisch", "informiert"), ("Herr Golisch", "fragt an")]
    assert found[1].quote.startswith("Die Praxis")


def test_a_plain_statement_leading_into_a_question_is_part_of_it() -> None:
    """"Hr. X: <context>. <question>?": one contribution, a question (the statement only sets it up)."""
    found = minutes(f"{_TOP}Hr. Brandl: Vor zwei Jahren wurde das Parkkonzept beschlossen. Wie ist hier der Stand?\n").positions
    assert [(p.person, p.stance) for p in found] == [("Herr Brandl", "fragt an")]
    assert found[0].quote.endswith("der Stand?")


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Sachverhalt: Herr Wirtz erläutert, dass die Kosten nach der Submission gestiegen seien.", "Herr Wirtz"),
        ("Der Stadtratsvorsitzende Hendrik Lange weist darauf hin, dass Aufnahmen nur Befugten erlaubt sind.",
         "Hendrik Lange"),
        ("Der BG Adam Schmitt erklärt, es handele sich um einen Vorgang mit rechtlicher Relevanz.", "Adam Schmitt"),
        ("Aus Sicht von Herrn Stephan ist die Vergabe der Fläche nicht wie gewünscht gelaufen.", "Herr Stephan"),
    ],
)
def test_speakers_after_a_label_a_compound_office_or_in_whose_view(sentence: str, person: str) -> None:
    """A section label before the speaker, an office compounded with its body ("Stadtratsvorsitzende"), the
    abbreviation "BG" (Beigeordneter) and "Aus Sicht von X" name who speaks."""
    assert [p.person for p in minutes(f"{_TOP}{sentence}\n").positions] == [person]


@pytest.mark.parametrize(
    ("sentence", "person", "stance"),
    [
        ("SPD-Fraktionschef Jan Morgen lobte die Verwaltung für die gute Vorbereitung.", "Jan Morgen", "befürwortet"),
        ("Linken-Stadträtin Eva Roth kritisierte die Vergabe an den Generalunternehmer.", "Eva Roth", "kritisiert"),
        ("Rathauschef Bernd Kühn erläuterte die Pläne für den Marktplatz.", "Bernd Kühn", "informiert"),
        ("Kritik kam von Grünen-Stadtrat Tom Berg: Die Mieten stiegen weiter.", "Tom Berg", "kritisiert"),
        ("Zustimmung kam auch von Herrn Maier (CDU), der die Pläne für ausgewogen hält.", "Herr Maier", "befürwortet"),
    ],
)
def test_a_press_report_names_its_speakers(sentence: str, person: str, stance: str) -> None:
    """Offices with a party prefix ("SPD-Fraktionschef"), a "-chef", and a noun of evaluation that came from someone."""
    assert [(p.person, p.stance) for p in minutes(f"{_TOP}{sentence}\n").positions] == [(person, stance)]


@pytest.mark.parametrize(
    ("sentence", "outcome", "unanimous"),
    [
        ("Der Punkt wurde von der Tagesordnung genommen.", "zurückgestellt", None),
        ("Die Mehrheit des Rates folgte dem Vorschlag der Verwaltung.", "angenommen", None),
        ("Der Kreistag folgte der Empfehlung des Bauausschusses.", "angenommen", None),
        ("Die Gemeindevertreter votierten geschlossen für die Erhöhung der Hundesteuer.", "angenommen", True),
        ("Einen Antrag der SPD auf Vertagung lehnte der Rat mehrheitlich ab.", "abgelehnt", False),
        ("28 der 35 anwesenden Stadträte stimmten dem Antrag zu, sieben stimmten dagegen.", "angenommen", False),
        ("Die überarbeiteten Pläne für die Sporthalle finden die Zustimmung des Gemeinderates.", "angenommen", None),
        ("Außerdem hat der Ortsrat einer Verlegung des Wochenmarkts zugestimmt, während der Termin bleibt.",
         "angenommen", None),
        ("Alle Fraktionen haben zugestimmt, dass die Zahl der Ausschüsse gleich bleibt.", "angenommen", True),
    ],
)
def test_decisions_as_a_press_report_words_them(sentence: str, outcome: str, unanimous: bool | None) -> None:
    found = minutes(f"{_TOP}{sentence}\n").decisions
    assert [(d.outcome, d.unanimous) for d in found] == [(outcome, unanimous)]


def test_a_speaker_named_in_a_leading_as_clause() -> None:
    """"Wie Bürgermeister X mitteilte, …": the clause names who reports what follows."""
    found = minutes(f"{_TOP}Wie Bürgermeister Hans Frey mitteilte, beginnen die Bauarbeiten im Mai.\n").positions
    assert [(p.person, p.stance) for p in found] == [("Hans Frey", "informiert")]


def test_a_resolution_read_out_or_proposed_is_no_decision() -> None:
    """A wording read out ("verliest den geänderten Beschluss:" and the quote below) or proposed ("… lautet dann:
    „…“", "schlägt sie vor, … zu beschließen") is no decision; the item's own result is."""
    text = (
        "TOP 5 Haushaltssicherung\n\nBeschluss: zur Kenntnis genommen\n\n"
        "Herr Kamp verliest den geänderten Beschluss:\n\n„Der Rat beschließt die Maßnahmen der Haushaltssicherung.\n\n"
        "Frau Ley schlägt vor, einen Prüfauftrag zu beschließen. Für die Vorlage schlägt sie vor, den Satz zu streichen "
        "und einen Prüfauftrag zu beschließen.\n\n"
        "Herr Kamp verliest einen Änderungsvorschlag. Der erste Absatz lautet dann: „Der Rat beschließt die Liste.“\n"
    )
    assert [d.outcome for d in minutes(text).decisions] == ["zur Kenntnis genommen"]


def test_a_quoted_resolution_under_its_heading_stays_a_decision() -> None:
    found = minutes("TOP 6 Spielplatz\n\nBeschluss:\n„Der Rat beschließt den Neubau des Spielplatzes.“ Einstimmig.\n")
    assert [d.outcome for d in found.decisions] == ["angenommen"]


@pytest.mark.parametrize(
    ("sentence", "owner", "due"),
    [
        ("Die Fraktionen sollen noch einmal über die Gebührenstaffel sprechen.", "Fraktionen", ""),
        ("Der Ausschuss soll in seiner nächsten Sitzung über den Standort beraten.", "Ausschuss", "nächste Sitzung"),
        ("Die Nachwahl findet in der nächsten Sitzung der Gemeindevertretung statt.", "Gemeindevertretung",
         "nächste Sitzung der Gemeindevertretung"),
    ],
)
def test_a_body_or_the_groups_owe_the_work(sentence: str, owner: str, due: str) -> None:
    items = minutes(_TOP + sentence + "\n").open_items
    assert [(i.owner, i.due) for i in items] == [(owner, due)]
