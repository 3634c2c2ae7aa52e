"""The façade the API and the CLI call: ask, search, documents, health."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from assistant.answering.answer import (
    NO_ANSWER,
    answerable,
    compose_answer,
    distinct,
    no_answer_about,
    own_quote,
)
from assistant.answering.grounding import ground, value_not_given
from assistant.answering.llm import ChatAnswerer, ChatModel, build_chat_model
from assistant.answering.premise import (
    NOT_REPORTED,
    contradicting_decision,
    contradicting_position,
    contradicting_sentence,
    contradicting_vote,
    correct_by_sentence,
    correct_position,
    correct_premise,
    correct_vote,
    not_reported_yet,
    only_announced,
    open_result,
)
from assistant.answering.record_answer import lead_with_record, speaker_first
from assistant.conversation import Turn, Vocabulary, resolve
from assistant.errors import NotFoundError, StoreError
from assistant.knowledge import KnowledgeBase
from assistant.language.german import content_terms
from assistant.models import (
    Answer,
    Citation,
    Decision,
    Document,
    DocumentMeta,
    OpenItem,
    Passage,
    Position,
    RecordFilters,
    Rights,
    SearchFilters,
    audience_of,
)
from assistant.query.admissible import named_parties
from assistant.query.analysis import Query
from assistant.query.asked_time import predates
from assistant.query.facts import is_keyword_query
from assistant.query.listing import is_agenda_listing
from assistant.query.planned import only_planned
from assistant.query.premise import later_state_unreported
from assistant.query.reported import announces, defers, still_pending
from assistant.query.tense import asks_completed, clauses
from assistant.query.topic import RARE_SHARE, capitalised, topic_absent
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.retrieve import Retriever
from assistant.settings import Settings
from assistant.stores.feedback import Feedback, FeedbackStore
from assistant.stores.records import NO_FILTERS
from assistant.vocab import RECORD_QUESTIONS, VALUE_KINDS, AnswerKind, DocumentKind, FeedbackRating, Stance

log = logging.getLogger(__name__)

RECORD_CITATIONS = 3
"""Citations whose agenda items are searched for records."""
RANK_COST = 4
"""Shared terms (quote terms counted twice) a record needs beyond a better-ranked citation's record
to lead instead."""
MAX_RECORDS = 5
DECISIVE_STANCES = {Stance.SUPPORTS, Stance.OPPOSES, Stance.PROPOSES, Stance.MOVES, Stance.CRITICISES}
"""Stances that state a position (preferred over reports and remarks when picking a record)."""

PRIVATE_NOTICE = "[nichtöffentlicher Teil ausgeblendet]"
SESSION_RECORDS = frozenset({DocumentKind.MINUTES.value, DocumentKind.EXCERPT.value})
"""Kinds that record one session: what happened after it is not in them."""


@dataclass(frozen=True)
class DocumentSummary:
    meta: DocumentMeta
    chunk_count: int


class Assistant:
    """Answers questions over the knowledge base. ``include_private`` is decided by the caller's rights."""

    def __init__(
        self, settings: Settings, kb: KnowledgeBase | None = None, chat_model: ChatModel | None = None
    ) -> None:
        self.settings = settings
        self.kb = kb or KnowledgeBase(settings)
        self.retriever = Retriever(self.kb)
        if chat_model is None and settings.llm_provider != "none":
            chat_model = build_chat_model(settings)
        self.chat = ChatAnswerer(chat_model) if chat_model is not None else None

    def warm_up(self) -> None:
        """Load the model and build the lexical index now, so the first question is fast."""
        self.kb.embedder.embed_query("Aufwärmen")
        self.retriever.index()

    def ask(
        self,
        question: str,
        top_k: int = 5,
        filters: SearchFilters | None = None,
        include_private: Rights = False,
    ) -> Answer:
        """Answer with citations; decision, position and open-item questions also get their records.

        Before an answer is given: a value question whose passages hold no value of the asked slot
        abstains quoting the nearest one (:mod:`assistant.answering.grounding`); an outcome asked for
        a time after the documents, or a result the best document does not report, abstains quoting it
        (:meth:`_unanswered`); a premise that a decision or a cited sentence contradicts is corrected."""
        query, search = self.retriever.analyse(question, include_private)
        found = self.retriever.retrieve(
            query, search, max(top_k, 1), filters or SearchFilters(), include_private
        )
        passages = ground(query.asked, found, query.text)
        answer = replace(
            compose_answer(query, passages, self.settings, top_k),
            question_type=query.understanding.question_type,
        )
        if not answer.abstained and self._topic_absent(query, search.lexical, passages):
            answer = replace(answer, answer=NO_ANSWER, abstained=True, citations=[], records=[])
        if answer.abstained and passages != found and answerable(distinct(found), self.settings):
            return value_not_given(answer, next(p for p in distinct(found) if p.admissible))
        if answer.abstained:
            answer = (
                replace(answer, answer=no_answer_about(query.unknown_places))
                if query.unknown_places
                else answer
            )
            return self.chat.rewrite(question, answer) if self.chat else answer
        kinds = {p.citation.doc_id: p.meta.kind for p in passages if p.admissible}  # the documents that count
        cited = [c for c in answer.citations if c.doc_id in kinds]
        same = [c for c in cited if c.doc_id == cited[0].doc_id] if cited else []  # the best passage's matter
        lead = next((own_quote(p) for p in passages if p.citation == answer.citations[0]), answer.citations[0].quote)
        unanswered = self._unanswered(query, answer, lead, cited, same, kinds, include_private)
        if unanswered is not None:
            return unanswered
        answer = self._lead(query, answer, cited, include_private, top_k)
        if query.takes_for_granted and not answer.premise_contradicted:
            best = {c.doc_id for c in same}
            stated = contradicting_sentence(
                query.takes_for_granted, [c for c in answer.citations if c.doc_id in best]
            )
            answer = correct_by_sentence(answer, *stated) if stated is not None else answer
        return self.chat.rewrite(question, answer) if self.chat else answer

    @staticmethod
    def _topic_absent(query: Query, index: LexicalIndex, passages: list[Passage]) -> bool:
        """Whether a keyword search's topic stands nowhere in the best document (:mod:`assistant.query.topic`)."""
        best = next((p for p in passages if p.admissible), None)
        if best is None or not is_keyword_query(query.text):
            return False
        metadata = index.metadata_terms(index.position[best.chunk.chunk_id])
        terms = index.document_terms(best.citation.doc_id)
        nouns = frozenset(index.analyse(capitalised(query.text)))
        return topic_absent(query.needs, metadata, terms, index.weight_at_share(RARE_SHARE), nouns)

    def _unanswered(
        self,
        query: Query,
        answer: Answer,
        lead: str,
        cited: list[Citation],
        same: list[Citation],
        kinds: dict[str, str],
        include_private: Rights,
    ) -> Answer | None:
        """The abstention for an outcome the cited documents cannot hold, or None: every document that
        counts is older than the time asked; the first citation (``lead``: its quote inside its own chunk) only
        announces an outcome asked at a later time, or names only as planned an event asked as done
        (:func:`assistant.query.planned.only_planned`); the best document reports no result asked for (``same``: its
        citations)."""
        outcome_time = query.outcome_time
        if outcome_time and cited and all(predates(c.date, outcome_time) for c in cited):
            return not_reported_yet(answer)
        if (query.asks_later and (announces(lead) or defers(lead, query.wording))) or only_planned(query.wording, lead):
            return only_announced(answer)  # "Was kam bei der Infoveranstaltung heraus?": "die geplante …"
        if asks_completed(clauses(query.wording)[0]) and still_pending(lead, query.terms):
            return only_announced(answer)  # "Was hat der Landrat geantwortet?": "Antwort des Landrates wird noch erwartet"
        if query.after_session and kinds.get(answer.citations[0].doc_id) in SESSION_RECORDS:
            return only_announced(answer, NOT_REPORTED)  # "… nach der Sitzung tatsächlich … geworden?": minutes end there
        if query.asks_later and later_state_unreported(query.wording, answer.citations[0].quote):
            return only_announced(answer, NOT_REPORTED)  # "Hat die Uni dann zugesagt?": no passage says so
        if query.asks_result:
            if same and is_agenda_listing(
                same[0].quote
            ):  # the matter is only listed: other items are other matters
                same = same[:1]
            result = open_result([(c, self._item_records(c, include_private), kinds[c.doc_id]) for c in same])
            if result:
                return only_announced(answer, result)
        return None

    def _item_records(self, citation: Citation, include_private: Rights) -> list[Any]:
        """The decisions and open items of the citation's agenda item."""
        near = partial(self.kb.records.near, doc_id=citation.doc_id, agenda_item=citation.agenda_item)
        return [
            *near("decision", include_private=include_private),
            *near("open_item", include_private=include_private),
        ]

    def _lead(
        self, query: Query, answer: Answer, cited: list[Citation], include_private: Rights, top_k: int
    ) -> Answer:
        """``answer`` with its records, led by a record that contradicts the question's premise (the
        correction first, :meth:`_corrected`) or by the best record."""
        records = self._records_near(query, cited, include_private)
        answer = replace(answer, records=records)
        corrected = self._corrected(query, answer, cited, include_private, top_k)
        if corrected is not None:
            return corrected
        lead = records[0] if records else None
        document = self.kb.documents.get(lead.doc_id) if lead is not None else None
        if lead is None or document is None:
            return answer
        answer = speaker_first(answer, lead, query.understanding.persons)
        # the question's terms may pick the best passage inside a long record, unless it asks for the vote
        asks_vote = query.expects in (AnswerKind.VOTE, AnswerKind.TALLY) or bool(query.presupposes_vote)
        terms = frozenset() if asks_vote else frozenset(query.terms)
        return lead_with_record(answer, lead, document.meta, top_k, terms)

    def _corrected(
        self, query: Query, answer: Answer, cited: list[Citation], include_private: Rights, top_k: int
    ) -> Answer | None:
        """``answer`` led by the first record of the cited agenda items that contradicts what the question
        takes for granted, with the correction first, or None: the outcome ("Warum wurde … beschlossen?"
        and *abgelehnt*), the shape of the vote ("so knapp" and *einstimmig*), the side a named speaker took
        ("Warum forderte Herr X …?" and his *lehnt ab*)."""
        decisions = partial(self.kb.records.near, "decision", include_private=include_private)
        if query.presupposes:
            found = contradicting_decision(query.presupposes, cited, decisions, query.wording)
            if found is not None and (document := self.kb.documents.get(found.doc_id)):
                return correct_premise(_led_by(answer, found), found, document.meta, query.presupposes, top_k)
        if query.presupposes_vote:
            vote = contradicting_vote(query.presupposes_vote, cited, decisions, query.wording)
            if vote is not None and (document := self.kb.documents.get(vote.doc_id)):
                parties = named_parties(query.wording)
                led = _led_by(answer, vote)
                return correct_vote(led, vote, document.meta, query.presupposes_vote, top_k, parties)
        if query.presupposes_stance:
            positions = partial(self.kb.records.near, "position", include_private=include_private)
            persons = query.understanding.persons
            position = contradicting_position(query.presupposes_stance, persons, cited, positions)
            if position is not None and (document := self.kb.documents.get(position.doc_id)):
                side = query.presupposes_stance[0]
                return correct_position(_led_by(answer, position), position, document.meta, side, top_k)
        return None

    def _records_near(self, query: Query, citations: list[Citation], include_private: Rights) -> list[Any]:
        """Records of the asked type from the agenda items of the best citations.

        ``citations`` are those that count as evidence (see :mod:`assistant.query.admissible`), so a
        record from another municipality than the one asked about cannot lead. When the question
        names people, only their positions qualify; a question for an amount or a firm gets none.
        Ranked by how many of the question's terms the record's quote, topic and body share, the
        quote's own terms counting twice (all records of an item share its title: the adopted
        decision, not the rejected amendment, leads "Warum wurde der Neubau beschlossen?"); a
        person's name counts; each rank of its citation below the first costs ``RANK_COST``; ties
        go to the record closest to the best citations (one inside a citation's quote first).
        """
        understanding = query.understanding
        question_type = understanding.question_type
        if question_type not in RECORD_QUESTIONS or understanding.expects in VALUE_KINDS:
            return []
        terms = set(query.terms)
        named = set(understanding.persons)
        found: dict[str, tuple[int, int, Any]] = {}
        for rank, citation in enumerate(citations[:RECORD_CITATIONS]):
            near = self.kb.records.near(question_type, citation.doc_id, citation.agenda_item, include_private)
            for record in near:
                if named and isinstance(record, Position) and not named & set(content_terms(record.person)):
                    continue
                described = (record.quote, record.topic, record.body, getattr(record, "person", ""))
                said = set(content_terms(" ".join(described)))
                own = set(content_terms(record.quote))  # the topic is the same for all records of an item
                shared = (
                    len(terms & said)
                    + len(terms & own)
                    + int(getattr(record, "stance", "") in DECISIVE_STANCES)
                )
                shared -= RANK_COST * rank
                distance = _distance(record, citation) + rank * 10_000
                best = found.get(record.record_id)
                if best is None or distance < best[1]:
                    found[record.record_id] = (-shared, distance, record)
        ranked = sorted(found.values(), key=lambda item: (item[0], item[1]))
        return [record for _, _, record in ranked][:MAX_RECORDS]

    def search(
        self,
        query: str,
        k: int = 10,
        filters: SearchFilters | None = None,
        include_private: Rights = False,
    ) -> list[Citation]:
        passages = self.retriever.passages(query, k, filters or SearchFilters(), include_private)
        return [p.citation for p in passages[:k]]

    def ask_followup(
        self,
        question: str,
        history: Sequence[Turn],
        top_k: int = 5,
        filters: SearchFilters | None = None,
        include_private: Rights = False,
    ) -> Answer:
        """Answer ``question`` as the next turn of a conversation (see :mod:`assistant.conversation`):
        subject, place, body and documents of the last turns carry over unless it names others."""
        if not history:
            return self.ask(question, top_k, filters, include_private)
        follow = resolve(question, history, filters, self.vocabulary(include_private))
        log.info("follow-up", extra={"carried": follow.carried, "documents": follow.documents})
        if follow.documents:  # the conversation's documents first; the council's others if they hold nothing
            pinned = replace(follow.filters, documents=follow.documents)
            answer = self.ask(follow.question, top_k, pinned, include_private)
            if not answer.abstained:
                return answer
        return self.ask(follow.question, top_k, follow.filters, include_private)

    def vocabulary(self, include_private: Rights = False) -> Vocabulary:
        """Municipalities and bodies of the documents the caller may see."""
        metas = [meta for meta, _ in self.kb.documents.list_meta(include_private)]
        return Vocabulary(
            municipalities=frozenset(m.municipality for m in metas if m.municipality),
            bodies=frozenset(m.body for m in metas if m.body),
        )

    def add_feedback(self, feedback: Feedback) -> Feedback:
        """Store a reader's feedback on an answer (see :mod:`assistant.stores.feedback`)."""
        return FeedbackStore(self.kb.db).add(feedback)

    def feedback(self, rating: FeedbackRating | None = None, reader: Rights = True) -> list[Feedback]:
        """Stored feedback, newest first, that ``reader`` may read (for admins only: it quotes what
        readers saw, perhaps non-public text)."""
        return FeedbackStore(self.kb.db).list(rating, reader=audience_of(reader))

    def list_documents(self, include_private: Rights = False) -> list[DocumentSummary]:
        return [DocumentSummary(m, n) for m, n in self.kb.documents.list_meta(include_private)]

    def get_document(self, doc_id: str, include_private: Rights = False) -> Document:
        """The stored document. For anonymous callers non-public spans are blanked (offsets are kept)."""
        document = self.kb.documents.get(doc_id)
        audience = audience_of(include_private)
        if document is None or not audience.sees(document.meta.public, document.meta.municipality):
            raise NotFoundError(f"no document with id {doc_id!r}")
        if audience.sees(False, document.meta.municipality) or not document.private_spans:
            return document
        return redact(document)

    def decisions(
        self, filters: RecordFilters = NO_FILTERS, include_private: Rights = False
    ) -> list[Decision]:
        return self.kb.records.decisions(filters, include_private)

    def positions(
        self, filters: RecordFilters = NO_FILTERS, include_private: Rights = False
    ) -> list[Position]:
        return self.kb.records.positions(filters, include_private)

    def person_positions(self, name: str, include_private: Rights = False) -> list[Position]:
        """One person's positions over time, oldest first."""
        found = self.kb.records.positions(RecordFilters(person=name), include_private)
        return sorted(found, key=lambda p: (p.date, p.doc_id, p.char_start))

    def open_items(
        self, filters: RecordFilters = NO_FILTERS, include_private: Rights = False
    ) -> list[OpenItem]:
        return self.kb.records.open_items(filters, include_private)

    def health(self, include_private: Rights = False) -> dict[str, Any]:
        """Store status and the counts the caller may see (the vector count includes non-public
        chunks, so only callers with rights get it)."""
        docs, chunks = self.kb.documents.counts(include_private)
        status: dict[str, Any] = {
            "status": "ok",
            "documents": docs,
            "chunks": chunks,
            "model": self.kb.embedder.name,
            "store": self.settings.store_mode,
        }
        try:
            self.kb.vectors.ping()
            if audience_of(include_private).everything:
                status["vectors"] = self.kb.vectors.count()
        except StoreError as exc:
            status.update(status="degraded", error=str(exc))
        return status


def redact(document: Document) -> Document:
    """Replace each non-public span by a notice padded to the same length, so public offsets stay valid."""
    text = document.text
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(document.private_spans):
        pieces.append(text[cursor:start])
        width = end - start
        notice = PRIVATE_NOTICE if width >= len(PRIVATE_NOTICE) else ""
        pieces.append(notice + " " * (width - len(notice)))
        cursor = end
    pieces.append(text[cursor:])
    sections = [s for s in document.sections if s.public]
    return Document(
        meta=document.meta,
        text="".join(pieces),
        content_hash=document.content_hash,
        page_starts=document.page_starts,
        private_spans=document.private_spans,
        sections=sections,
    )


def _led_by(answer: Answer, record: Any) -> Answer:
    """``answer`` with ``record`` first among its records (at most ``MAX_RECORDS``)."""
    others = [r for r in answer.records if r.record_id != record.record_id]
    return replace(answer, records=[record, *others][:MAX_RECORDS])


def _distance(record: Any, citation: Citation) -> int:
    """Characters between the start of ``record`` and the quote of ``citation``: 0 inside it."""
    if citation.char_start <= record.char_start < citation.char_end:
        return 0
    return min(abs(record.char_start - citation.char_start), abs(record.char_start - citation.char_end))
