"""BM25 over chunks with German analysis, built once per store version and reused by every query."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence

import bm25s
import numpy as np

from assistant.language.compounds import CompoundSplitter
from assistant.language.german import (
    content_terms,
    fold,
    hyphen_joined,
    place_head,
    raw_tokens,
    terms_of_tokens,
    verb_family,
)
from assistant.language.persons import addressed_surnames
from assistant.language.words import is_common_noun
from assistant.models import Audience, Chunk, DocumentMeta, Rights, SearchFilters, audience_of
from assistant.query.coverage import Need
from assistant.query.facts import is_keyword_query
from assistant.query.scope import MetadataVocabulary, place_names_of
from assistant.stores.vectors import date_number

MODIFIER_LIMIT = 8
"""Most compounds an unknown word may open and still name one thing ("Abbruch": "Abbrucharbeiten"); a word that opens
more is too general to stand for any of them."""


def lexical_text(chunk: Chunk, meta: DocumentMeta) -> str:
    """What the lexical index sees: the chunk plus the metadata a question may name."""
    return " ".join((meta.municipality, meta.body, meta.title, chunk.agenda_item, chunk.text))


class LexicalIndex:
    """An immutable BM25 index with per-chunk metadata arrays for filtering."""

    def __init__(self, chunks: Sequence[Chunk], metas: dict[str, DocumentMeta]) -> None:
        self.chunks = list(chunks)
        self.metas = metas
        self.position = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self._bm25 = bm25s.BM25(k1=1.2, b=0.75)
        tokens = [raw_tokens(lexical_text(c, metas[c.doc_id])) for c in self.chunks]
        self.splitter = CompoundSplitter(token for words in tokens for token in words)
        corpus = [terms_of_tokens(words, self.splitter.split) or ["_"] for words in tokens]
        self.terms = [set(t) for t in corpus]
        if corpus:
            self._bm25.index(corpus, show_progress=False)
        self._vocab = set(self._bm25.vocab_dict) if corpus else set()
        self._public = np.array([c.public for c in self.chunks], dtype=bool)
        self._doc_list = sorted(metas)
        self._doc_number = {doc_id: n for n, doc_id in enumerate(self._doc_list)}
        self._doc_index = np.array([self._doc_number[c.doc_id] for c in self.chunks], dtype=np.int64)
        self._metadata = DocumentColumns([metas[d] for d in self._doc_list])
        # public chunks of public documents: what everybody may see (one vector, built once)
        public_docs = np.array([metas[d].public for d in self._doc_list], dtype=bool)
        self._public_text = self._public & public_docs[self._doc_index]
        self.vocabulary = MetadataVocabulary(metas.values())
        self.surnames = frozenset(name for c in self.chunks for name in addressed_surnames(c.text))
        """Surnames the indexed text writes after "Herr" or "Frau" (folded): a question naming one
        without a form of address ("warum hat der Minetzke …") names that person."""
        self._metadata_terms: dict[tuple[str, str], frozenset[str]] = {}
        self._document_terms: dict[str, frozenset[str]] = {}
        self._df = {term: 0 for term in self._vocab}
        self._sorted_vocab = sorted(self._vocab)
        self._sorted_reversed = sorted(term[::-1] for term in self._vocab)
        for terms in self.terms:
            for term in terms:
                self._df[term] = self._df.get(term, 0) + 1

    def metadata_terms(self, position: int) -> frozenset[str]:
        """Terms of the metadata a chunk shares with its whole agenda item (place, body, title, item)."""
        chunk = self.chunks[position]
        key = (chunk.doc_id, chunk.agenda_item)
        found = self._metadata_terms.get(key)
        if found is None:
            meta = self.metas[chunk.doc_id]
            text = " ".join((meta.municipality, meta.body, meta.title, chunk.agenda_item))
            found = self._metadata_terms[key] = frozenset(self.analyse(text))
        return found

    def document_terms(self, doc_id: str) -> frozenset[str]:
        """The stems of all chunks of a document."""
        found = self._document_terms.get(doc_id)
        if found is None:
            rows = np.flatnonzero(self._doc_index == self._doc_number.get(doc_id, -1))
            found = self._document_terms[doc_id] = frozenset(t for row in rows for t in self.terms[int(row)])
        return found

    def weight_at_share(self, share: float) -> float:
        """The weight (:meth:`idf`) of a term that ``share`` of the chunks hold."""
        df = share * len(self.chunks)
        return float(np.log(1.0 + (len(self.chunks) - df + 0.5) / (df + 0.5)))

    def analyse(self, text: str) -> list[str]:
        """Stemmed content terms of ``text``, compounds split against this index's vocabulary."""
        return content_terms(text, self.splitter.split)

    def needs(self, question: str, alternatives: Mapping[str, Sequence[str]] | None = None) -> list[Need]:
        """What a passage should mention to answer ``question`` (see :mod:`assistant.query.coverage`).

        A known word is met by itself or by the forms of its verb this index knows; a word the
        index never saw by all the parts of one of its compound splits; the joined form of a
        hyphenated word is left out (its parts are words of their own); any other unknown word
        cannot be met and weighs as the rarest term. A word with ``alternatives`` (council words of
        :mod:`assistant.language.lexicon` for a word the asker used) is met by any of them.
        """
        joined = hyphen_joined(question)
        found: dict[tuple[frozenset[str], ...], Need] = {}  # one need per distinct meaning
        for token in raw_tokens(question):
            stems = terms_of_tokens([token])
            if not stems:
                continue
            if alternatives and token in alternatives:
                need = self._need_of_words(alternatives[token])
                if need is not None:
                    found.setdefault(need.options, need)
                    continue
            longer = frozenset(stems[1:])  # the long form of an abbreviation
            family = [*verb_family(token), place_head(token)]
            forms = frozenset(t for t in terms_of_tokens(family) if t in self._df) - {stems[0]}
            if stems[0] in self._df:
                options = (frozenset(stems[:1]), *(frozenset({f}) for f in sorted(forms)))
                options += (longer,) if longer else ()
                weight = self.idf(stems[0])
            elif forms:  # "zugewiesen", which no text uses, is met by the "Zuweisungen" the minutes name
                options = tuple(frozenset({f}) for f in sorted(forms))
                weight = max(self.idf(f) for f in forms)
            elif longer and all(t in self._df for t in longer):
                options = (longer,)
                weight = max(self.idf(t) for t in longer)
            elif token in joined:
                continue
            else:
                options = self._split_options(token) or self._modifier_options(stems[0])
                weight = max((self.idf(t) for o in options for t in o), default=self.idf(stems[0]))
            found.setdefault(options or (frozenset(stems[:1]),), Need(weight, options))
        return list(found.values())

    def _need_of_words(self, words: Sequence[str]) -> Need | None:
        """One need met by any of ``words`` (each by its stem, or all parts of a compound split),
        weighted by the rarest of those this index knows; None when it knows none of them."""
        options: list[frozenset[str]] = []
        for word in words:
            stems = terms_of_tokens([word])
            if stems and stems[0] in self._df:
                options.append(frozenset(stems[:1]))
            elif stems:
                options.extend(self._split_options(word))
        options = list(dict.fromkeys(options))
        if not options:
            return None
        return Need(min(max(self.idf(t) for t in o) for o in options), tuple(options))

    def unknown_places(self, question: str) -> frozenset[str]:
        """Places the question names ("Kreistag Steinfurt", "in Wilhelmshaven", "der Erlanger
        Stadtrat") that no indexed text mentions: the documents cannot answer for them."""
        return self._places(question, known=False)

    def mentioned_places(self, question: str) -> frozenset[str]:
        """Places the question names after "in" that some indexed text mentions ("in Dülmen"), folded."""
        return self._places(question, known=True)

    def _places(self, question: str, known: bool) -> frozenset[str]:
        found = set()
        first = _LEADING_NAME.match(question)
        keywords = is_keyword_query(question)
        if first and keywords and not known and not self._mentions(fold(first.group(1))):
            found.add(fold(first.group(1)))  # "Passau Glasfaserausbau Förderantrag": keywords lead with the place
        placed = bool(first and keywords and self._mentions(fold(first.group(1))))
        for match in _PLACE.finditer(question):
            if placed and match.group("name") and _BODY_BEFORE.match(match.group(0)):
                continue  # "Zittau Stadtrat Hundespielplatz": the place led, the word after the body is the topic
            if match.group("town") and _dictionary_word(match.group("town")):
                continue  # "Spielplatz am See": a word of the language, not a town named by its river
            name = match.group("name") or match.group("town")
            if name and is_common_noun(name):
                continue  # "in Eigenregie", "in Planung": a common noun after "in"
            word = fold(name or match.group("adjective"))
            if match.group("adjective"):
                if known or self._mentions(word):
                    continue  # "Trier Stadtrat": a place whose name ends in -er, not an adjective of one
                if any(self._mentions(place) for place in place_names_of(word)):
                    continue  # "Aper": an adjective of Apen, which the texts mention
                word = word[:-2]  # "Erlanger" → "erlang"
            after_in = bool(re.match(r"(?:in|aus)\s", match.group(0), re.IGNORECASE))
            if self._mentions(word, parts=after_in) == known:
                found.add(word)
        return frozenset(found)

    def _mentions(self, word: str, parts: bool = True) -> bool:
        """Whether any indexed text uses ``word`` (a hyphenated name: each of its parts); with ``parts``, a compound
        is known by its parts too ("in Eigenarbeit"), which a name after "Stadt" or a body is not ("Stadt Bad
        Frankenhausen" is not "Franken" and "hausen")."""
        words = [w for w in word.split() if w not in _NAME_PREFIXES] or word.split()
        if len(words) != 1:
            return all(self._mentions(w, parts) for w in words)
        word = words[0]
        pieces = [p for p in word.split("-") if p] or [word]
        if len(pieces) > 1 and self._mentions(word.replace("-", ""), parts):
            return True
        return all(self._knows(p, parts) for p in pieces)

    def _knows(self, word: str, parts: bool = True) -> bool:
        """Whether the index has ``word`` (or, with ``parts``, its parts); a stop word ("Am See") gets no judgement."""
        stems = terms_of_tokens([word])
        return not stems or stems[0] in self._df or (parts and bool(self.splitter.split(word)))

    def compound_options(self, word: str) -> tuple[frozenset[str], ...]:
        """The parts of a compound this index also knows as words of their own: a sentence naming
        "Mitglieder des Kreistages" names the "Kreistagsmitglieder" (see :meth:`_split_options`)."""
        return self._split_options(fold(word).lower())

    def _split_options(self, word: str) -> tuple[frozenset[str], ...]:
        """Sets of known stems that together spell ``word``: "hundesteuer" → {hund, steuer}."""
        parts = self.splitter.split(word)
        if not parts:
            return ()
        halves = []
        for half in parts[:2]:
            whole = frozenset(terms_of_tokens([half])[:1])
            halves.append([whole, *self._split_options(half)])
        options = (h | t for h in halves[0] for t in halves[1])
        return tuple(dict.fromkeys(o for o in options if o and all(t in self._df for t in o)))

    def _modifier_options(self, stem: str) -> tuple[frozenset[str], ...]:
        """Compounds this index knows that open or close with an unknown word ("Abbruch" → the "Abbrucharbeiten",
        "Entsorgung" → the "Schadstoffentsorgung" the minutes write): each meets it; none when the word is short or
        is part of too many (:data:`MODIFIER_LIMIT`)."""
        if len(stem) < 5:
            return ()
        found = []
        for vocabulary, part in ((self._sorted_vocab, stem), (self._sorted_reversed, stem[::-1])):
            start = bisect_left(vocabulary, part)
            for term in vocabulary[start : start + MODIFIER_LIMIT + 1]:
                if not term.startswith(part):
                    break
                if len(term) - len(part) >= 3:
                    found.append(frozenset({term if vocabulary is self._sorted_vocab else term[::-1]}))
        return tuple(found) if len(found) <= MODIFIER_LIMIT else ()

    def __len__(self) -> int:
        return len(self.chunks)

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term over chunks; unknown terms count as rarest."""
        df = self._df.get(term, 0)
        return float(np.log(1.0 + (len(self.chunks) - df + 0.5) / (df + 0.5)))

    def mask(self, filters: SearchFilters, include_private: Rights) -> np.ndarray:
        """Boolean array: which chunks the filters and the caller's rights allow."""
        allowed = self.visible(audience_of(include_private))
        documents = np.ones(len(self._doc_list), dtype=bool)
        for key in METADATA_KEYS:
            value = getattr(filters, key)
            if value:
                documents &= self._metadata.equal(key, value)
        if filters.documents:
            documents &= np.isin(np.array(self._doc_list, dtype=object), list(filters.documents))
        if filters.date_from:
            documents &= self._metadata.dates >= date_number(filters.date_from)
        if filters.date_to:
            dates = self._metadata.dates
            documents &= (dates > 0) & (dates <= date_number(filters.date_to))
        if not documents.all():
            allowed &= documents[self._doc_index]
        return allowed

    def visible(self, audience: Audience) -> np.ndarray:
        """The chunks ``audience`` may see: all, the public ones (of public documents), or those
        and every chunk of the audience's municipalities."""
        if audience.everything:
            return np.ones(len(self.chunks), dtype=bool)
        visible = self._public_text.copy()
        for municipality in audience.municipalities:
            visible |= self.municipality_mask(municipality)
        return visible

    def municipality_mask(self, municipality: str) -> np.ndarray:
        """Boolean array: the chunks of documents of one municipality."""
        return self._metadata.equal("municipality", municipality)[self._doc_index]

    def scores(self, terms: Sequence[str]) -> np.ndarray:
        known = [t for t in terms if t in self._vocab]
        if not known or not self.chunks:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def top(
        self, terms: Sequence[str], n: int, allowed: np.ndarray, scores: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """Indices and BM25 scores of the ``n`` best allowed chunks with a positive score
        (``scores``: this index's :meth:`scores` of ``terms`` when the caller has them already)."""
        scores = np.where(allowed, self.scores(terms) if scores is None else scores, 0.0)
        if n <= 0 or not len(scores):
            return []
        n = min(n, len(scores))
        best = np.argpartition(-scores, n - 1)[:n]
        best = best[np.argsort(-scores[best])]
        return [(int(i), float(scores[i])) for i in best if scores[i] > 0]


_NAME_PREFIXES = ("bad", "sankt", "st.", "gross", "klein", "alt", "neu", "ober", "nieder", "unter", "hohen")
"""Words that open a two-word place name ("Bad Iburg", "St. Ingbert", "Neu Wulmstorf"): the name is
known when its other word is."""
_NAME = (
    r"(?:(?:Bad|Sankt|St\.|Groß|Klein|Alt|Neu|Ober|Nieder|Unter|Hohen)\s+)?"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
)
_LEADING_NAME = re.compile(rf"\s*({_NAME})\s")
_BODY_BEFORE = re.compile(
    r"(?:Kreistag|Stadtrat|Gemeinderat|Stadtverordnetenversammlung|Bezirksvertretung|Bezirksversammlung|Ortsbeirat"
    r"|Ortschaftsrat|Bürgerschaft|Gemeindevertretung)\s"
)

METADATA_KEYS = ("municipality", "body", "kind")
"""Metadata a request may filter on by equality."""


_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]us|Kreis|Kreises|Landkreis|Landkreises|Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Markt|Marktes"
    r"|Amt|Amtes|Kreistag|Stadtrat"
    r"|Gemeinderat|Stadtverordnetenversammlung|Bezirksvertretung|Bezirksversammlung|Ortsbeirat|Ortschaftsrat"
    r"|Bürgerschaft|Gemeindevertretung)\s+(?P<name>"
    + _NAME
    + r")\b"
    r"|\b(?P<adjective>[A-ZÄÖÜ][a-zäöüß]+er)\s+(?:Kreistag|Stadtrat|Gemeinderat|Rat|Ausschuss|Bürgerschaft"
    r"|Stadtverordnetenversammlung|Gemeindevertretung|Verwaltung|Bürgermeister(?:in)?|Landrat|Landrätin"
    r"|Bezirksvertretung|Bezirksversammlung|Ortsbeirat|Ortschaftsrat|Stadtparlament|Kreisparlament)\b"
    r"|\b(?P<town>[A-ZÄÖÜ][a-zäöüß]+)\s+(?:an\s+der|am|ob\s+der)\s+(?:Donau|Main|Rhein|Weser|Elbe|Oder|Havel|Saale|"
    r"Ilm|Lech|Inn|Isar|Neckar|Mosel|Lahn|Ruhr|Fulda|Werra|Saar|Spree|Ems|Aller|Leine|Nahe|Tauber|Jagst|Kocher|Rems|"
    r"Enz|Naab|Vils|Ammer|Kinzig|Sieg|Wupper|Lippe|Glan|Queich|Pegnitz|Regnitz|Altmühl|Iller|Wertach|Salzach)\b"
)
"""… or a town named by its river ("Neuburg an der Donau", "Lauf an der Pegnitz"), also without "in"."""


class DocumentColumns:
    """Per-document metadata as numpy columns, so a filter costs one vector comparison per query
    instead of a Python call per document (26k documents at 100k chunks: 29 ms → well under 1 ms)."""

    def __init__(self, metas: Sequence[DocumentMeta]) -> None:
        self._codes: dict[str, dict[str, int]] = {}
        self._columns: dict[str, np.ndarray] = {}
        for key in METADATA_KEYS:
            values = [getattr(m, key) for m in metas]
            codes = {v: n for n, v in enumerate(dict.fromkeys(values))}
            self._codes[key] = codes
            self._columns[key] = np.array([codes[v] for v in values], dtype=np.int64)
        self.dates = np.array([date_number(m.date) for m in metas], dtype=np.int64)

    def equal(self, key: str, value: str) -> np.ndarray:
        """Boolean per document: whether its ``key`` is ``value``."""
        code = self._codes[key].get(value)
        if code is None:
            return np.zeros(len(self.dates), dtype=bool)
        return np.asarray(self._columns[key] == code)


def _dictionary_word(word: str) -> bool:
    """Whether the dictionary (simplemma) knows ``word``: "Spielplatz", but not "Neuburg"."""
    import simplemma

    return bool(simplemma.is_known(word, lang="de"))
