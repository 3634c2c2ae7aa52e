"""German text analysis for lexical matching: folding, tokens, stop words, Snowball stems."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "\u00a0": " "})
_TOKEN = re.compile(r"[0-9]+(?:[./][0-9]+)*|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)

STOPWORDS = frozenset(
    [
        "aber",
        "alle",
        "allem",
        "allen",
        "aller",
        "alles",
        "als",
        "also",
        "am",
        "an",
        "ander",
        "andere",
        "anderem",
        "anderen",
        "anderer",
        "anderes",
        "auch",
        "auf",
        "aus",
        "bei",
        "beim",
        "bin",
        "bis",
        "bist",
        "da",
        "dabei",
        "dadurch",
        "dafür",
        "dagegen",
        "daher",
        "dahin",
        "damals",
        "damit",
        "danach",
        "dann",
        "daran",
        "darauf",
        "daraus",
        "darf",
        "darin",
        "darum",
        "darunter",
        "das",
        "dass",
        "davon",
        "dazu",
        "dem",
        "demnach",
        "den",
        "denen",
        "denn",
        "der",
        "deren",
        "derer",
        "des",
        "deshalb",
        "dessen",
        "die",
        "dies",
        "diese",
        "diesem",
        "diesen",
        "dieser",
        "dieses",
        "doch",
        "dort",
        "du",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "einig",
        "einige",
        "er",
        "es",
        "etwa",
        "etwas",
        "euch",
        "euer",
        "für",
        "gab",
        "gegen",
        "gewesen",
        "hab",
        "habe",
        "haben",
        "hat",
        "hatte",
        "hatten",
        "hier",
        "hin",
        "hinter",
        "ich",
        "ihm",
        "ihn",
        "ihnen",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "ihres",
        "im",
        "in",
        "indem",
        "ins",
        "ist",
        "ja",
        "jede",
        "jedem",
        "jeden",
        "jeder",
        "jedes",
        "jene",
        "jenem",
        "jenen",
        "jener",
        "jenes",
        "jetzt",
        "kann",
        "kein",
        "keine",
        "keinem",
        "keinen",
        "keiner",
        "keines",
        "können",
        "könnte",
        "machen",
        "man",
        "manche",
        "mein",
        "meine",
        "mich",
        "mir",
        "mit",
        "muss",
        "musste",
        "nach",
        "nachdem",
        "nein",
        "nicht",
        "nichts",
        "noch",
        "nun",
        "nur",
        "ob",
        "oder",
        "ohne",
        "sehr",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seiner",
        "seines",
        "selbst",
        "sich",
        "sie",
        "sind",
        "so",
        "solche",
        "soll",
        "sollte",
        "sondern",
        "sonst",
        "über",
        "um",
        "und",
        "uns",
        "unser",
        "unter",
        "viel",
        "vom",
        "von",
        "vor",
        "wann",
        "war",
        "waren",
        "warum",
        "was",
        "weg",
        "weil",
        "weiter",
        "welche",
        "welchem",
        "welchen",
        "welcher",
        "welches",
        "wenn",
        "wer",
        "werde",
        "werden",
        "wie",
        "wieder",
        "will",
        "wir",
        "wird",
        "wirst",
        "wo",
        "wohl",
        "wollen",
        "wollte",
        "würde",
        "würden",
        "zu",
        "zum",
        "zur",
        "zwar",
        "zwischen",
        "wurde",
        "wurden",
        "worden",
        "gibt",
        "gab",
        "geht",
    ]
)
STOPWORDS = frozenset(fold_word for fold_word in (w.translate(_FOLD) for w in STOPWORDS))
"""Function words that carry no topic (questions are full of them: "Was hat ... wurde ...")."""

QUESTION_WORDS = frozenset(
    [
        "wer",
        "wem",
        "wen",
        "wessen",
        "was",
        "wann",
        "wo",
        "woher",
        "wohin",
        "warum",
        "weshalb",
        "wieso",
        "wie",
        "welche",
        "welcher",
        "welches",
        "welchen",
        "welchem",
        "wieviel",
        "wieviele",
        "viele",
    ]
)


def fold(text: str) -> str:
    """Lower-case, NFC, umlauts and ß spelled out: "Beschluß" and "Beschluss" meet here."""
    return unicodedata.normalize("NFC", text).lower().translate(_FOLD)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("german")


def raw_tokens(text: str) -> list[str]:
    """Words and numbers, lower-cased and folded, hyphenated compounds split into parts too."""
    out: list[str] = []
    for match in _TOKEN.finditer(fold(text)):
        token = match.group(0)
        if "-" in token:
            out.extend(part for part in token.split("-") if part)
            out.append(token.replace("-", ""))
        else:
            out.append(token)
    return out


def content_terms(text: str) -> list[str]:
    """Stemmed content words (stop words and one-letter tokens removed)."""
    stemmer = _stemmer()
    words = [t for t in raw_tokens(text) if t not in STOPWORDS and t not in QUESTION_WORDS and len(t) > 1]
    return stemmer.stemWords(words)  # type: ignore[no-any-return]


def is_number(term: str) -> bool:
    return term[:1].isdigit()


ABBREVIATIONS = frozenset(
    fold(a)
    for a in [
        "z.b",
        "bzw",
        "ca",
        "dr",
        "prof",
        "nr",
        "abs",
        "art",
        "ggf",
        "gem",
        "vgl",
        "usw",
        "u.a",
        "s.o",
        "s.u",
        "d.h",
        "i.v.m",
        "i.d.r",
        "inkl",
        "evtl",
        "etc",
        "tel",
        "str",
        "bzgl",
        "ff",
        "sog",
        "st",
        "hr",
        "fr",
        "mio",
        "mrd",
        "tsd",
        "zzgl",
        "abt",
        "bgm",
        "gv",
        "vors",
        "stv",
        "allg",
        "jan",
        "feb",
        "mrz",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dez",
        "ziff",
        "lfd",
    ]
)
"""Tokens after which a period does not end a sentence (matched lower-cased, without the final period)."""

_BOUNDARY = re.compile(r"[.!?…]+[\"“”»«')\]]*(?=\s+|$)|\n\s*\n")
_WORD_BEFORE = re.compile(r"([\w.]+)$", re.UNICODE)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (offsets into ``text``) within ``[start, end)``, German abbreviations respected.

    Blank lines always end a sentence; "z.B.", "Dr.", "Nr." and ordinals like "12. März"
    do not. Leading and trailing whitespace is not part of a span.
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, stop):
        if not match.group(0).startswith("\n"):
            before = _WORD_BEFORE.search(text, cursor, match.start())
            word = fold(before.group(1)).rstrip(".") if before else ""
            following = text[match.end() : match.end() + 3].lstrip()
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            if word.isdigit() and len(word) <= 2 and "\n" not in text[match.end() : match.end() + 2]:
                continue
            if following[:1].islower():
                continue
            cut = match.end()
        else:
            cut = match.start()
        _append_span(text, cursor, cut, spans)
        cursor = match.end()
    _append_span(text, cursor, stop, spans)
    return spans


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
