"""Record extraction, session 29 (issue #11): constructions of short council reports seen in freshly collected minutes
(a bare tally closing each matter of a numbered list, a commission told in the past tense, work to be done in the
modal passive with verbs of asking and informing, an office named with the authority it heads). Every sentence here is
our own, written in the construction found there."""

from __future__ import annotations

from assistant.language.votes import parse_votes
from tests.ingest.extract_helpers import minutes, said


def test_a_bare_tally_after_each_matter_of_a_numbered_report_is_its_vote() -> None:
    found = minutes(
        "3. Antrag auf einen Zebrastreifen an der Schule. Das Straßenbauamt soll um eine Stellungnahme gebeten "
        "werden. 11: 2\n"
        "4. Änderung des Bebauungsplanes \"Am Mühlbach\". 13:0\n"
        "5. Beginn der nächsten Sitzung: 19:30\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("angenommen", 11, 2), ("angenommen", 13, 0)]
    assert parse_votes("Der Bauhof soll den Weg ausbessern. 9:1").yes == 9
    assert parse_votes("Die Sitzung beginnt um 19:30").yes is None


def test_a_commission_told_in_the_past_tense_is_open() -> None:
    found = minutes(
        "Die Mitglieder ärgerten sich über den Kreis. Brandt wurde beauftragt, ein Schreiben an den Landrat zu "
        "verfassen.\n"
    )
    assert [(o.owner, o.quote[:6]) for o in found.open_items] == [("Brandt", "Brandt")]


def test_work_to_be_done_in_the_modal_passive_with_verbs_of_asking() -> None:
    found = minutes(
        "Die Anlieger sollen befragt werden, ob sie einen Gehweg wünschen.\n\n"
        "Beim Wasserverband soll nachgefragt werden, wann die Leitung erneuert wird.\n"
    )
    assert [o.owner for o in found.open_items] == ["Verwaltung", "Verwaltung"]


def test_an_office_with_the_authority_it_heads_is_the_owner() -> None:
    found = minutes(
        "Die Amtsvorsteherin des Amtes Nord - Ostsee wird beauftragt, den Plan öffentlich auszulegen.\n"
    )
    assert [o.owner for o in found.open_items] == ["Amtsvorsteherin des Amtes Nord - Ostsee"]


def test_a_member_named_after_a_colon_that_ends_a_clause() -> None:
    found = said(
        "Im Ortsrat gab es dazu zwei Meinungen: Jana Brühl berichtete, dass viele Eltern einen Zebrastreifen wünschen.\n"
    )
    assert [(p.person, p.stance) for p in found] == [("Jana Brühl", "informiert")]


def test_an_office_after_a_place_adjective_and_a_compound_office() -> None:
    found = said(
        "Die Bergheimer Ortsvorsteherin Ute Lenz sagte, die Anwohner hätten Unterschriften gesammelt.\n\n"
        "Baudirektor Kai Moll vom Straßenbauamt (SBA) Nordwest stellte dem Ausschuss die Planung vor.\n"
    )
    assert [(p.person, p.stance) for p in found] == [("Ute Lenz", "informiert"), ("Kai Moll", "informiert")]


def test_a_speaker_named_after_the_quote_with_where_it_was_said() -> None:
    found = said("„Die Gebühren bleiben niedrig“, erklärte Bürgermeister Tim Rausch in der Sitzung.\n")
    assert [(p.person, p.stance) for p in found] == [("Tim Rausch", "informiert")]


def test_a_vote_announced_against_or_for_is_a_stance() -> None:
    found = said(
        "Für die FDP sagte Lea Kurz, man werde dagegen stimmen, weil die Kosten zu hoch seien.\n\n"
        "Stadtrat Otto Fink sagte, aus Sicht seiner Fraktion könne es keine Zustimmung geben.\n\n"
        "Stadträtin Eva Roth sagte, ihre Fraktion werde dafür stimmen.\n"
    )
    assert [p.stance for p in found] == ["lehnt ab", "lehnt ab", "befürwortet"]


def test_a_chair_turn_that_calls_the_vote_is_no_position() -> None:
    found = said(
        "Stadtverordnetenvorsteher Mohr:\nDer Vertagungsantrag geht vor. Wer der Vertagung zustimmt, den bitte ich um das "
        "Handzeichen.\n\nStadtvertreter Lutz (SPD):\nWir lehnen die Vertagung ab.\n"
    )
    assert [(p.person, p.stance) for p in found] == [("Lutz", "lehnt ab")]


def test_a_passive_that_runs_on_past_und_to_its_participle_with_its_vote_or_an_election() -> None:
    found = minutes(
        "Einstimmig wurden in Oberdorf Ortsvorsteherin Ria Kern (CDU) und ihr Stellvertreter Max Sand (SPD) in ihren "
        "Ämtern bestätigt.\n\n"
        "Vorgeschlagen und vom Ortsrat gewählt wurde Lars Böhm (FWG).\n\n"
        "Die Grabgebühr (für Urnen) wird in der neuen Satzung auf 300 Euro festgesetzt.\n"
    )
    assert [(d.outcome, d.unanimous, d.quote[:12]) for d in found.decisions] == [
        ("angenommen", True, "Einstimmig w"),
        ("angenommen", None, "Vorgeschlage"),
    ]


def test_a_tie_told_once_for_both_sides() -> None:
    votes = parse_votes("Der Antrag wurde mit jeweils acht Ja- und Nein-Stimmen bei zwei Enthaltungen abgelehnt.")
    assert (votes.yes, votes.no, votes.abstain) == (8, 8, 2)


def test_the_closed_part_of_the_session_is_when_a_task_is_due() -> None:
    found = minutes(
        "Die Bürgermeisterin wird zum Stand der Grundstücksverhandlungen im nicht öffentlichen Teil berichten.\n\n"
        "Die Ausschussmitglieder werden den Vertrag im Nichtöffentlichen Teil beraten.\n\n"
        "Es wird gefragt, ob im nichtöffentlichen Teil ein Punkt „Verschiedenes“ aufgenommen werden kann.\n"
    )
    assert [(o.owner, o.due) for o in found.open_items] == [
        ("Bürgermeisterin", "nicht öffentlicher Teil"),
        ("Ausschussmitglieder", "Nichtöffentlicher Teil"),
    ]


def test_he_after_a_sentence_that_names_one_member_with_a_party_is_that_member() -> None:
    found = said(
        "Für die SPD sagte Jan Vogt, man werde zustimmen.\n"
        "Einen anderen Blickwinkel nahm Karin Busch (Grüne) ein. Sie erinnerte daran, dass die Fläche "
        "als Biotop ausgewiesen ist.\n"
    )
    assert [(p.person, p.stance) for p in found] == [("Jan Vogt", "befürwortet"), ("Karin Busch", "informiert")]


def test_a_quotation_on_a_line_of_its_own_is_no_part_of_the_next_sentence() -> None:
    found = said(
        "„Wir wollen mehr Grün, aber nicht dort“\n"
        "Die Oberdorfer Ortsvorsteherin Lisa Hahn sagte, man habe Unterschriften gesammelt.\n"
    )
    assert [(p.person, p.stance) for p in found] == [("Lisa Hahn", "informiert")]


def test_points_lettered_on_lines_of_their_own_are_read_one_by_one() -> None:
    found = minutes(
        "a.\nDie Amtsvorsteherin des Amtes Nord - Ostsee wird beauftragt, die Träger öffentlicher Belange zu "
        "unterrichten.\nb.\nDer Entwurf des Bebauungsplanes wird gebilligt.\nc.\nDie Amtsvorsteherin des Amtes Nord - "
        "Ostsee wird beauftragt, den Entwurf öffentlich auszulegen.\n"
    )
    assert [o.quote[:2] for o in found.open_items] == ["a.", "c."]


def test_the_grants_of_a_resolved_list_are_no_tasks() -> None:
    found = minutes(
        "Der Ortsrat beschließt, aus seinen Mitteln folgende Zuschüsse zu gewähren:\n"
        "a) Sportverein Oberdorf, neue Trikots: 800 €\n"
        "b) Förderverein der Grundschule, Lesenacht: 300 € (9 Ja, 1 Nein)\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    assert found.open_items == []


def test_a_vote_on_the_motion_with_a_sentence_between_is_the_motion_s() -> None:
    found = minutes(
        "Die Verwaltung beantragt, die Beratung des Tagesordnungspunktes 5 zurückzustellen, da der Planer fehlt. "
        "Die übrigen Punkte werden vorgezogen.\n"
        "Der Antrag wird mit zwanzig Ja-Stimmen und einer Enthaltung angenommen.\n"
    )
    assert [(d.outcome, d.yes, d.quote[:14]) for d in found.decisions] == [("zurückgestellt", 20, "Die Verwaltung")]


def test_a_motion_on_the_order_of_the_session_leaves_no_task() -> None:
    found = minutes(
        "Da im nichtöffentlichen Teil Verträge erörtert werden, beantragt die Vorsitzende, den nichtöffentlichen Teil "
        "der Sitzung vor dem öffentlichen Teil zu behandeln.\nDer Antrag wird einstimmig angenommen.\n"
    )
    assert len(found.decisions) == 1
    assert found.open_items == []


def test_counted_voters_with_their_groups_and_members_following_a_motion() -> None:
    votes = parse_votes(
        "15 Ratsmitglieder der SPD und der Grünen folgten dem Antrag der FWG. 12 Vertreter der CDU und der FDP "
        "stimmten dagegen, zwei Mitglieder der AfD-Fraktion enthielten sich."
    )
    assert (votes.yes, votes.no, votes.abstain) == (15, 12, 2)
    against = parse_votes("Es stimmten neun Stadträte für den Antrag, fünf Räte dagegen und zwei enthielten sich.")
    assert (against.yes, against.no, against.abstain) == (9, 5, 2)


def test_a_resolution_brought_on_its_way_is_adopted() -> None:
    found = minutes(
        "Stattdessen wurde eine von der SPD eingebrachte Resolution zur Grundsteuer auf den Weg gebracht.\n\n"
        "Der Bürgermeister brachte den Vorschlag in die Diskussion.\n"
    )
    assert [(d.outcome, d.quote[:11]) for d in found.decisions] == [("angenommen", "Stattdessen")]


def test_an_office_kept_or_a_header_label_after_an_office_is_no_position() -> None:
    found = said(
        "Gremium: Gemeinderat\n\nSitzungstermin: Montag, den 26. September 2011\n\n"
        "Eva Lang (CDU) bleibt Ortsvorsteherin des Ortsteils Au.\n\nGemeinderat Paul Kern sagte, die Kosten seien hoch.\n"
    )
    assert [(p.person, p.stance) for p in found] == [("Paul Kern", "informiert")]


def test_the_chair_stating_the_invitation_was_in_order_is_no_position() -> None:
    found = said("Der Bürgermeister eröffnet die Sitzung. Er stellt die Ordnungsmäßigkeit der Einladung fest.\n")
    assert found == []
