"""A value belongs to the asked slot only where one sentence holds both (a real chunk of a shared tune
document: the Peine county budget, 2016), and results asked that the documents only announce."""

from __future__ import annotations

from dataclasses import replace

from assistant.answering.answer import MIN_COVERAGE, confidence, distinct
from assistant.answering.grounding import ground, grounded
from assistant.answering.premise import ANNOUNCED, NOT_REPORTED, open_result
from assistant.models import Chunk, Citation, Decision, DocumentMeta, OpenItem, Passage
from assistant.query.coverage import Need
from assistant.query.slot import AskedSlot
from assistant.vocab import AnswerKind, DocumentKind

PEINE = (
    "Aufgrund der sehr schwierigen Flüchtlingssituation sei es erforderlich gewesen, Stellen in der "
    "Kreisverwaltung deutlich auszubauen. Gegenüber dem Haushalt 2015 hätten 37 Stellen neu veranschlagt werden "
    "müssen, um den Zustrom der Flüchtlinge bewältigen zu können. Durch höhere Schlüsselzuweisungen sei auf der "
    "Einnahmeseite eine Verbesserung von rund 2,7 Millionen Euro zu verzeichnen."
)
QUESTION = "Wie viele zusätzliche Stellen musste der Landkreis Peine schaffen?"


def _citation(text: str, start: int, end: int, doc: str = "peine", item: str = "TOP 4") -> Citation:
    return Citation(
        doc_id=doc, title="T", municipality="Landkreis Peine", body="Kreistag", date="2016-01-01",
        agenda_item=item, page=None, quote=text[start:end], char_start=start, char_end=end, source="", score=0.5,
    )  # fmt: skip


def _passage(start: int, end: int) -> Passage:
    chunk = Chunk(chunk_id="c", doc_id="peine", text=PEINE, char_start=0, char_end=len(PEINE))
    return Passage(
        citation=_citation(PEINE, start, end), chunk=chunk, meta=DocumentMeta(doc_id="peine"), score=1.0,
        dense=0.5, lexical=1.0, coverage=0.8,
    )  # fmt: skip


def _slot(stem: str) -> AskedSlot:
    return AskedSlot(AnswerKind.AMOUNT, stem, (Need(1.0, (frozenset({stem}),)),))


def test_the_value_and_its_head_in_one_sentence() -> None:
    assert grounded(_slot("stell"), _passage(0, len(PEINE)), QUESTION)
    last = PEINE.index("Durch")
    assert not grounded(_slot("stell"), _passage(last, len(PEINE)), QUESTION)  # 2,7 Millionen: not the posts
    assert not grounded(_slot("haushalt"), _passage(last, len(PEINE)), QUESTION)


def test_ground_sets_fits_by_the_slot_and_leaves_other_questions_alone() -> None:
    whole, money = _passage(0, len(PEINE)), _passage(PEINE.index("Durch"), len(PEINE))
    assert [p.fits for p in ground(_slot("stell"), [whole, money], QUESTION)] == [True, False]
    assert ground(None, [money], QUESTION) == [money]


ANNOUNCED_TEXT = "Die Bearbeitung des Antrages wird im Monat Oktober stattfinden. Danach erhält der Ortsbeirat weitere Informationen."
DECIDED = "Beschluss: Einstimmig abgelehnt Abstimmung: Ja: 0, Nein: 37"


def _record(kind: type, quote: str, outcome: str = "") -> object:
    common = dict(record_id="r", doc_id="a", municipality="Stadt X", body="Rat", date="2024-01-01",
                  agenda_item="TOP 3", topic="T", quote=quote, char_start=0, char_end=len(quote), source="", public=True)  # fmt: skip
    return kind(**common, outcome=outcome) if kind is Decision else kind(**common)


def test_a_result_only_announced() -> None:
    announced = _citation(ANNOUNCED_TEXT, 0, len(ANNOUNCED_TEXT), "a", "TOP 3")
    assert open_result([(announced, [], DocumentKind.MINUTES)]) == ANNOUNCED
    assert open_result([(announced, [_record(Decision, DECIDED, "abgelehnt")], DocumentKind.MINUTES)]) == ""
    recommended = "Der Ausschuss empfiehlt dem Rat, die Satzung zu beschließen."
    assert (
        open_result([(announced, [_record(Decision, recommended, "angenommen")], DocumentKind.MINUTES)])
        == ANNOUNCED
    )
    decided = _citation(DECIDED, 0, len(DECIDED), "a", "TOP 3")
    assert open_result([(decided, [], DocumentKind.MINUTES)]) == ""
    joined = (
        "Der Stadtrat schloss sich dem Abwägungsvorschlag des Planers bei einer Enthaltung einstimmig an."
    )
    assert open_result([(_citation(joined, 0, len(joined), "a", "TOP 3"), [], DocumentKind.MINUTES)]) == ""


def test_a_proposal_or_an_open_item_announces_and_a_plain_report_holds_no_result() -> None:
    proposal = "Beschlussvorschlag: Der Gemeinderat beschließt die Satzung."
    cited = _citation(proposal, 0, len(proposal), "a", "TOP 3")
    assert open_result([(cited, [], DocumentKind.PROPOSAL)]) == ANNOUNCED
    plain = "Herr Meier erläutert die Satzung."
    cited = _citation(plain, 0, len(plain), "a", "TOP 3")
    assert open_result([(cited, [], DocumentKind.MINUTES)]) == NOT_REPORTED
    assert (
        open_result([(cited, [_record(OpenItem, "Die Verwaltung prüft das.")], DocumentKind.MINUTES)])
        == ANNOUNCED
    )
    assert open_result([]) == ""


def test_a_paraphrase_with_little_word_overlap_passes_the_coverage_gate() -> None:
    """A passage sharing a sixth of the question's weighted words, but close in meaning, is evidence: a
    paraphrase ("Biomüll-Abgabe" for "Bioabfallgebühr") shares few words (the gate was 0.2, now 0.15)."""
    paraphrased = replace(_passage(0, len(PEINE)), coverage=0.17, dense=0.6)
    assert MIN_COVERAGE <= 0.17 and confidence([paraphrased]) > 0
    assert confidence([replace(paraphrased, coverage=0.1)]) == 0.0


def _in_chunk(start: int, end: int, quoted: tuple[int, int], fits: bool) -> Passage:
    """A passage of chunk ``PEINE[start:end]`` whose quote is ``PEINE[quoted[0]:quoted[1]]`` (possibly beyond it)."""
    chunk = Chunk(chunk_id=f"c{start}", doc_id="peine", text=PEINE[start:end], char_start=start, char_end=end)
    return Passage(
        citation=_citation(PEINE, *quoted), chunk=chunk, meta=DocumentMeta(doc_id="peine"), score=1.0,
        dense=0.5, lexical=1.0, coverage=0.8, fits=fits,
    )  # fmt: skip


def test_a_passage_another_quote_takes_in_is_dropped_unless_only_it_holds_the_asked_fact() -> None:
    cut = PEINE.index("Durch")
    # the second chunk's quote ran back over the first chunk: the first chunk's passage is repeated there
    later = _in_chunk(cut, len(PEINE), (0, len(PEINE)), fits=True)
    assert distinct([later, _in_chunk(0, cut, (0, cut), fits=True)]) == [later]
    # ... but the one whose own quote holds the asked fact (the keeper's core does not) stays for the gates
    keeper = replace(later, fits=False)
    kept = distinct([keeper, _in_chunk(0, cut, (0, cut), fits=True)])
    assert len(kept) == 2 and kept[1].fits


SPORTS_HALL = (
    "Der Gemeinderat beschließt die Sanierung der Turnhalle am Sportplatz. Hierfür stellt die Gemeinde 85.000 Euro "
    "bereit. Die Straßenbeleuchtung im Neubaugebiet kostet 12.000 Euro."
)


def _hall(start: int) -> Passage:
    chunk = Chunk(chunk_id="h", doc_id="hall", text=SPORTS_HALL, char_start=0, char_end=len(SPORTS_HALL))
    return Passage(
        citation=_citation(SPORTS_HALL, start, len(SPORTS_HALL), doc="hall"), chunk=chunk,
        meta=DocumentMeta(doc_id="hall"), score=1.0, dense=0.5, lexical=1.0, coverage=0.8,
    )  # fmt: skip


def test_a_value_that_points_back_belongs_to_the_sentence_before() -> None:
    slot = AskedSlot(AnswerKind.MONEY, "Turnhalle", (Need(1.0, (frozenset({"turnhall"}),)),))
    question = "Wie viel Geld gibt die Gemeinde für die Turnhalle aus?"
    assert grounded(slot, _hall(0), question)  # "Hierfür … 85.000 Euro": for the hall named before
    assert not grounded(slot, _hall(SPORTS_HALL.index("Die Straßen")), question)  # 12.000 Euro: the street lights


def test_a_value_in_the_part_of_the_quote_that_runs_on_past_its_chunk_belongs_to_the_slot() -> None:
    cut = PEINE.index("Gegenüber")
    # the chunk ends before the posts' sentence; the quote runs on into the next chunk and holds it
    assert grounded(_slot("stell"), _in_chunk(0, cut, (0, PEINE.index("Durch")), fits=True), QUESTION)
    assert not grounded(_slot("stell"), _in_chunk(0, cut, (0, cut), fits=True), QUESTION)


def _own_passage(text: str) -> Passage:
    chunk = Chunk(chunk_id="c", doc_id="d", text=text, char_start=0, char_end=len(text))
    return Passage(
        citation=_citation(text, 0, len(text), doc="d"), chunk=chunk, meta=DocumentMeta(doc_id="d"), score=1.0,
        dense=0.5, lexical=1.0, coverage=0.8,
    )  # fmt: skip


def test_the_counts_of_a_tally_belong_to_the_resolution_above_it() -> None:
    tally = (
        "Der Rat beschließt die Niederschrift der Sitzung vom 04.02.2025 in der vorliegenden Form.\n"
        "Abstimmungsergebnis\nanwesend 14\nJa-Stimmen 10\nNein-Stimmen 1\nStimmenthaltungen 3\n"
    )
    question = "Wie viele haben sich bei der Niederschrift enthalten?"
    assert grounded(_slot("niederschrift"), _own_passage(tally), question)
    assert not grounded(_slot("bebauungsplan"), _own_passage(tally), question)


def test_a_plain_word_for_the_matter_points_back_to_the_sentence_before() -> None:
    text = "Danach wurde die Gebührensatzung beraten. Die Vorlage wird ab der nächsten Woche ausgelegt."
    question = "Ab wann wird die Gebührensatzung ausgelegt?"
    date = AskedSlot(AnswerKind.DATE, "gebuhrensatz", (Need(1.0, (frozenset({"gebuhrensatz"}),)),))
    assert grounded(date, _own_passage(text), question)
    other = "Danach wurde die Gebührensatzung beraten. Der Kindergarten wird ab der nächsten Woche geschlossen."
    assert not grounded(date, _own_passage(other), question)


def test_a_demonstrative_names_the_head_named_before() -> None:
    text = (
        "TOP 1: Hochwasser- und Starkregenvorsorgekonzept\nDie Planerin stellt die Ergebnisse vor. Im März 2025 werde "
        "dieses Konzept den Bürgern in einer Versammlung vorgestellt."
    )
    chunk = Chunk(chunk_id="c", doc_id="d", text=text, char_start=0, char_end=len(text))
    passage = Passage(
        citation=_citation(text, 0, len(text), "d"), chunk=chunk, meta=DocumentMeta(doc_id="d"), score=1.0,
        dense=0.5, lexical=1.0, coverage=1.0,
    )  # fmt: skip
    slot = AskedSlot(AnswerKind.DATE, "Hochwasserkonzept", (Need(1.0, (frozenset({"hochwass", "konzept"}),)),))
    question = "Wann wird das Hochwasserkonzept den Bürgern vorgestellt?"
    assert grounded(slot, passage, question)
    other = replace(passage, citation=_citation(text.replace("dieses Konzept", "es"), 0, len(text), "d"))
    assert not grounded(slot, replace(other, chunk=replace(chunk, text=text.replace("dieses Konzept", "es"))), question)


def test_the_same_quote_through_a_chunk_that_covers_the_question_better_replaces_it() -> None:
    cut = PEINE.index("Durch")
    first = replace(_in_chunk(0, cut, (0, cut), fits=True), coverage=0.13)
    better = replace(_in_chunk(0, len(PEINE), (0, cut), fits=True), coverage=0.65)
    assert distinct([first, better]) == [better]
    unfit = replace(better, fits=False)
    assert distinct([first, unfit]) == [first]  # a better covered quote that lacks the asked fact does not
