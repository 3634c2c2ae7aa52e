"""Places named outside the retriever's place patterns."""

from __future__ import annotations

from assistant.query.scope import named_places


def test_places_after_a_body_or_an_office_or_the_opening_verb() -> None:
    assert named_places("Was hat der Gemeinderat von Tübingen zur Grundsteuer beschlossen?") == ["Tübingen"]
    assert named_places("Was sagt der Bürgermeister von Heidelberg zum Nahverkehrsplan?") == ["Heidelberg"]
    assert named_places("Wie stimmte der Ortsrat Musterhausen über die Friedhofssatzung ab?") == [
        "Musterhausen"
    ]
    assert named_places("Hat Gütersloh eine Baumschutzsatzung beschlossen?") == ["Gütersloh"]
    assert named_places("Verbandsgemeinderat Rodalben: Wer wurde bestätigt?") == ["Rodalben"]


def test_no_place_in_a_phrase_or_a_body_name() -> None:
    assert named_places("Wie wurde über die Entwürfe von Abfall- und Gebührensatzung abgestimmt?") == []
    assert named_places("Ortsrat Auf dem Berge Stroit 2012 Ortsbürgermeister") == []
    assert named_places("Hat der Rat die Satzung beschlossen?") == []


def test_adjectives_of_place_names_ending_in_e_name_the_place() -> None:
    from assistant.models import DocumentMeta
    from assistant.query.scope import MetadataVocabulary

    metas = [
        DocumentMeta(doc_id="a", municipality="Landkreis Peine", body="Kreistag"),
        DocumentMeta(doc_id="b", municipality="Stadt Lohne (Oldenburg)", body="Rat"),
        DocumentMeta(doc_id="c", municipality="Stadt Erlangen", body="Stadtrat"),
    ]
    vocabulary = MetadataVocabulary(metas)
    assert vocabulary.scope("Was hat der Peiner Kreistag zur Kreisumlage beschlossen?").municipalities == {
        "Landkreis Peine"
    }
    assert vocabulary.scope("Wie stimmte der Lohner Rat ab?").municipalities == {"Stadt Lohne (Oldenburg)"}
    assert vocabulary.scope("Was plant der Erlanger Stadtrat?").municipalities == {"Stadt Erlangen"}
    assert not vocabulary.scope("Was hat der Mittler beschlossen?").municipalities


def test_adjectives_in_aner_name_the_place() -> None:
    from assistant.models import DocumentMeta
    from assistant.query.scope import MetadataVocabulary

    vocabulary = MetadataVocabulary([DocumentMeta(doc_id="w", municipality="Stadt Werder (Havel)", body="SVV")])
    assert vocabulary.scope("Worüber freute sich die Werderaner Stadtverordnete?").municipalities == {
        "Stadt Werder (Havel)"
    }
    assert not vocabulary.scope("Was sagte der Veteraner dazu?").municipalities


def test_a_place_word_inside_a_named_body_of_another_place_names_no_place() -> None:
    from assistant.models import DocumentMeta
    from assistant.query.scope import MetadataVocabulary

    vocabulary = MetadataVocabulary(
        [
            DocumentMeta(doc_id="h", municipality="Stadt Hildesheim", body="Ortsrat Stadtmitte/Neustadt"),
            DocumentMeta(doc_id="n", municipality="Stadt Neustadt in Holstein", body="Stadtvertretung"),
            DocumentMeta(doc_id="l", municipality="Gemeinde Lautertal (Landkreis Coburg)", body="Gemeinderat Lautertal"),
        ]
    )
    assert not vocabulary.scope("Worauf einigte sich der Ortsrat Stadtmitte/Neustadt zur Kommission?").municipalities
    assert vocabulary.scope("Was beschloss die Stadtvertretung in Neustadt?").municipalities == {
        "Stadt Neustadt in Holstein"
    }
    assert vocabulary.scope("Hat der Gemeinderat Lautertal dem Vertrag zugestimmt?").municipalities == {
        "Gemeinde Lautertal (Landkreis Coburg)"
    }


def test_adjectives_with_an_umlaut_and_function_words_in_place_names() -> None:
    # own questions: "-stadt" forms "-städter", "-hausen" forms "-häuser"; the "oder" of Oder-Spree is a conjunction
    from assistant.models import DocumentMeta
    from assistant.query.scope import MetadataVocabulary, place_names_of

    vocabulary = MetadataVocabulary(
        [
            DocumentMeta(doc_id="p", municipality="Stadt Prichsenstadt", body="Stadtrat"),
            DocumentMeta(doc_id="m", municipality="Stadt Mühlhausen", body="Stadtrat"),
            DocumentMeta(doc_id="o", municipality="Landkreis Oder-Spree", body="Kreistag"),
        ]
    )
    assert vocabulary.scope("Was sagte der Prichsenstädter Bürgermeister?").municipalities == {"Stadt Prichsenstadt"}
    assert vocabulary.scope("Was plant der Mühlhäuser Stadtrat?").municipalities == {"Stadt Mühlhausen"}
    assert not vocabulary.scope("Wurde ein Hallen- oder Freibad saniert?").municipalities
    assert "apen" in place_names_of("aper")


def test_an_adjective_that_umlauts_the_place_name() -> None:
    # own questions: Wernigerode forms "Wernigeröder"; a short name is no place of a common noun ("Burg", "Bürger")
    from assistant.models import DocumentMeta
    from assistant.query.scope import MetadataVocabulary

    vocabulary = MetadataVocabulary(
        [
            DocumentMeta(doc_id="w", municipality="Stadt Wernigerode", body="Stadtrat"),
            DocumentMeta(doc_id="b", municipality="Stadt Burg", body="Stadtrat"),
        ]
    )
    assert vocabulary.scope("Was beschloss das Wernigeröder Stadtparlament?").municipalities == {"Stadt Wernigerode"}
    assert not vocabulary.scope("Was wollten die Bürger wissen?").municipalities


def test_an_adjective_opening_a_place_name_names_no_place() -> None:
    # "wie groß" named "Groß Pankow" in every question about a size; the distinctive word is the other one
    from assistant.query.scope import distinctive_tokens

    assert distinctive_tokens("Gemeinde Groß Pankow (Prignitz)") == {"pankow", "prignitz"}
    assert distinctive_tokens("Gemeinde Kleines Wiesental") == {"wiesental"}
