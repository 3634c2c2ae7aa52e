"""Vote formulas of German minutes → counts, unanimity and per-faction breakdown.

Handles "einstimmig", "mehrheitlich bei 3 Gegenstimmen", "einstimmig bei 2 Enthaltungen",
"12:3:1" / "mit 49 : 5", "Ja 12 Nein 3 Enthaltungen 1", "Ja: 13, Nein: 0", "dafür: 16 dagegen: 18",
"8 Ja, 2 Gegenstimmen, 1 Enthaltung", "17 Nein-Stimmen (11 SPD, 6 GRÜNE)", "Abstimmungsergebnis: 5/2/1",
"Zustimmung 10, Ablehnung 2", "18-Ja-Stimmen" and tables whose keys stand over their numbers ("gesetzl. Mitglieder
anwesend Ja Nein Enthaltung 15 13 12 0 1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_UNITS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_TENS = ("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")


def _number_words() -> dict[str, int]:
    """German count words up to 99: "zwei", "elf", "siebzehn", "dreiundzwanzig"; "keine" is 0."""
    words = {"keine": 0, "keiner": 0, "eine": 1, "einer": 1, "einem": 1, "zehn": 10, "elf": 11, "zwölf": 12}
    words |= {unit: n for n, unit in enumerate(_UNITS, 1)}
    teens = ("drei", "vier", "fünf", "sech", "sieb", "acht", "neun")
    words |= {f"{stem}zehn": n for n, stem in enumerate(teens, 13)}
    for t, tens in enumerate(_TENS, 2):
        words[tens] = 10 * t
        words |= {f"{unit}und{tens}": 10 * t + n for n, unit in enumerate(_UNITS, 1)}
    return words


_NUMBER_WORDS = _number_words()
_NUM = r"(\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
COUNT = _NUM
"""A count of votes in digits or words ("11", "elf"), one group."""
_EACH = re.compile(rf"\bjeweils\s+{_NUM}\s+Ja-\s*(?:Stimmen\s+)?und\s+Nein-?Stimmen\b", re.IGNORECASE)
"""A tie told once for both sides ("mit jeweils sieben Ja- und Nein-Stimmen")."""
_TO = re.compile(
    rf"(?<![\w.,]){_NUM}(?:\s*\([^()]{{1,80}}\))?\s+zu\s+{_NUM}(?:\s*\([^()]{{1,80}}\))?\s+Stimmen\b", re.IGNORECASE
)
"""Votes for and against as "mit fünf zu zwei Stimmen", "mit 6 (CDU, FDP) zu 3 (SPD, Grüne) Stimmen"."""
_YES = r"ja(?:-?stimmen?|-?voten?)?|ja-(?=[\s,])|dafür|zustimmung(?:en)?|für"
_NO = r"nein(?:-?stimmen?|-?voten?)?|dagegen|gegen(?:stimmen?|voten?)|ablehnung(?:en)?|gegen(?=\s+(?:den|die|das)\b|\s*$)"
_ABSTAIN = r"stimmenthaltung(?:en)?|enthaltung(?:en)?|enth[.\u2024]"
_KEY_FIRST = re.compile(
    r"\b(?P<key>ja-?stimmen|ja|nein-?stimmen|nein|dafür|dagegen|zustimmung(?:en)?|ablehnung(?:en)?|"
    r"stimmenthaltung(?:en)?|enthaltung(?:en)?|enth[.\u2024]|(?:für|gegen)(?=\s*:))"
    r"(?![\w-])\s*[:=]?\s*\|?\s*(?P<num>\d{1,3})\b",
    re.IGNORECASE,
)
_NUM_FIRST = re.compile(
    rf"(?<![\w.:]){_NUM}(?:\s*[-–]\s*|\s+(?:x|mal|mit)\s+|\s+)(?:Stimmen?\s+)?(?P<key>{_YES}|{_NO}|{_ABSTAIN})(?![\w-])(?P<paren>\s*\([^)]*\))?",
    re.IGNORECASE,
)
_KEY_PAREN = re.compile(
    r"\b(?P<key>ja-?stimmen|ja|nein-?stimmen|nein|dafür|dagegen|enthaltung(?:en)?|enth[.\u2024])\s*[:=]?\s*\d{1,3}"
    r"\s*(?P<paren>\([^)]*\))",
    re.IGNORECASE,
)
_RATIO = re.compile(
    r"(?<![\d.,:])(?<![-–]\s)(?<!Maßstab\s)(?<!M\s)(\d{1,3})\s*:\s*(\d{1,3})(?:\s*:\s*(\d{1,3}))?(?!\d|[.,]\d|\s*Uhr|\s*[-–]\s*\d)"
)
"""Counts as "12:3:1"; clock times ("18:00 - 19:22", "18:00 Uhr") and a plan's scale ("im Maßstab 1:500") are none."""
_CLOSING_RATIO = re.compile(r"[.!?\"“”)]\s+(\d{1,3})\s*:\s*(\d{1,3})\s*\.?$")
"""Counts standing alone after the sentence they vote on, as some councils' reports close each matter ("Die
Grundstücksinteressierten sollen befragt werden, …. 14:0"): a vote without the word for it."""
_SLASHED = re.compile(
    r"(?<![\d/.])(\d{1,3})\s*/\s*(\d{1,3})(?![\d/])(?=\s*,?\s*(?:Stimmen|mehrheitlich|einstimmig|angenommen|abgelehnt|beschlossen))"
)
"""Yes and no parted by a slash before the result ("Abstimmung zum Antrag: 13/12, mehrheitlich angenommen")."""
_MEMBERS = r"[A-ZÄÖÜ]?\w*(?:räte|rätinnen|mitglieder|verordnete|abgeordnete|vertreter|vertreterinnen)"
COUNTED_VOTERS = re.compile(
    rf"(?<![\w.,])(?:{_NUM}|einer|eine)\s+(?:{_MEMBERS}\s+(?:der|des|von|aus)\s+[^.;,]{{0,70}}?\s+|[A-ZÄÖÜ][\w-]+\s+)?"
    r"(?:(?P<voted>stimmten|stimmte|votierten|votierte)\s+"
    r"(?P<side>dafür|dagegen|für|gegen|mit\s+(?:ja|nein))|enthielten\s+sich|enthielt\s+sich)\b"
    rf"|\b(?P<inverted>stimmten|votierten)\s+{_NUM}\s+(?:{_MEMBERS}\s+)?(?P<side2>dafür|dagegen|für|gegen|mit\s+(?:ja|nein))\b"
    rf"|(?<![\w.,]){_NUM}\s+{_MEMBERS}\s+(?P<side3>dafür|dagegen)\b"
    rf"|\b(?P<followed>folgten)\s+{_NUM}\s+{_MEMBERS}\b"
    rf"|(?<![\w.,]){_NUM}\s+{_MEMBERS}\b[^.;]{{0,120}}?\b(?P<followed2>folgten)\b"
    rf"|(?<![\w.,]){_NUM}\s+(?:{_MEMBERS}\s+)?(?:(?P<agreed>stimmten|stimmte)|(?P<refused>lehnten|lehnte))\b"
    r"(?:\s+(?:den|die|das|dem|der)\s+[\w-]+)?\s+(?(agreed)zu|ab)\b"
    rf"|\b[Ff]ür\s+(?:sie|ihn|(?:den|die)\s+[\w-]+|[A-ZÄÖÜ][\w-]+)\s+(?P<for_whom>stimmten|votierten)\s+{_NUM}\b",
    re.IGNORECASE,
)
"""Counted voters with their verb ("Nur 30 Stadtverordnete stimmten dafür, 32 dagegen", "zwei enthielten sich", "einer
enthielt sich der Stimme", "14 votierten mit Nein", "13 Vertreter der CDU und der Freien Wähler stimmten dagegen"), the verb first ("stimmten
acht Ratsmitglieder für …, sechs Räte dagegen"), following a motion ("17 Ratsmitglieder … folgten dem Antrag")."""
_CAST = r"(?:abgegebenen|gültigen|möglichen|anwesenden)"
CANDIDATE = r"(?:Frau\s+|Herrn?\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){0,2}"
"""A candidate named in a result line ("Für Heike Wiechmann: 7 Stimmen")."""
RECEIVED = re.compile(
    rf"\b(?:erhielt|erhält|bekam|bekommt|erzielte|erreichte)\s+(?:[^.;%\d]{{0,60}}?\s)?(?:von\s+(?P<cast0>\d{{1,3}})\s+(?:{_CAST}\s+)+)?"
    rf"(?<![\w.,]){_NUM}(?:\s+von\s+(?P<cast>\d{{1,3}})(?:\s+{_CAST})*)?\s+(?:gültigen\s+)?(?:Ja-)?Stimmen\b"
    rf"|(?<![\w.,]){_NUM}\s+(?:\w+\s+){{0,3}}?Stimmen\b[^.;]{{0,60}}\bauf\s+sich\s+(?:vereinen|vereinigen|vereint\w*|vereinigt\w*)"
    rf"|\bentfielen\s+auf\s+[^.;\d]{{1,40}}?\s+{_NUM}\s+(?:Ja-)?Stimmen\b"
    rf"|\b[Aa]uf\s+[^.;]{{1,40}}?\s+entfielen\s+(?:von\s+\d{{1,3}}\s+(?:{_CAST}\s+)*Stimmen\s+)?(?:[^.;%\d]{{0,30}}?\s)?"
    rf"(?<![\w.,]){_NUM}(?:\s+von\s+(?P<cast2>\d{{1,3}}))?\s+(?:(?:{_CAST}\s+)*)(?:Ja-)?Stimmen\b"
    rf"|\bmit\s+{_NUM}\s+(?:Ja-)?Stimmen\s+(?:die\s+Nase\s+vorn|(?:\w+\s+){{0,4}}?(?:wieder)?gewählt)\b"
    rf"|\b(?:siegte|siegt|gewann|gewinnt)\b[^.;]{{0,40}}?\bmit\s+{_NUM}\s+(?:Ja-)?Stimmen\b"
    rf"|\b(?:ist|wird|wurde|bleibt)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){{0,2}}(?:\s*\([^)]{{1,20}}\))?\s+mit\s+{_NUM}\s+"
    r"(?:Ja-)?Stimmen\b"
    rf"|^Für\s+{CANDIDATE}\s*:\s*{_NUM}\s+Stimmen\b",
    re.IGNORECASE,
)
"""The votes a candidate got in an election ("In geheimer Wahl erhielt Havemann dann 18 Stimmen", "erhielt X 42 von 45
möglichen Stimmen", "konnte eine Mehrheit von 25 Stimmen auf sich vereinen", "Auf Menge entfielen 32 von 42
abgegebenen gültigen Stimmen", "hatte … mit 20 Stimmen die Nase vorn", "siegte Kolb mit 13 Stimmen", "Zweiter Stellvertreter ist Uwe Heinze (SPD) mit
21 Stimmen", the lines "Für Heike Wiechmann: 7 Stimmen" / "Für Torsten Lange: 4 Stimmen"): the yes side; fewer than all cast ("von 45") is no unanimous vote."""
_ANY_NUM = re.compile(rf"\b{_NUM}\b", re.IGNORECASE)
_RIVAL_COUNTS = re.compile(
    rf"(?<![\w.,]){_NUM}\s+(?:Ja-)?Stimmen\b|\bnur\s+{_NUM}\b|(?<![\w.,]){_NUM}\s*,\s+[A-ZÄÖÜ][\w-]+\s+{_NUM}\s+Stimmen"
    rf"|\bund\s+auf\s+(?:Herrn?\s+|Frau\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s+{_NUM}\b",
    re.IGNORECASE,
)
"""Votes of more than one candidate: two counts of votes, "nur acht", "erhielt sechs, Frahm elf Stimmen"."""
_DEFEATED_BY = re.compile(
    r"\bunterl(?:ag|agen|iegt|iegen)\b[^.;]{0,60}\bgegen\s+(?:Herrn?\s+|Frau\s+)?[A-ZÄÖÜ]"
    r"|\bunterl(?:ag|agen|iegt|iegen)\s+(?:Herrn?\s+|Frau\s+)?[A-ZÄÖÜ][\w-]+\s+mit\b"
)
"""A candidate beaten by a named rival ("Degen unterlag in der Abstimmung mit 6:9 Stimmen gegen Michael Rößel"): the
election's result is the rival's, so the counts turn round (a motion that "unterlag mit 6:9" stays rejected)."""
_TRIPLE = re.compile(
    r"\b(?:Abst(?:immungs)?\.?-?\s*[Ee]rgebnis|Abstimmung(?:sergebnis)?|Ergebnis|Stimmenverhältnis)\s*:?\s*"
    r"(\d{1,3})\s*([/–-])\s*(\d{1,3})\s*\2\s*(\d{1,3})\b(?![/.–-]\d)"
)
"""Yes, no and abstentions after a vote label, parted by slashes or dashes ("Abstimmungsergebnis: 5/2/1", "Abst.-Ergebnis:
7-0-0")."""
NO_MAJORITY = r"(?:keine|nicht die (?:erforderliche|notwendige))\s+Mehrheit"
"""A motion that failed without a word of rejection ("findet keine Mehrheit"); read case-insensitively."""
_TABLE = re.compile(
    r"\bJa\s+Nein(?:\s+Enthaltung(?:en)?)?(?:\s+Befangen)?\s+(?!(?:Stimm)?[Ee]nthaltung|Befangen|Mitwirkungsverbot)[^\d\s]\S*"
    r"\s+(\d{1,3})\s+(\d{1,3})(?:\s+(\d{1,3}))?",
    re.IGNORECASE,
)
"""A result table flattened to text: "Gremium Ja Nein Enthaltung Befangen Stadtrat 19 4 2 0"."""
_COLUMN_KEY = (
    r"(?:Anwesend\w*|Ja(?:-Stimmen)?|Nein(?:-Stimmen)?|(?:Stimm)?[Ee]nthaltung(?:en)?|Enth[.\u2024]|Befangen\w*|Mitwirkungsverbot|"
    r"ausgeschlossen|dafür|dagegen)"
)
_COLUMNS = re.compile(
    rf"((?:{_COLUMN_KEY}(?:\s*[:|]\s*|\s+)){{2,6}})(?:\|\s*)?((?:\d{{1,3}}(?:\s*\|\s*|\s*)){{2,6}})", re.IGNORECASE
)
"""A vertical table whose keys come first and numbers after: "Anwesend JA-Stimmen NEIN-Stimmen 20 18 2", also with
pipes between the cells ("Ja | Nein | Enth." over "8 | 0 | 1", "| Ja | Nein | Enthaltung |" over "| 13 | 1 | 1 |"). A table
that opens with a column no key names ("gesetzl. Mitglieder anwesend Ja Nein Enthaltung 15 13 12 0 1") has more
numbers than keys: the keys belong to the last ones."""
_BY_FACTION = re.compile(
    r"(?<![\w-])(?P<key>Zustimmung|Ja(?:-?Stimmen)?|Dafür|Ablehnung|Nein(?:-?Stimmen)?|Dagegen|Gegenstimmen|"
    r"(?:Stimm)?[Ee]nthaltung(?:en)?)\s*:\s*(?P<list>(?:[A-ZÄÖÜ][^:()\d]{0,40}?\s*\(\d{1,3}\)(?:\s*(?:,|und)\s*|\s*))+)",
)
"""Counts by faction after each key ("Zustimmung: SPD (5) Ablehnung: CDU (13), Grüne (9)"): the key's count is
their sum."""
_FACTION_COUNT = re.compile(r"([A-ZÄÖÜ][^:()\d,]{0,40}?)\s*\((\d{1,3})\)")
_VERSUS = re.compile(
    rf"\bmit\s+{_NUM}\s+(?:gegen|zu)\s+{_NUM}\s+Stimmen\b|\b(\d{{1,3}})\s+(?:Ja|Für)-\s+und\s+(\d{{1,3}})\s+(?:Nein|Gegen)-?[Ss]timmen\b"
    r"|\bmit\s+(\d{1,3})\s+Stimmen\s*(?:,|und|bei)\s*(\d{1,3})\s+Gegenstimmen?\b",
    re.IGNORECASE,
)
"""Counts written as a contest: "mit 13 gegen 0 Stimmen", "mit 23 Für- und 20 Gegenstimmen", "mit 26 Stimmen, 3
Gegenstimmen und 1 Enthaltung"."""
_OF_GROUP = re.compile(
    r"(?<![\w-])(?P<key>Gegenstimmen?|Nein-?Stimmen?|(?:Stimm)?[Ee]nthaltung(?:en)?|Ja-?Stimmen?)\s+(?:der|des|von)\s+"
    r"(?P<group>[^()\d.;]{1,40}?)\s*\((?P<num>\d{1,3})(?:\s+Stimmen?)?\)"
)
"""A count in brackets after the group that cast it ("Mit Gegenstimmen der FDP (3 Stimmen) angenommen")."""
_DISSENT = re.compile(rf"(?<!\d\s)\bgegen\s+{_NUM}\s+(?:Gegen)?Stimmen?\b(?P<after>[^.;]{{0,60}})", re.IGNORECASE)
"""Only the votes against the outcome ("wird gegen 8 Stimmen abgelehnt", "gegen zwei Stimmen angenommen"): on a
rejection they were for the motion."""
_UNANIMOUS = re.compile(
    r"\beinstimmig|\beinmütig|\beinhellig|\bausnahmslos|\beinvernehmlich|\bohne gegenstimme|\balle\b[^.]{0,60}\bstimm\w*\b[^.]{0,40}\bzu\b|"
    r"\balle\s+(?:fraktionen|ratsmitglieder|mitglieder|anwesenden)\s+(?:haben|hatten)\s+(?:\w+\s+){0,2}?zugestimmt\b|"
    r"\bstimm\w*\s+alle\b[^.]{0,60}\bzu\b|\balle\s+(?:\w+\s+){0,2}?stimm\w*\s+für\b"
    r"|\b(?:stimm|votier)\w*\s+(?:\w+\s+){0,2}?geschlossen\s+(?:für|dafür|zu\b|(?:\w+\s+){1,4}?zu\b)",
    re.IGNORECASE,
)
_MAJORITY = re.compile(
    r"\bmehrheitlich|\bstimmenmehrheit|\bmit (?:(?:großer|breiter|knapper|deutlicher|klarer|überwältigender) )?mehrheit|"
    r"\bgegen die stimmen|\b(?:mit|bei)\s+(?:den\s+)?gegenstimmen\s+(?:der|des|von)\b",
    re.IGNORECASE,
)
_VOTE_WORD = re.compile(
    r"\bstimm|\babstimm|\b(?:ab)?gestimmt\b|angenommen|beschlossen|abgelehnt|ja\b|^beschluss\b"
    r"|\blehnt(?:e|en)?\b|\bverweiger|\bversagt|\bgenehmigt|\bbewilligt|\bbefürwort|\bvotiert|\berteilt",
    re.IGNORECASE,
)
"""Words of a vote or of a body's resolving act: a ratio beside them counts the vote ("verweigerte der Stadtrat die
Genehmigung (8:21)")."""


@dataclass
class Votes:
    """Parsed result of a vote formula. Counts are None where the minutes do not give them."""

    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    unanimous: bool | None = None
    by_faction: dict[str, dict[str, int | None]] = field(default_factory=dict)

    @property
    def found(self) -> bool:
        return self.unanimous is not None or any(c is not None for c in (self.yes, self.no, self.abstain))

    @property
    def has_counts(self) -> bool:
        return any(c is not None for c in (self.yes, self.no, self.abstain))


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS[token.lower()]


def _category(key: str) -> str:
    key = key.lower()
    if re.fullmatch(_ABSTAIN, key):
        return "abstain"
    if re.fullmatch(_NO, key):
        return "no"
    return "yes"


def _factions(paren: str | None, total: int) -> dict[str, int | None]:
    """``(31 CDU, 6 FDP)`` → counts; ``(SPD)`` → the total; ``(CDU, UWG)`` → names without counts."""
    if not paren:
        return {}
    items = [p.strip() for p in re.split(r"[,;]|\bund\b", paren.strip()[1:-1]) if p.strip()]
    result: dict[str, int | None] = {}
    for item in items:
        match = re.match(r"^(\d{1,3})\s+(.+)$", item)
        if match:
            result[match.group(2).strip()] = int(match.group(1))
        elif re.search(r"[A-Za-zÄÖÜäöü]", item):
            result[item] = None
    if len(result) == 1 and None in result.values():
        return {next(iter(result)): total}
    return result


def _ignored(key: str) -> bool:
    return key.lower().startswith(("anwesend", "befangen", "mitwirkungsverbot", "ausgeschlossen"))


_EMPTY_COUNT = re.compile(rf"(?<![\w-])(?P<key>{_YES}|{_NO}|{_ABSTAIN})\s*:\s*(?:[-–—]|keine?)(?=\s|$|[,;.])", re.IGNORECASE)
"""A count left empty by a dash or "keine" in a labelled vote table: zero."""


_SUMMED = re.compile(r"\b(?:Summe|Gesamt|Insgesamt)\s+(?=Ja\b|Ja-)", re.IGNORECASE)
_SUM_ROW = re.compile(
    r"(?P<key>Ja-Stimmen|Nein-Stimmen|(?:Stimm)?[Ee]nthaltung(?:en)?|Ja|Nein)\s+(?P<row>(?:\d{1,3}\s+)*\d{1,3})\b"
)
"""A table of counts by faction whose last column is the sum ("FW CDU SPD Summe Ja-Stimmen 5 3 2 10 …")."""
_ROLL_CALL = re.compile(r"\|\s*(Ja|Nein|Enthaltung|enthalten|Enthalten)\s*\|")
"""A roll-call table, one member a row ("Hübner, Klaus | Ja |"): the ballots are counted."""


def _read_election(received: re.Match[str], flat: str, votes: Votes) -> None:
    """Set ``votes`` from the votes a candidate got (:data:`RECEIVED`): yes is the winner's count (the most any
    candidate got where rivals are counted too), and the vote is not unanimous with fewer than all cast, a rival's
    votes ("da Cunha nur acht") or one candidate ahead of another ("die Nase vorn")."""
    named = {received.re.groupindex[name] for name in ("cast0", "cast", "cast2")}
    got = votes.yes
    if got is None:
        got = _number(next(g for i, g in enumerate(received.groups(), 1) if g is not None and i not in named))
    all_cast = received.group("cast0") or received.group("cast") or received.group("cast2")
    rivals = [m.group(0) for m in _RIVAL_COUNTS.finditer(flat)]
    rivalry = len(rivals) >= 2 or any("," in r or r.lower().startswith("nur") for r in rivals)
    if rivalry and received.group("cast0") is None:
        got = max([got, *(_number(n) for r in rivals for n in _ANY_NUM.findall(r))])
    votes.yes = got
    if (all_cast is not None and int(all_cast) > got) or rivalry or "Nase vorn" in received.group(0):
        votes.unanimous = False


_SPLIT_KEY = re.compile(r"\b(Ja|Nein|Gegen|Für)-\s+Stimme")


def _majority_against(votes: Votes, flat: str) -> None:
    """A rejection told majority-first: the larger count voted against."""
    if votes.yes is not None and votes.no is not None and votes.yes > votes.no and _REJECTED.search(flat):
        votes.yes, votes.no = votes.no, votes.yes


_REJECTED = re.compile(r"(?<!nicht )\babgelehnt\b")


def parse_votes(text: str) -> Votes:
    """Counts and unanimity in ``text`` (one vote-result sentence or line)."""
    flat = _SPLIT_KEY.sub(r"\1-Stimme", " ".join(text.split()))  # "Ja- Stimmen:" of a form's label column
    votes = Votes()
    paren_by_key = {m.group("key").lower(): m.group("paren") for m in _KEY_PAREN.finditer(flat)}
    pairs: list[tuple[str, int, str | None]] = [
        (m.group("key"), int(m.group("num")), paren_by_key.get(m.group("key").lower()))
        for m in _KEY_FIRST.finditer(flat)
    ]
    if columns := _COLUMNS.search(flat):
        keys = columns.group(1).replace(":", " ").replace("|", " ").split()
        numbers = columns.group(2).replace("|", " ").split()
        if len(keys) <= len(numbers):
            numbers = numbers[len(numbers) - len(keys) :]
            pairs = [(k, int(n), None) for k, n in zip(keys, numbers, strict=True) if not _ignored(k)]
    if table := _TABLE.search(flat):
        pairs = [("ja", int(table.group(1)), None), ("nein", int(table.group(2)), None)]
        pairs += [("enthaltung", int(table.group(3)), None)] if table.group(3) else []
    if _SUMMED.search(flat):  # "FW CDU SPD … Summe Ja-Stimmen 1 1 1 3 Nein-Stimmen …": the sum closes each row
        pairs = [(m.group("key"), int(m.group("row").split()[-1]), None) for m in _SUM_ROW.finditer(flat)]
    num_first = list(_NUM_FIRST.finditer(flat))
    counted = [(m.group("key"), _number(m.group(1)), m.group("paren")) for m in num_first]
    key_first = _KEY_FIRST.search(flat)
    labelled = any(":" in m.group(0) for m in _KEY_FIRST.finditer(flat))  # "Dafür: 18 Dagegen: 0"
    if (
        num_first
        and key_first
        and num_first[0].start() < key_first.start()
        and (
            num_first[-1].end() >= len(flat.rstrip(" .;,")) - 1  # the text ends with a key, not a count
            or num_first[0].start() == 0  # … or opens with a count and its key ("9 Ja-Stimmen 1 Nein-Stimmen 0 En…")
        )
        and not (columns or table or labelled)
    ):
        pairs, counted = counted, pairs  # "5 dafür 0 dagegen 0 Enthaltungen": each count before its key
    if not pairs:
        for listed in _BY_FACTION.finditer(flat):
            counts = {name.strip(" ,"): int(n) for name, n in _FACTION_COUNT.findall(listed.group("list"))}
            category = _category(listed.group("key"))
            if counts and getattr(votes, category) is None:
                setattr(votes, category, sum(counts.values()))
                votes.by_faction[category] = dict(counts)
    have = {_category(key) for key, _, _ in pairs}
    if labelled and pairs is not counted:
        # "Ja-Stimmen: 28 Nein-Stimmen: -": the 28 is the label's count, not the next key's
        spans = [(m.start("num"), m.end("num")) for m in _KEY_FIRST.finditer(flat)]
        counted = [
            pair for pair, m in zip(counted, num_first, strict=True) if not any(a <= m.start(1) < b for a, b in spans)
        ]
    pairs += [pair for pair in counted if _category(pair[0]) not in have]
    for key, count, paren in pairs:
        category = _category(key)
        if getattr(votes, category) is None:
            setattr(votes, category, count)
        if category not in votes.by_faction and (factions := _factions(paren, count)):
            votes.by_faction[category] = factions
    for cast_by in _OF_GROUP.finditer(flat):
        category = _category(cast_by.group("key"))
        if getattr(votes, category) is None:
            setattr(votes, category, int(cast_by.group("num")))
            votes.by_faction.setdefault(category, {cast_by.group("group").strip(): int(cast_by.group("num"))})
    if votes.has_counts:
        for empty in _EMPTY_COUNT.finditer(flat):
            category = _category(empty.group("key"))
            if getattr(votes, category) is None:
                setattr(votes, category, 0)  # "Nein-Stimmen: -", "Enthaltungen: keine"
    if not votes.has_counts and len(ballots := _ROLL_CALL.findall(flat)) >= 2:
        cast = [b.lower() for b in ballots]
        votes.yes, votes.no = cast.count("ja"), cast.count("nein")
        votes.abstain = sum(1 for b in cast if b.startswith("enth"))
    if versus := _VERSUS.search(flat):  # "mit 12 zu 5 Stimmen für die Variante B": the contest, not "5 … für"
        votes.yes = _number(versus.group(1) or versus.group(3) or versus.group(5))
        votes.no = _number(versus.group(2) or versus.group(4) or versus.group(6))
        if not re.match(r"\s+für\b", flat[versus.end() :]):
            _majority_against(votes, flat)  # "Mit zehn zu neun Stimmen haben die Mitglieder … abgelehnt"
    if each := _EACH.search(flat):
        votes.yes = votes.no = _number(each.group(1))
    if votes.yes is None and votes.no is None and (dissent := _DISSENT.search(flat)) and not _VERSUS.search(flat):
        rejected = re.search(r"\babgelehnt\b|\bnicht\s+(?:angenommen|zugestimmt)\b", dissent.group("after") or flat)
        setattr(votes, "yes" if rejected else "no", _number(dissent.group(1)))
        if votes.yes and not _UNANIMOUS.search(flat):
            votes.unanimous = False  # votes for a rejected motion: both sides
    for voters in COUNTED_VOTERS.finditer(flat):
        followed = voters.group("followed") or voters.group("followed2")  # "der Idee folgten elf Ratsmitglieder"
        said = voters.group("side") or voters.group("side2") or voters.group("side3") or ""
        if voters.group("refused"):
            said = "dagegen"  # "32 Stadtverordnete lehnten den Antrag ab, 31 stimmten zu"
        side = "für" if followed or voters.group("agreed") or voters.group("for_whom") else said.lower()
        voter_count = re.search(rf"(?<![\w.,]){_NUM}(?!\w)|\beiner?\b", voters.group(0), re.IGNORECASE)
        category = "abstain" if not side else "yes" if side in ("dafür", "für") or side.endswith("ja") else "no"
        if voter_count is not None and getattr(votes, category) is None:
            word = voter_count.group(0)
            setattr(votes, category, 1 if word.lower() in ("einer", "eine") else _number(word))
    if received := RECEIVED.search(flat):
        _read_election(received, flat, votes)
    if not votes.has_counts and (slashed := _SLASHED.search(flat)):
        votes.yes, votes.no = int(slashed.group(1)), int(slashed.group(2))
    if not votes.has_counts and (against := _TO.search(flat)):
        votes.yes, votes.no = _number(against.group(1)), _number(against.group(2))
        _majority_against(votes, flat)  # "mit 6 zu 3 Stimmen abgelehnt"
    if not votes.has_counts and (triple := _TRIPLE.search(flat)):
        votes.yes, votes.no, votes.abstain = int(triple.group(1)), int(triple.group(3)), int(triple.group(4))
    if not votes.has_counts and (_VOTE_WORD.search(flat) or _CLOSING_RATIO.search(flat)):
        ratio = _RATIO.search(flat)
        if ratio:
            votes.yes, votes.no = int(ratio.group(1)), int(ratio.group(2))
            if ratio.group(3):
                votes.abstain = int(ratio.group(3))
            else:
                _majority_against(votes, flat)  # "Mit 24:1 Stimmen abgelehnt"
    if votes.yes is not None and votes.no is not None and votes.yes < votes.no and _DEFEATED_BY.search(flat):
        votes.yes, votes.no = votes.no, votes.yes  # the rival was elected: "unterlag mit 6:9 Stimmen gegen Rößel"
    if _UNANIMOUS.search(flat):
        votes.unanimous = True
        if votes.yes and votes.no:  # "beschließt einstimmig, … empfohlen habe (8 x ja, 5 x nein)": another vote's counts
            votes.yes = votes.no = votes.abstain = None
            votes.by_faction = {}
        if votes.no is None and votes.abstain is not None:
            votes.no = 0  # "einstimmig bei 2 Enthaltungen": no 0; a bare "einstimmig" states no count (the guide: null)
    elif _MAJORITY.search(flat):
        votes.unanimous = False
    elif votes.no is not None and votes.yes is not None:
        votes.unanimous = votes.no == 0 and not votes.abstain
    elif votes.no:
        votes.unanimous = False  # "bei 4 Gegenstimmen": votes on both sides
    return votes
