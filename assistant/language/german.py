"""German text analysis for lexical matching: folding, tokens, stop words, Snowball stems."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import Stemmer

_FOLDS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("\u00a0", " "))
_FOLD = str.maketrans(dict(_FOLDS))
_TOKEN = re.compile(r"[0-9]+(?:[./][0-9]+)*|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)

STOPWORDS = frozenset(
    """
    aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch
    auf aus bei beim bin bis bist da dabei dadurch dafür dagegen daher dahin damals damit danach dann
    daran darauf daraus darf darin darum darunter das dass davon dazu dem demnach den denen denn der
    deren derer des deshalb dessen die dies diese diesem diesen dieser dieses doch dort du durch ein
    eine einem einen einer eines einig einige er es etwa etwas euch euer für gab gegen gewesen hab habe
    haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in
    indem ins ist ja jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine
    keinem keinen keiner keines können könnte machen man manche mein meine mich mir mit muss musste nach
    nachdem nein nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines
    selbst sich sie sind so solche soll sollte sondern sonst über um und uns unser unter viel vom von
    vor wann war waren warum was weg weil weiter welche welchem welchen welcher welches wenn wer werde
    werden wie wieder will wir wird wirst wo wohl wollen wollte würde würden zu zum zur zwar zwischen
    wurde wurden worden gibt gab geht
    """.split()
)
STOPWORDS = frozenset(fold_word for fold_word in (w.translate(_FOLD) for w in STOPWORDS))
"""Function words that carry no topic (questions are full of them: "Was hat ... wurde ...")."""

QUESTION_WORDS = frozenset(
    """
    wer wem wen wessen was wann wo woher wohin warum weshalb wieso wie welche welcher welches welchen
    welchem wieviel wieviele viele hoch passiert passieren geschieht geschehen
    """.split()
)


def fold(text: str) -> str:
    """Lower-case, NFC, umlauts and ß spelled out: "Beschluß" and "Beschluss" meet here."""
    text = unicodedata.normalize("NFC", text).lower()
    for char, spelled in _FOLDS:
        if char in text:
            text = text.replace(char, spelled)
    return text


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("german")


def raw_tokens(text: str) -> list[str]:
    """Words and numbers, lower-cased and folded, hyphenated compounds split into parts too, and a numbered
    reference as one token as well (:data:`_REFERENCE`)."""
    out: list[str] = []
    folded = fold(text)
    for match in _TOKEN.finditer(folded):
        token = match.group(0)
        if "-" in token:
            out.extend(part for part in token.split("-") if part)
            out.append(token.replace("-", ""))
        else:
            out.append(token)
    out.extend(f"{_REFERENCE_KIND[m.group('kind').rstrip('.')]}{m.group('number')}" for m in _REFERENCE.finditer(folded))
    return out


_REFERENCE = re.compile(r"(?P<kind>§§?|\babs\.|\bnr\.|\btop|\bziffer|\bziff\.)\s*(?P<number>\d{1,4}[a-z]?)\b")
"""A numbered reference ("§ 3", "Abs. 1", "Nr. 49", "TOP 13", "Ziffer 2"): the number alone is no content word, the
reference is, and "§ 3" is not "§ 1"."""
_REFERENCE_KIND = {"§": "para", "§§": "para", "abs": "abs", "nr": "nr", "top": "top", "ziffer": "ziffer", "ziff": "ziffer"}


def hyphen_joined(text: str) -> frozenset[str]:
    """The joined forms :func:`raw_tokens` adds for hyphenated words ("turnhallenpvanlagen")."""
    return frozenset(m.replace("-", "") for m in _TOKEN.findall(fold(text)) if "-" in m)


def content_terms(text: str, split: Callable[[str], tuple[str, ...]] | None = None) -> list[str]:
    """Stemmed content words (stop words and one-letter tokens removed).

    With ``split`` (a compound splitter), the parts of compound words are added after them.
    """
    return terms_of_tokens(raw_tokens(text), split)


def terms_of_tokens(tokens: list[str], split: Callable[[str], tuple[str, ...]] | None = None) -> list[str]:
    """:func:`content_terms` for text already cut by :func:`raw_tokens`; an abbreviation brings the
    words it stands for along (after it)."""
    stemmer = _stemmer()
    words = [t for t in tokens if t not in STOPWORDS and t not in QUESTION_WORDS and len(t) > 1]
    if split is not None:
        words = [part for word in words for part in (word, *split(word))]
    words = [w for word in words for w in (word, *ABBREVIATIONS.get(word, ()))]
    return [_unify(stem) for stem in stemmer.stemWords(words)]


ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "db": ("deutsche", "bahn"),
    "fnp": ("flaechennutzungsplan",),
    "bplan": ("bebauungsplan",),
    "sep": ("schulentwicklungsplan",),
    "oepnv": ("personennahverkehr", "nahverkehr"),
    "kita": ("kindertagesstaette",),
    "kitas": ("kita", "kindertagesstaette"),
    "ob": ("oberbuergermeister",),
    "obm": ("oberbuergermeister",),
    "bm": ("buergermeister",),
    "bgm": ("buergermeister",),
    "hfa": ("hauptausschuss", "finanzausschuss"),
    "fwbp": ("feuerwehrbedarfsplan",),
    "vg": ("verbandsgemeinde",),
    "lk": ("landkreis",),
    "gr": ("gemeinderat",),
    "stv": ("stadtverordnete",),
    "fbl": ("fachbereichsleiter", "fachbereichsleitung"),
    "rm": ("ratsmitglied",),
    "ov": ("ortsvorsteher",),
    "stvv": ("stadtverordnetenversammlung",),
    "bvv": ("bezirksverordnetenversammlung",),
}
"""Abbreviations of council minutes (folded) and the words they stand for: "die DB" is "die Deutsche
Bahn", "FNP" the "Flächennutzungsplan". Both sides of the index see the long form."""


SAME_STEMS = {"tagesordnungspunkt": "top"}
"""Stems that name the same thing: "beim Tagesordnungspunkt 13" is "TOP 13"."""


def _unify(stem: str) -> str:
    """Snowball leaves "favorisiert" but cuts "favorisieren" to "favorisi": meet at the shorter form."""
    stem = SAME_STEMS.get(stem, stem)
    return stem[:-3] if stem.endswith("iert") and len(stem) > 6 else stem


def german_date(iso: str) -> str:
    """``2024-05-14`` → ``14.05.2024``; other strings unchanged."""
    year, _, rest = iso.partition("-")
    month, _, day = rest.partition("-")
    return f"{day}.{month}.{year}" if day else iso


SEPARABLE_PREFIXES = (
    "zurueck",
    "zusammen",
    "vorbei",
    "weiter",
    "fest",
    "fort",
    "nach",
    "auf",
    "aus",
    "bei",
    "ein",
    "her",
    "hin",
    "mit",
    "vor",
    "weg",
    "dar",
    "ab",
    "an",
    "zu",
)
"""Particles of separable verbs: "zugesagt" is said as "sagt … zu" in the minutes."""


def separated_forms(text: str) -> list[str]:
    """Stems of the finite forms of separable participles in ``text``: "angeregt" → "regt".

    Minutes report in the present tense with the particle split off ("Herr X regt an, …"),
    questions ask in the perfect ("Was hat Herr X angeregt?"); only weak verbs are handled.
    """
    found = []
    for token in raw_tokens(text):
        for prefix in SEPARABLE_PREFIXES:
            core = token[len(prefix) + 2 :]
            if token.startswith(prefix + "ge") and token.endswith("t") and len(core) >= 4:
                found.append(core)
                break
    return terms_of_tokens(found)


ABLAUT = (("ie", "ei"), ("o", "ie"), ("o", "e"), ("o", "ei"), ("u", "i"), ("a", "e"), ("a", "ei"), ("o", "i"))
"""Vowel changes between a strong participle and its present stem: geschrieben → schreib,
geschlossen → schließ, gefunden → find, gesprochen → sprech, gelassen → lass (unchanged)."""


def participle_forms(token: str) -> list[str]:
    """Words the minutes may use for the verb of a participle ``token`` (folded): its infinitive and
    its noun in "-ung", for strong and weak verbs, with and without a separable particle.

    "fortgeschrieben" → "fortschreiben", "fortschreibung", …; "nachgebessert" → "nachbessern",
    "nachbesserung", …. Most candidates are not words; callers keep those their corpus uses.
    """
    token = _participle(token)
    for prefix in (*SEPARABLE_PREFIXES, ""):
        if not token.startswith(prefix + "ge"):
            continue
        core = token[len(prefix) + 2 :]
        if len(core) < 4:
            return []
        if core.endswith("en"):
            base = core[:-2]
            bases = {base, *(base.replace(a, b, 1) for a, b in ABLAUT if a in base)}
        elif core.endswith("t"):
            base = core[:-1]
            bases = {base, base.removesuffix("e")}
        else:
            return []
        return sorted({f"{prefix}{b}{ending}" for b in bases for ending in ("en", "n", "ung")})
    return []


def noun_verb_forms(token: str) -> list[str]:
    """Words the minutes may use for the verb of a noun in "-ung" ``token`` (folded): "genehmigung" →
    "genehmigt", "genehmigen"; "verweisung" → "verweist", "verweisen"; "absetzung" → "abgesetzt". The other direction of
    :func:`participle_forms`: questions name the act ("Genehmigung"), resolutions state it ("… und
    genehmigt diesen"). Most candidates are not words; callers keep those their corpus uses."""
    if not token.endswith("ung") or len(token) < 7:
        return []
    base = token[:-3]
    forms = [f"{base}t", f"{base}en", f"{base}n", f"ge{base}t"]
    prefix = next((p for p in SEPARABLE_PREFIXES if base.startswith(p) and len(base) - len(p) >= 4), "")
    if prefix:  # "absetzung" → "abgesetzt"
        forms.append(f"{prefix}ge{base[len(prefix):]}t")
    return forms


_ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e")


def _participle(token: str) -> str:
    """A participle without the ending it takes as an adjective: "fortgeschriebene" → "fortgeschrieben",
    "genehmigten" → "genehmigt" (other words unchanged)."""
    if "ge" not in token[:9]:
        return token
    for ending in _ADJECTIVE_ENDINGS:
        stem = token[: -len(ending)]
        if token.endswith(ending) and (stem.endswith("t") or stem.endswith("en")) and len(stem) >= 7:
            return stem
    return token


def verb_noun_forms(token: str) -> list[str]:
    """The noun in "-ung" of a verb form ``token`` (folded): "klaeren" → "klaerung", "aendern" →
    "aenderung", "forderte" → "forderung". Questions ask with the verb ("zu klären"), minutes often
    state the act ("sagt eine Klärung … zu"). Most candidates are not words; callers keep those their
    corpus uses."""
    if len(token) < 6 or token.endswith("ung"):
        return []
    for ending, cut in (("ern", 1), ("eln", 1), ("en", 2), ("te", 2), ("ten", 3)):
        if token.endswith(ending):
            base = token[:-cut]
            return [f"{base}ung"] if len(base) >= 4 else []
    return []


def verb_family(token: str) -> list[str]:
    """Words the minutes may use for the act a question word names (folded): the verb and noun of a
    participle, the verb of a noun in "-ung", the noun of a verb."""
    return participle_forms(token) + noun_verb_forms(token) + verb_noun_forms(token)


PLACE_MODIFIERS = ("landkreis", "gemeinde", "stadt", "kreis", "orts", "dorf", "markt")
"""First parts of compounds that only say whose the thing is: the "Stadtverwaltung" is the
"Verwaltung" of the minutes, the "Gemeindehaushalt" their "Haushalt"."""


def place_head(token: str) -> str:
    """The head of a compound whose first part is a :data:`PLACE_MODIFIERS` word ("stadtverwaltung"
    → "verwaltung"), or ``""``."""
    for modifier in PLACE_MODIFIERS:
        if token.startswith(modifier) and len(token) - len(modifier) >= 5:
            head = token[len(modifier) :].removeprefix("s") if modifier == "orts" else token[len(modifier) :]
            return "" if head.startswith(_BODY_HEADS) else head
    return ""


_BODY_HEADS = ("vertret", "verordnet", "teil", "gebiet", "rat", "tag")
"""Heads that make the compound a body or a place of its own: a "Stadtvertretung" is no "Vertretung"."""
