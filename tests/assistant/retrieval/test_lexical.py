"""German lexical analysis: folding, compounds split against the corpus vocabulary, filters."""

from __future__ import annotations

from assistant.language.compounds import CompoundSplitter
from assistant.language.german import content_terms, fold
from assistant.models import Chunk, DocumentMeta, SearchFilters
from assistant.query.coverage import beyond, coverage, search_terms
from assistant.retrieval.lexical import LexicalIndex

META = {
    "a": DocumentMeta("a", "Haushalt", "a.txt", "Landkreis Musterland", "Kreistag", "2023-03-01", "minutes"),
    "b": DocumentMeta("b", "Umlage", "b.txt", "Gemeinde Beispiel", "Gemeinderat", "2019-05-02", "minutes"),
}
CHUNKS = [
    Chunk("a1", "a", "Die Kreisumlageerhebung für 2023 wird mit 41 Prozent beschlossen.", 0, 66),
    Chunk("b1", "b", "Die Kreisumlage belastet die Gemeinde. Die Kreisumlage steigt.", 0, 62),
    Chunk(
        "b2",
        "b",
        "Der Beschluß über die Erhebung der Hundesteuer (Erhebung ab 2024) wird vertagt.",
        62,
        141,
        public=False,
    ),
]


def test_folding_meets_old_and_new_spelling() -> None:
    assert fold("Beschluß über Größe") == "beschluss ueber groesse"
    assert content_terms("Beschluß") == content_terms("Beschluss")


def test_compound_is_split_against_corpus_words() -> None:
    splitter = CompoundSplitter(["kreisumlage", "kreisumlage", "erhebung", "erhebung", "kreis"])
    assert splitter.split("kreisumlageerhebung") == ("kreisumlage", "erhebung")
    assert splitter.split("integrationskonzept") == ()


def test_kreisumlageerhebung_matches_kreisumlage() -> None:
    index = LexicalIndex(CHUNKS, META)
    scores = index.scores(content_terms("Kreisumlage"))
    assert scores[0] > 0 and scores[1] > 0 and scores[2] == 0


def test_question_words_the_index_never_saw_are_split_into_known_parts() -> None:
    index = LexicalIndex(CHUNKS, META)

    def searched(question: str) -> list[str]:
        return sorted(search_terms(index.needs(question)))

    # "Kreisumlageerhebung" is in the index as a whole word; "Umlageerhebung" is not, its parts are.
    assert searched("Kreisumlageerhebung 2023") == sorted(content_terms("Kreisumlageerhebung 2023"))
    assert searched("Wann kommt die Umlageerhebung?") == sorted(content_terms("Umlage Erhebung"))
    # The joined form of a hyphenated word is dropped when the index lacks it: its parts stand in.
    assert searched("Hundesteuer-Erhebung") == sorted(content_terms("Hundesteuer Erhebung"))
    # A word that is neither known nor a compound of known words cannot be met: it weighs as the
    # rarest term, so a passage with everything else still covers only part of the question.
    needs = index.needs("Kreisumlage auf dem Mond")
    assert "mond" not in searched("Kreisumlage auf dem Mond")
    assert 0.0 < coverage(needs, index.terms[1]) < 0.5


def test_mask_applies_filters_and_rights() -> None:
    index = LexicalIndex(CHUNKS, META)
    assert index.mask(SearchFilters(), include_private=False).tolist() == [True, True, False]
    assert index.mask(SearchFilters(body="Kreistag"), include_private=True).tolist() == [True, False, False]
    by_year = index.mask(SearchFilters(date_from="2020-01-01"), include_private=True)
    assert by_year.tolist() == [True, False, False]
    until = index.mask(SearchFilters(date_to="2020-12-31", kind="minutes"), include_private=True)
    assert until.tolist() == [False, True, True]
    assert not index.mask(SearchFilters(municipality="Stadt Nirgendwo"), include_private=True).any()
    assert index.municipality_mask("Gemeinde Beispiel").tolist() == [False, True, True]


def test_separable_participles_meet_the_split_present_tense() -> None:
    from assistant.language.german import separated_forms

    assert separated_forms("Was hat Ratsherr Wernemann angeregt? Wer hat eine Klärung zugesagt?") == [
        "regt",
        "sagt",
    ]
    assert content_terms("Herr Wernemann regt an")[-1:] == separated_forms("angeregt")
    assert separated_forms("Der Antrag wurde beraten und genehmigt.") == []


def test_a_date_the_question_names_is_not_the_answer() -> None:
    from assistant.query.facts import holds_answer_kind

    question = "Wann soll die Bürgerschaft über den Doppelhaushalt 2022/2023 beschließen?"
    assert not holds_answer_kind("date", "Als Eckwert gilt der Finanzplan 2022/2023.", question)
    assert holds_answer_kind("date", "Die Beschlussfassung ist im Dezember 2021 vorgesehen.", question)


def test_a_participle_is_covered_by_its_verb_and_noun() -> None:
    from assistant.language.german import participle_forms

    assert {"fortschreiben", "fortschreibung"} <= set(participle_forms("fortgeschrieben"))
    assert {"nachbessern", "nachbesserung"} <= set(participle_forms("nachgebessert"))
    assert "schliessung" in participle_forms("geschlossen")
    assert participle_forms("beschlossen") == []  # no "ge-": nothing to undo
    chunks = [
        Chunk("n1", "a", "Die Fortschreibung des Integrationskonzepts erfolgt in einem Jahr.", 0, 67),
        Chunk("n2", "a", "Das Integrationskonzept wird fortgeschrieben und nachgebessert.", 67, 131),
    ]
    index = LexicalIndex(chunks, META)
    needs = index.needs("Wann wird das Konzept fortgeschrieben?")
    participle = next(n for n in needs if frozenset(content_terms("fortgeschrieben")) in n.options)
    assert participle.met_by(set(content_terms("Die Fortschreibung erfolgt in einem Jahr.")))
    assert coverage(needs, index.terms[0]) > coverage(needs, set()) == 0.0


def test_a_compound_the_corpus_lacks_needs_all_its_parts() -> None:
    chunks = [
        Chunk("s1", "a", "Die Hunde sind gemeldet. Die Steuer wird erhoben.", 0, 49),
        Chunk("s2", "a", "Die Steuer wird erhöht, die Grundsteuer auch.", 49, 95),
        Chunk("s3", "a", "Die Zahl der Hunde steigt, die Steuer bleibt.", 95, 140),
    ]
    index = LexicalIndex(chunks, META)
    (steuer,) = [n for n in index.needs("Hundesteuer") if n.options]
    assert steuer.options == (frozenset(content_terms("Hund Steuer")),)
    assert steuer.met_by(index.terms[2]) and not steuer.met_by(index.terms[1])
    assert beyond([steuer], frozenset(content_terms("Hund Steuer"))) == []


def test_a_place_no_document_mentions_is_reported() -> None:
    index = LexicalIndex(CHUNKS, META)
    assert index.unknown_places("Was hat der Kreistag Steinfurt beschlossen?") == {"steinfurt"}
    assert index.unknown_places("Wie hoch ist die Kreisumlage in Nirgendwo-Süd?") == {"nirgendwo-sued"}
    assert index.unknown_places("Was hat der Musterländer Kreistag beschlossen?") == set()
    assert index.unknown_places("Was beschloss die Gemeinde Beispiel zur Umlage?") == set()
    assert index.unknown_places("Was kostet es im Amt Am See?") == set()  # "Am": a stop word, no judgement
    # a common noun after "in" names no place, however rare: "in Eigenregie", "in Trägerschaft"
    assert index.unknown_places("Warum wird die Kita nicht in Eigenregie betrieben?") == set()
    assert index.unknown_places("Bleibt das Freibad in Trägerschaft des Vereins?") == set()
    assert index.unknown_places("Wird das Freibad in Wolkenheim saniert?") == {"wolkenheim"}
    # a name after "Gemeinde" is not known by its parts ("Stadt Bad Frankenhausen" is not "Franken" and "hausen");
    # after "in", a compound of known words is a common noun
    assert index.unknown_places("Was hat die Gemeinde Umlagegemeinde beschlossen?") == {"umlagegemeinde"}
    assert index.unknown_places("Wird das in Umlagegemeinde geregelt?") == set()
    # a genitive names the place too: "der Kreistag des Landkreises Forchheim"
    assert index.unknown_places("Hat auch der Kreistag des Landkreises Wolkenheim das beschlossen?") == {"wolkenheim"}


def test_abbreviations_meet_their_long_form() -> None:
    chunks = [
        Chunk("d1", "a", "Die Verwaltung fordert die DB schriftlich auf, den Zeitplan mitzuteilen.", 0, 72),
        Chunk("d2", "b", "Der Flächennutzungsplan wird geändert; die Kita erhält zwei Gruppen.", 72, 140),
    ]
    index = LexicalIndex(chunks, META)
    bahn = index.scores(search_terms(index.needs("Was soll die Verwaltung bei der Deutschen Bahn anfragen?")))
    assert bahn[0] > bahn[1]
    fnp = index.scores(search_terms(index.needs("Wie wird der FNP geändert?")))
    assert fnp[1] > fnp[0]
    (kita,) = [n for n in index.needs("Kindertagesstätte") if n.options]
    assert kita.met_by(index.terms[1])


def test_a_compound_whose_head_is_a_compound_splits() -> None:
    words = ["kinder", "garten", "planung", "kindergarten"] * 2
    splitter = CompoundSplitter([*words, "bedarf", "bedarf"])
    assert splitter.split("kindergartenbedarfsplanung")[:2] == ("kindergartenbedarf", "planung")
    assert "bedarf" in splitter.split("kindergartenbedarfsplanung")


def test_verb_family_bridges_verbs_nouns_and_inflected_participles() -> None:
    from assistant.language.german import participle_forms, verb_family

    assert "fortschreibung" in participle_forms("fortgeschriebene")  # the adjective's ending goes first
    assert "klaerung" in verb_family("klaeren")
    assert "aenderung" in verb_family("aendern")
    assert "forderung" in verb_family("forderte")
    assert "zuweisung" in verb_family("zugewiesen")
    assert not any(f.endswith("ung") for f in verb_family("sitzung"))  # no noun of a noun


def test_an_unknown_participle_is_met_by_the_noun_the_minutes_use() -> None:
    from assistant.models import Chunk, DocumentMeta
    from assistant.retrieval.lexical import LexicalIndex

    text = "Mit weiteren Zuweisungen sei nicht zu rechnen. Die Zuweisungen erfolgen durch das Land."
    meta = DocumentMeta(doc_id="d", title="Flüchtlinge", municipality="Stadt X", body="Rat")
    index = LexicalIndex([Chunk(chunk_id="c", doc_id="d", text=text, char_start=0, char_end=len(text))], {"d": meta})
    (need,) = [n for n in index.needs("zugewiesen")]
    assert need.met_by(index.terms[0])


def test_a_place_modifier_compound_is_met_by_its_head() -> None:
    from assistant.language.german import place_head

    assert place_head("stadtverwaltung") == "verwaltung"
    assert place_head("gemeindehaushalt") == "haushalt"
    assert place_head("stadtvertretung") == ""  # a body of its own, not a "Vertretung"
    assert place_head("kreistag") == ""


def test_a_place_whose_name_ends_in_er_is_no_adjective() -> None:
    meta = {"t": DocumentMeta("t", "Rat", "t.txt", "Stadt Trier", "Stadtrat", "2019-05-02", "minutes")}
    index = LexicalIndex([Chunk("t1", "t", "Der Stadtrat in Trier fördert Schriftdolmetscher.", 0, 50)], meta)
    assert index.unknown_places("Trier Stadtrat Schriftdolmetscher") == set()
    assert index.unknown_places("Was hat der Wolkenheimer Stadtrat beschlossen?") == {"wolkenheim"}


def test_a_place_after_a_capital_in_opening_the_question() -> None:
    meta = {"t": DocumentMeta("t", "Rat", "t.txt", "Stadt Trier", "Stadtrat", "2019-05-02", "minutes")}
    index = LexicalIndex([Chunk("t1", "t", "Der Stadtrat in Trier fördert Schriftdolmetscher.", 0, 50)], meta)
    assert index.unknown_places("In Wolkenheim gibt es einen Antrag zum Livestream. Wer entscheidet?") == {"wolkenheim"}
    assert index.unknown_places("In Trier gibt es Schriftdolmetscher. Wer zahlt?") == set()
    assert index.unknown_places("In Planung ist ein Livestream für den Stadtrat in Trier.") == set()


def test_a_place_a_text_mentions_but_no_document_is_of() -> None:
    """Own sentences: "Bachdorf" stands in a text of the Landkreis, so it is no unknown place, but a question about it
    alone must be answered by a passage that names it (assistant.query.admissible)."""
    from assistant.query.admissible import admissible
    from assistant.query.analysis import analyse

    meta = DocumentMeta(doc_id="k", kind="minutes", municipality="Landkreis Wolkenstein", body="Kreistag")
    text = "Der Kreistag fördert den Radweg von Bachdorf nach Wolkenstein. Flüchtlinge werden im Kreis betreut."
    index = LexicalIndex([Chunk("k1", "k", text, 0, len(text))], {"k": meta})
    assert index.mentioned_places("Wie viele Flüchtlinge werden in Bachdorf betreut?") == {"bachdorf"}
    query = analyse("Wie viele Flüchtlinge werden in Bachdorf betreut?", index)
    assert not admissible(query.evidence, meta, "Flüchtlinge werden im Kreis betreut.", listing=False)
    assert admissible(query.evidence, meta, "Der Kreistag fördert den Radweg von Bachdorf nach Wolkenstein.", listing=False)


def test_a_town_named_by_its_river_is_a_place() -> None:
    """Own sentences: "Weißenburg an der Weser" names a place even without "in"; "Spielplatz am See" names none."""
    index = LexicalIndex(CHUNKS, META)
    assert index.unknown_places("Hat sich Weißenburg an der Weser um die Gartenschau beworben?") == {"weissenburg"}
    assert index.unknown_places("Wird der Spielplatz am See erneuert?") == set()


def test_keywords_that_lead_with_a_known_place_name_their_topic_after_the_body() -> None:
    index = LexicalIndex(CHUNKS, META)
    # "Beispiel Gemeinderat Hundewiese": the place led; "Hundewiese" is the topic, not a second place
    assert index.unknown_places("Beispiel Gemeinderat Hundewiese Umlage") == set()
    assert index.unknown_places("Wolkenheim Gemeinderat Umlage") == {"wolkenheim"}  # an unknown place leading


def test_an_unknown_word_is_met_by_the_compounds_it_opens() -> None:
    meta = {"g": DocumentMeta("g", "Hallenbad", "g.txt", "Stadt Musterstadt", "Stadtrat", "2025-04-10", "minutes")}
    chunks = [
        Chunk("g1", "g", "Der Auftrag für die Abbrucharbeiten am Hallenbad wird vergeben.", 0, 63),
        Chunk("g2", "g", "Die Gerüstbauarbeiten am Hallenbad werden vergeben.", 63, 113),
    ]
    index = LexicalIndex(chunks, meta)
    terms = search_terms(index.needs("Wer übernimmt den Abbruch am Hallenbad?"))
    assert any(t.startswith("abbrucharbeit") for t in terms)
    scores = index.scores(terms)
    assert scores[0] > scores[1]
    assert search_terms(index.needs("Wer macht den Gerüstbau?")) == ["gerustbauarbeit"]  # the word that opens it
    assert search_terms(index.needs("Wer macht die Bauarbeiten?")) == ["gerustbauarbeit"]  # the word that closes it
