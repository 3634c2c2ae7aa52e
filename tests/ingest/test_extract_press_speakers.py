"""Speakers the way press reports of council sessions write them (own sentences): first and last name without an
office, then the surname alone; a verb that only utters a noun of evaluation ("meldete Bedenken an", "hatte
Zweifel", "sprach sich gegen … aus"); a separable particle closing a clause whose objects are joined by "und"; a
speaker recalling what a body once did ("…, dass der Rat solche Anträge schon abgelehnt habe") is no chair
announcing a result; and a motion withdrawn in the past tense ("zog den Antrag zurück") is a decision."""

from __future__ import annotations

import pytest

from tests.ingest.extract_helpers import minutes, said


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Petra Schulz meldete Bedenken an, dass die Folgekosten beim Bürger hängen blieben.", "kritisiert"),
        ("Jan Vogt hatte Zweifel an der Finanzierung des Kunstrasens.", "kritisiert"),
        ("Ute Lang sprach sich gegen eine Bebauung der Streuobstwiese aus.", "lehnt ab"),
    ],
)
def test_a_first_and_last_name_with_a_verb_that_utters_an_evaluation(sentence: str, stance: str) -> None:
    found = said(f"TOP 4 Sportplatz\n\nDer Gemeinderat beriet über den Platz.\n\n{sentence}\n")
    assert [(p.person, p.stance) for p in found] == [(" ".join(sentence.split()[:2]), stance)]


def test_an_auxiliary_before_a_bare_capitalised_pair_is_no_speaker() -> None:
    found = minutes(
        "TOP 2 Spielplätze\n\nEinstimmig hat der Waldbacher Ortsrat beschlossen, eine Spielplatzkommission zu gründen.\n"
    )
    assert found.positions == []
    assert [d.outcome for d in found.decisions] == ["angenommen"]


def test_a_particle_after_objects_joined_by_und() -> None:
    found = said(
        "TOP 6 Freiflächen-Photovoltaik\n\nKarl Brenner hob die Einnahmen und die kurzen Leitungswege hervor, "
        "da das Umspannwerk nahe liege.\n"
    )
    assert [p.person for p in found] == ["Karl Brenner"]


def test_a_surname_alone_after_the_document_let_the_person_speak_by_full_name() -> None:
    found = said(
        "TOP 3 Windpark\n\nAnna Berg sprach sich für den Windpark am Hohen Kopf aus.\n\n"
        "Der Betreiber stellte die Planung vor.\n\nBerg verwies darauf, dass die Gemeinde an der Pacht beteiligt sei.\n"
    )
    assert [p.person for p in found] == ["Anna Berg", "Berg"]
    assert found[0].person_key == found[1].person_key


def test_recalling_a_rejection_is_no_chairing() -> None:
    found = said(
        "TOP 5 Bauvoranfrage\n\nMaria Huber machte darauf aufmerksam, dass der Rat solche Anträge auch schon "
        "abgelehnt habe.\n"
    )
    assert [(p.person, p.stance) for p in found] == [("Maria Huber", "stellt fest")]


def test_announcing_a_result_stays_chairing() -> None:
    found = said("TOP 5 Bauvoranfrage\n\nBürgermeister Roth stellt fest, dass der Antrag einstimmig angenommen ist.\n")
    assert found == []


def test_a_motion_withdrawn_in_the_past_tense() -> None:
    found = minutes(
        "TOP 7 Hundesteuer\n\nDie Fraktion beantragte eine Befreiung für Bedürftige. Fraktionssprecher Paul Kern zog "
        "den Antrag aber in der Sitzung zurück, da keine Mehrheit absehbar war.\n"
    )
    assert [d.outcome for d in found.decisions] == ["zurückgezogen"]


def test_a_dated_plan_cited_from_an_official_is_the_administration_s_task() -> None:
    found = minutes(
        "TOP 4 Radverkehr\n\nDer Radweg am Bach bekommt neue Markierungen. Laut Tiefbauamtsleiterin Karin Weiß sollen sie "
        "Anfang Mai aufgebracht werden.\n"
    )
    assert [(o.owner, o.due) for o in found.open_items] == [("Verwaltung", "Anfang Mai")]


def test_a_plan_a_member_cites_without_a_body_is_no_task() -> None:
    found = minutes("TOP 4 Radverkehr\n\nLaut Stadtrat Jonas Ebert sollen die Markierungen Anfang Mai aufgebracht werden.\n")
    assert found.open_items == []


def test_an_office_numbered_in_roman_figures() -> None:
    found = said("TOP 3 Kanal\n\nI. Beigeordneter Ortmann antwortete, dass die Schieber bald eingebaut würden.\n")
    assert [(p.person, p.role) for p in found] == [("Ortmann", "I. Beigeordneter")]


@pytest.mark.parametrize(
    ("sentence", "person", "stance"),
    [
        ('"Die Halle wird im Mai fertig", teilte Bürgermeisterin Lena Pohl mit.', "Lena Pohl", "informiert"),
        ('"Kommt der Markt wieder?" wollte Jonas Kern (FWG) wissen.', "Jonas Kern", "fragt an"),
    ],
)
def test_a_speaker_named_after_the_quote_with_a_particle_or_after_a_question(
    sentence: str, person: str, stance: str
) -> None:
    found = said(f"TOP 2 Stadthalle\n\nDer Rat beriet über die Halle.\n\n{sentence}\n")
    assert [(p.person, p.stance) for p in found] == [(person, stance)]


def test_consent_under_a_resolution_label_is_a_decision_and_a_possessive_is_no_verb() -> None:
    """"Es besteht Einverständnis, …" under "Beschluss:" resolves (Bavarian minutes); "in seinem Gesamtbestand (1617
    Leuchten)" names no speaker, so the sentence stays resolution text (own sentences)."""
    found = minutes(
        "TOP 6 Straßenbeleuchtung\n\nBeschluss:\n\nEs besteht Einverständnis, die Straßenbeleuchtung in seinem "
        "Gesamtbestand (980 Leuchten), wie vorgestellt, auf LED umzurüsten.\n\nIn den Haushaltsplänen 2025 und 2026 "
        "sind die entsprechenden Mittel einzuplanen.\n"
    )
    assert [d.outcome for d in found.decisions] == ["angenommen"]
    assert found.positions == []
    assert [o.owner for o in found.open_items] == ["Verwaltung"]


def test_a_party_after_the_name_without_brackets() -> None:
    found = said(
        "TOP 2 Haushalt\n\nEva Brandl FW lobte die vorsichtige Planung der Kämmerin.\n\n"
        "Bürgermeister Josef Kainz CSU fand die Klausur sehr konstruktiv.\n\nDie Sitzung TOP wurde eröffnet.\n"
    )
    assert [(p.person, p.faction) for p in found] == [("Eva Brandl", "FW"), ("Josef Kainz", "CSU")]


def test_whose_proposal_the_sentence_acts_on() -> None:
    found = said("TOP 8 Kommunalreform\n\nAuf Anregung von Ratsfrau Berger wird die Verwaltung die Zahlen nachreichen.\n")
    assert [(p.person, p.stance) for p in found] == [("Berger", "schlägt vor")]


def test_a_weekday_is_a_due_date() -> None:
    found = minutes("TOP 3 Erschließung\n\nDies soll die Verwaltung bis Mittwoch prüfen.\n")
    assert [(o.owner, o.due) for o in found.open_items] == [("Verwaltung", "bis Mittwoch")]


def test_a_known_surname_named_after_the_quote() -> None:
    # own press-style text: the full name once, then the surname after what they said ("…“, sagte X.")
    found = said(
        "TOP 3 Kita\n\nFraktionschefin Sabine Wetzlar beantragte, den Punkt zu vertagen. „Wir wissen noch nicht, "
        "was das Land zahlt“, sagte Wetzlar.\n\nDer Zuschuss reiche nicht, meint Kramer. "
        "Die Gebühren müssten sinken, entgegnet Dieter Olbrich. „Sonst ziehen die Familien weg“, so Olbrich weiter.\n"
    )
    people = [p.person for p in found]
    assert people.count("Wetzlar") == 1  # the quote after the motion
    assert "Dieter Olbrich" in people and "Olbrich" in people  # "entgegnet": the weak verb the dictionary misreads
    assert "Kramer" not in people  # never introduced: a bare surname alone names no speaker


def test_no_task_in_a_retroactive_act_a_pointer_to_the_papers_or_a_purpose() -> None:
    # own sentences: what a press report or resolution says that leaves nobody anything to do
    found = minutes(
        "TOP 5 Abwassergebühr\n\nDer Rat hat beschlossen, die Gebühr rückwirkend zum 1. Januar 2023 auf 3,10 Euro "
        "zu erhöhen. Damit sollen die gestiegenen Kosten der Kläranlage gedeckt werden.\n\n"
        "Das Nähere ist der Anlage zu entnehmen.\n\nDie Verwaltung wird beauftragt, die Bescheide bis März zu versenden.\n"
    )
    assert [item.quote for item in found.open_items] == [
        "Die Verwaltung wird beauftragt, die Bescheide bis März zu versenden."
    ]


def test_an_abbreviated_role_between_the_address_and_the_name() -> None:
    # own sentences: "sachkundige Einwohnerin", "sachkundiger Bürger", "Ausschussvorsitzender" abbreviated
    found = said(
        "TOP 2 Schulentwicklung\n\nDie Verwaltung stellt die Zahlen vor.\n\nFrau SKE Berger erklärte, eine "
        "Begrenzung der Zügigkeit würde sie bedauern.\n\nHerr SKB Yilmaz erläuterte, die Entscheidung gelte nur "
        "für ein Jahr.\n\nHerr AVors. Brandt bat um eine Übersicht der Anmeldezahlen.\n\nDas bestätigte Herr Meier. "
        "Frau Lang lehnt das ab.\n"
    )
    people = [p.person for p in found if p.person != "Verwaltung"]
    assert people == ["Frau Berger", "Herr Yilmaz", "Herr Brandt", "Herr Meier", "Frau Lang"]
    assert any("Herr AVors. Brandt bat" in p.quote for p in found)


def test_wanting_to_know_asks_by_surname_or_pronoun() -> None:
    # own sentences: a modal of wanting with "wissen" is a question, also after a known surname or a pronoun
    found = said(
        "TOP 6 Ordnungsdienst\n\nStadträtin Maria Kohl sagte, der Dienst sei nötig.\n\nKohl will wissen, wie der Dienst "
        "mit der Polizei zusammenarbeitet.\n\nRatsherr Brinkmann fragt nach den Kosten. Er würde gerne wissen, wer "
        "die Einsätze bezahlt.\n"
    )
    asked = [(p.person, p.stance) for p in found if p.stance == "fragt an"]
    assert ("Kohl", "fragt an") in asked
    assert any("Er würde gerne wissen" in p.quote for p in found if p.stance == "fragt an")


def test_the_addressee_before_a_long_passive_or_with_a_name_in_apposition() -> None:
    # own resolution sentences: the office addressed owns the task, not the administration at large
    found = minutes(
        "TOP 7 Grundstücksankauf\n\nDer Bürgermeister wird mit der Vorbereitung der notariellen Verträge beauftragt.\n\n"
        "Die Ortsvorsteherin, Anna Weber, wird bevollmächtigt, die Vereinbarung zu unterzeichnen.\n"
    )
    assert [item.owner for item in found.open_items] == ["Bürgermeister", "Ortsvorsteherin"]


def test_a_body_that_will_deliberate_owns_the_item() -> None:
    # own sentences: a body as the subject of a later deliberation, or deciding after a condition
    found = minutes(
        "TOP 8 Sporthalle\n\nDer Sportausschuss wird sich am 12. März mit den Angeboten befassen.\n\n"
        "Der Gemeinderat wird dann entscheiden, welches Dach gebaut wird.\n\nÜber den Kauf entscheidet der Ausschuss "
        "nach Vorliegen des Gutachtens.\n\nDer Gemeinderat wird heute nicht entscheiden.\n"
    )
    assert [item.owner for item in found.open_items] == ["Sportausschuss", "Gemeinderat", "Ausschuss"]


def test_a_request_in_the_past_or_reported_and_a_paper_asked_for() -> None:
    # own sentences: the tense of a request does not change that it is one; asking for the floor is none
    found = minutes(
        "TOP 9 Radwege\n\nDer Vorsitzende erläutert die Vorlage.\n\nHerr Vogt bat um Ergänzung der Übersicht um die "
        "Unfallzahlen.\n\nDaher bitte er den Bürgermeister, den Kreis anzuschreiben.\n\nHerr Kunz bat den "
        "Vorsitzenden um das Wort.\n\nFür Aktualisierungen bitte die Seite neu laden.\n"
    )
    assert [item.owner for item in found.open_items] == ["Verwaltung", "Bürgermeister"]


def test_a_body_referring_the_matter_actively() -> None:
    # own sentence: "verweist … an den Bauausschuss" is a referral; the negation guard once read any "verweist" as negated
    found = minutes("TOP 2 Parkplätze\n\nDer Rat berät.\n\nDer Ausschuss verweist die Angelegenheit an den Bauausschuss.\n")
    assert [item.owner for item in found.open_items] == ["Bauausschuss"]


def test_being_for_or_against_a_thing_is_a_stance() -> None:
    # own sentences: the copula with "für/gegen" and a noun phrase ending the clause; "für … zuständig" is none
    found = said(
        "TOP 5 Ampel\n\nDie Vorlage wird vorgestellt.\n\nHerr Graf ist gegen die Erhöhung.\n\nFrau Lenz ist klar für "
        "eine Ampel.\n\nHerr Otto ist für die Umsetzung zuständig.\n"
    )
    assert [(p.person, p.stance) for p in found] == [("Herr Graf", "lehnt ab"), ("Frau Lenz", "befürwortet")]


def test_a_law_cited_or_the_place_of_an_office_is_no_speaker() -> None:
    # own sentences: "Laut …gesetz" cites a law; "Oberbürgermeister von Waldbach" names the office's town
    found = said(
        "TOP 4 Feuerwehr\n\nDie Vorlage wird vorgestellt.\n\nLaut Brandschutzgesetz Niedersachsen werden die Wehrführer "
        "von den Einsatzkräften vorgeschlagen.\n\nOberbürgermeister von Waldbach schlägt vor, die Sitzung zu vertagen."
        "\n\nBürgermeister von den Driesch stimmt zu.\n\nStadtrat Jung lehnt ab.\n"
    )
    assert [p.person for p in found] == ["von den Driesch", "Jung"]


def test_a_recess_is_the_time_of_a_task() -> None:
    # own sentence: a gerundive with "nach der Sommerpause" is a dated task for the administration
    found = minutes(
        "TOP 3 Umgehungsstraße\n\nDer Rat berät.\n\nEs sind Vertreter des Landesamtes in die Sitzung der Stadtvertretung "
        "nach der Sommerpause einzuladen.\n"
    )
    assert [(item.owner, item.due) for item in found.open_items] == [("Verwaltung", "nach der Sommerpause")]


def test_a_town_s_office_a_party_adjective_and_bringing_up_an_idea() -> None:
    # own press sentences: "Waldbachs Bürgermeister X", "Der grüne Vertreter X", "brachte … ins Gespräch"
    found = said(
        "TOP 2 Photovoltaik\n\nDie Vorlage wird vorgestellt.\n\nWaldbachs CDU-Fraktionssprecher Peter Lenz warnte davor, "
        "Ackerflächen zu opfern.\n\nDer grüne Vertreter Paul Ahrens kündigte an, die Fraktion werde zustimmen.\n\n"
        "Maria Krapf brachte die Dächer der Schulen ins Gespräch.\n"
    )
    assert [(p.person, p.stance) for p in found][-1] == ("Maria Krapf", "schlägt vor")
    assert {"Peter Lenz", "Paul Ahrens"} <= {p.person for p in found}


@pytest.mark.parametrize(
    ("sentence", "owner", "due"),
    [
        ("Die Verwaltung berichtet im Bauausschuss im März.", "Verwaltung", "März"),
        ("Geprüft wird, ob der Anbau Fördermittel bringt.", "Verwaltung", ""),
        ("Die Arbeiten sollen zum Großteil in den Sommerferien erledigt werden.", "Verwaltung", "in den Sommerferien"),
        ("Die Mängel an der Heizung sollen bis dahin behoben werden.", "Verwaltung", "bis dahin"),
        ("Dazu wurden die Fraktionen gebeten, bis zum 7. November ihre Vorschläge einzureichen.", "Fraktionen", "7. November"),
    ],
)
def test_plans_in_the_present_inverted_or_dated_by_a_recess(sentence: str, owner: str, due: str) -> None:
    # own sentences: an office acting at a later time, a checked matter named first, a recess or "bis dahin" as due
    found = minutes(f"TOP 5 Feuerwehrhaus\n\nDer Rat berät.\n\n{sentence}\n").open_items
    assert [(item.owner, item.due) for item in found] == [(owner, due)]


def test_an_office_reporting_what_was_or_proposing_a_deferral_owns_no_dated_task() -> None:
    found = minutes(
        "TOP 5 Feuerwehrhaus\n\nDer Rat berät.\n\nDie Verwaltung informiert, dass der Bau im März 2019 begann.\n\n"
        "Der Bürgermeister schlägt vor, die Beschlussfassung in die nächste Sitzung zu verschieben.\n"
    ).open_items
    assert all(item.owner != "Bürgermeister" for item in found) and all("2019" not in item.due for item in found)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Dabei wies der frühere Ortsvorsteher Dieter Kühn als Zuschauer darauf hin, dass die Küche Vorrang habe.", "Kühn"),
        ("Der Vorsitzende BM Paul Lehner erklärte, dass Transparenz wichtig sei.", "Lehner"),
        ("„Die Stadt hat keinen Plan. Wir erhalten Vorlagen, die nicht reif sind“, kritisierte CDU-Mann Karl Böhm.", "Böhm"),
        ("Grünen-Politikerin Anna Roth lehnte den Antrag ab.", "Roth"),
    ],
)
def test_an_adjective_before_the_office_two_offices_or_a_party_s_man(sentence: str, person: str) -> None:
    # own sentences: "der frühere Ortsvorsteher" after the verb, an abbreviation after the office, "CDU-Mann"
    found = said(f"TOP 2 Dorfgemeinschaftshaus\n\n{sentence}\n")
    assert [p.person.split()[-1] for p in found] == [person]


def test_a_short_hand_record_by_surname_and_party() -> None:
    # own sentences: "Surname, PARTY:" or "Surname, PARTY," opening a member's words; a noun before a party is none
    found = said(
        "TOP 4 Raumnutzung\n\nKlaasen, SPD: Der Schulausschuss sollte eine Lösung finden.\n\n"
        "Brehme, CDU, so werden wir den Antrag ablehnen.\n\nAntrag, SPD: Die Verwaltung prüft die Räume.\n"
    )
    assert [(p.person, p.faction) for p in found] == [("Klaasen", "SPD"), ("Brehme", "CDU")]
