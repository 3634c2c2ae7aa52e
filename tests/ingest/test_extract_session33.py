"""Record extraction, session 33 (issue #11): constructions of freshly collected minutes pages (sentences glued
without a space, a resolution reported in the subjunctive, an office after a fronted phrase, a clause about someone
else). Every sentence here is our own, written in the construction found there."""

from __future__ import annotations

import pytest

from assistant.language.sentences import split_sentences
from tests.ingest.extract_helpers import minutes, said


def test_a_sentence_end_without_a_space_still_ends_the_sentence() -> None:
    text = "Der Zuschuss wird jährlich gezahlt.Die Verwaltung wird beauftragt, den Betrag einzustellen. Siehe bzw.Anlage"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Der Zuschuss wird jährlich gezahlt.",
        "Die Verwaltung wird beauftragt, den Betrag einzustellen.",
        "Siehe bzw.Anlage",  # an abbreviation glued to the next word ends nothing
    ]


def test_a_task_after_a_glued_sentence_end_is_its_own_item_with_a_recurring_due() -> None:
    found = minutes(
        "TOP 2 Stadtwerke\n\nDer Ausgleich erfolgt im Rahmen eines Zuschusses.Der Geschäftsführer wird beauftragt, den Rat "
        "jährlich über die Ergebnisse zu informieren.\n"
    ).open_items
    assert [(o.owner, o.due) for o in found] == [("Geschäftsführer", "jährlich")]


def test_a_commission_reported_in_the_subjunctive_is_a_task() -> None:
    found = minutes(
        "TOP 5 Bekanntgaben\n\nZudem teilte Bürgermeisterin Lang mit, dass der Rat die Verwaltung beauftragt habe, "
        "Fördermittel für die Turnhalle zu beantragen.\n"
    ).open_items
    assert [o.owner for o in found] == ["Verwaltung"]


def test_a_participle_before_its_noun_is_no_passive_follow_up() -> None:
    assert minutes("TOP 1 Stadtfest\n\nVerwiesen wird auf den übermittelten Sachverhalt.\n").open_items == []


def test_a_report_announced_for_a_later_time_is_a_task() -> None:
    found = minutes("TOP 4 Radweg\n\nÜber den weiteren Ablauf wird zu gegebener Zeit berichtet.\n").open_items
    assert [(o.owner, o.due) for o in found] == [("Verwaltung", "zu gegebener Zeit")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Bürgermeister Dr. Kranz stellt die Tagesordnung vor.\n\nAnschließend berichtete der Bürgermeister über die Klausur "
            "des Gemeinderats.\n",
            "Dr. Kranz",
        ),
        ("Im Anschluss erläuterte die Kämmerin den Entwurf des Haushalts.\n", "Kämmerin"),
    ],
)
def test_an_office_after_a_fronted_phrase_speaks(text: str, person: str) -> None:
    assert person in [p.person for p in said(text)]


def test_a_body_before_its_verb_is_the_subject_not_a_fronted_phrase() -> None:
    found = said("Der Ortsbeirat bittet die Verwaltung, die Hecke zu schneiden.\n")
    assert "Verwaltung" not in [p.person for p in found]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Herr Brandt teilt mit, dass er mit dem Entwurf nicht einverstanden sei.\n", "lehnt ab"),
        ("Herr Brandt teilt mit, dass er mit dem Entwurf einverstanden sei.\n", "befürwortet"),
        ("Herr Brandt teilt mit, dass Stadträtin Ohm mit dem Entwurf nicht einverstanden sei.\n", "informiert"),
    ],
)
def test_a_reported_clause_carries_its_negation_and_its_own_subject(text: str, stance: str) -> None:
    assert [p.stance for p in said(text)] == [stance]


def test_a_main_clause_after_a_semicolon_is_read_for_its_own_task() -> None:
    found = minutes(
        "TOP 2 Anfragen\n\nDie Amtsleiterin kann die Frage nicht beantworten; die Zuständigkeit wird bis zur nächsten "
        "Sitzung geklärt.\n"
    ).open_items
    assert [(o.owner, o.due) for o in found] == [("Verwaltung", "nächste Sitzung")]



def test_a_portal_label_line_is_a_piece_of_its_own_unless_a_further_label_follows() -> None:
    text = "Beschluss-Nr.: GR 12/2024\nDie Stadträte Herr Vogt und Herr Lenz halten die Gebühr für zu hoch.\n"
    first, _rest = split_sentences(text)
    assert text[first[0] : first[1]] == "Beschluss-Nr.: GR 12/2024"
    assert {p.person for p in said(text)} == {"Herr Vogt", "Herr Lenz"}
    labels = "Gremium: Stadtrat\nKörperschaft: Stadt Musterstadt\n"
    assert len(split_sentences(labels)) == 1


def test_a_condition_as_due_is_kept_lower_case_and_in_the_indicative() -> None:
    found = minutes(
        "TOP 3 Bericht\n\nDie Bürgermeisterin sagt zu, den Rat zu unterrichten, sobald das Gutachten vorliege.\n"
    ).open_items
    assert [o.due for o in found] == ["sobald das Gutachten vorliegt"]


def test_a_body_resolving_a_matter_of_its_own_after_a_unanimous_vote_is_a_second_decision() -> None:
    found = minutes(
        "TOP 4 Geschäftsordnung\n\nDer Vorsitzende schlägt vor, zuerst über den Antrag der SPD zu beraten. Diesem "
        "Vorschlag schließt sich der Rat einstimmig an.\n\nDer Rat beschließt einstimmig, den § 2 wie folgt zu ändern: "
        "„Die Einladung erfolgt elektronisch.“\n"
    ).decisions
    assert len(found) == 2


def test_retreating_is_no_withdrawal() -> None:
    text = "TOP 2 Protokolle\n\nDie Verwaltung zieht sich seit dem Urteil auf ein Ergebnisprotokoll zurück.\n"
    assert minutes(text).decisions == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Antragsteller wird vom Vorsitzenden gebeten, seinen Antrag einzubringen.\n",
        "Es wird beantragt, den TOP „Wartungsvertrag Lüftung“ mit in die Tagesordnung aufzunehmen. Dem stimmt der Rat zu.\n",
        "Für das zweite Kind sind monatlich 80,00 € zu entrichten.\n",
    ],
)
def test_what_is_done_in_the_session_or_a_recurring_rule_is_no_task(text: str) -> None:
    assert minutes(f"TOP 1 Tagesordnung\n\n{text}").open_items == []


def test_a_request_to_present_a_motion_elsewhere_is_still_a_task() -> None:
    text = "TOP 1 Radweg\n\nDie Verwaltung wird gebeten, den Antrag vorzustellen, sobald das Gutachten vorliegt.\n"
    assert [o.owner for o in minutes(text).open_items] == ["Verwaltung"]


def test_a_newspaper_cited_is_no_speaker() -> None:
    assert said("Die Mehrheit stimmte für vier Beigeordnete, wie die Westpfälzer Zeitung berichtete.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bürgermeisterin Eva Roth übernimmt die Bereiche Schule und Sport.\n",
        "Oberbürgermeister Jens Kolb schüttelt den neuen Stadträten die Hände.\n",
    ],
)
def test_a_portfolio_taken_over_or_a_handshake_is_no_contribution(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "person", "stance"),
    [
        ("„Ein guter Tag für die Innenstadt“, lobte Carla Brandt, SPD-Fraktionsvorsitzende.\n", "Carla Brandt", "befürwortet"),
        ("„Das Geld fehlt dann woanders“, meinte Otto Kern, FWG\n", "Otto Kern", "stellt fest"),
        (
            "Der Umbau beginnt im Mai, so Bürgermeister Dr. Weiß auf Anfrage von Stadtrat Lenz.\n",
            "Dr. Weiß",
            "informiert",
        ),
    ],
)
def test_a_speaker_named_last_with_an_apposition_or_a_question_after_the_name(text: str, person: str, stance: str) -> None:
    assert (person, stance) in [(p.person, p.stance) for p in said(text)]


def test_a_pronoun_sentence_that_goes_on_with_a_motion_of_its_own_is_a_position_of_its_own() -> None:
    found = said(
        "Beigeordneter Wilms verweist auf die Änderungsanträge. Er ergänzt den Antrag mündlich und beantragt, die "
        "Fragestunde künftig als TOP 3 zu behandeln.\n"
    )
    assert [p.stance for p in found] == ["informiert", "beantragt"]
    assert [p.stance for p in said("Frau Wilms stellt den Antrag vor. Sie begründet ihn mit den Kosten.\n")] == ["beantragt"]


def test_a_rejection_by_a_plain_ratio_counts_the_majority_against() -> None:
    found = minutes("TOP 6 Ausschüsse\n\nMit 19:2 Stimmen abgelehnt wurde der Antrag der FDP, die Ausschüsse zu verkleinern.\n")
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("abgelehnt", 2, 19)]
    found = minutes("TOP 6 Ausschüsse\n\nAbstimmungsergebnis: 8 : 10 - abgelehnt\n")
    assert [(d.yes, d.no) for d in found.decisions] == [(8, 10)]


def test_what_the_minutes_gather_from_someones_words_cites_them() -> None:
    found = said(
        "Den Ausführungen von Ratsfrau Helga Brink (SPD) ist zu entnehmen, dass ihre Fraktion die Gebühren für zu hoch "
        "hält. Sie bittet daher um eine neue Kalkulation.\n"
    )
    assert [(p.person, p.quote[:16]) for p in found][:1] == [("Helga Brink", "Den Ausführungen")]


@pytest.mark.parametrize(
    "text",
    [
        "Herr Brosch möchte den TOP Parkraumkonzept in der nächsten Sitzung beraten.\n",
        "Kerner (FW): Möchte TOP 5 von der Tagesordnung nehmen, da die Unterlagen fehlen.\n",
    ],
)
def test_a_wish_about_the_agenda_is_a_procedural_motion(text: str) -> None:
    assert [p.stance for p in said(text)] == ["beantragt"]


@pytest.mark.parametrize(
    "text",
    [
        "Lenz (SPD): Tippfehler im Protokoll bei TOP 3, wird korrigiert.\n",
        "Man werde die Anfrage zum Anlass nehmen, um sich beim Landratsamt zu erkundigen.\n",
    ],
)
def test_a_correction_or_what_one_will_find_out_is_the_administrations_task(text: str) -> None:
    assert [o.owner for o in minutes(f"TOP 2 Anfragen\n\n{text}").open_items] == ["Verwaltung"]


def test_one_will_see_is_no_task() -> None:
    assert minutes("TOP 2 Anfragen\n\nMan werde sehen, wie sich die Zahlen entwickeln.\n").open_items == []


def test_a_report_resolving_one_matter_after_another_gives_a_decision_each() -> None:
    found = minutes(
        "TOP 1 Konstituierung\n\nSo wurden die Mitglieder der Ausschüsse gewählt. Ein Antrag zur Bildung eines "
        "Ausschusses für Tourismus wurde vertagt. Auch beschloss der Stadtrat eine neue Geschäftsordnung.\n"
    ).decisions
    assert [d.outcome for d in found] == ["angenommen", "vertagt", "angenommen"]
    found = minutes(
        "TOP 2 Bebauungsplan\n\nBeschluss:\n1. Die Stellungnahmen werden berücksichtigt.\n2. Die Begründung wird "
        "gebilligt.\n"
    ).decisions
    assert len(found) == 1
