"""Capital letters for questions typed all in lower case.

German writes nouns and names with a capital, and the question analysis reads that: the nouns a
question asks about, the people and places it names. A question typed in a chat as "wer hat sich in
billerbeck über die radweg-anregung beschwert" loses all of it. Such a question gets its capitals
back from the dictionary (simplemma, which gives a noun's lemma capitalised: "stellungnahme" →
"Stellungnahme") before it is analysed; a word the dictionary does not know ("billerbeck") is most
likely a name or a compound and is capitalised too. A question with capitals of its own is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
MIN_UNKNOWN = 4
"""Unknown words at least this long are taken for names or compounds (shorter ones: "ne", "nen", "ok")."""


def is_lower_case(question: str) -> bool:
    """Whether ``question`` has no capital letter after its first word."""
    words = _WORD.findall(question)
    return len(words) > 2 and not any(w[0].isupper() for w in words[1:])


@lru_cache(maxsize=20000)
def _cased(word: str) -> str:
    import simplemma

    lemma = str(simplemma.lemmatize(word, lang="de"))
    if lemma[:1].isupper():
        return word[:1].upper() + word[1:]
    if not simplemma.is_known(word, lang="de") and len(word) >= MIN_UNKNOWN:
        return word[:1].upper() + word[1:]
    return word


def truecase(question: str) -> str:
    """``question`` with nouns and names capitalised when it was typed in lower case (see the module);
    otherwise unchanged. Each part of a hyphenated word is cased on its own ("radweg-anregung" →
    "Radweg-Anregung")."""
    if not is_lower_case(question):
        return question
    cased = _WORD.sub(lambda m: _cased(m.group(0)), question)
    return cased[:1].upper() + cased[1:]
