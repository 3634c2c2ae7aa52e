"""Record extraction, session 39 (issue #11): constructions of the pages collected blind this session and read as
tune material (a Bavarian bulletin's tally in a paragraph of its own, minutes that "gelten als genehmigt", the chair
asking for objections, offices and persons who "soll"/"wird" act after an opening phrase). Every sentence here is our
own, written in the construction found there."""

from __future__ import annotations

from assistant.language.votes import parse_votes
from tests.ingest.extract_helpers import minutes

_BULLETIN = """1. ÖFFENTLICHE SITZUNG

Der öffentliche Teil der Niederschrift der Sitzung vom 12.09.2023 wurde den Gemeinderäten zugestellt.

Auf Nachfrage gibt es keine Änderungswünsche. Die Niederschrift gilt somit als genehmigt.

Es wird beantragt, den Punkt „Ersatzbeschaffung Rasenmäher Bauhof“ in die Tagesordnung aufzunehmen. Dem stimmt der Gemeinderat zu.

{tally}

Dieser Punkt wird als TOP 4 behandelt.
"""


def test_a_tally_in_a_paragraph_of_its_own_counts_the_vote_before_it() -> None:
    found = minutes(_BULLETIN.format(tally="12 : 0")).decisions
    added = [d for d in found if "Rasenmäher" in d.quote]
    assert [(d.yes, d.no, d.unanimous) for d in added] == [(12, 0, True)]
    # a tally under a paragraph of more than counts is no vote of its own
    plain = minutes(_BULLETIN.format(tally="Der Bauhof braucht ihn ab 1.4.")).decisions
    assert [(d.yes, d.no) for d in plain if "Rasenmäher" in d.quote] == [(None, None)]


def test_minutes_that_count_as_approved_are_a_decision_beside_the_next_motion() -> None:
    found = minutes(_BULLETIN.format(tally="12 : 0")).decisions
    approved = [d for d in found if "gilt somit als genehmigt" in d.quote]
    assert [d.outcome for d in approved] == ["angenommen"]
    assert len(found) == 2


def test_counts_of_another_vote_beside_a_unanimous_resolution_are_not_its_counts() -> None:
    votes = parse_votes(
        "Der Rat beschließt einstimmig, den Ausschuss mit 13 Sitzen zu bilden. Die Bürgermeisterin berichtet, der "
        "Hauptausschuss habe 11 Sitze empfohlen (7 x ja, 4 x nein)."
    )
    assert (votes.unanimous, votes.yes, votes.no) == (True, None, None)
    # a unanimous rejection counts everyone against it
    rejected = parse_votes("Einstimmig abgelehnt. Abstimmung: Ja: 0, Nein: 29, Enthaltungen: 2")
    assert (rejected.unanimous, rejected.yes, rejected.no, rejected.abstain) == (True, 0, 29, 2)


_APPROVAL = """2. Genehmigung der Niederschrift vom 05.06.2024

Die Niederschrift wurde allen Mitgliedern zugestellt. Die Vorsitzende fragt, ob gegen die Niederschrift Einwände bestehen.
Nachdem keine Einwände vorgebracht werden, lässt die Vorsitzende über die Genehmigung der Niederschrift abstimmen.
Beschluss
Die Niederschrift vom 05.06.2024 wird genehmigt.
Abstimmungsergebnis
Dafür: 9, Dagegen: 0
"""


def test_the_chair_asking_for_objections_and_calling_the_vote_is_neither_position_nor_task() -> None:
    found = minutes(_APPROVAL)
    assert found.positions == []
    assert found.open_items == []
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("angenommen", 9, 0)]


def test_a_member_asking_whether_there_are_concerns_about_a_matter_still_asks() -> None:
    text = "TOP 5 Bauvoranfrage Lindenweg 4\n\nHerr Kranz fragt, ob es Bedenken der Feuerwehr zur Zufahrt gibt.\n"
    assert [(p.person, p.stance) for p in minutes(text).positions] == [("Herr Kranz", "fragt an")]


def test_a_named_official_who_shall_act_owes_it() -> None:
    text = (
        "TOP 3 Neuanpflanzungen am Dorfplatz\n\nDer Ortsrat ist sich über den Handlungsbedarf einig. Anhand des "
        "Pflanzplanes soll der Ortsvorsteher mit dem Revierförster über geeignete Baumarten sprechen.\n"
    )
    assert [o.owner for o in minutes(text).open_items] == ["Ortsvorsteher"]
    plain = "TOP 3 Neuanpflanzungen am Dorfplatz\n\nDie Amtsleiterin soll bis Mai zwei Angebote einholen.\n"
    assert [o.owner for o in minutes(plain).open_items] == ["Amtsleiterin"]


def test_a_person_after_an_opening_phrase_and_the_auxiliary_owes_the_act() -> None:
    text = (
        "TOP 4 Seniorenfeier\n\nDie Feier findet am 7. Dezember im Bürgerhaus statt. Außerdem wird Frau Lenz die "
        "Chorgemeinschaft anfragen, ob sie einen Beitrag übernimmt.\n"
    )
    assert [o.owner for o in minutes(text).open_items] == ["Frau Lenz"]
    # the same person reporting what was done owes nothing
    done = "TOP 4 Seniorenfeier\n\nAußerdem hat Frau Lenz die Chorgemeinschaft angefragt.\n"
    assert minutes(done).open_items == []


_GAZETTE = """Bericht aus dem Stadtrat

Der Stadtrat hat in seiner 4. Sitzung am 12. März 2025 Frau Stadträtin Ina Vogt zur zweiten Stellvertreterin gewählt. Außerdem wurden folgende Beschlüsse gefasst:
- Änderung der Friedhofsgebührensatzung,
- Aufstellungsbeschluss zum Bebauungsplan „Gewerbegebiet Am Kanal“,
- Vergabe der Dachsanierung der Grundschule
an die Firma Holzbau Reimer, Altdorf,
- Gewährung von Zuschüssen an Vereine.
Die nächste Sitzung findet am 9. April 2025 statt.
"""


def test_each_entry_under_folgende_beschluesse_gefasst_is_an_adopted_decision() -> None:
    found = minutes(_GAZETTE).decisions
    listed = [d for d in found if d.quote.lstrip().startswith("-")]
    assert [d.outcome for d in listed] == ["angenommen"] * 4
    assert "Holzbau Reimer" in listed[2].quote  # an entry wrapped onto the next line stays one
    assert all("outcome" in d.derived for d in listed)
    assert any("zur zweiten Stellvertreterin gewählt" in d.quote for d in found)


def test_one_resolution_of_several_points_is_no_list_of_decisions() -> None:
    text = (
        "TOP 5 Resolution Geburtshilfe\n\nSodann fasst der Kreistag folgenden Beschluss:\n1. Der Kreistag fordert die "
        "Klinikgesellschaft auf, die Geburtshilfe zu erhalten.\n2. Der Landrat wird beauftragt, die Resolution der "
        "Landesregierung zu übermitteln.\nAbstimmungsergebnis: 39 Ja-Stimmen, 0 Nein-Stimmen, 5 Enthaltungen\n"
    )
    assert [(d.outcome, d.yes) for d in minutes(text).decisions] == [("angenommen", 39)]
