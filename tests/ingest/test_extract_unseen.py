"""Record extraction on minutes the rules were not written against: real sentences from the tune half
of ``shared/corpus-records`` (never its test half), and the constructions the tracker names."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evaluation.records_eval import RECORDS_GOLD, evaluate, load_gold, split_of
from assistant.language.persons import person_key, same_person, surname
from assistant.models import Decision, Document, DocumentMeta, OpenItem, Position, RecordBase, Records
from ingest.documents import build_document
from ingest.extract import extract_records
from ingest.extract.lemmas import verb_lemma
from ingest.readers import read_file

pytestmark = pytest.mark.shared


def records(shared_dir: Path, doc_id: str) -> tuple[Document, Records]:
    assert split_of(doc_id) == "tune", "tests use the tune half only"
    path = shared_dir / "corpus-records" / "docs" / f"{doc_id}.txt"
    document = build_document(path, read_file(path))
    return document, extract_records(document)


def having(found: list[RecordBase], words: str) -> list[RecordBase]:
    return [r for r in found if words in " ".join(r.quote.split())]


def one(found: list[RecordBase], words: str) -> RecordBase:
    matches = having(found, words)
    assert len(matches) == 1, (words, [r.quote[:60] for r in found])
    return matches[0]


def said(text: str) -> list[Position]:
    meta = DocumentMeta(doc_id="x", kind="minutes", municipality="Musterstadt", body="Rat")
    return extract_records(Document(meta=meta, text=text)).positions


# --- speakers as councils write them --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "person", "role", "stance"),
    [
        ("Mitglied Bartels stimmte diesem Ansatz zu.", "Bartels", "Mitglied", "befürwortet"),
        ("Stv. Knak bringt den Antrag ein und begründet ihn.", "Knak", "Stv.", "beantragt"),
        ("Rh. Paul Hebbel (CDU) stellt für die CDU den Vertagungsantrag.", "Paul Hebbel", "Rh.", "beantragt"),
        ("SGB Janze betont, dass die Frist eingehalten wird.", "Janze", "SGB", "stellt fest"),
        (
            "Erste Stadträtin Marion Götz teilt mit, dass die Mittel bereitstehen.",
            "Marion Götz",
            "Erste Stadträtin",
            "informiert",
        ),
        (
            "Frau Neuke eröffnete die Diskussion und machte deutlich, dass der Plan fehlt.",
            "Frau Neuke",
            "",
            "stellt fest",
        ),
        ("Herr Dickel sagte, dass der Zeitplan steht.", "Herr Dickel", "", "informiert"),
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
    assert verb_lemma("stimmte", "stimmte diesem Ansatz zu") == "zustimmen"
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
    assert meeting.due == "Wenn diese Ergebnisse vorliegen"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "owner", "due"),
    [
        ("Frau Maas wird einen entsprechenden Brief verfassen.", "Frau Maas", ""),
        (
            "Der Ausschuss empfiehlt, die Verwaltung mit der Durchführung der Bürgerbeteiligung zu beauftragen.",
            "Verwaltung",
            "",
        ),
        (
            "Bis Mitte Januar 2019 werden die Stellungnahmen ausgewertet und eingearbeitet.",
            "Verwaltung",
            "Mitte Januar 2019",
        ),
        ("Weitere Beratungen zum Radverkehr werden dann im Arbeitskreis geführt.", "Arbeitskreis", ""),
        ("Beschluss: vertagt in Folgegremium", "Folgegremium", ""),
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


# --- unannotated minutes of corpus-bulk: shapes the tune half does not have -----------------------


def minutes(text: str) -> Records:
    meta = DocumentMeta(doc_id="x", kind="minutes", municipality="Musterstadt", body="Ausschuss")
    return extract_records(Document(meta=meta, text=text))


def test_proposal_repeated_as_resolution_and_its_vote_are_one_decision() -> None:
    found = minutes(  # pfaffenhofen-lk-7475
        "Beschlussvorschlag:\n\nDer Umweltausschuss stimmt dem Vorschlag der Verwaltung zu, einen "
        "Klimaschutz-Masterplan auszuarbeiten. Die Verwaltung wird beauftragt, die erforderlichen Schritte in "
        "die Wege zu leiten.\n\nBeschluss:\n\nDer Umweltausschuss stimmt dem Vorschlag der Verwaltung zu, einen "
        "Klimaschutz-Masterplan auszuarbeiten. Die Verwaltung wird beauftragt, die erforderlichen Schritte in "
        "die Wege zu leiten.\n\nAnwesend: 14\n\nAbstimmung:\n\nJa-Stimmen: 14\n\nNein-Stimmen: 0\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("angenommen", 14, 0)]
    assert len(found.open_items) == 1


def test_a_vote_after_the_debate_closes_the_resolution_above() -> None:
    found = minutes(  # rhein-kreis-neuss-13153
        "Beschluss:\n\nDer Kreistag nimmt die Ausführungen der Verwaltung zustimmend zur Kenntnis.\n\nProtokoll:\n\n"
        "Kreistagsabgeordneter Wolfgang Wappenschmidt teilte mit, dass die Basis des Abfallwirtschaftsplans die "
        "Weichen ab 2017 stellen soll.\n\nAbstimmungsergebnis:\n\neinstimmig\n"
    )
    assert len(found.decisions) == 1
    decision = found.decisions[0]
    assert decision.unanimous is True and decision.quote.startswith("Der Kreistag nimmt")


def test_chairing_is_no_position() -> None:
    for sentence in (
        "Herr Bürgermeister Abstein eröffnet um 19:00 Uhr die 7. Sitzung des Verbandsgemeinderates und begrüßt "
        "die Ratsmitglieder, Herrn Keth, Allgemeine Zeitung Worms sowie einen Bürger.",
        "Um 18.30 Uhr begrüßte Bürgermeisterin Sibylle Würfel die 23 Zuhörerinnen und Zuhörer sowie den "
        "Berichterstatter der Rhein-Neckar-Zeitung zur Gemeinderatssitzung.",
        "Der Bürgermeister stellt die vorliegende Tagesordnung fest.",
    ):
        assert not said(sentence), sentence


def test_nouns_are_no_first_names_and_particles_are_names() -> None:
    assert not said("Seit Jahren gebe es den Vorschlag, ein kommunales Wahlrecht für alle einzuführen.")
    assert not said("Grundsätzlich unterstütze die Abfallsatzung von der Gebührenseite her die Anlieferung.")
    found = said(
        "Aufgrund des zahlreichen Erscheinens von Bürgerantragstellern und interessierten Bürgern zum "
        "Tagesordnungspunkt 9 schlägt Herr Bezirksvorsteher Gietzen vor, diesen Tagesordnungspunkt vorgezogen "
        "nach Tagesordnungspunkt 2 beraten zu lassen."
    )
    assert [(p.person, p.stance) for p in found] == [("Herr Gietzen", "schlägt vor")]
    found = minutes(
        "Bürgermeister von den Driesch stimmt zu und erklärt, dass die Personalkosten weitergehend "
        "aufzuschlüsseln seien."
    )
    assert [p.person for p in found.positions] == ["von den Driesch"] and not found.decisions


def test_a_speaker_on_the_line_after_a_title() -> None:
    found = minutes(
        "Ergebnisplan\nProdukt 0535110 Pflegeplanung, Seniorenarbeit, Wohngeld\nStadtverordneter Neitzke "
        "beantragt, die Teilnehmergebühren für die Seniorenfahrten zu streichen.\n"
    )
    assert [(p.person, p.stance, p.quote[:22]) for p in found.positions] == [
        ("Neitzke", "beantragt", "Stadtverordneter Neitz")
    ]
    found = said(
        "Die Einwohnerin, Frau Manuela Jennrich, die am 12. Februar 2004 ein Schreiben abgegeben hat, fragt an, "
        "warum denn noch keine Antwort vorliegt."
    )
    assert [(p.person, p.stance) for p in found] == [("Frau Manuela Jennrich", "fragt an")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die einzelnen Anwesen sollen dann nach wie vor über das bestehende Kupfer-Kabel angeschlossen bleiben.",
        "Die Fraktion der Grünen/Bündnis 90 lehnte eine Erhöhung der Hebesätze ab, da damit aus ihrer Sicht der "
        "Bau der Osttangente finanziert werde.",
        "Auf Nachfrage von Herrn Wirtz (SPD) erklärt Frau Ludwig-Schieffers, dass auch künftig zunächst der Bedarf "
        "der Kinder mit Rechtsanspruch gedeckt wird.",
    ],
)
def test_states_reasons_and_standing_rules_are_no_tasks(sentence: str) -> None:
    assert not minutes(sentence).open_items


def test_a_portal_status_and_the_one_vote_under_the_resolution_are_one_decision() -> None:
    found = minutes(  # koeln-36213
        "Antrag: Unterstützung von Selbsthilfemaßnahmen an Sportanlagen\n\nBeschluss: verwiesen in nachfolgende "
        "Gremien\n\nRM Köhler erläutert anhand der umgedruckten Unterlage die Intention der Antragstellung.\n\n"
        "Beschluss:\n\nDer Sportausschuss beauftragt die Verwaltung mit der Einrichtung eines Fonds.\n\n"
        "Abstimmungsergebnis:\n\nMehrheitlich gegen CDU/FDP-Fraktion in die Haushaltsplanberatungen verwiesen\n"
    )
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("verwiesen", False)]


def test_a_status_line_ends_its_unit() -> None:
    found = minutes(  # potsdam-2006-09-21
        "Beschluss: vertagt\nFrau Müller weist darauf hin, dass der vorgelegte Zwischenbericht erfolgt.\n"
    )
    assert [d.quote for d in found.decisions] == ["Beschluss: vertagt"]
    assert [p.person for p in found.positions] == ["Frau Müller"]


def test_tasks_of_a_rejected_motion_are_nobodys(shared_dir: Path) -> None:
    path = shared_dir / "corpus-bulk" / "docs" / "stralsund-15940-antrag-stadtteilvertretungen.txt"
    found = extract_records(build_document(path, read_file(path)))
    assert [d.outcome for d in found.decisions][:1] == ["abgelehnt"]
    assert not having(found.open_items, "mit der organisatorischen Umsetzung beauftragt")


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Entwurf wird dem Protokoll beigefügt.",  # vg-baunach-44866
        "Damit zeitnah in der Praxis positive Ergebnisse erzielt werden, soll auch die Finanzierung mitbeschlossen "
        "werden, zumal es sich hier um anteilige Restmittel aus 2007 handelt.",  # koeln-36213
    ],
)
def test_what_the_session_does_itself_is_no_task(sentence: str) -> None:
    assert not minutes(sentence).open_items


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Herr Klein möchte wissen, wann gebaut wird.", [("Herr Klein", "fragt an")]),
        ("Herr Frey weist darauf hin, dass die Frist abgelaufen ist.", [("Herr Frey", "stellt fest")]),
        ("Auf Nachfrage von Herrn Frey erläutert die Verwaltung den Zeitplan.", [("Herr Frey", "fragt an")]),
    ],
)
def test_the_guides_verbs(sentence: str, expected: list[tuple[str, str]]) -> None:
    """RECORDS-GUIDE section 4: "möchte wissen" asks, "weist darauf hin" states a finding, "auf Nachfrage
    von X" is X's question also when the one who answers is an office."""
    assert [(p.person, p.stance) for p in said(sentence)] == expected


def test_the_portal_header_and_the_one_resolution_below_are_one_decision() -> None:
    found = minutes(  # utting-7510
        "Abstimmung:\n\nJa: 12, Nein: 0\n\nSachverhalt:\n\nDer demnächst einzureichende Bauantrag wird im "
        "Gesamtgremium behandelt.\n\nBeschluss:\n\nDer Gemeinderat nimmt den Sachverhalt zur Kenntnis und stimmt "
        "der Behandlung des Bauantrags im Gesamtgremium zu.\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("angenommen", 12, 0)]
    assert found.decisions[0].quote.startswith("Der Gemeinderat nimmt")
    found = minutes(  # meerbusch-711
        "Beschluss: zur Kenntnis genommen\n\nErste Beigeordnete Mielke-Westerlage weist darauf hin, dass die "
        "Zahlen vorläufig sind.\n\nDer Ausschuss nimmt den Bericht zur Kenntnis.\n"
    )
    assert [(d.outcome, d.quote) for d in found.decisions] == [
        ("zur Kenntnis genommen", "Der Ausschuss nimmt den Bericht zur Kenntnis.")
    ]


def test_the_guides_vote_shapes() -> None:
    """RECORDS-GUIDE sections 2-3: a bare count after the label, a 'Beratungsergebnis' header with the
    resolution and its 'Abstimmungsergebnis', and repeated identical resolutions."""
    found = minutes("Beschluss:  8 : 10  (Antrag damit abgelehnt).")
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("abgelehnt", 8, 10)]
    found = minutes(
        "Beratungsergebnis: einstimmig beschlossen\n\nDer Bau- und Betriebsausschuss beauftragt die Verwaltung, "
        "eine Planungs- und Bauvereinbarung abzuschließen.\n\nAbstimmungsergebnis:           einstimmig"
    )
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("angenommen", True)]
    found = minutes(
        "Die Bezirksversammlung nimmt die Drucksache zur Kenntnis.\nDrucksache 21-1234\n\n"
        "Die Bezirksversammlung nimmt die Drucksache zur Kenntnis.\nDrucksache 21-1235"
    )
    assert len(found.decisions) == 2


@pytest.mark.parametrize(
    ("sentence", "owner", "due"),
    [
        ("Der Rat überweist den Antrag an den Hauptausschuss.", "Hauptausschuss", ""),
        (
            "Der Antrag wird zur Beratung in den Ausschuss für Stadtentwicklung überwiesen.",
            "Ausschuss für Stadtentwicklung",
            "",
        ),
        ("Die Verwaltung wird dies bis zur nächsten Sitzung klären.", "Verwaltung", "nächste Sitzung"),
        ("Das Thema wird in der nächsten Sitzung erneut beraten.", "Ausschuss", "nächste Sitzung"),
    ],
)
def test_referrals_promises_of_offices_and_the_bodys_own_next_session(
    sentence: str, owner: str, due: str
) -> None:
    """RECORDS-GUIDE section 5: a referral's target (a deliberation, "zur Beratung", is none), an office's
    promise, a deliberation in the next session of the body itself."""
    assert [(o.owner, o.due) for o in minutes(sentence).open_items] == [(owner, due)]


def test_standing_rules_are_no_tasks_and_an_inverted_addressee_is_one() -> None:
    for sentence in (  # fuerstenfeldbruck-25726, probstei-58766, kamen-8614
        "Beschluss:\n2. Bei Abschluss städtebaulicher Verträge ist die Installation einer Photovoltaikanlage zu "
        "vereinbaren.",
        "Beschluss:\nDer Brandschutzplan ist alle zwei Jahre zu überarbeiten und neu aufzustellen.",
        "Beschluss:\nSchulstandorten ist weiterhin vorzuhalten, um auf Entwicklungen reagieren zu können.",
    ):
        assert not minutes(sentence).open_items, sentence
    found = minutes(  # rhein-kreis-neuss-5837
        "Beschluss:\nDarüber hinaus wird das Jugendamt beauftragt, den Bedarf jährlich festzustellen."
    )
    assert [o.owner for o in found.open_items] == ["Jugendamt"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "RM Köhler erläutert anhand der Unterlage die Intention der Antragstellung.",
            [("Köhler", "informiert")],
        ),
        (
            "Rf. Schmitz, BÜNDNIS 90/DIE GRÜNEN beantragt, den Antrag weiterzuleiten.",  # leverkusen-3487
            [("Schmitz", "beantragt")],
        ),
        ("Frau BMin Dr. Preuß beantragt die Zurückstellung.", [("Frau Dr. Preuß", "beantragt")]),
        ("Bezirksstadtrat Dr. Hanke: Ich halte das für richtig.", [("Dr. Hanke", "befürwortet")]),
        ("Der Ortsvorsteher Herr Klein berichtet über die Begehung.", [("Herr Klein", "informiert")]),
        (
            "Nach Auffassung von Herrn Meier ist die Planung nicht ausreichend.",
            [("Herr Meier", "informiert")],
        ),
        ("Herr Meier hält die Kosten für zu hoch.", [("Herr Meier", "kritisiert")]),
        ("GR M. Schneller erklärt sich für befangen.", []),
    ],
)
def test_abbreviated_offices_initials_and_cited_opinions(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(p.person, p.stance) for p in said(sentence)] == expected


def test_an_adopted_proposal_to_refer_and_a_deferral_restated() -> None:
    found = minutes(  # erlangen-5048376 (project gold)
        "Aufgrund der Diskussion schlägt der Vorsitzende OBM Dr. Janik vor, den Tagesordnungspunkt an den SGA zu "
        "verweisen. Der Stadtrat ist damit einverstanden."
    )
    assert [o.owner for o in found.open_items] == ["SGA"]
    found = minutes(  # pfinztal-1019161 (project gold)
        "Die Beratung und Beschlussfassung zu diesem Thema soll auf eine andere Sitzung vertagt werden.\n"
        "Ja-Stimmen: 14 Nein-Stimmen: 4\nDie Beschlussfassung wurde mehrheitlich auf eine andere Sitzung vertagt."
    )
    assert [o.owner for o in found.open_items] == ["Ausschuss"]
    assert [
        p.stance for p in said("Herr Gennies erläutert die Vorlage. Im Anschluss lässt er abstimmen.")
    ] == ["informiert"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bürgermeister Meier stellt den Antrag zur Abstimmung.",
        "Herr Meier verliest den Beschlussvorschlag.",
        "Bürgermeister Meier gibt das Ergebnis der Abstimmung bekannt.",
        "Bürgermeister Meier stellt fest, dass der Antrag angenommen ist.",
        "Bürgermeister Meier stellt die Einstimmigkeit fest.",
    ],
)
def test_putting_to_the_vote_and_announcing_the_result_is_chairing(sentence: str) -> None:
    """RECORDS-GUIDE section 4: pure chairing belongs to the decision's evidence or to nothing."""
    assert not said(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ein Anwohner, Herr Meyer, fragt, wann die Straße saniert wird.", [("Herr Meyer", "fragt an")]),
        ("Anwohnerin Frau Kühn beklagt die Lärmbelästigung.", [("Frau Kühn", "kritisiert")]),
        ("Frage von Herrn Otto: Wann wird die Beleuchtung erneuert?", [("Herr Otto", "fragt an")]),
        ("Vorsitzender Herr Klein: Ich rufe den Punkt auf.", []),
    ],
)
def test_citizens_question_labels_and_calling_an_item(sentence: str, expected: list[tuple[str, str]]) -> None:
    """RECORDS-GUIDE section 4: named citizens in a question time are ordinary speakers; calling an item is chairing."""
    assert [(p.person, p.stance) for p in said(sentence)] == expected


def test_elections_are_decisions() -> None:
    """RECORDS-GUIDE section 3: every vote of the body; a person elected is its subject, not a speaker."""
    found = minutes("Herr Müller wird einstimmig zum stellvertretenden Vorsitzenden gewählt.")
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("angenommen", True)]
    found = minutes("Wahl des Schiedsmanns: Herr Müller erhält 12 Stimmen. Herr Müller ist damit gewählt.")
    assert [d.outcome for d in found.decisions] == ["angenommen"]
    assert not minutes("Die Ortsbürgermeisterin kann vom Rat gewählt werden.").decisions


def test_past_tense_resolutions_and_label_only_headers() -> None:
    found = minutes(  # annweiler-1861
        "Beschluss: beschlossen\n\nRatsmitglied Thomas Lauth nahm an der Beratung nicht teil.\n\nDer Gemeinderat "
        "beschloss einstimmig, den Antrag auf gemeinsame Errichtung eines Bolzplatzes abzulehnen.\n"
    )
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("abgelehnt", True)]
    found = minutes(  # schneeberg-669
        "Beschluss: Abstimmungsergebnis:\n\nAbstimmung: Ja: 8, Nein: 3\n\nSachverhalt:\n\nDie Gebühren sind "
        "gestiegen.\n\nBeschluss:\n\nDer Marktgemeinderat stimmt der vorgeschlagenen Gebührenfestsetzung zu.\n"
    )
    assert [(d.yes, d.no, d.quote) for d in found.decisions] == [
        (8, 3, "Der Marktgemeinderat stimmt der vorgeschlagenen Gebührenfestsetzung zu.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Folgende Stellungnahmen sind ohne Bedenken eingegangen:",  # walkertshofen-2021-05-18
        "Herr Riedl und Herr Mager erklären ihr Mitwirkungsverbot.",  # westliche-boerde-13060
    ],
)
def test_determiners_are_no_first_names_and_declaring_an_interest_is_procedural(sentence: str) -> None:
    assert not said(sentence)


def test_indirect_speech_without_a_cue_makes_no_position_of_its_own() -> None:
    found = said("Herr Meier begrüßt die Anwesenden. Die Sitzung sei ordnungsgemäß einberufen worden.")
    assert not found
    found = said("Herr Meier erläutert die Vorlage. Die Kosten seien gestiegen.")
    assert [(p.person, p.stance) for p in found] == [("Herr Meier", "informiert")]
    assert found[0].quote.endswith("gestiegen.")


def test_a_plan_a_member_reports_is_a_task_only_when_someone_deliberates_or_reports_back() -> None:
    found = minutes(  # kamen-7729: an announced report
        "Herr Hupe erklärte, dass die Verwaltung sofort mit der Prüfung beginne und im nächsten "
        "Straßenverkehrsausschuss berichten werde."
    )
    assert [o.owner for o in found.open_items] == ["Verwaltung"]
    found = minutes(  # boerde-2017-02-01 (project gold: no task)
        "Frau Leuschner spricht sich ebenfalls für eine umfangreiche Ist-Analyse aus und stellt das Vorhaben, dass "
        "zum nächsten Kreistag dieser grundsätzliche Beschluss mit eingebracht werden soll, zur Abstimmung."
    )
    assert not found.open_items


def test_a_name_alone_before_a_colon_quotes_the_words_that_follow() -> None:
    """RECORDS-GUIDE section 2: a position's evidence is the speaker's sentence(s), not the name line."""
    found = said(
        "Herr Müller (CDU):\nWir werden dem Antrag nicht zustimmen. Ich halte das für falsch.\n\n"
        "Herr Schulz (SPD):\nWir stimmen zu."
    )
    assert [(p.person, p.stance) for p in found] == [
        ("Herr Müller", "lehnt ab"),
        ("Herr Schulz", "befürwortet"),
    ]
    assert found[0].quote.endswith("Ich halte das für falsch.")
