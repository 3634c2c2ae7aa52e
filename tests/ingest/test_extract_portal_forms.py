"""Record extraction, session 34 (issue #11): the forms council information systems export, as a blind writer's
fictional minutes (scratch set synth-d) used them: a decision register with one line per decision, notes under it, a
vote table written with pipes, a proposal put to the vote further down. Every text here is our own."""

from __future__ import annotations

from assistant.language.votes import parse_votes
from tests.ingest.extract_helpers import minutes, said

_REGISTER = (
    "Amt Lindholm – Beschlussbuch\nAmtsausschuss, 3. Sitzung am 12.02.2031\n\n"
    "Nr. AA/2031/001 – Genehmigung der Niederschrift – genehmigt – Ja 11 / Nein 0 / Enth. 1\n"
    "Nr. AA/2031/002 – Beschaffung eines Radladers (V 2031/004) – zurückgestellt\n"
    "   Auftrag: Die Amtsverwaltung holt ein zweites Angebot ein.\n"
    "Nr. AA/2031/003 – Zuschuss Dorfhaus Kleve (A 2031/001) – abgelehnt – Ja 4 / Nein 8 / Enth. 0\n"
    "Nr. AA/2031/004 – Vereinbarung „Digitales Amt“ (V 2031/006) – beschlossen – einstimmig\n"
    "   Vermerk: Die Mitglieder Harms und Lorenz stimmen dagegen und verweisen auf die Umlage.\n"
    "Nr. AA/2031/005 – Jahresbericht Klimaschutz (V 2031/007) – zur Kenntnis genommen\n"
)


def test_each_line_of_a_decision_register_is_a_decision() -> None:
    found = minutes(_REGISTER).decisions
    assert [(d.outcome, d.yes, d.no, d.abstain) for d in found] == [
        ("angenommen", 11, 0, 1),
        ("zurückgestellt", None, None, None),
        ("abgelehnt", 4, 8, 0),
        ("angenommen", None, None, None),  # "einstimmig" states no count (the guide: null when not stated)
        ("zur Kenntnis genommen", None, None, None),
    ]


def test_a_note_under_a_register_line_names_its_speakers() -> None:
    assert [(p.person, p.stance) for p in said(_REGISTER)] == [("Harms", "lehnt ab"), ("Lorenz", "lehnt ab")]


def test_a_vote_table_written_with_pipes() -> None:
    votes = parse_votes("Abstimmungsergebnis: | Ja | Nein | Enthaltung | | 13 | 1 | 1 |")
    assert (votes.yes, votes.no, votes.abstain) == (13, 1, 1)


def test_a_proposal_put_to_the_vote_further_down_is_no_decision_of_its_own() -> None:
    found = minutes(
        "TOP 7 Bebauungsplan\n\nBeschlussvorschlag:\n1. Der Gemeinderat beschließt die Abwägung gemäß Anlage 1.\n"
        "2. Der Gemeinderat beschließt den Bebauungsplan als Satzung.\n\nBeratungsverlauf:\nDer Änderungsantrag von "
        "GRin Alt wird mit 4 Ja-Stimmen bei 11 Gegenstimmen abgelehnt.\n\nBeschluss:\nDer Gemeinderat beschließt gemäß "
        "Beschlussvorschlag.\n\nAbstimmungsergebnis:\n| Ja | Nein | Enthaltung |\n| 13 | 1 | 1 |\n"
    ).decisions
    assert [(d.outcome, d.yes, d.no, d.abstain) for d in found] == [("abgelehnt", 4, 11, None), ("angenommen", 13, 1, 1)]


def test_tasks_of_portal_minutes() -> None:
    found = minutes(
        "TOP 5 Kita-Bedarfsplan\n\nErgebnis: vertagt auf die Sitzung am 06.02.2031\n\n"
        "TOP 6 Feuerwehrbedarfsplan\n\n3. Die Wehrleitung berichtet dem Rat jährlich über die Einhaltung der Hilfsfristen.\n\n"
        "TOP 7 Fahrzeug\n\nEine neue Ausschreibung erfolgt im Mai.\n\n"
        "TOP 8 Anfragen\n\nOrtsvorsteherin Hägele sagt zu dass die Verwaltung das mit dem Eigentümer klärt.\n"
    ).open_items
    assert [(o.owner, o.due) for o in found] == [
        ("Ausschuss", "2031-02-06"),
        ("Wehrleitung", "jährlich"),
        ("Verwaltung", "Mai"),
        ("Ortsvorsteherin Hägele", ""),
    ]
