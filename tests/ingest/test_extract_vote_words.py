"""Votes and speakers in wordings the fifth blind batch showed (own sentences): counts given as "28 Stimmen dafür,
0 Stimmen dagegen", any sentence with counts for two sides is a vote, a resolution that rejects something is adopted
when more members voted for it than against, and council abbreviations for "Ratsherr" and "Ratsfrau" (RH, RF) mark a
speaker like "RM" or "GR" do, as does a neuter office ("Das fraktionslose Stadtratsmitglied, Herr Hofmann, …",
"Sachkundiges Mitglied …"), and a portal's bare status line ("Beschluss: ungeändert beschlossen") is quoted with its item's
heading, which says what was resolved."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.language.votes import parse_votes
from ingest.documents import build_document
from ingest.extract import extract_records
from ingest.readers import read_file
from tests.ingest.extract_helpers import minutes, said


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Abstimmungsergebnis: 28 Stimmen dafür 0 Stimmen dagegen", (28, 0, None)),
        ("Abstimmung zur Dringlichkeit: 4 Stimmen dafür 19 Stimmen dagegen 10 Stimmenthaltungen", (4, 19, 10)),
        ("mit 12 Stimmen dafür, 3 Stimmen dagegen und 1 Stimmenthaltung", (12, 3, 1)),
        ("Der Rat der Stadt beschließt mit 21 Stimmen, 4 Gegenstimmen und 2 Enthaltungen:", (21, 4, 2)),
        ("Der Antrag wird mit 12 Stimmen bei 2 Gegenstimmen angenommen.", (12, 2, None)),
        ("Abstimmungsergebnis: 16 mal Ja, 3 mal Nein, 2 Enthaltung", (16, 3, 2)),
    ],
)
def test_counts_with_the_word_stimmen_between_count_and_side(text: str, counts: tuple[int, ...]) -> None:
    votes = parse_votes(text)
    assert (votes.yes, votes.no, votes.abstain) == counts


def test_a_sentence_with_counts_of_two_sides_is_a_vote() -> None:
    found = minutes(
        "TOP 5 Spielplatz\n\nDie Anwohner wünschen eine Schaukel.\n\n"
        "Der Antrag wird mit 12 Stimmen dafür, 3 Stimmen dagegen und 1 Stimmenthaltung angenommen.\n"
    )
    assert [(d.outcome, d.yes, d.no, d.abstain) for d in found.decisions] == [("angenommen", 12, 3, 1)]


def test_a_resolution_rejecting_a_plan_is_adopted_by_its_majority() -> None:
    found = minutes(
        "TOP 3 Nahverkehrsplan\n\nDie Ortsvorsteherin führt aus, die Streichung treffe vor allem Pendler.\n\n"
        "Beschluss:\nDer Ortsbeirat lehnt die Streichung der Buslinie 7 ab und bittet den\n"
        "Magistrat, sich beim Kreis für deren Erhalt einzusetzen.\n5 Ja, 2 Nein, 0 Enthaltungen\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("angenommen", 5, 2)]
    assert [o.owner for o in found.open_items] == ["Magistrat"]


def test_a_rejected_motion_stays_rejected() -> None:
    found = minutes("TOP 4 Antrag\n\nDie Fraktion begründet ihren Antrag.\n\nDer Antrag wird mit 3 Ja- und 9 Nein-Stimmen abgelehnt.\n")
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("abgelehnt", 3, 9)]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("RH Scheiwe erkundigt sich nach dem Stand der Sanierung.\n", "Scheiwe"),
        ("RF Lübben möchte wissen, wann der Radweg fertig wird.\n", "Lübben"),
    ],
)
def test_abbreviated_ratsherr_and_ratsfrau_name_the_speaker(sentence: str, person: str) -> None:
    assert [(p.person, p.stance) for p in said(sentence)] == [(person, "fragt an")]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Das fraktionslose Stadtratsmitglied, Herr Hofmann, stellt den Antrag auf eine Aktuelle Stunde.\n", "Herr Hofmann"),
        ("Sachkundiges Mitglied Frau Ober lehnt den Vorschlag der Verwaltung ab.\n", "Frau Ober"),
    ],
)
def test_a_neuter_office_before_the_name(sentence: str, person: str) -> None:
    assert [p.person for p in said(sentence)] == [person]


def test_a_status_line_is_quoted_with_its_item_heading(tmp_path: Path) -> None:
    path = tmp_path / "ratsinfo-uebersicht.txt"
    path.write_text(
        "source: x\nmunicipality: Stadt Musterstadt\nbody: Stadtrat\ndate: 2016-10-20\nkind: minutes\n---\n"
        "Öffentlicher Teil:\n\nÖ 4\nJahresabschluss 2019 der Stadtwerke\nZusatz: BE: Bürgermeister\n\n"
        "Beschluss: ungeändert beschlossen\n\nÖ 5\nEntlastung des Verwaltungsrates der Sparkasse\n\nBeschluss: vertagt\n",
        encoding="utf-8",
    )
    found = extract_records(build_document(path, read_file(path)))
    quotes = [" ".join(d.quote.split()) for d in found.decisions]
    assert quotes == [
        "Ö 4 Jahresabschluss 2019 der Stadtwerke Zusatz: BE: Bürgermeister Beschluss: ungeändert beschlossen",
        "Ö 5 Entlastung des Verwaltungsrates der Sparkasse Beschluss: vertagt",
    ]


def test_counts_written_with_a_times_sign() -> None:
    votes = parse_votes("Abstimmung II: 3 x Ja-Stimmen, 1 x Enthaltung 1 x Nein-Stimme")
    assert (votes.yes, votes.no, votes.abstain) == (3, 1, 1)


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Es wurde beschlossen, den Tagesordnungspunkt zu vertagen, um weitere Auskünfte einzuholen.", "vertagt"),
        ("Der Gemeinderat gab für die Dachsanierung dem wirtschaftlichsten Bieter den Zuschlag.", "angenommen"),
    ],
)
def test_what_a_resolution_does_is_its_outcome(sentence: str, outcome: str) -> None:
    decisions = minutes(f"TOP 6 Vergaben\n\n{sentence}\n").decisions
    assert [d.outcome for d in decisions] == [outcome]


def test_counts_with_an_elided_compound() -> None:
    votes = parse_votes("Der Punkt wurde mit 23 Für- und 20 Gegenstimmen von der Tagesordnung abgesetzt.")
    assert (votes.yes, votes.no) == (23, 20)


@pytest.mark.parametrize(
    ("sentence", "outcomes"),
    [
        ("Mit knapper Mehrheit wurde entschieden, künftig mit elf Mitgliedern zu arbeiten.", ["angenommen"]),
        (
            "Vor den Ehrungen der ausgeschiedenen Ratsmitglieder wurde die Wahl des Vorsitzenden und seiner "
            "Stellvertreter mit 23 Für- und 20 Gegenstimmen von der Tagesordnung abgesetzt.",
            ["zurückgestellt"],
        ),
        ("Darüber wird in der nächsten Sitzung beschlossen.", []),
        ("Die Satzung wird im Mai beschlossen.", []),
    ],
)
def test_resolved_now_or_announced_for_later(sentence: str, outcomes: list[str]) -> None:
    assert [d.outcome for d in minutes(f"TOP 3 Ausschüsse\n\n{sentence}\n").decisions] == outcomes


def test_a_body_that_does_not_agree_rejects() -> None:
    found = minutes("TOP 3 Windkraft\n\nDer Ortsgemeinderat stimmt der Vereinbarung in dieser Form nicht zu.\n")
    assert [d.outcome for d in found.decisions] == ["abgelehnt"]


def test_counted_voters_with_their_verb() -> None:
    # own press-style sentences: the voters counted before "stimmten dafür/dagegen", "enthielten sich"
    votes = parse_votes("Nur 27 Stadtverordnete stimmten dafür, 29 dagegen, zwei enthielten sich.")
    assert (votes.yes, votes.no, votes.abstain) == (27, 29, 2)
    found = minutes("TOP 4 Hallenbad\n\nDie Fraktionen stritten lange.\n\nElf Räte stimmten dafür, vier dagegen.\n")
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("angenommen", 11, 4)]
    assert parse_votes("Alle stimmten dafür.").yes is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Maier wurde mit 12 Stimmen zum Ortsvorsteher gewählt.",
        "Die Gemeindevertretung gab ihr Einvernehmen zu dem Bauantrag.",
        "Die Erhöhung der Hundesteuer ist damit beschlossen.",
        "Der Tagesordnungspunkt wurde abgesetzt.",
    ],
)
def test_a_decision_in_the_preterite_or_stated_as_a_result(sentence: str) -> None:
    # own sentences: an election with a person as subject, a result stated
    found = minutes(f"TOP 3 Verschiedenes\n\nDie Fraktionen diskutierten lange.\n\n{sentence}\n")
    assert len(found.decisions) == 1


@pytest.mark.parametrize(
    ("sentence", "outcome", "counts"),
    [
        ("Im geheimen Wahlgang stimmten neun Räte für die Satzung, fünf Räte dagegen und zwei enthielten sich.",
         "angenommen", (9, 5, 2)),
        ("Der Vorschlag der Grünen, die Gebühren zu senken, fand weder im Rat noch im Ausschuss keine Mehrheit.",
         "abgelehnt", (None, None, None)),
        ("Karl Brenner wurde zum neuen stellvertretenden Wehrführer berufen.", "angenommen", (None, None, None)),
        ("Am Ende haben sie doch eine Erhöhung der Beiträge beschlossen.", "angenommen", (None, None, None)),
    ],
)
def test_press_votes_with_the_verb_first_or_words_between(sentence: str, outcome: str, counts: tuple) -> None:
    # own sentences: the verb before the counted voters, a long subject before "fand keine Mehrheit", an appointment
    found = minutes(f"TOP 6 Verschiedenes\n\nDie Fraktionen diskutierten lange.\n\n{sentence}\n").decisions
    assert [(d.outcome, (d.yes, d.no, d.abstain)) for d in found] == [(outcome, counts)]


def test_a_majority_missed_back_then_is_no_decision() -> None:
    found = minutes("TOP 6 Verschiedenes\n\nDer Rat berät.\n\nDies fand damals nicht die erforderliche Mehrheit.\n")
    assert found.decisions == []


def test_a_vote_counted_in_two_sentences_is_one_decision() -> None:
    # own sentences: one side counted in the first sentence, the other side opens the next
    found = minutes(
        "TOP 4 Verkleinerung des Rates\n\nAm Ende votierten 14 Ratsmitglieder für den Antrag der SPD, den Rat zu "
        "verkleinern. 17 stimmten dagegen, so dass alles beim Alten bleibt.\n"
    ).decisions
    assert [(d.outcome, d.yes, d.no) for d in found] == [("abgelehnt", 14, 17)]


def test_a_report_resolving_one_matter_after_another_in_new_paragraphs() -> None:
    # own sentences: "einstimmig" twice, each sentence naming its own matter, in two paragraphs of a report
    found = minutes(
        "Bericht aus dem Rat\n\nZu Beginn wurde die Ehrenbürgerschaft für Frau Lindner einstimmig beschlossen.\n\n"
        "Danach standen zwei Bebauungspläne an. Die Änderung des Bebauungsplans Am Mühlbach wurde einstimmig "
        "beschlossen.\n"
    ).decisions
    assert len(found) == 2
    restated = minutes(
        "TOP 5 Mühlbach\n\nBeschluss: einstimmig\n\nDer Rat beschließt die Änderung des Bebauungsplans.\n\n"
        "Der Beschluss wurde einstimmig gefasst.\n"
    ).decisions
    assert len(restated) == 1


def test_a_duty_by_law_and_the_section_of_facts_resolve_nothing() -> None:
    # own sentences: the old spelling "muß", a "Beschluss:" label left empty before "Sach- und Rechtslage:"
    found = minutes(
        "TOP 2 Wahlprüfung\n\nAbstimmung: Ja: 6, Nein: 1\n\nBeschluss:\n\nSach- und Rechtslage:\n\nDer Rat muß nach dem "
        "Kommunalwahlgesetz über die Gültigkeit der Wahl beschließen. Die Bekanntmachung des Wahlergebnisses ist am "
        "3. Mai 2024 im Amtsblatt erfolgt.\n\nBeschlussvorschlag:\n\nDer Rat beschließt die Gültigkeit der Wahl.\n"
    )
    assert [(d.yes, d.no) for d in found.decisions] == [(6, 1)]
    assert found.open_items == []


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("In geheimer Wahl setzte sich Frau Albers mit sechs zu drei Stimmen durch.", (6, 3)),
        ("Als Stellvertreter hatte sich Jens Obermann gegenüber Iris Kahl mit vier zu drei Stimmen durchgesetzt.", (4, 3)),
        ("Kahl erhielt fünf, Obermann zwölf Stimmen, so dass Obermann den Vorsitz behält.", (12, None)),
        ("Auf Frau Albers entfielen neun Stimmen, auf Herrn Kahl vier Stimmen.", (9, None)),
        ("Obermann erhielt zwölf, Kahl fünf Stimmen.", (12, None)),
        ("Der Ortsbeirat entschloss sich dazu, weitere Angebote einzuholen.", (None, None)),
        ("Alle Ausschussmitglieder sind mit dieser Vorgehensweise einverstanden.", (None, None)),
        ("Damit gilt der Tagesordnungspunkt als erledigt.", (None, None)),
    ],
)
def test_a_result_without_a_resolving_verb(sentence: str, counts: tuple) -> None:
    # own sentences: an election among candidates by their votes, a body's resolve, a matter settled, members agreeing
    found = minutes(f"TOP 3 Wahl des Ortsvorstehers\n\nDie Fraktionen diskutierten lange.\n\n{sentence}\n").decisions
    assert [(d.yes, d.no) for d in found] == [counts]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Anwohner sind mit der Lösung einverstanden.",  # no body
        "Laut Feuerwehrgesetz werden Wehrleiter von den Einsatzkräften vorgeschlagen und gewählt.",  # the law
        "Herr Kahl ist mit dem Vorschlag einverstanden.",  # a member's position
    ],
)
def test_agreement_of_others_and_a_law_s_rule_are_no_decision(sentence: str) -> None:
    found = minutes(f"TOP 3 Wahl des Ortsvorstehers\n\nDie Fraktionen diskutierten lange.\n\n{sentence}\n").decisions
    assert found == []


def test_a_status_line_with_a_dash() -> None:
    found = minutes("TOP 7 Haushaltssatzung\n\n- Beschluss: - ungeändert beschlossen\n").decisions
    assert [d.outcome for d in found] == ["angenommen"]


def test_a_motion_that_failed_is_rejected_and_leaves_no_task() -> None:
    # own sentences: a press report's failed proposal, a failed motion to adjourn
    found = minutes(
        "TOP 2 Zuständigkeiten\n\nDie Kreisverwaltung ist mit ihrem Vorschlag gescheitert, wichtige Beschlüsse für die "
        "Sommerpause an den Kreisausschuss zu delegieren.\n\nDer Antrag der SPD, die Straße im Herbst zu sanieren, "
        "scheiterte.\n\nFrau Roth scheiterte mit ihrem Antrag auf Vertagung.\n"
    )
    assert [d.outcome for d in found.decisions] == ["abgelehnt"] * 3
    assert found.open_items == []
