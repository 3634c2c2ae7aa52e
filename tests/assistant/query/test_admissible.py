"""Agenda listings and the passages that cannot count as evidence for a question."""

from __future__ import annotations

from assistant.models import DocumentMeta
from assistant.query.admissible import admissible, requirements
from assistant.query.listing import asks_about_agenda, is_agenda_listing
from assistant.query.scope import Scope
from assistant.vocab import AnswerKind

AGENDA = """Öffentlich zu behandelnde Tagesordnungspunkte
1. Eröffnung der Sitzung, Feststellung der Ordnungsmäßigkeit der Ladung
2. Einwohnerfragestunde
3. Bericht des Bürgermeisters
10. Kanalsanierungsmaßnahmen 2015
  Beschlussvorlage - 37/2014
11. Übernahme der Führerscheinkosten bei Eintritt in die Feuerwehr (Antrag der SPD-Fraktion)"""

DECISION = """1. Der Bericht der Verwaltung wird zur Kenntnis genommen.
2. Der Ausschuss stellt den Bedarf fest und beauftragt die Verwaltung, ein Konzept vorzulegen.
3. Die Mittel werden im Haushalt 2025 bereitgestellt."""

DECISION_WITH_LIST = """Die Bürgerschaft beschließt die Einrichtung von Stadtteilvertretungen.
Folgende Stadtteile bekommen eine Stadtteilvertretung, wie sie andere Städte schon besitzen.
1. Altstadt mit Kniepervorstadt
2. Franken bis Andershof
3. Grünhufe mit Tribseer
4. Knieper mit West und Nord"""


def test_agenda_listings_are_told_from_numbered_decisions() -> None:
    assert is_agenda_listing(AGENDA)
    assert is_agenda_listing("• Entscheidung über Wahleinsprüche\n• Höchstbetrag Kassenkredite\n• Bericht")
    assert is_agenda_listing(
        "Folgende Punkte standen auf der Tagesordnung: 1. Beschaffung von IPads 2. Bausachen "
        "3. Vergabe der Arbeiten 4. Gebührenkalkulation 5. Satzung zur Änderung"
    )
    assert not is_agenda_listing(DECISION)
    assert not is_agenda_listing(DECISION_WITH_LIST)
    assert not is_agenda_listing("Der Gemeinderat beschließt einstimmig, den Auftrag zu vergeben.")


def test_questions_about_the_agenda() -> None:
    assert asks_about_agenda("Welche Tagesordnungspunkte wurden abgesetzt?")
    assert not asks_about_agenda("Wie hat der Rat über den Nahverkehrsplan abgestimmt?")


def meta(municipality: str, date: str = "") -> DocumentMeta:
    return DocumentMeta(doc_id="d", title="t", municipality=municipality, body="Kreistag", date=date)


def test_outcome_questions_do_not_take_a_listing_as_evidence() -> None:
    vote = requirements("Wie hat der Kreistag über den Nahverkehrsplan abgestimmt?", Scope(), "vote")
    who = requirements(
        "Welche Fraktion hat die Übernahme der Führerscheinkosten beantragt?", Scope(), "person"
    )
    assert not admissible(vote, meta("Landkreis Regen"), AGENDA, listing=True)
    assert admissible(who, meta("Landkreis Regen"), AGENDA, listing=True)


def test_passages_from_another_municipality_than_the_named_one_are_no_evidence() -> None:
    scope = Scope(municipalities=frozenset({"Ortsgemeinde Mengerschied"}))
    needs = requirements("Wer wurde zum Ortsbürgermeister von Mengerschied gewählt?", scope, "person")
    text = "Beigeordneter Rockenbach ernannte den gewählten Ortsbürgermeister Ostgen."
    assert not admissible(needs, meta("Ortsgemeinde Heinzenberg"), text, listing=False)
    assert admissible(needs, meta("Ortsgemeinde Mengerschied"), text, listing=False)
    # "Ortsgemeinde" names no place: Heinzenberg's minutes saying it are still from elsewhere.
    elsewhere = (
        "Ortsbürgermeister Ostgen verpflichtete die Ratsmitglieder namens der Ortsgemeinde Heinzenberg."
    )
    assert not admissible(needs, meta("Ortsgemeinde Heinzenberg"), elsewhere, listing=False)
    assert admissible(
        needs, meta("Verbandsgemeinde Kirchberg"), "Ortsgemeinde Mengerschied: " + text, listing=False
    )


def test_a_faction_vote_needs_the_faction() -> None:
    needs = requirements("Wie hat die SPD-Fraktion beim Nahverkehrsplan abgestimmt?", Scope(), "vote")
    assert not admissible(needs, meta("Landkreis Regen"), "Abstimmung: Ja: 49, Nein: 5", listing=False)
    assert admissible(
        needs, meta("Landkreis Regen"), "Die SPD-Fraktion stimmte geschlossen dagegen.", listing=False
    )


def test_a_document_cannot_report_an_outcome_after_its_date() -> None:
    needs = requirements("Wer hat die Bürgermeisterwahl am 24.10.2010 gewonnen?", Scope(), "person")
    text = "Die Stelle des Bürgermeisters wird ausgeschrieben; Herr Maier leitet den Wahlausschuss."
    assert not admissible(needs, meta("Gemeinde Wannweil", "2010-06-17"), text, listing=False)
    assert admissible(needs, meta("Gemeinde Wannweil", "2010-10-25"), text, listing=False)
    assert admissible(needs, meta("Gemeinde Wannweil"), text, listing=False)


def test_an_outcome_in_a_named_month_needs_a_document_from_then_on() -> None:
    needs = requirements(
        "Wie hat der Kreistag im Oktober 2023 über den Nahverkehrsplan abgestimmt?", Scope(), "vote"
    )
    text = "Der Nahverkehrsplan soll in der Oktober-Sitzung 2023 beraten und beschlossen werden."
    assert not admissible(needs, meta("Landkreis Landshut", "2023-03-14"), text, listing=False)
    assert admissible(needs, meta("Landkreis Landshut", "2023-10-19"), text, listing=False)


def test_a_planned_date_may_come_from_another_body() -> None:
    committee = DocumentMeta(
        doc_id="d", title="Klimaschutzkonzept", municipality="Stadt B", body="Umweltausschuss"
    )
    text = "Bis Mitte Februar sollen die Ergebnisse zurückgemeldet werden; der Rat beschließt im März."
    planned = requirements("Wann soll der Rat den Maßnahmenkatalog beschließen?", Scope(), "date")
    past = requirements("Wann hat der Rat den Maßnahmenkatalog beschlossen?", Scope(), "date")
    assert admissible(planned, committee, text, listing=False)
    assert not admissible(past, committee, text, listing=False)


def test_no_passage_answers_for_a_place_no_document_mentions() -> None:
    needs = requirements(
        "Was hat der Kreistag Steinfurt beschlossen?", Scope(), "decision", frozenset({"steinfurt"})
    )
    assert not admissible(
        needs, meta("Landkreis Regen"), "Der Kreistag beschließt einstimmig.", listing=False
    )


def test_a_portal_overview_of_results_is_no_agenda_listing() -> None:
    overview = (
        "Ö 5.4 Annahme von Spenden\nZusatz: BE: Bürgermeister\nBeschluss: ungeändert beschlossen\n\n"
        "Ö 5.5 Entlastung des Verwaltungsrates der Sparkasse\nBeschluss: ungeändert beschlossen\n\n"
        "Ö 5.6 Corporate Governance Kodex\nBeschluss: abgelehnt"
    )
    assert not is_agenda_listing(overview)
    assert is_agenda_listing("Ö 5.4 Annahme von Spenden\nÖ 5.5 Entlastung des Verwaltungsrates\nÖ 5.6 Kodex\nÖ 6 Anfragen")


def test_the_council_under_another_state_s_name_is_the_same_body() -> None:
    from assistant.query.admissible import same_body

    assert same_body("stadtvertretung", "stadtrat")  # "die Magdeburger Stadtvertretung" for the Stadtrat's minutes
    assert same_body("gemeinderat", "gemeindevertretung")
    assert same_body("stadtrat", "rat der stadt bramsche")
    assert not same_body("stadtrat", "haupt- und finanzausschuss")  # a committee is not the council
    assert not same_body("kreistag", "kreisausschuss")
    assert not same_body("gemeinderat", "ortschaftsrat silstedt")


def test_a_body_named_in_a_user_s_word_leaves_the_body_open() -> None:
    # "Kreisparlament" names the Kreistag only loosely; "einen Sitz im Kreisausschuss" is the matter, not the asker
    needs = requirements(
        "Bekommt die Linke im Kreisparlament des Wartburgkreises einen Sitz im Kreisausschuss?",
        Scope(),
        AnswerKind.DECISION,
    )
    assert needs.body == ""
    assert requirements("Was hat der Kreisausschuss zur Kreisumlage beschlossen?", Scope(), AnswerKind.DECISION).body
    # no state's law names an "Ortsvertretung": it may be the Ortsrat, Ortsbeirat or Ortschaftsrat
    asked = "Hat die Ortsvertretung von Wolfshagen im März 2011 das Protokoll vom November abgesegnet?"
    assert requirements(asked, Scope(), AnswerKind.DECISION).body == ""


def test_an_elided_compound_names_each_committee() -> None:
    from assistant.query.admissible import same_body

    assert same_body("bauausschuss", "bau- und werksausschuss weissenhorn")
    assert same_body("umweltausschuss", "planungs-, umwelt- und bauausschuss")
    assert not same_body("finanzausschuss", "bau- und werksausschuss")


def test_a_party_moving_the_motion_is_no_voting_party() -> None:
    # "Antrag CDU/Bauern": the mover; the vote line need not name the CDU
    mover = requirements("Kreistag Uckermark Antrag CDU/Bauern Kita Abstimmungsergebnis", Scope(), AnswerKind.VOTE)
    assert mover.parties == frozenset()
    assert requirements("Wie stimmte die CDU über die Kita ab?", Scope(), AnswerKind.VOTE).parties == {"cdu"}


def test_a_report_may_tell_the_result_of_another_body_than_its_own() -> None:
    # own sentences: a press article filed under the council tells the committee's vote; minutes of the council do
    # not stand for the committee, and a recommendation to the council tells no result of the council
    needs = requirements("Wie hat der Hauptausschuss in Talheim über die Gebührenerhöhung abgestimmt?", Scope(), "vote")
    said = "Im Hauptausschuss hatte die Erhöhung bei zwei Gegenstimmen eine knappe Mehrheit gefunden."
    article = DocumentMeta(doc_id="a", municipality="Stadt Talheim", body="Stadtrat Talheim", kind="other")
    minutes = DocumentMeta(doc_id="m", municipality="Stadt Talheim", body="Stadtrat Talheim", kind="minutes")
    assert admissible(needs, article, said, listing=False)
    assert not admissible(needs, minutes, said, listing=False)
    council = requirements("Hat der Kreistag die Abfallsatzung beschlossen?", Scope(), "decision")
    committee_report = DocumentMeta(doc_id="k", municipality="Landkreis T", body="Kreisausschuss", kind="other")
    recommended = "Die Satzung wurde mehrheitlich durch den Kreisausschuss dem Kreistag zur Beschlussfassung empfohlen."
    assert not admissible(council, committee_report, recommended, listing=False)


def test_a_report_may_name_the_other_body_again_by_its_kind() -> None:
    # own sentences: the committee named once, its vote told of "der Ausschuss" two sentences on
    needs = requirements("Wie hat der Hauptausschuss in Talheim über die Gebührenerhöhung entschieden?", Scope(), "decision")
    article = DocumentMeta(doc_id="a", municipality="Stadt Talheim", body="Stadtrat Talheim", kind="other")
    told = (
        "Vorher wurde im Hauptausschuss das Thema beraten. Dort sind alle Fraktionen vertreten. "
        "Der Ausschuss stimmte der Erhöhung zu."
    )
    assert admissible(needs, article, told, listing=False)
    far = "Vorher wurde im Hauptausschuss das Thema beraten. Dann kam die Presse. Es regnete. Der Ausschuss stimmte zu."
    assert not admissible(needs, article, far, listing=False)
