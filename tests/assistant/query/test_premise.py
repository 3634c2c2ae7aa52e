"""Premises a question takes for granted, and passages that only announce what it asks about."""

from __future__ import annotations

import pytest

from assistant.query.premise import (
    AGAINST,
    DIVIDED,
    FOR,
    OPPOSED,
    UNANIMOUS,
    asks_later_outcome,
    contradicts,
    later_state_unreported,
    presupposed_outcome,
    presupposed_stance,
    presupposed_vote,
)
from assistant.query.reported import announces, defers, reports_result
from assistant.vocab import DecisionOutcome


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Warum wurde der Neubau beschlossen?", DecisionOutcome.ADOPTED),
        (
            "Warum haben die den Antrag beschlossen, obwohl die CDU nicht beraten hatte?",
            DecisionOutcome.ADOPTED,
        ),
        ("Wann werden die neuen Ortsbeiräte gewählt?", DecisionOutcome.ADOPTED),
        ("Aus welchen Gründen wurde die Beschlussfassung vertagt?", DecisionOutcome.ADJOURNED),
        ("Weshalb wurde der Antrag abgelehnt?", DecisionOutcome.REJECTED),
        ("Wurde der Neubau beschlossen?", None),
        ("Warum wurde der Neubau nicht beschlossen?", None),
        ("Was hat der Rat zum Neubau gesagt?", None),
        # finite verbs of a body's decision
        ("Aus welchen Gründen lehnte der Kreistag den Antrag der Linken ab?", DecisionOutcome.REJECTED),
        ("Warum vertagte der Bauausschuss die Entscheidung über den Bebauungsplan?", DecisionOutcome.ADJOURNED),
        ("Weshalb verwies der Rat den Antrag in den Finanzausschuss?", DecisionOutcome.REFERRED),
        ("Warum wurde die Satzung in den Ausschuss zurückverwiesen?", DecisionOutcome.REFERRED),
        ("Warum stimmte der Gemeinderat dem Neubau der Mensa zu?", DecisionOutcome.ADOPTED),
        ("Warum schickte der Rat den Antrag zur Hundewiese in die Fachausschüsse?", DecisionOutcome.REFERRED),
        # a sentence of context before the question (an abbreviation's point does not end it)
        (
            "Der Gemeinderat hat über den Glasfaserausbau beraten. Aus welchen Gründen wurde der Vertrag abgelehnt?",
            DecisionOutcome.REJECTED,
        ),
        ("Im Stadtrat Altdorf b. Nürnberg ging es um Altstraßen. Warum wurde die Besichtigung abgelehnt?", DecisionOutcome.REJECTED),
        ("Der Rat hat den Neubau beschlossen. Wer baut ihn?", None),
    ],
)
def test_presupposed_outcome(question: str, expected: DecisionOutcome | None) -> None:
    assert presupposed_outcome(question) == expected


def test_a_rejection_or_adjournment_contradicts_an_adoption() -> None:
    adopted = DecisionOutcome.ADOPTED
    assert contradicts(adopted, ["abgelehnt"]) == "abgelehnt"
    assert contradicts(adopted, ["vertagt"]) == "vertagt"
    assert contradicts(adopted, ["abgelehnt", "angenommen"]) == ""  # an amendment failed, the matter passed
    assert contradicts(adopted, []) == ""
    assert contradicts(DecisionOutcome.ADJOURNED, ["abgelehnt", "angenommen"]) == "abgelehnt"
    assert contradicts(DecisionOutcome.ADJOURNED, ["vertagt"]) == ""


def test_later_outcomes_and_announcements() -> None:
    assert asks_later_outcome("Hat der Rat die Satzung im Dezember 2022 dann beschlossen?")
    assert asks_later_outcome("Wie hat der Kreistag in der Oktober-Sitzung entschieden?")
    assert not asks_later_outcome("Was hat der Rat beschlossen?")
    assert not asks_later_outcome("Welche Variante wurde am Ende beschlossen?")
    assert announces("Der Ausschuss empfiehlt dem Rat folgenden Beschluss.")
    assert announces("Der Ortstermin wird im Monat Oktober stattfinden.")
    assert announces("In einer der nächsten Sitzungen soll darüber entschieden werden.")
    assert not announces("Der Rat beschließt die Satzung einstimmig.")


def test_a_following_session_or_a_renewed_deliberation_is_later_and_a_deferral_leaves_it_open() -> None:
    assert asks_later_outcome("Welches Fahrzeug hat der Gemeinderat in der Folgesitzung gekauft?")
    assert asks_later_outcome("Was hat der Vorstand bei der erneuten Beratung über die Brücke entschieden?")
    assert not asks_later_outcome("Was hat der Vorstand bei der Beratung über die Brücke entschieden?")
    assert defers("Dieser Tagesordnungspunkt wird auf eine der nächsten Sitzungen vertagt.")
    assert defers("- der TOP 13a ist zurückgestellt")
    assert not defers("Der Rat beschließt die Satzung einstimmig.")
    deferred = "Der Antrag wurde im Mai durch mehrheitlichen Beschluss vertagt."
    assert not defers(deferred, "Warum wurde der Antrag im Mai zunächst nicht entschieden?")



def test_an_event_asked_as_in_fact_or_after_all_done_and_a_conditional_possibility() -> None:
    """"tatsächlich", "doch noch" ask after the documents' event; "Wenn X zustimmt, können … werden" only names a
    possible later event."""
    assert asks_later_outcome("Hat der Planungsverband die Fläche tatsächlich als Vorranggebiet ausgewiesen?")
    assert asks_later_outcome("Wurden die Unterlagen doch noch veröffentlicht?")
    assert not asks_later_outcome("Wurden die Unterlagen veröffentlicht?")
    assert announces("Wenn der Eigentümer zustimmt, können die Pläne nachträglich veröffentlicht werden.")
    assert not announces("Die Pläne wurden nicht veröffentlicht, weil der Eigentümer nicht zustimmte.")


def test_other_ways_of_taking_an_adoption_for_granted() -> None:
    assert presupposed_outcome("Was kostet die beschlossene Sanierung?") == DecisionOutcome.ADOPTED
    assert (
        presupposed_outcome("Nachdem der Rat den Neubau beschlossen hat, wer baut ihn?")
        == DecisionOutcome.ADOPTED
    )
    assert presupposed_outcome("Was kostet die Sanierung?") is None
    assert asks_later_outcome("Wurde der Plan danach im Rat angenommen?")
    assert announces("Der Plan soll im Herbst dem Rat vorgelegt werden.")


def test_a_new_rule_is_taken_for_adopted() -> None:
    assert presupposed_outcome("Wie hoch ist die neue Hundesteuer?") == DecisionOutcome.ADOPTED
    assert presupposed_outcome("Ab wann gilt die Satzung?") == DecisionOutcome.ADOPTED
    assert presupposed_outcome("Ist die neue Hundesteuer beschlossen?") is None  # a yes/no question


def test_asked_time_and_documents_that_predate_it() -> None:
    from assistant.query.asked_time import asked_time, predates

    assert asked_time("Hat der Rat die Satzung im Dezember 2022 dann beschlossen?") == (2022, 12, None)
    assert asked_time("Wie ist der Kreistag in der Oktober-Sitzung 2023 damit umgegangen?") == (
        2023,
        10,
        None,
    )
    assert asked_time("Ist der Plan im Frühjahr 2023 beschlossen worden?") == (2023, 3, None)
    assert asked_time("Wannweil Bürgermeisterwahl 24.10.2010 Ergebnis") == (2010, 10, 24)
    assert asked_time("Wurde der Haushalt 2023 beschlossen?") is None  # a year in a name asks no time
    assert predates("2022-11-14", (2022, 12, None)) and predates("2010-06-17", (2010, 10, 24))
    assert not predates("2022-12-14", (2022, 12, None))
    assert not predates("", (2022, 12, None))  # no date: no judgement
    assert predates("2022-09-01", (None, 10, None)) and not predates("2022-11-01", (None, 10, None))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Warum fiel die Entscheidung über das Freibad so knapp aus?", DIVIDED),
        ("Weshalb war der Ausschuss beim Bebauungsplan derart gespalten?", DIVIDED),
        ("Warum wurde der Haushalt nicht einstimmig verabschiedet?", DIVIDED),
        ("Warum hat der Rat die Gebührensatzung ohne eine einzige Gegenstimme gebilligt?", UNANIMOUS),
        ("Wieso stimmte der Kreistag einstimmig für die Schulsanierung?", UNANIMOUS),
        ("Wer hat im Stadtrat gegen den Neubau der Feuerwache gestimmt?", OPPOSED),
        ("Welche Fraktion stimmte gegen den Haushalt 2024?", OPPOSED),
        # the voters named at length between the verb and "gegen"
        ("Aus welchen Gründen stimmten mehrere Mitglieder der Gemeindevertretung Lindenau gegen die Umfrage?", OPPOSED),
        ("Haushaltssatzung 2024 Gegenstimmen Gründe", OPPOSED),
        ("War die Abstimmung über das Freibad einstimmig?", ""),  # asks for the shape
        ("Wie viele Gegenstimmen gab es beim Haushalt?", ""),  # asks for the count
        ("Mit welcher Mehrheit wurde der Haushalt beschlossen?", ""),
        ("Warum wurde das Freibad geschlossen?", ""),
    ],
)
def test_presupposed_vote(question: str, expected: str) -> None:
    assert presupposed_vote(question) == expected


@pytest.mark.parametrize(
    ("question", "persons", "expected"),
    [
        (
            "Warum forderte Frau Brandt im Ortsrat eine Sondersitzung zum Radweg?",
            ["brandt"],
            (FOR, "sondersitzung"),
        ),
        ("Weshalb lehnte Herr Dr. Kühn den Antrag der Grünen ab?", ["kuhn"], (AGAINST, "antrag")),
        (
            "Warum war Ratsfrau Lenz in Oberweiler gegen die neue Parkordnung?",
            ["lenz"],
            (AGAINST, "parkordnung"),
        ),
        ("Warum stimmte Stadtrat Ohm der Sanierung zu?", ["ohm"], (FOR, "sanierung")),
        ("Warum hat Frau Brandt die Sondersitzung nicht unterstützt?", ["brandt"], None),  # negated
        ("Was forderte Frau Brandt?", ["brandt"], None),  # asks, takes nothing for granted
        # "Was hat X bewogen, …?" asks a reason as "Warum …?" does, and the side may stand in an infinitive
        (
            "Was hat Ratsfrau Lenz bewogen, für die Parkordnung zu stimmen?",
            ["lenz"],
            (FOR, "parkordnung"),
        ),
        ("Was hat Frau Brandt dazu gebracht, den Radweg abzulehnen?", ["brandt"], (AGAINST, "radweg")),
    ],
)
def test_presupposed_stance(question: str, persons: list[str], expected: tuple[str, str] | None) -> None:
    assert presupposed_stance(question, ["Stadt Oberweiler"], persons) == expected


def test_finite_verbs_with_a_person_tell_a_side_not_an_outcome() -> None:
    assert presupposed_outcome("Warum lehnte Herr Albers die Gebühren ab?", persons=True) is None
    assert presupposed_outcome("Warum lehnte der Rat die Gebühren ab?") == DecisionOutcome.REJECTED


def test_a_referral_is_contradicted_by_a_decision_taken() -> None:
    assert contradicts(DecisionOutcome.REFERRED, ["abgelehnt"]) == "abgelehnt"
    assert contradicts(DecisionOutcome.REFERRED, ["verwiesen"]) == ""


def test_finite_outcome_verbs_and_a_year_after_the_verb() -> None:
    from assistant.query.asked_time import asked_time
    from assistant.query.premise import asks_result

    assert asked_time("Wer hat 2025 die Wahl zum Ortsvorsteher in Lindenhagen gewonnen?") == (2025, None, None)
    assert asked_time("Was kostet der Haushalt 2025?") is None  # a year in a name
    assert asks_result("Wie entschied der Rat über die Einsprüche?")
    assert asks_result("Wie endete das Normenkontrollverfahren gegen den Bebauungsplan?")
    assert asks_result("Wer hat die Wahl gewonnen?")
    assert not asks_result("Wer sprach zuletzt, und um wie viel Uhr endete die öffentliche Sitzung?")  # a time


def test_a_step_that_took_place_reports_a_result() -> None:
    assert reports_result("Die Streichung des Ersatztermins erfolgte zwar, doch ohne Begründung.")
    assert not reports_result("Die Streichung soll in der nächsten Sitzung erfolgen.")


def test_members_voting_against_or_for_report_a_result() -> None:
    assert reports_result("Räte stimmen gegen Bürgermeister Kurz")
    assert reports_result("Die Stadträte stimmten mit großer Mehrheit für den Vorschlag.")
    assert not reports_result("Über den Antrag soll in der nächsten Sitzung abgestimmt werden.")


def test_a_close_vote_taken_for_granted_in_everyday_words() -> None:
    assert presupposed_vote("wieso ist in Nordheim die Tagesordnung eigentlich nur knapp durchgegangen?") == DIVIDED
    assert presupposed_vote("Warum kostet der Bau nur knapp 2 Millionen Euro?") == ""  # "knapp" before a number


def test_later_outcomes_asked_with_everyday_verbs_and_states() -> None:
    assert asks_later_outcome("Wie ist die Seniorenweihnachtsfeier in Nordheim dann gelaufen?")
    assert asks_later_outcome("Der Rat ließ sich ein Nahwärmenetz vorstellen. Seit wann ist das Netz in Betrieb?")
    assert asks_later_outcome("Der Bürgermeister wollte die Hochschule anfragen. Hat sie dann zugesagt?")
    assert not asks_later_outcome("Wer hat in Nordheim zugesagt, das Anliegen zu klären?")  # the promise itself


def test_a_state_reached_later_must_be_reported_by_the_passage() -> None:
    from assistant.query.premise import later_state_unreported

    asked = "Der Bürgermeister wollte die Hochschule anfragen. Hat sie dann zugesagt?"
    assert later_state_unreported(asked, "Der Bürgermeister wird die Hochschule anfragen.")
    assert not later_state_unreported(asked, "Die Hochschule hat ihre Mitarbeit zugesagt.")
    assert later_state_unreported("Seit wann ist das Nahwärmenetz in Betrieb?", "Das Konzept wurde vorgestellt.")
    # a month, no "dann": the documents' own time, not a later one
    assert not later_state_unreported("Haben die in Nordheim die Märkte im Dezember 2020 abgesagt?", "…")


def test_asking_how_close_a_vote_was_takes_a_close_vote_for_granted() -> None:
    assert presupposed_vote("Wie knapp war im Ortsrat die Mehrheit für die Tempo-Anzeigen?") == DIVIDED
    assert presupposed_vote("Wie deutlich war die Mehrheit für die Tempo-Anzeigen?") == ""


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Was hat RM Peters bewogen, für die Satzung zu stimmen?", ["peters"]),
        ("Warum lehnte Rh. Hebbel den Antrag ab?", ["hebbel"]),
        ("Wieso war Stv. Knak gegen die Vorlage?", ["knak"]),
        ("Warum stimmte Kreistagsabgeordneter Wiebe dagegen?", ["wiebe"]),
        ("Was kündigte Oberbürgermeister Leibe an?", ["leibe"]),
    ],
)
def test_a_member_named_by_a_short_title_is_a_person(question: str, names: list[str]) -> None:
    from assistant.query.understand import understand

    assert understand(question).names == names


def test_the_majority_a_motion_prevailed_with_takes_its_adoption_for_granted() -> None:
    assert presupposed_outcome("Mit welcher Mehrheit setzte sich der Antrag von Herrn Ott durch?", True) == "angenommen"
    assert presupposed_outcome("Mit welcher Mehrheit wurde die Satzung beschlossen?") == "angenommen"
    assert presupposed_outcome("Mit welcher Mehrheit wurde abgestimmt?") is None


def test_a_decision_asked_in_one_part_of_a_two_part_question() -> None:
    from assistant.query.premise import asks_result

    assert asks_result("Hat der Gemeinderat den Anbau der Kita beschlossen, und was soll das kosten?")
    assert not asks_result("Was soll der Anbau der Kita kosten?")
    assert not asks_result("Wann endete die Sanierung, und was soll sie gekostet haben?")  # no decision asked


def test_a_meeting_asked_for_mid_month_lies_after_a_session_on_the_first() -> None:
    from assistant.query.asked_time import asked_time, predates
    from assistant.query.premise import asks_outcome

    question = "Was wurde beim Gespräch mit dem Sportverein Mitte Oktober 2031 vereinbart?"
    assert asks_outcome(question)  # what a meeting agreed is its outcome
    assert asked_time(question) == (2031, 10, 15)
    assert predates("2031-10-02", (2031, 10, 15)) and not predates("2031-10-20", (2031, 10, 15))
    assert asked_time("Was hat der Rat Ende März 2030 entschieden?") == (2030, 3, 25)
    assert asked_time("Was hat der Rat im März 2030 entschieden?") == (2030, 3, None)


def test_a_state_reached_in_the_end_is_asked_as_later() -> None:
    from assistant.query.premise import asks_later_outcome, later_state_unreported

    question = "Hat der Schützenverein am Ende den Zuschuss für das Vereinsheim bekommen?"
    assert asks_later_outcome(question)
    assert later_state_unreported(question, "Der Vorsitzende will beim Land einen Zuschuss beantragen.")
    assert not later_state_unreported(question, "Der Verein erhält einen Zuschuss von 5.000 Euro.")
    assert not asks_later_outcome("Welche Variante wurde am Ende beschlossen?")  # the session's own end


def test_a_rejection_said_as_zurueckgewiesen_is_presupposed() -> None:
    assert presupposed_outcome("Warum hat der Rat den Antrag auf einen Zebrastreifen zurückgewiesen?") == (
        DecisionOutcome.REJECTED
    )
    assert presupposed_outcome("Weshalb wies der Ausschuss den Bauantrag zurück?") == DecisionOutcome.REJECTED
    from assistant.query.premise import AGAINST, presupposed_stance

    assert presupposed_stance("Warum wies Herr Maier den Antrag auf einen Zebrastreifen zurück?", (), ["maier"]) == (
        AGAINST,
        "antrag",
    )


def test_refusals_and_admissions_are_presupposed_outcomes() -> None:
    assert presupposed_outcome("Warum hat der Markt das Einvernehmen für die Windräder verweigert?") == (
        DecisionOutcome.REJECTED
    )
    assert presupposed_outcome("Warum versagte der Bauausschuss das Einvernehmen?") == DecisionOutcome.REJECTED
    assert presupposed_outcome("Warum wurde das Bürgerbegehren doch zugelassen?") == DecisionOutcome.ADOPTED
    assert presupposed_outcome("Weshalb ist der Kreistag dem Vorstoß der Fraktion gefolgt?") == DecisionOutcome.ADOPTED


def test_a_postponed_item_contradicts_a_rejection_taken_for_granted() -> None:
    from assistant.query.premise import contradicts

    assert contradicts(DecisionOutcome.REJECTED, ["vertagt"]) == "vertagt"
    assert contradicts(DecisionOutcome.REJECTED, ["zur Kenntnis genommen"]) == ""


def test_a_party_taken_to_have_voted_for_is_a_vote_premise() -> None:
    from assistant.query.premise import SUPPORTED, presupposed_vote

    assert presupposed_vote("Mit welcher Begründung hat die SPD-Fraktion dem Bebauungsplan zugestimmt?") == SUPPORTED
    assert presupposed_vote("Warum hat der Rat dem Bebauungsplan zugestimmt?") == ""  # no party: the outcome's premise


def test_only_the_first_part_of_a_two_part_question_asks_for_a_later_outcome() -> None:
    vote_first = "Wie ging die Abstimmung über die Redezeit aus, und wurde die Tagesordnung danach genehmigt?"
    later_first = "Wurde die Tagesordnung danach genehmigt, und wie ging die Abstimmung über die Redezeit aus?"
    assert not asks_later_outcome(vote_first)
    assert asks_later_outcome(later_first)


def test_a_body_s_own_acts_and_a_broad_majority_take_an_adoption_for_granted() -> None:
    broad = "Warum hat der Rat die Resolution mit breiter Mehrheit unterstützt?"
    assert presupposed_outcome(broad) == DecisionOutcome.ADOPTED
    assert presupposed_outcome("Warum wurde der Zuschuss für den Heimatverein gestrichen?") == DecisionOutcome.ADOPTED
    assert presupposed_outcome("Wieso hat die Stadt die Parkgebühren raufgesetzt?") == DecisionOutcome.ADOPTED
    assert presupposed_vote("Wieso haben eigentlich alle im Stadtrat für die neue Halle gestimmt?") == UNANIMOUS


def test_a_change_of_size_asked_why_takes_the_change_as_adopted() -> None:
    # own sentences: the council's act named by its participle ("verkleinert", "übernommen")
    assert presupposed_outcome("Warum hat Waldbach seinen Gemeinderat von 20 auf 18 Sitze verkleinert?") == (
        DecisionOutcome.ADOPTED
    )
    assert presupposed_outcome("Wieso hat der Ausschuss die Vorschläge der SPD übernommen?") == DecisionOutcome.ADOPTED
    assert presupposed_outcome("Wurde der Gemeinderat verkleinert?") is None  # a yes/no question takes nothing


def test_a_session_named_by_its_month_in_one_word_and_a_day_with_its_month_name() -> None:
    # own questions: "Januarsitzung" without a hyphen, "am 12. Juli" without a year
    from assistant.query.asked_time import asked_time

    assert asked_time("Wie hat der Rat in seiner Januarsitzung 2019 über die Satzung entschieden?") == (2019, 1, None)
    assert asked_time("Wie hat der Rat am 12. Juli über den Zuschuss entschieden?") == (None, 7, 12)
    assert asked_time("Was kostet die Sanierung der Juliusstraße?") is None


def test_a_thing_still_awaited_that_the_question_names() -> None:
    # own sentences: the answer asked for is still awaited; an awaited thing the question does not name is no answer
    from assistant.query.reported import still_pending

    text = "Anfrage der FWG zur Kreisstraße: Die Stellungnahme des Landkreises steht noch aus. Der Bauhof mäht im Mai."
    assert still_pending(text, ("landkreis", "stellungnahm"))
    assert not still_pending(text, ("bauhof", "maeh"))
    assert not still_pending("Die Stellungnahme des Landkreises liegt vor.", ("landkreis",))


def test_a_letter_only_commissioned_leaves_the_answer_to_it_pending() -> None:
    # own sentences: the reply to a letter that was only commissioned cannot be in the minutes
    from assistant.query.reported import still_pending

    text = "Die Kreisumlage war Thema. Meier wurde beauftragt, einen Brief an den Landrat zu schreiben."
    assert still_pending(text, ("brief", "landrat"))
    assert still_pending("Ein Schreiben an das Ministerium soll verfasst werden.", ("schreiben",))
    assert not still_pending("Meier hat den Brief an den Landrat geschrieben.", ("brief",))


def test_a_report_promised_for_later_leaves_what_was_reported_pending() -> None:
    # own sentences: "Was hat der Stadtdirektor dem Rat berichtet?" when he is only to report
    from assistant.query.reported import still_pending

    text = "Das weitere Verfahren wird der Stadtdirektor mit dem Landkreis erörtern und den Rat zeitnah darüber in Kenntnis setzen."
    assert still_pending(text, ("verfahr",))
    assert still_pending("Die Verwaltung wird den Ausschuss schriftlich informieren.", ("ausschuss",))
    assert not still_pending("Der Stadtdirektor hat den Rat über das Verfahren in Kenntnis gesetzt.", ("verfahr",))
    assert not still_pending("Der Kämmerer wird heute über den Haushalt berichten.", ("haushalt",))


@pytest.mark.parametrize(
    "question",
    [
        "mit wie vielen stimmen ist in lohberg durchgegangen, dass schon zwölfjährige anträge unterschreiben dürfen?",
        "Mit wie vielen Stimmen wurde der Umbau der Turnhalle in Lohberg abgesegnet?",
        "warum wurde der neue spielplatz in lohberg einfach durchgewunken?",
    ],
)
def test_an_adoption_said_in_everyday_words_is_taken_for_granted(question: str) -> None:
    assert presupposed_outcome(question) == DecisionOutcome.ADOPTED


def test_a_later_session_or_recess_asked_with_its_result() -> None:
    assert asks_later_outcome("was kam bei der sondersitzung nach den sommerferien zu top 13 raus?")
    assert asks_later_outcome("Wurde der Bebauungsplan nach der Oktobersitzung beschlossen?")
    assert not asks_later_outcome("Was kam bei der Sitzung raus?")


def test_an_act_only_intended_does_not_report_it_done() -> None:
    """Session 43: "beabsichtigt …, das Einvernehmen zu ersetzen" announces the act; asked whether it happened
    meanwhile, the passage holds no answer. The act told as done does."""
    question = "Hat das Landratsamt das Einvernehmen der Gemeinde für den Stall inzwischen tatsächlich ersetzt?"
    intended = "Das Landratsamt teilt mit, dass beabsichtigt ist, das gemeindliche Einvernehmen zu ersetzen."
    assert later_state_unreported(question, intended)
    assert not later_state_unreported(question, "Das Landratsamt hat das gemeindliche Einvernehmen ersetzt.")

