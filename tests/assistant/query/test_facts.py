"""The kind of fact a question asks for, and whether a passage holds one (drives abstention)."""

from __future__ import annotations

import pytest

from assistant.query.facts import expected_answer, holds_answer_kind, holds_precise_answer
from assistant.vocab import AnswerKind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Wie hoch ist der Zuschuss für den Sportverein?", "money"),
        ("Was kostet die Videoüberwachung an den Schulen?", "money"),
        ("Wie viele Kinder besuchen die Kita?", "amount"),
        ("Wie groß ist die Gemeinde?", "amount"),
        ("Wann soll die Anfrage beantwortet werden?", "date"),
        ("Wie hat der Kreistag über den Nahverkehrsplan abgestimmt?", "vote"),
        ("Wer hat die Bürgermeisterwahl gewonnen?", "person"),
        ("Welche Baufirma baut die neue Kita?", "company"),
        ("Welcher Verein wollte Geld für Sportgeräte?", "person"),
        ("Hat der Gemeinderat der Bauvoranfrage zugestimmt?", "decision"),
        ("Welche Variante favorisierte Herr Czernitzki?", ""),
        ("Mit welchem Ergebnis wurde der Glasfaserausbau beschlossen?", "vote"),
        ("Wie deutlich hat der Kreistag den Nahverkehrsplan angenommen?", "vote"),
        ("Wie hat die Stadtverordnetenversammlung über den Beschluss entschieden?", "decision"),
        ("Übernimmt die Gemeinde nun die Führerscheinkosten?", "decision"),
        ("Kann die Stadtvertretung einen Punkt „Verschiedenes“ aufnehmen?", ""),
        ("Wie hoch waren die Vandalismusschäden an den Schulen?", "money"),
        ("Wie viele Mitglieder stimmten für die Einrichtung von Stadtteilvertretungen?", "tally"),
        ("Mit wie vielen Stimmen wurde Stephan Ostgen zum Ortsbürgermeister gewählt?", "tally"),
        ("Welchen Fördersatz gewährt der Freistaat für den Breitbandausbau?", "rate"),
        ("Auf welchen Hebesatz steigt die Grundsteuer B?", "rate"),
        ("Wie knapp hat der Stadtrat die Quote von 25 % beschlossen?", "vote"),
        ("Welche Satzung gilt für den Friedhof?", ""),
        ("Wie heißt die neue Mitarbeiterin für die Flüchtlingsarbeit?", "name"),
        ("Welcher Referent hat im Sozialausschuss vorgetragen?", "name"),
        ("Wer hat den Antrag gestellt?", "person"),
        ("Kita längere Öffnungszeiten – von wann bis wann?", "date"),
        ("Welches Beratungsbüro hat der Landkreis geholt?", "company"),
        # own sentence: faction of a "Stv. <surname>" who brought in a motion (perfect "hat … eingebracht")
        ("Für welche Fraktion hat Stv. Oltmanns den Antrag eingebracht?", "faction"),
        # the size of a budget or plan is a value: "Volumen", "Defizit", "Fehlbetrag"
        ("Welches Volumen hat der Nachtragshaushalt für die Schulsanierung?", "amount"),
        ("Welches Gesamtvolumen hat der Wirtschaftsplan der Stadtwerke?", "amount"),
        ("Welches Defizit weist der Ergebnishaushalt 2025 aus?", "money"),
        ("Welche Mittel stellt der Kreis für die Schulsozialarbeit bereit?", "money"),
        # who bears a cost is often a body or a group ("die Anlieger", "das Land"), not a named person
        ("Wer trägt beim Ausbau der Lindenstraße die Kosten für die Gehwege?", ""),
        ("Wer übernimmt die Kosten für den Schulbus?", ""),
        ("Wer übernimmt das Amt des Ortsvorstehers?", "name"),
        # a statement before a dash leads in; the question proper follows
        ("Die Stadt hat das Büro Nordplan beauftragt – was hat der Auftrag gekostet, und wann ist er fertig?", "money"),
        # what the answer does not depend on is not asked
        ("Welche Aufgaben übernimmt die Verwaltung unabhängig vom Abstimmungsergebnis?", ""),
        # a duration asked after a lead-in that names a tax is no amount of money
        ("Der Rat tagte zur Hundesteuer. Wie lang ging die Sitzung?", "amount"),
        ("Wie war das Abstimmungsergebnis zum Haushalt?", "vote"),
    ],
)
def test_expected_answer(question: str, kind: str) -> None:
    assert expected_answer(question) == kind


@pytest.mark.parametrize(
    ("kind", "text", "holds"),
    [
        ("money", "Es sind Kosten in Höhe von ca. 10.000,00 € entstanden.", True),
        ("money", "Der Hebesatz der Grundsteuer B wird auf 350 v. H. festgesetzt.", True),
        (
            "money",
            "Die Firma Forplan GmbH, Kennedyallee 11, 53175 Bonn, hat am 13.12.2023 den Auftrag erhalten.",
            False,
        ),
        ("amount", "Die Gemeinde hat eine Gesamtgröße von rund 5.850 Hektar.", True),
        ("amount", "Gemäß § 3 Abs. 2 BauGB wird der Entwurf ausgelegt (TOP 5, Nr. 47).", False),
        ("amount", "TOP: 1 Einführung der Videoüberwachung an der Grundschule", False),
        ("date", "Die Anfrage soll in der nächsten Sitzung beantwortet werden.", True),
        ("date", "Die Anfrage wird beantwortet.", False),
        ("vote", "Abstimmung: Ja: 7, Nein: 0, Anwesend: 7", True),
        ("decision", "Der Gemeinderat beschließt, den Antrag anzunehmen.", False),
        ("decision", "Das gemeindliche Einvernehmen wird deshalb nicht erteilt.", True),
        ("decision", "Der Antrag wird mit 12 Stimmen angenommen.", True),
        ("person", "Frau Dirks sagt eine Klärung des Anliegens zu.", True),
        ("company", "Den Auftrag erhält die Firma Forplan GmbH aus Bonn.", True),
        ("company", "Der Hauptausschuss stimmt der Vergabe des Auftrags zu.", False),
        ("company", "3 Windpark Nordhang - Vorstellung Fa. Solvento, Chemnitz", True),  # "Fa." for Firma
        ("company", "hier: Beauftragung eines Architekturbüros 17/12 Schülerbeförderung", False),  # the word, no name
        ("tally", "In der geheimen Wahl entfielen auf ihn 5 Ja-Stimmen und 1 Enthaltung.", True),
        ("tally", "Zu Beginn der Sitzung sind 39 Bürgerschaftsmitglieder anwesend.", False),
        ("tally", "Die Bürgerschaft beschließt mehrheitlich die Einrichtung.", False),
        ("rate", "Der Freistaat fördert die Maßnahme mit 80 % der zuwendungsfähigen Kosten.", True),
        ("rate", "Der Auftrag wird zum Angebotspreis von 412.000 € vergeben.", False),
        # own sentence: "Von den <amount>,-- Euro <participle> Mitteln …" with a second ",--" amount left
        ("money", "Von den 18.000,-- Euro veranschlagten Mitteln sind noch 2.400,-- Euro übrig.", True),
        # own sentence: "Die <noun> des/der … erfolgt in <span from now>."
        ("date", "Die Überprüfung der Gebührensätze erfolgt in zwei Jahren.", True),
        ("date", "Der Bericht wird dem Rat halbjährlich vorgelegt.", True),
        # own sentence: "seit dem <day.month.> durch eine(n) <job title> mit <qualification> besetzt", no name
        (
            "name",
            "Die Stelle ist seit dem 15.3. durch einen Sozialarbeiter mit Berufserfahrung besetzt.",
            False,
        ),
        ("name", "Referentin Dr. Meyer stellt die Inhalte des Konzepts vor.", True),
        # own sentence: "… eine <adjective> <noun>zeit zwischen <hour> und <hour> Uhr"
        ("date", "Geplant ist eine werktägliche Betreuungszeit zwischen 7 und 17 Uhr.", True),
        # own sentence: "Mit dem <kind of firm> <name> aus <town> wurde ein <noun> <participle>."
        ("company", "Mit dem Planungsbüro Nordwerk aus Husum wurde ein Dienstleister beauftragt.", True),
        ("faction", "Bisher waren dies die Fraktionen der SPD, CDU und FDP.", True),
        ("faction", "Die Fraktion der Landwirte stellt den Antrag auf namentliche Abstimmung.", True),  # any faction
        ("faction", "Die WIR-Fraktion beantragt die Vertagung.", True),
        ("faction", "Der Antrag der Fraktion wurde abgelehnt.", False),  # no faction named
        # own sentence: "Stv. <surname> bringt den <motion> ein und <verb> ihn <adverb>." names no faction
        ("faction", "Stv. Oltmanns bringt den Dringlichkeitsantrag ein und erläutert ihn eingehend.", False),
    ],
)
def test_holds_answer_kind(kind: str, text: str, holds: bool) -> None:
    assert holds_answer_kind(kind, text) is holds


def test_numbers_the_question_names_are_no_answer() -> None:
    question = "Wie hoch ist das Volumen des Doppelhaushalts 2022/2023?"
    assert not holds_answer_kind("amount", "Der Doppelhaushalt 2022/2023 wird beraten.", question)


def test_a_precise_vote_has_counts_or_unanimity() -> None:
    assert holds_precise_answer("vote", "Abstimmung: 18 Dafür: 18 Dagegen: 0 Enthaltungen: 0")
    assert holds_precise_answer("vote", "mehrheitliche Zustimmung bei 3 Gegenstimmen")
    assert holds_precise_answer("vote", "Stimmenverhältnis von 49 : 5")
    assert holds_precise_answer("vote", "Abstimmungsergebnis: einstimmig")
    assert not holds_precise_answer("vote", "Beschluss: mehrheitlich beschlossen")
    assert not holds_precise_answer("money", "49 : 5")


def test_a_named_person_is_matched_as_written() -> None:
    from assistant.query.understand import names_in, understand

    # own sentences: "Welche <objections> hatte Herr <umlaut surname> gegen …?", "Herr <surname> findet, dass …",
    # and a sentence with a word of the surname's stem
    names = understand("Welche Bedenken hatte Herr Höfer gegen die Planung?").names
    assert names == ["hoefer"]
    assert names_in("Herr Höfer findet, dass der Parkplatz zu klein ist.") & set(names)
    assert not names_in("Das wurde auf dem Hof schon besprochen.") & set(names)  # "Hof" shares the stem "hof"


def test_next_step_questions_and_task_sentences() -> None:
    from assistant.query.next_step import asks_next_step, states_task

    assert asks_next_step("Wie geht es in Nottuln mit der 79. FNP-Änderung weiter?")
    assert asks_next_step("Was muss die SPD zu ihrem Antrag noch nachliefern?")
    assert not asks_next_step("Wie hat der Kreistag abgestimmt?")
    assert states_task(
        "Die Gemeindeverwaltung wird in einer der nächsten Sitzungen eine Vorlage dazu erstellen."
    )
    assert states_task("Die SPD wird nochmals aufgefordert, die Intention des Antrages zu konkretisieren.")
    assert not states_task("Alternativ kommt in Frage, das Verfahren zu beenden.")


def test_who_was_appointed_needs_a_name_other_than_those_asked() -> None:
    from assistant.query.facts import expected_answer, holds_answer_kind
    from assistant.vocab import AnswerKind

    question = "Wer rückt für Frau Reck in den Gemeinderat nach?"
    assert expected_answer(question) == AnswerKind.NAME
    assert expected_answer("Wer wurde zum Ortsbrandmeister ernannt?") == AnswerKind.NAME
    assert not holds_answer_kind(AnswerKind.NAME, "Frau Katja Reck wurde 2019 gewählt.", question)
    assert holds_answer_kind(AnswerKind.NAME, "Für sie rückt Herr Jonas Maier nach.", question)


def test_a_keyword_query_naming_a_level_or_fee_asks_for_money() -> None:
    from assistant.query.facts import expected_answer
    from assistant.vocab import AnswerKind

    assert expected_answer("Abwassergebühr neue Höhe pro Kubikmeter") == AnswerKind.MONEY
    # a fee alone names the topic ("how is the fee regulated"), not a request for its amount
    assert expected_answer("Lautertal Urnengräber Gebühr Übergangsregelung") == AnswerKind.ANY
    assert expected_answer("Leipzig Einwohneranfrage Höhe baulicher Anlagen") == AnswerKind.ANY  # a thing's height
    assert expected_answer("Musterstadt Zuschuss Höhe Sportverein") == AnswerKind.MONEY
    assert expected_answer("Neubaugebiet Am Mühlbach Größe Hektar") == AnswerKind.AMOUNT
    assert expected_answer("Welchen Umfang hat der dritte Nachtrag zum Bauvertrag?") == AnswerKind.AMOUNT


def test_a_reason_or_how_far_a_matter_has_come_is_no_value() -> None:
    assert expected_answer("Warum konnte der Antrag nicht einfach mit abgestimmt werden?") == AnswerKind.ANY
    assert expected_answer("Wie weit war die Gemeinde 2003 mit den Grundstücken für junge Familien?") == AnswerKind.ANY
    assert expected_answer("Wie weit ist der Radweg von der Schule entfernt?") == AnswerKind.AMOUNT
    assert expected_answer("Wie weit sind die Verhandlungen mit dem Land inzwischen gediehen?") == AnswerKind.ANY
    assert expected_answer("Wie weit ist die Sanierung des Bahnhofs fortgeschritten?") == AnswerKind.ANY


def test_a_yes_no_question_with_a_verb_of_state_or_opinion_expects_no_decision() -> None:
    for question in (
        "Hält der Beckmann im Ortsrat was von diesen Tempo-Anzeigetafeln?",
        "Liegt in der Verbandsgemeinde ein Notfallplan für eine Gasmangellage vor?",
        "Wohnt in Nordheim grad jemand in der Obdachlosenunterkunft?",
    ):
        assert expected_answer(question) == AnswerKind.ANY, question
    assert expected_answer("Bekommt der Sportverein den Bolzplatz?") == AnswerKind.DECISION


def test_a_question_opened_by_any_auxiliary_or_modal_is_a_sentence_not_keywords() -> None:
    from assistant.query.facts import is_keyword_query

    for question in (
        "is der ausbau vom strandweg in elmenhorst jetzt abgelehnt oder nicht",  # "is" as people type "ist"
        "wird die Brücke am Mühlbach im Sommer gesperrt",
        "sollte der Kindergarten nicht erweitert werden",
        "gab es Einwände gegen den Bebauungsplan",
    ):
        assert not is_keyword_query(question), question
    assert is_keyword_query("Passau Glasfaserausbau Förderantrag")
    assert is_keyword_query("Lauf an der Pegnitz Klimaschutzkonzept Ziel 2030")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "hat … auf" (is open): a state, not a decision; any passage on it may answer
        ("Hat die Stadiongaststätte in Kirchdorf denn jetzt noch normal auf?", AnswerKind.ANY),
        ("Hat die Gemeinde Lindenau einen eigenen Bauhof?", AnswerKind.ANY),
        # a body that did something, whatever the verb
        ("Hat der Gemeinderat die Parkgebühren hochgesetzt?", AnswerKind.DECISION),
        ("Wurde im Bauausschuss die Ampel am Markt versetzt?", AnswerKind.DECISION),
        ("Beschließt der Rat heute die Satzung?", AnswerKind.DECISION),
        # votes against, abstentions, unanimity: the vote
        ("Gab es beim Friedhof in Lindenau Gegenstimmen?", AnswerKind.VOTE),
        ("War der Beschluss zur Friedhofssatzung einstimmig?", AnswerKind.VOTE),
        ("Ist die Satzung durch? Gab's da Enthaltungen?", AnswerKind.VOTE),
        # how the vote went, with words between the verb and the vote
        ("Wie ging in Lindenau die Abstimmung über den Friedhof aus?", AnswerKind.VOTE),
        ("Wie ist die Abstimmung zum Bebauungsplan Nord ausgegangen?", AnswerKind.VOTE),
        ("Wie war die Stimmung vor der Abstimmung?", AnswerKind.ANY),
    ],
)
def test_what_a_yes_no_question_asks_for(question: str, kind: AnswerKind) -> None:
    assert expected_answer(question) == kind


def test_a_question_reported_in_the_lead_in_is_not_asked() -> None:
    # the lead-in reports what a member wanted to know; the question proper asks what was promised
    asked = (
        "Stadtverordneter Benden wollte wissen, wie viele Geschäftsleute sich nicht an der Beleuchtung beteiligen. "
        "Was hat der Bürgermeister ihm daraufhin zugesagt?"
    )
    assert expected_answer(asked) == AnswerKind.ANY
    assert expected_answer("Wie viele Geschäftsleute beteiligen sich nicht an der Beleuchtung?") == AnswerKind.AMOUNT


def test_a_decision_reached_in_other_words_holds_a_decision() -> None:
    from assistant.query.facts import holds_answer_kind

    assert holds_answer_kind(AnswerKind.DECISION, "Man kommt zu dem Entschluss, dass nur ein Behälter angeschafft wird.")
    assert holds_answer_kind(AnswerKind.DECISION, "Der Stadtrat hat einen Zuschuss von 30.300 Euro bewilligt.")
    assert not holds_answer_kind(AnswerKind.DECISION, "Frau Riedel schlägt vor, einen Behälter aufzustellen.")


def test_an_agenda_number_is_no_amount() -> None:
    from assistant.query.facts import holds_answer_kind

    asked = "In welcher Höhe wurden die Spenden beziffert?"
    assert not holds_answer_kind(AnswerKind.AMOUNT, "Ö 5.4 Genehmigung der Annahme von Spenden", asked)
    assert not holds_answer_kind(AnswerKind.AMOUNT, "N 3 Grundstücksangelegenheiten", asked)
    assert holds_answer_kind(AnswerKind.AMOUNT, "Es gingen 14 Spenden ein.", asked)


def test_a_firm_written_fa_is_who_acts() -> None:
    text = "Die Anwohner werden bei Einschränkungen seitens der Fa. Schnorr rechtzeitig informiert."
    assert holds_answer_kind(AnswerKind.PERSON, text)
    assert not holds_answer_kind(AnswerKind.PERSON, "Die Anwohner werden rechtzeitig informiert.")


def test_a_vote_told_as_votes_received_a_period_as_time_and_members_of_a_board_as_who() -> None:
    """"42 von 45 möglichen Stimmen" tells a tally; "für die nächste Wahlperiode" a time; "drei Mitglieder des
    Gemeindevorstandes" who (own sentences)."""
    assert holds_answer_kind(AnswerKind.TALLY, "In geheimer Wahl erhielt Frau Lenz 31 von 37 abgegebenen Stimmen.")
    assert holds_answer_kind(AnswerKind.TALLY, "Auf ihn entfielen 12 gültige Stimmen.")
    assert not holds_answer_kind(AnswerKind.TALLY, "Die Stimmen werden morgen ausgezählt.")
    assert holds_answer_kind(AnswerKind.DATE, "Das Thema soll in der nächsten Legislaturperiode beraten werden.")
    assert not holds_answer_kind(AnswerKind.DATE, "Das Thema soll weiter beraten werden.")
    assert holds_answer_kind(AnswerKind.PERSON, "An der Umfrage nahmen zwei Mitglieder des Magistrats teil.")


def test_a_yes_no_question_about_a_persons_own_step_expects_no_decision() -> None:
    assert expected_answer("Tritt der Bürgermeister von Gutach nochmal an?") == AnswerKind.ANY
    assert expected_answer("Erfährt man in Billerbeck noch was über die Konferenz?") == AnswerKind.ANY
    assert expected_answer("Kriegt der Sportverein seinen Bolzplatz?") == AnswerKind.DECISION



def test_a_full_date_s_year_is_no_amount() -> None:
    sentence = "Bis 30.09.2015 muss der Vertrag erfüllt sein, sonst droht eine Vertragsstrafe."
    assert not holds_answer_kind(AnswerKind.AMOUNT, sentence, "Wie hoch ist die Vertragsstrafe in Lindenau?")


def test_an_office_named_by_a_compound_before_a_name_is_who() -> None:
    """"Der Kämmerer der Verbandsgemeinde, Paul Hahn, …", "Fraktionssprecherin Eva Roth", "Hauptamtsleiter Ziegler"
    (own sentences): an office word of the usual compounds names the person who acts."""
    from assistant.query.facts import holds_answer_kind

    assert holds_answer_kind(AnswerKind.PERSON, "Der Kämmerer der Verbandsgemeinde, Paul Hahn, erläuterte die Zahlen.")
    assert holds_answer_kind(AnswerKind.PERSON, "Das habe Fraktionssprecherin Eva Roth beantragt.")
    assert holds_answer_kind(AnswerKind.PERSON, "Hauptamtsleiter Ziegler stellte die Satzung vor.")
    assert not holds_answer_kind(AnswerKind.PERSON, "Die Zahlen wurden erläutert und die Satzung vorgestellt.")


def test_a_count_of_one_side_of_a_vote_needs_that_side_s_count() -> None:
    """"Wie viele haben gegen … gestimmt?", "Gegenstimmen Anzahl" ask for the votes against; "die Fraktion X stimmte
    dagegen" does not count them, "drei Ratsmitglieder stimmten dagegen" does (own sentences)."""
    against = "Wie viele Gemeinderäte haben gegen die neue Hundesteuer gestimmt?"
    assert expected_answer(against) == AnswerKind.TALLY
    assert expected_answer("Musterstadt Hundesteuer Gegenstimmen Anzahl") == AnswerKind.TALLY
    assert expected_answer("Wie knapp war es, also wie viele waren dafür und wie viele dagegen?") == AnswerKind.TALLY
    said = "Für den Antrag stimmten acht Räte, zwei enthielten sich, die Fraktion der Linken stimmte dagegen."
    assert not holds_answer_kind(AnswerKind.TALLY, said, against)
    assert holds_answer_kind(AnswerKind.TALLY, "Drei Ratsmitglieder stimmten dagegen.", against)
    assert holds_answer_kind(AnswerKind.TALLY, "Der Antrag wurde gegen zwei Stimmen angenommen.", against)
    assert holds_answer_kind(AnswerKind.TALLY, "Der Antrag wurde einstimmig angenommen.", against)


def test_counts_of_each_side_told_in_the_words_of_a_report() -> None:
    """Own sentences in the shapes of press reports and portal excerpts."""
    both = "Mit wie vielen Ja- und Nein-Stimmen beschloss der Rat die neue Satzung?"
    assert holds_answer_kind(AnswerKind.TALLY, "Am Ende stimmten 14 dafür, zwei dagegen.", both)
    against = "Musterstadt Satzung Gegenstimmen"
    assert holds_answer_kind(AnswerKind.TALLY, "Mit Gegenstimmen der Linken (2 Stimmen) angenommen", against)
    assert holds_answer_kind(
        AnswerKind.TALLY, "Elf Vertreter der SPD und der Grünen stimmten dagegen.", against
    )
    abstained = "Wie viele Enthaltungen gab es bei der Satzung?"
    assert holds_answer_kind(AnswerKind.TALLY, "Zwei Mitglieder der FDP-Fraktion enthielten sich.", abstained)
    assert holds_answer_kind(AnswerKind.TALLY, "Die Satzung wurde bei drei Enthaltungen beschlossen.", abstained)
    assert not holds_answer_kind(AnswerKind.TALLY, "Die Fraktion der Linken enthielt sich.", abstained)


def test_a_body_resolving_in_the_present_is_a_decision_taken_in_minutes_only() -> None:
    """A portal's excerpt writes the adopted text in the present ("Der Gemeinderat Musterdorf beschließt, …"); a
    proposal writes its draft so (own sentences)."""
    from assistant.query.facts import decided_in

    text = "Der Gemeinderat Musterdorf beschließt, die Straßenbeleuchtung auf LED-Leuchten umzustellen."
    assert decided_in(text, "excerpt")
    assert decided_in(text, "minutes")
    assert not decided_in(text, "proposal")


def test_a_yes_no_question_about_a_thing_expects_no_decision() -> None:
    assert expected_answer("Macht das Freibad in Musterstadt diesen Sommer noch auf?") == AnswerKind.ANY
    assert expected_answer("Schließt die Schwimmhalle im Winter?") == AnswerKind.ANY
    assert expected_answer("Baut die Stadt Musterstadt eine neue Kita?") == AnswerKind.DECISION
    assert expected_answer("Verlängert der Rosenheimer Stadtrat den Vertrag?") == AnswerKind.DECISION


def test_a_name_under_an_attendance_label_is_who() -> None:
    assert holds_answer_kind(AnswerKind.PERSON, "Entschuldigt: Karl Berger")
    assert not holds_answer_kind(AnswerKind.PERSON, "Die Sitzung beginnt um 19 Uhr.")


def test_several_sides_of_a_vote_need_each_count() -> None:
    """"Wie viele Ja- und Nein-Stimmen …?" is not answered by "einstimmig" alone, "stimmten für" asks the votes for
    (own sentences)."""
    both = "Wie viele Ja- und Nein-Stimmen gab es bei der Genehmigung der Niederschrift?"
    assert not holds_answer_kind(AnswerKind.TALLY, "Die Niederschrift wird einstimmig genehmigt.", both)
    assert holds_answer_kind(AnswerKind.TALLY, "Die Niederschrift wird mit 12 Ja und 0 Nein genehmigt.", both)
    assert holds_answer_kind(AnswerKind.TALLY, "Abstimmung: JA-Stimmen:10 NEIN-Stimmen:1 Enthaltungen:0", both)
    asked_for = "Wie viele Mitglieder stimmten für die Vertagung?"
    assert expected_answer(asked_for) == AnswerKind.TALLY
    assert not holds_answer_kind(AnswerKind.TALLY, "Die Vertagung wurde mit 3 Gegenstimmen beschlossen.", asked_for)
    assert expected_answer("Musterstadt Freibad Stimmen dafür dagegen") == AnswerKind.TALLY


def test_a_count_with_its_multiplier_a_member_with_a_party_and_a_deferral() -> None:
    # own sentences: "24 x ja" counts a side; "Horst Lenz (Grüne)" names a person; "verschoben" is an outcome
    from assistant.query.facts import holds_answer_kind
    from assistant.vocab import AnswerKind

    tally = "Mit 24 x ja, 12 x nein und 4 Enthaltungen wurde Erna Wolf als Vorsteherin bestätigt."
    assert holds_answer_kind(AnswerKind.TALLY, tally, "Wie viele Ja-Stimmen bekam Erna Wolf in Waldbach?")
    assert holds_answer_kind(AnswerKind.NAME, "Gewählt wurde Horst Lenz (Grüne) mit 30 Stimmen.", "Wer wurde gewählt?")
    deferred = "Der Investitionsplan wurde auf Antrag der CDU in die kommende Sitzung verschoben."
    assert holds_answer_kind(AnswerKind.DECISION, deferred, "Haben die den Investitionsplan durchgewunken?")


def test_a_rate_in_words_a_labelled_count_and_a_compound_office() -> None:
    # own sentences: "vier Prozent" is a rate; "Anzahl der Mitglieder: 19" a count; a Kreispräsident a person
    question = "Welche Senkung in Prozent forderten die Bürgermeister?"
    assert holds_answer_kind(AnswerKind.RATE, "Sie forderten eine Senkung um vier Prozent.", question)
    counted = "Gesetzliche Anzahl der Mitglieder des Ortsrates: 19"
    assert holds_answer_kind(AnswerKind.AMOUNT, counted, "Wie viele Mitglieder hat der Ortsrat?")
    assert not holds_answer_kind(AnswerKind.AMOUNT, "Beginn: 19:30", "Wie viele Mitglieder hat der Ortsrat?")
    # own sentence: the number of seats a proposal sets
    proposal = "Dieser sah vor, die Anzahl der Sitze im Gemeinderat auf 40 zu begrenzen und Wohnbezirke zusammenzulegen."
    assert holds_answer_kind(AnswerKind.AMOUNT, proposal, "Wie viele Sitze sollte der Gemeinderat höchstens haben?")
    assert not holds_answer_kind(AnswerKind.AMOUNT, "Die Anzahl der Sitze soll begrenzt werden.", "Wie viele Sitze?")
    who = "Wer leitete die Sitzung des Kreistages?"
    assert holds_answer_kind(AnswerKind.PERSON, "Kreispräsidentin Lorenz eröffnet die Sitzung.", who)
    assert holds_answer_kind(AnswerKind.PERSON, "Amtsdirektor Kühl erläutert den Haushalt.", who)


def test_the_next_session_of_a_named_body_is_a_time() -> None:
    """"in der nächsten Hauptausschusssitzung" answers "wann", as "in der nächsten Sitzung" does (own sentence)."""
    assert holds_answer_kind(AnswerKind.DATE, "Es wird in der nächsten Bauausschusssitzung weiter berichtet.")


def test_a_person_named_in_brackets_after_the_office_answers_who() -> None:
    # own sentence: "Wer ist Wehrführer geworden?" over a report that names him in brackets
    question = "Wer ist in Nordorf jetzt Wehrführer geworden?"
    sentence = "Die Zustimmung zur Wahl des Wehrführers (Jan Petersen) erfolgte einstimmig!"
    assert holds_answer_kind(expected_answer(question), sentence, question)
