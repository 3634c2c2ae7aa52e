"""Record extraction on minutes the rules were not written against: real sentences from the tune half
of ``shared/corpus-records`` (never its test half), and the constructions the tracker names."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evaluation.records_eval import RECORDS_GOLD, evaluate, load_gold, split_of
from assistant.language.persons import person_key, same_person, surname
from assistant.models import Decision, Document, DocumentMeta, OpenItem
from ingest.extract import extract_records
from ingest.extract.lemmas import verb_lemma
from tests.ingest.extract_helpers import having, one, records, said

pytestmark = pytest.mark.shared


# --- speakers as councils write them --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "person", "role", "stance"),
    [
        # own sentence: "Mitglied <surname>" with a past-tense separable verb ("stimmte … zu")
        ("Mitglied Harms stimmte dieser Lösung zu.", "Harms", "Mitglied", "befürwortet"),
        # own sentence: "Stv. <surname> bringt den <motion> ein und <verb> ihn."
        ("Stv. Oltmanns bringt den Ergänzungsantrag ein und erläutert ihn.", "Oltmanns", "Stv.", "beantragt"),
        # own sentence: "Rh. <first name> <surname> (<faction>) stellt für die <faction> den <…antrag>."
        ("Rh. Jens Albers (FDP) stellt für die FDP den Änderungsantrag.", "Jens Albers", "Rh.", "beantragt"),
        # own sentence: "SGB <surname> betont, dass …"
        ("SGB Wendt betont, dass der Kostenrahmen gehalten wird.", "Wendt", "SGB", "stellt fest"),
        # own sentence: "Erste Stadträtin <first name> <surname> teilt mit, dass …"
        (
            "Erste Stadträtin Sabine Kröger teilt mit, dass die Zuschüsse bewilligt sind.",
            "Sabine Kröger",
            "Erste Stadträtin",
            "informiert",
        ),
        # own sentence: "Frau <surname> eröffnete die <debate> und machte deutlich, dass …"
        (
            "Frau Lüders eröffnete die Aussprache und machte deutlich, dass ein Gutachten fehlt.",
            "Frau Lüders",
            "",
            "stellt fest",
        ),
        # own sentence: "Herr <surname> sagte, dass …"
        ("Herr Brandt sagte, dass die Finanzierung gesichert ist.", "Herr Brandt", "", "informiert"),
        ("Herr Müller ist einverstanden.", "Herr Müller", "", "befürwortet"),
        ("Der Antrag wird von Herrn Schulz unterstützt.", "Herr Schulz", "", "befürwortet"),
        ("Herr Wolf von der Verwaltung erläutert die Vorlage.", "Herr Wolf", "Verwaltung", "informiert"),
        (
            "Sachkundiger Bürger Klein regt an, den Spielplatz zu erneuern.",
            "Klein",
            "Sachkundiger Bürger",
            "schlägt vor",
        ),
        (
            "Kreistagsabgeordnete Schmidt fragt nach den Kosten.",
            "Schmidt",
            "Kreistagsabgeordnete",
            "fragt an",
        ),
        ("Frau Gießwein wird persönlich nicht zustimmen.", "Frau Gießwein", "", "lehnt ab"),
        # verbatim minutes: the speaker, a colon, then direct speech
        (
            "Bezirksverordneter Kaya (Grüne): Wir lehnen den Antrag ab, weil er zu teuer ist.",
            "Kaya",
            "Bezirksverordneter",
            "lehnt ab",
        ),
        (
            "Herr Müller (CDU): Ich bin der Meinung, dass wir die Tribüne sanieren sollten.",
            "Herr Müller",
            "",
            "schlägt vor",
        ),
    ],
)
def test_speaker_grammar_and_verb_lemmas(sentence: str, person: str, role: str, stance: str) -> None:
    found = said(sentence)
    assert [(p.person, p.role, p.stance) for p in found] == [(person, role, stance)]


def test_past_tense_and_particles_reach_the_present_lexicon() -> None:
    assert verb_lemma("stimmte", "stimmte dieser Lösung zu") == "zustimmen"
    assert verb_lemma("regte", "regte an") == "anregen"
    assert verb_lemma("erwiderte", "erwiderte") == "erwidern"  # a form the dictionary lacks


def test_members_named_by_membership(shared_dir: Path) -> None:
    _, found = records(shared_dir, "friedberg-48648-aenderungsantrag-rueckverweis")
    moved = one(found.positions, "Mitglied Durchdewald beantragt")
    assert (moved.person, moved.role, moved.stance) == ("Durchdewald", "Mitglied", "beantragt")
    assert one(found.positions, "Mitglied Friedrich widerspricht").stance == "lehnt ab"
    assert one(found.positions, "Mitglied Pabst regt an").stance == "schlägt vor"
    # a member citing an earlier committee vote ("mit 7 Ja-Stimmen … mit 2 Enthaltungen") casts no vote
    assert not having(found.decisions, "Mitglied Friedrich")


def test_first_names_after_the_verb_and_abbreviated_offices(shared_dir: Path) -> None:
    _, found = records(shared_dir, "mespelbrunn-28399-bebauungsplan-gegenstimme")
    hock = one(found.positions, "kritisierte Franz Hock")
    assert (hock.person, hock.stance) == ("Franz Hock", "kritisiert")
    _, found = records(shared_dir, "ruppertshofen-2019-07-18-gemeinderat")
    assert one(found.positions, "GRin Mangold sprach für ihn").stance == "befürwortet"
    assert one(found.positions, "BM Kühnl favorisierte").stance == "befürwortet"
    assert one(found.positions, "GR Friedrichs warf ein").stance == "schlägt vor"


def test_colon_lists_and_appositions(shared_dir: Path) -> None:
    _, found = records(shared_dir, "niederfinow-27378-friedhofssatzung")
    assert one(found.positions, "Frau Fürst: regt an").stance == "schlägt vor"
    assert one(found.positions, "Dr. Gollner: Die Kosten").stance == "kritisiert"
    assert one(found.positions, "Herr Dr. Gollner: Warum").stance == "fragt an"
    _, found = records(shared_dir, "oder-spree-12142-geschaeftsbericht-landrat")
    stiller = one(found.positions, "Herr Dr. Stiller, Fraktion DIE LINKE, befürwortet")
    assert (stiller.faction, stiller.stance) == ("DIE LINKE", "befürwortet")
    pech = one(found.positions, "Danach sagt Herr Dr. Pech")
    assert pech.stance == "befürwortet" and "stance" in pech.derived  # "… seine Zustimmung erteilt"


def test_groups_asides_and_questions_answered(shared_dir: Path) -> None:
    _, found = records(shared_dir, "wilkau-hasslau-10015-protokollbestaetigung")
    both = having(found.positions, "Die Stadträte Kowalle und Jung")
    assert {(p.person, p.stance) for p in both} == {("Kowalle", "stellt fest"), ("Jung", "stellt fest")}
    assert one(found.positions, "erklärt Stadtrat Bemmann").stance == "lehnt ab"  # "… nicht zustimmen kann"
    _, found = records(shared_dir, "fuerstenau-42328-richtlinien-verschoben")
    kremkus = one(found.positions, "so Beigeordneter Kremkus")
    assert (kremkus.person, kremkus.stance) == ("Kremkus", "befürwortet")
    _, found = records(shared_dir, "lueneburg-51082-friedhofssatzung")
    asked = having(found.positions, "Auf Nachfrage des Ratsherrn Grimm")
    assert {(p.person, p.stance) for p in asked} == {("Grimm", "fragt an"), ("Herr Hockemeyer", "informiert")}


def test_pronouns_and_indirect_speech_go_on(shared_dir: Path) -> None:
    _, found = records(shared_dir, "oder-spree-12142-geschaeftsbericht-landrat")
    opinion = one(found.positions, "Er ist jedoch der Meinung")
    assert (opinion.person, opinion.stance) == ("Herr Dr. Stiller", "schlägt vor")
    assert "person" in opinion.derived
    refusal = one(found.positions, "hält er nicht für erforderlich")
    assert (refusal.person, refusal.stance) == ("Herr Vogelsänger", "lehnt ab")
    _, found = records(shared_dir, "billerbeck-2930-radweg-buergeranregung")
    proposal = one(found.positions, "Dabei sollte aber nicht nur")
    assert (proposal.person, proposal.stance) == ("Herr Spengler", "schlägt vor")


def test_negated_agreement(shared_dir: Path) -> None:
    _, found = records(shared_dir, "stendal-6495-kreistag-tagesordnung-a14")
    assert one(found.positions, "Frau Braun vertritt diese Rechtsauffassung nicht").stance == "lehnt ab"


# --- open items ------------------------------------------------------------------------------------


def test_tasks_of_a_resolution(shared_dir: Path) -> None:
    _, found = records(shared_dir, "erfurt-149669-ratsbegehren-unterstuetzung")
    owners = {o.owner: o for o in found.open_items if isinstance(o, OpenItem)}
    assert set(owners) == {"Oberbürgermeister", "Verwaltung", "Amt für Ortsteile"}
    assert owners["Verwaltung"].derived == (
        "owner",
    )  # "Den Stadtratsmitgliedern wird … zur Verfügung gestellt"
    assert owners["Amt für Ortsteile"].derived == ()  # "durch das zuständige Amt für Ortsteile"
    _, found = records(shared_dir, "peiting-2447-teilflaechennutzungsplan-windkraft")
    sub = having(found.open_items, "a) ein von der Verwaltung") + having(
        found.open_items, "b) für die Erstellung"
    )
    assert [o.owner for o in sub if isinstance(o, OpenItem)] == ["Erste Bürgermeister", "Erste Bürgermeister"]
    _, found = records(shared_dir, "landau-13921-sporthalle-landesgartenschau")
    assert one(found.open_items, "ist genau zu ermitteln").owner == "Verwaltung"  # type: ignore[attr-defined]


def test_deferrals_plans_and_promises(shared_dir: Path) -> None:
    _, found = records(shared_dir, "fuerstenau-42328-richtlinien-verschoben")
    deferred = one(found.open_items, "in die nächste Sitzung des Stadtrats verschoben")
    assert isinstance(deferred, OpenItem)
    assert (deferred.owner, deferred.due) == ("Stadtrat", "nächste Sitzung des Stadtrats")
    _, found = records(shared_dir, "ruppertshofen-2019-07-18-gemeinderat")
    assert one(found.open_items, "in der nächsten Gemeinderatssitzung besprochen").owner == "Gemeinderat"  # type: ignore[attr-defined]
    _, found = records(shared_dir, "remagen-10497-friedhofssatzung-urnengraeber")
    assert one(found.open_items, "Es soll eine erneute Beratung").owner == "Haupt- und Finanzausschuss"  # type: ignore[attr-defined]
    _, found = records(shared_dir, "oder-spree-12142-geschaeftsbericht-landrat")
    assert one(found.open_items, "Der Landrat verpflichtet sich").owner == "Landrat"  # type: ignore[attr-defined]
    _, found = records(shared_dir, "billerbeck-2930-radweg-buergeranregung")
    meeting = one(found.open_items, "soll eine Anliegerversammlung stattfinden")
    assert meeting.due == "wenn diese Ergebnisse vorliegen"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "owner", "due"),
    [
        # own sentence: "Frau <surname> wird eine entsprechende <document> <infinitive>."
        ("Frau Hinrichs wird eine entsprechende Stellungnahme vorbereiten.", "Frau Hinrichs", ""),
        # own sentence: "Der <committee> empfiehlt, die Verwaltung mit der <task> zu beauftragen."
        (
            "Der Bauausschuss empfiehlt, die Verwaltung mit der Ausschreibung der Sanierungsarbeiten zu beauftragen.",
            "Verwaltung",
            "",
        ),
        # own sentence: "Bis Mitte <month> <year> werden die <nouns> <participle> und <participle>."
        (
            "Bis Mitte Oktober 2021 werden die Rückmeldungen gesichtet und zusammengefasst.",
            "Verwaltung",
            "Mitte Oktober 2021",
        ),
        # own sentence: "Weitere Beratungen zu(r) <topic> werden dann im <body> geführt."
        ("Weitere Beratungen zur Schulwegsicherung werden dann im Bauausschuss geführt.", "Bauausschuss", ""),
        # own sentence: the session system's line "Beschluss: vertagt in <body>"
        ("Beschluss: vertagt in Fachausschuss", "Fachausschuss", ""),
    ],
)
def test_open_items_beyond_beauftragt(sentence: str, owner: str, due: str) -> None:
    meta = DocumentMeta(doc_id="x", kind="minutes", body="Rat")
    found = extract_records(Document(meta=meta, text=sentence)).open_items
    assert [(o.owner, o.due) for o in found] == [(owner, due)]


# --- decisions -------------------------------------------------------------------------------------


def test_votes_on_lines_of_their_own_and_in_the_resolution(shared_dir: Path) -> None:
    _, found = records(shared_dir, "peiting-2447-teilflaechennutzungsplan-windkraft")
    [decision] = found.decisions
    assert (decision.outcome, decision.yes, decision.no, decision.unanimous) == ("angenommen", 23, 0, True)
    _, found = records(shared_dir, "mespelbrunn-28399-bebauungsplan-gegenstimme")
    [decision] = found.decisions
    assert (decision.yes, decision.no, decision.unanimous) == (
        9,
        1,
        False,
    )  # "Ja: 9" + "bei einer Gegenstimme"
    assert decision.derived == ("unanimous",)  # both counts are stated, unanimity follows from them
    _, found = records(shared_dir, "leverkusen-78239-bv1-varianten-abstimmung")
    counts = [(d.outcome, d.yes, d.no, d.abstain) for d in found.decisions]
    assert counts == [("abgelehnt", 2, 6, 4), ("angenommen", 8, 4, None)]


def test_motions_references_and_headers(shared_dir: Path) -> None:
    _, found = records(shared_dir, "niederfinow-27378-friedhofssatzung")
    [decision] = found.decisions  # the motion and the vote on it are one decision
    assert (decision.outcome, decision.unanimous) == ("verwiesen", True)
    _, found = records(shared_dir, "remagen-10497-friedhofssatzung-urnengraeber")
    assert not having(found.decisions, "Auf die Beschlussvorlage wird verwiesen")  # a reference, no referral
    assert one(found.decisions, "wird zustimmend angenommen").outcome == "angenommen"  # type: ignore[attr-defined]
    _, found = records(shared_dir, "neustadt-holstein-18712-klimanotstand")
    assert [d.outcome for d in found.decisions] == ["angenommen"]  # "Beschlussart: geändert beschlossen"


def test_every_record_quotes_its_document(shared_dir: Path) -> None:
    for doc_id in sorted(d for d in load_gold(RECORDS_GOLD).doc_ids if split_of(d) == "tune"):
        document, found = records(shared_dir, doc_id)
        for record in found.all():
            assert document.text[record.char_start : record.char_end] == record.quote
            assert set(record.derived) <= {
                "outcome",
                "unanimous",
                "no",
                "yes",
                "abstain",
                "owner",
                "person",
                "stance",
            }
            if isinstance(record, Decision) and "outcome" not in record.derived:
                assert record.outcome


def test_tune_half_quality(shared_dir: Path) -> None:
    gold = load_gold(RECORDS_GOLD)
    scores = evaluate(gold.only({d for d in gold.doc_ids if split_of(d) == "tune"})).scores
    assert scores["decision"]["record"].precision >= 0.9 and scores["decision"]["record"].recall >= 0.9
    assert scores["position"]["record"].recall >= 0.8 and scores["position"]["stance"].accuracy >= 0.85
    assert scores["open_item"]["record"].recall >= 0.8 and scores["open_item"]["owner"].accuracy >= 0.9


# --- one person, one identity ---------------------------------------------------------------------


def test_one_person_one_key() -> None:
    keys = {
        person_key(n, "Stadt Musterstadt")
        for n in ("Herr Becker", "Stadtrat Becker", "Becker (CDU)", "Dr. Becker")
    }
    assert keys == {"becker|stadt musterstadt"}
    assert person_key("Herr Becker", "Stadt Musterstadt") != person_key("Herr Becker", "Gemeinde Beispiel")
    assert surname("Frau Bezirksbürgermeisterin Di Padova") == "Di Padova"
    assert same_person("Stadtrat Becker", "becker|stadt musterstadt")
    found = said("Herr Stadtrat Becker (CDU) befürwortet die Variante B.")
    assert found[0].person_key == "becker|musterstadt"
