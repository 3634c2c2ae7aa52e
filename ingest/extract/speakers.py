"""Who speaks in a sentence of minutes: a grammar of the ways councils name people.

A speaker is a name with at least one marker that it is a person: a form of address ("Herr",
"Frau", "Hr."), an office or membership ("Mitglied", "Stv.", "Rh.", "GRin", "SGB", "Erste
Stadträtin", "Kreistagsabgeordnete", "Sachkundiger Bürger", "Herr stellv. Geschäftsleiter"), an
academic title, or a first name before the surname ("Franz Hock"). A party in brackets or an
apposition (", Fraktion DIE LINKE,") may follow. Offices alone ("Der Vorsitzende", "Die
Verwaltung") are speakers too; the extractor marks them as such.

The speaker may open the sentence ("Mitglied Bartels stimmte zu"), follow an opening phrase and
the verb ("Danach sagt Herr Dr. Pech, …"), be cited ("Laut BM Kühnl ist …", "…, so Beigeordneter
Kremkus, …"), introduce a colon ("Frau Fürst: regt an …"), or be a list ("Die Stadträte Kowalle
und Jung …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.language.sentences import BULLET
from ingest.extract.lemmas import lemma, main_clause, proper_name
from ingest.extract.person_names import (
    ABBREVIATED,
    ADDRESS,
    APPOSITION,
    FACTIONS,
    NOT_FIRST_NAME,
    NOT_NAMES,
    NOUN_END,
    OFFICES,
    PARTY_PAREN,
    PLURAL_ABBREVIATIONS,
    PLURAL_OFFICES,
    QUALIFIER,
    RESIDENCE,
    ROLE,
    SPEAKER,
    TITLE,
    WORD,
)
from ingest.extract.press_speakers import press_form
from ingest.extract.speech_signals import names_someone, singular_speech
from ingest.extract.stance_lexicon import NOUNS

_RELATIVE = re.compile(r"^(?:der|die|welche[rs]?)\s[^,:;]{3,160}?\b[a-zäöüß]+\s*,\s*(?=[a-zäöüß])")
"""A relative clause on the speaker before their verb."""
_FUNCTION_WORDS = frozenset(
    "der die das des dem den ein eine einer eines einem einen und oder sowie von vom zu zum zur mit bei beim im in "
    "an am auf aus für über unter nach vor durch gegen ohne um bis seit als wie dass ob sich nicht auch noch "
    "bereits zudem jedoch dann so laut".split()
) | frozenset(f"{stem}{end}" for stem in ("sein", "ihr", "unser", "euer", "mein", "dein", "kein") for end in ("", "e", "em", "en", "er", "es"))
"""Words that are never the finite verb before an inverted speaker: articles, prepositions, particles and the
possessives ("… die Straßenbeleuchtung in seinem Gesamtbestand (1617 Leuchten) …" names nobody)."""
_AUXILIARIES = frozenset(
    "ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte könnte soll sollen "
    "sollte muss müssen musste müsste darf will möchte sei seien habe".split()
)
"""Verbs before a named person that do not make them speak ("An der Beratung sollte Frau Sauer teilnehmen")."""
_INSTITUTIONS = (
    r"(?:Die|Der) (?P<inst>Verwaltung|(?:[A-ZÄÖÜ]\w*)?(?:[Vv]orsitzende|[Bb]ürgermeister(?:in)?|[Pp]räsident(?:in)?|"
    r"[Vv]orsteher(?:in)?|[Dd]irektor(?:in)?|[Dd]ezernent(?:in)?|[Kk]ämmerer|[Kk]ämmerin)|Landrat|Landrätin|"
    r"(?:Erste[r]? )?Beigeordnete[r]?|(?P<frak>[A-ZÄÖÜ][\w/]{1,30})-Fraktion|Fraktion (?P<frak2>[A-ZÄÖÜ][\w/ ]{1,30}?))"
    r"|Ein(?:e)? (?P<spk>Sprecher(?:in)? de[rs] (?P<frak3>[A-ZÄÖÜ]\w{1,20})-\w*[Ff]raktion)"
)
_LEAD = rf"^(?:[a-z]\)\s*|{BULLET}\s*|\d{{1,2}}[.\u2024]\s+(?=(?:{ADDRESS}|Die|Der)\s)|\d{{1,2}}[.\u2024]\d{{1,2}}(?:[.\u2024]\d{{1,2}})?[.\u2024)]?\s+|\(?\d{{1,2}}\)\s+|\d{{1,2}}[.\u2024]\)\s+|\([a-z]\)\s+|(?:Wortprotokoll|Diskussionsverlauf|Diskussion|Beratung|Aufgabe|Sachverhalt|Sachstand|Aussprache|Erläuterungen?|Debatte|Vermerk|Protokollnotiz|Anmerkung)\s*:?\s+|(?:Frage|Anfrage|Antwort|Wortmeldung|Nachfrage)\s+(?:von\s+|des\s+|der\s+)?)?(?:(?:Auch|Danach|Anschließend|Daraufhin|Dann|Zudem|Sodann|Abschließend)\s+)?"
_OPENING = re.compile(
    rf"{_LEAD}(?:(?:Der|Die|Das|Ein|Eine)\s+[^,]{{0,58}}[A-ZÄÖÜ][\w-]+,\s+(?=(?:{ADDRESS}|{ROLE}|{TITLE})\s)|(?:Unser|Unsere|Ihr|Ihre|Sein|Seine|Deren|Dessen)\s+(?=(?:{ROLE})\s)|(?:Ihr|Ihre|Sein|Seine|Deren|Dessen)\s+(?:Kollegin|Kollege)\s+(?=[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ])|(?:Der|Die|Das)\s+(?=(?:{ROLE})\s+{ADDRESS}\s|(?!\w*(?:[Gg]emeinde|[Ss]tadt|[Oo]rts|[Oo]rtschafts|[Bb]ezirks|[Kk]reis|[Bb]ei)rat\s)(?:{ROLE})\s+(?:(?:{ROLE})\s+)?(?:{TITLE}\s*)*[A-ZÄÖÜ][a-zäöüß]+\s))?{SPEAKER}(?P<sep>\s*:\s*|\s*,?\s+(?=[a-zäöüß])|\s+(?=zu[mr]?\s[^:]{{1,80}}:))(?P<rest>.*)$",
    re.S,
)
_INSTITUTION = re.compile(rf"{_LEAD}(?:{_INSTITUTIONS})\s+(?P<rest>[a-zäöüß].*)$", re.S)
_HEADER = re.compile(rf"^{SPEAKER},(?!\s*(?:\w+\s+)?{ADDRESS}\s)\s*(?P<header>[^:\n]{{2,70}}?)\s*:$")
"""A speaker's heading line ("Herr Kunze, FBL:"); not a list of those present ("Herr Kolbe, Frau Senft F.D.P.:")."""
"""A transcript's speaker line, office or group after a comma ("Herr Dr. Kunze, Oberbürgermeister:"): their words follow."""
_NAME_PARTY = re.compile(rf"^(?P<name>{WORD}),\s*(?P<party>{FACTIONS})\s*[:,]\s+(?P<rest>\S.*)$", re.S)
"""A member of a short-hand record by surname and party ("Ziesak, SPD: Der Schulausschuss sollte …", "Meißner, CDU, so …")."""
_ADVERB = r"(?:sich\s+)?(?:auch\s+|ebenfalls\s+|unter\s+anderem\s+|vor\s+allem\s+|insbesondere\s+)?"
_ARTICLE_BEFORE = rf"(?:(?:der|die)\s+(?:[a-zäöüß]+(?:e|en)\s+(?=(?:{ROLE})\s))?)?"
"""An article before an inverted speaker, with an adjective before the office ("wies der frühere Ortsvorsteher X")."""
_AFTER_VERB = re.compile(rf"\s+{_ADVERB}{_ARTICLE_BEFORE}{SPEAKER}(?P<rest>[\s,:].*|)$", re.S)
"""A speaker right after the finite verb ("Danach sagt Herr Dr. Pech, …", "Verwundert zeigte sich auch X")."""
_LIST_SEP = r",\s*|\s+und\s+|\s+sowie\s+|\s+wie\s+auch\s+"
_LISTED = re.compile(rf"{_LEAD}{SPEAKER}(?P<rest>,.*)$", re.S)
"""The first of three or more speakers listed at the start ("Herr A, Frau B und Herr C lehnen … ab")."""
_AND_SPEAKER = re.compile(rf"(?P<join>,\s*|\s+(?:und(?:\s+auch)?|sowie|wie\s+auch)\s+){SPEAKER}(?P<rest>[\s,:.!].*|)$", re.S)
"""A further speaker joined to an inverted one ("Verwundert zeigten sich auch X (Grüne) und Y (Bürgerliste).", "Hier
stellten Ortsvorsteher W., Herr K. (CDU) und Herr P. (SPD) klar, …")."""
_AFTER_VERB_LAST = re.compile(rf"\s+{_ADVERB}{_ARTICLE_BEFORE}{SPEAKER}(?P<rest>[.!]?\s*)$", re.S)
"""The same to the sentence's end ("…“, betonte Oberbürgermeister Dr. Jesko Vogel."), read after a verb of speech
only, so that the noun of a phrase stays out of the name ("nimmt Gemeinderat Geck Stellung")."""
_AGENT_ACTS = (
    r"(?:unterstützt|befürwortet|abgelehnt|begrüßt|kritisiert|beantragt|vorgeschlagen|angeregt|gefordert|bemängelt|hinterfragt|"
    r"erfragt|vorgestellt|erläutert|präsentiert|dargestellt|vorgetragen|angesprochen|verneint|bejaht|eingereicht|eingebracht|begründet)"
)
_AGENT = re.compile(
    rf"\b(?:wird|werden|wurde|wurden)\b[^.]*?\b(?:von|durch|seitens)\s+{SPEAKER}\s+(?P<rest>(?:[\w-]+\s+){{0,6}}?{_AGENT_ACTS})\b", re.S
)
_AGENT_FIRST = re.compile(
    rf"^(?:Von|Seitens|Durch)\s+(?:de[nmr]\s+)?{SPEAKER}(?:\s+der\s+(?:{FACTIONS}))?\s+(?:wird|werden|wurde|wurden)\s+(?P<rest>(?:[\w-]+\s+){{0,4}}?{_AGENT_ACTS})\b", re.S
)
"""A speaker as the agent of a passive ("Der Antrag wird von Herrn Schulz unterstützt", "Von X wurde vorgeschlagen",
"Dies wird seitens Herrn Jung verneint", "Durch den Gemeinderat Riedel der CDU wurde der Antrag eingereicht")."""
_GROUP_BY = re.compile(
    rf"\b(?:hat|hatte|haben|hatten)\s+(?:auch\s+)?(?:die|der)\s+(?P<group>(?:{FACTIONS})(?:[- ]Fraktion)?|\w*[Ff]raktion)\s+"
    rf"durch\s+{SPEAKER}\s+(?P<rest>[^.;]*?\b[a-zäöüß]+t)\s*[.;]?$",
    re.S,
)
"""A group speaking through a member, in the perfect ("… hat die AfD durch Herrn Obermüller darauf aufmerksam gemacht, …",
"hat auch die AfD Fraktion durch Lothar Obermüller die Maßnahme begrüßt")."""
_CITED = re.compile(
    rf"^(?:[^,;:„“\"]{{1,80}},\s+(?=wie\s))?(?:Laut|(?:Nach (?:Angaben|Aussage|Auskunft|Auffassung|Ansicht|Meinung|Einschätzung)|Aus (?:der )?Sicht) (?:von|des|der)|"
    rf"(?P<noun>Kritik|Lob|Zustimmung|Widerspruch|Unterstützung|Ablehnung|Skepsis)\s+(?:kam|kommt)\s+(?:\w+\s+)?von|[Ww]ie)\s+{SPEAKER}"
    r"\s*:?(?:\s+|(?=[.,;!?]|$))(?:(?P<wie>[a-zäöüß]+te)\s*,\s*)?"
    r"(?P<rest>.*)$",
    re.S,
)
"""Whom a sentence cites ("Laut Amtsleiter X …", "Kritik kam von X", "Eigentlich eine Lappalie, wie X sagte: …")."""
_FROM = re.compile(rf"^Von\s+{SPEAKER}\s+(?:kam|kommt)\s+(?:\w+\s+)?(?:die|der|das|ein|eine)\s+(?P<noun>[A-ZÄÖÜ]\w+)(?P<rest>.*)$", re.S)
"""The speaker named as the source of what the sentence reports ("Von Martin X (CDU) kommt die Forderung, …")."""
_VERB_OF = {"Kritik": "kritisieren", "Lob": "loben", "Zustimmung": "zustimmen", "Widerspruch": "widersprechen",
            "Unterstützung": "unterstützen", "Ablehnung": "ablehnen", "Skepsis": "kritisieren", "Forderung": "fordern",
            "Vorschlag": "vorschlagen", "Anregung": "anregen", "Frage": "fragen", "Antrag": "beantragen",
            "Hinweis": "hinweisen", "Bitte": "bitten"}  # "Kritik kam von X", "Von X kommt die Forderung"
_ASIDE = re.compile(rf"(?:,|\s[-–])\s+so\s+{SPEAKER}\s*(?:,|[-–]\s|(?:\s[Aa]uf\s+\w*[Ff]rage\s[^.]*)?[.!]?\s*$)")
CLOSING_PARTICLE = r"mit|hinzu|fest|entgegen|zu|an"
"""Separable particles that close a sentence after a speaker named last ("…, teilte X mit.")."""
_SAID_LAST = re.compile(rf"[a-zäöüß]+(?:\s+(?:{CLOSING_PARTICLE}))?\s*[.!]?\s*$")  # "…, wie X sagte.": :mod:`.citations`
GOING_ON = r"(?:\s+(?:weiter|abschließend|zudem|dazu))?"
"""An adverb of going on after a speaker named last ("…, so Iffland weiter.")."""
_ASIDE_SURNAME = re.compile(rf",\s+so\s+(?P<surname>{WORD}){GOING_ON}\s*[.!]?\s*$")
"""A surname alone closing the sentence ("Er hoffe auf lebhafte Debatten, so Walz."): a report names who spoke."""
_POSTPOSED = re.compile(
    rf"(?:,|[?!]?[\"“”»])\s+(?P<verb>[a-zäöüß]+)\s+(?:(?P<article>der|die)\s+)?(?:{SPEAKER}|(?P<office>{ROLE}))"
    rf"(?:\s+(?P<asks>wissen|erfahren)|\s+(?P<particle>{CLOSING_PARTICLE}))?"
    r"(?P<object>\s+(?:den|die|das|dem|seine[nmrs]?|ihre[nmrs]?)\s+[^.!?„“\"]{1,80})?"
    r"(?:\s+(?:in|bei|vor|während)\s+der\s+(?:Sitzung|Debatte|Diskussion|Beratung|Aussprache|Versammlung)"
    r"|\s+am\s+[A-ZÄÖÜ]\w+|\s+im\s+(?:Rat|Gemeinderat|Stadtrat|Ortsrat|Ausschuss|Kreistag|Plenum))?"
    r"(?:\s*[.!?]?\s*$|\s+und\s+(?=[a-zäöüß]+\s)(?P<then>.*$)"
    r"|\s*,\s+(?=(?:auch|um|weil|da|denn|zumal|obwohl|wenn|aber|doch|sondern|schließlich)\s)[^„“\"]*$)"
)
"""The speaker named after what they said, perhaps with the verb's object ("Die Kosten seien zu hoch, betont StRin Meier.",
"„…“, erläuterte Rüdiger Imgart den Antrag seiner Fraktion.", "Wie fand man den Tag,
möchte Herr Golisch wissen?"), its particle ("„…“, teilte Oberbürgermeister X mit.") or after a quoted question ("„Findet
das Fest statt?“ wollte Stefan S. (Aktiv) wissen."), also where and when it was said ("…, erklärte Bürgermeister X in der
Sitzung.", "„…“, sagte X (SPD) und machte klar, dass …")."""
_MEMBER = rf"(?:{ADDRESS}\s+)?(?:{TITLE}\s+)?(?:{WORD}\s+(?={WORD}(?:,|\s+und\s|\s+sowie\s|\s+[a-zäöüß])))?{WORD}"
"""One of the names of a group ("Die Gemeinderäte Herr Thiele und Herr Hempel (beide FWG) halten …")."""
_NAMES = rf"(?P<names>(?:{_MEMBER}(?:,\s*|\s+und\s+|\s+sowie\s+|\s+wie\s+auch\s+))+{_MEMBER})(?:\s*\([^)]{{1,60}}\))?"
_GROUP = re.compile(rf"{_LEAD}(?:(?:Die|die)\s+|(?={PLURAL_ABBREVIATIONS}\s))(?:(?:Damen\s+und\s+)?Herren\s+|Damen\s+)?(?P<plural>{PLURAL_OFFICES})\s+{_NAMES}\s+(?P<rest>[a-zäöüß].*)$", re.S)
_GROUP_AFTER_VERB = re.compile(rf"\s+{_ADVERB}die\s+(?P<plural>{PLURAL_OFFICES})\s+{_NAMES}(?P<rest>[\s,:.!].*|)$", re.S)
"""A group after the verb ("Nach kurzer Diskussion sind die Beigeordneten Kammer und Wilken der Auffassung, …")."""
_PAIR = re.compile(
    rf"{_LEAD}(?:Die\s+(?:Herren|Damen|Damen\s+und\s+Herren)\s+)?(?P<first>{SPEAKER})\s+(?:und(?:\s+auch)?|sowie|wie\s+auch)\s+"
    r"(?P<second>(?:(?:der|die)\s+(?:[a-zäöüß]+e\s+(?=[A-ZÄÖÜ]\w+\s+(?:Herr|Frau)\s))?)?[^,]*?(?:,[^,]{1,40},)?)\s+(?P<rest>[a-zäöüß].*)$",
    re.S,
)
"""Two speakers of one statement ("Die Herren RM Spies und RM Göbbels sahen … an", "SgBgm Meyer sowie FBL Rhode
erläutern …", "… und auch Rh Schultz …", "… und die CDU-Vorsitzende X", "… und die stellvertretende Büroleitung Frau Götz")."""



@dataclass(frozen=True)
class Speaker:
    person: str
    """As written, without office: "Herr Dr. Stiller", "Bartels", "Franz Hock"."""
    role: str = ""
    faction: str = ""
    office_only: bool = False
    """An office or body without a name ("Vorsitzende", "Verwaltung")."""


@dataclass(frozen=True)
class Found:
    """Speakers of one sentence and the part of it that says what they did."""

    speakers: tuple[Speaker, ...]
    rest: str
    verb: str = ""
    """The finite verb when it stood before the speaker (inverted order)."""
    how: str = "opening"
    """opening, colon, inverted, cited, aside, institution or group."""
    fronted: str = ""
    """What stood before the verb of an inverted sentence ("Skeptisch zeigte sich X": "sich Skeptisch")."""


def speaker_of(match: re.Match[str], prefix: str = "") -> Speaker | None:
    g = lambda name: match.group(prefix + name) or ""  # noqa: E731
    address = (g("address") or g("address2")).strip()
    role, titles, name = " ".join(g("role").split()), " ".join(g("titles").split()), g("name")
    words = name.split()
    first_name = len(words) > 1 and words[0][0].isupper()
    if not (address or role or titles or first_name or g("paren")) or (g("party") and len(words) < 2 and not role):
        return None
    if words[-1].isupper() and (not (address or role or titles) or re.fullmatch(FACTIONS, words[-1])):
        return None  # capitals without an address or office are an abbreviation ("TOP", "CDU"), not a name
    if first_name and not (address or role or titles or g("paren")) and NOT_FIRST_NAME.search(words[0]):
        return None  # "Seit Jahren gebe es …", "Wortprotokoll Bürgermeister …": a noun, not a first name
    if words[0] in NOT_NAMES or (len(words) > 1 and words[-1] in NOT_NAMES):
        return None
    if not (address or titles) and any(_DOCUMENT.search(w) for w in words):
        return None  # "Laut Brandschutzgesetz Sachsen-Anhalt …": a law or paper cited, no one speaking
    if role and not (address or titles) and words[0] in ("von", "vom") and len(words) == 2:
        return None  # "Oberbürgermeister von Pirna": the place of the office ("Bürgermeister von den Driesch" is a name)
    faction = ""
    if g("pp") and not role:
        role = re.sub(r"^(?:aus|von|vom)\s+(?:der\s+|dem\s+|den\s+)?", "", g("pp"))
    for extra in (g("paren") or g("party"), g("appo") or g("appo2") or g("appo3")):
        extra = extra.strip()
        if extra and re.fullmatch(APPOSITION, extra):
            faction = faction or re.sub(r"^Fraktion\s+|-?Fraktion$", "", extra).strip()
        elif extra and not role and len(extra) < 40 and not RESIDENCE.match(extra):
            role = extra
    said = {"Hr.": "Herr", "Fr.": "Frau", "Herrn": "Herr"}.get(address, address)
    return Speaker(" ".join(p for p in (said, titles, name) if p), role, faction)


_DOCUMENT = re.compile(r"(?:\w{3,}|\w+-)(?:gesetz|ordnung|satzung|richtlinie|vertrag|gutachten|konzept|protokoll|bericht|vorlage)e?s?$", re.I)
"""Words that end a law's or a paper's name ("Brandschutzgesetz", "Gemeindeordnung"), never a person's."""
_SINGULAR_VERB = re.compile(r"(?:kann|begann|[a-zäöüß]+(?<!n))\b")
"""A finite verb in the singular: German plurals (and infinitives) end in -n ("verbessern", "stimmen")."""
_KNOWN_ROLE = re.compile(rf"(?:{QUALIFIER}\s+){{0,2}}(?:{OFFICES.replace('|' + ABBREVIATED, '')})")


def only_abbreviated(match: re.Match[str]) -> bool:
    """True when the speaker's only marker is an abbreviated office not listed (:data:`ABBREVIATED`)."""
    role = match.group("role").strip()
    return bool(role) and not (match.group("address") or match.group("address2") or match.group("titles")) and not (
        _KNOWN_ROLE.fullmatch(role)
    )


_ROLE_PHRASE = re.compile(r"^(?:(?:der|die)\s+|[a-zäöüß]+(?:e|er)\s+)[A-ZÄÖÜ][\w-]*(?:e|er|in|ent|eur|or)\b")
"""A role given as a noun phrase ("die Beauftragte gegen Rechts", "stellvertretende Vorsitzende der Kita-Initiative")."""


def _appo_ok(match: re.Match[str], prefix: str = "") -> bool:
    appo = (match.group(prefix + "appo") or "").strip()
    return not appo or bool(APPOSITION.match(appo) or RESIDENCE.match(appo) or _ROLE_PHRASE.match(appo))


def _quoted_by_name(match: re.Match[str]) -> bool:
    """A first name and a surname before a colon and the quote of what they said ("Nicole Schäfer: „Wir führen …“")."""
    words = match.group("name").split()
    return (
        ":" in match.group("sep")
        and len(words) == 2
        and proper_name(words[0])
        and bool(re.match(r"\s*[„\"»]", match.group("rest")))
    )


def _as_agent(text: str) -> Found | None:
    match = _AGENT.search(text) or _AGENT_FIRST.match(text)  # the agent of a passive of speech
    return Found((speaker,), match.group("rest"), how="agent") if match and (speaker := speaker_of(match)) else None


def find(text: str, lexicon: frozenset[str] | None = None, lemma_of=None) -> Found | None:  # type: ignore[no-untyped-def]
    """The speakers of ``text`` and the rest of the sentence, or None when it names nobody.

    ``lexicon``/``lemma_of`` decide whether the word before an inverted speaker is a verb of speech.
    """
    if (press := press_form(text)) is not None:  # "Der Vorsitzende der Fraktion …, Klaus Elflein, sagte, …"
        rewritten, name, role = press
        inner = find(rewritten, lexicon, lemma_of)
        if not name:
            return inner
        if inner is not None and len(inner.speakers) == 1 and inner.speakers[0].person == name:
            return replace(inner, speakers=(replace(inner.speakers[0], role=role),))
    if match := _GROUP.match(text):
        return Found(_members(match), match.group("rest"), how="group")
    if (match := _LISTED.match(text)) and (first := speaker_of(match)) and _appo_ok(match):
        listed, after = _joined(first, match.group("rest"))
        if len(listed) > 2 and re.match(r"\s+[a-zäöüß]", after):
            return Found(listed, after, how="opening")  # "Herr A, Frau B und Herr C sprechen sich … aus"
    if (match := _PAIR.match(text)) and (first := speaker_of(match)) and _appo_ok(match):
        second = _OPENING.match(re.sub(r"^(?:der|die)\s+(?:[a-zäöüß]+e\s+\w+\s+(?=(?:Herr|Frau)\s))?", "", match.group("second")) + " x")
        other = speaker_of(second) if second else None
        if other is not None:  # a third joined by "sowie" ("A und B (Grüne) sowie C sagten, …")
            more, after = _joined(other, " " + match.group("rest"))
            return Found((first, *more), after if len(more) > 1 else match.group("rest"), how="opening")
    if (match := _HEADER.match(text)) and _appo_ok(match) and (speaker := speaker_of(match)):
        header = match.group("header").strip()
        marked = match.group("address") or match.group("address2") or match.group("role") or match.group("titles")
        if marked or APPOSITION.match(header):
            if re.match(rf"(?:{FACTIONS})\b|\w*[Ff]raktion\b|Gruppe\b", header) and not speaker.faction:
                faction = re.sub(r"^Fraktion\s+|-?Fraktion$", "", header).strip()
                return Found((replace(speaker, faction=faction),), "", how="colon")
            return Found((replace(speaker, role=speaker.role or header),), "", how="colon")
    if (match := _NAME_PARTY.match(text)) and match.group("name") not in NOT_NAMES and not NOUN_END.search(match.group("name")):
        return Found((Speaker(match.group("name"), faction=match.group("party")),), match.group("rest"), how="colon")
    if (match := _OPENING.match(text)) and _appo_ok(match) and (speaker := speaker_of(match)):
        colon = ":" in match.group("sep") or bool(re.match(r"zu[mr]?\s[^:]{1,80}:", match.group("rest")))
        bare = not (
            match.group("address") or match.group("address2") or match.group("role") or match.group("titles")
            or (PARTY_PAREN.fullmatch(match.group("paren") or "") and not NOUN_END.search(match.group("name")))
        )  # "Vennekold (WIP): Möchte …": a party in brackets marks a person ("Abstimmungsergebnis (AK):" none)
        if bare and (colon or not singular_speech(match.group("rest"), lexicon, lemma_of)) and not _quoted_by_name(match):
            return _as_agent(text)  # "Ralf Trösch wurde von Thomas Liese-Sauer (SPD) vorgeschlagen": the agent speaks
        if bare and re.match(r"(?:gibt|gab)\s+es\b", match.group("rest")):
            return None  # "Offene Fragen gibt es noch …": an existential sentence, no name before it
        predicate = r"(?:ist|war)\s+(?:der|die|das|ein|eine)\s+(?!(?:\w+\s+)?(?:Meinung|Ansicht|Auffassung|Überzeugung)\b)"
        if bare and re.match(predicate, match.group("rest")):
            return None  # "Wirtschaftlichster Bieter war die Fa. Kist": a noun phrase named, no one speaking
        if only_abbreviated(match) and not colon and not _SINGULAR_VERB.match(match.group("rest")):
            return None  # "ÖPNV Angebote verbessern sich": a noun's abbreviation before a plural
        rest = _RELATIVE.sub("", match.group("rest"), count=1)  # "…, die am 12. Februar … hat, fragt an"
        return Found((speaker,), rest, how="colon" if colon else "opening")
    match = _INSTITUTION.match(text)
    if match and not re.match(r"(?:wird|werden|ist|sind|hat|kann|soll|muss|und|oder|sowie)\b", match.group("rest")):
        inst = match.group("inst") or match.group("spk")
        faction = match.group("frak") or match.group("frak2") or match.group("frak3") or ""
        speaker = Speaker(inst, faction=faction.strip(), office_only=True)
        return Found((speaker,), match.group("rest"), how="institution")
    if (match := _CITED.match(text)) and (speaker := speaker_of(match)) and not _SAID_LAST.match(match.group("rest")):
        return Found((speaker,), match.group("rest"), verb=_VERB_OF.get(match.group("noun") or "", match.group("wie") or ""), how="cited")
    if (match := _FROM.match(text)) and match.group("noun") in _VERB_OF and (speaker := speaker_of(match)):
        return Found((speaker,), match.group("rest"), verb=_VERB_OF[match.group("noun")], how="cited")
    if lexicon is not None and lemma_of is not None and (found := _inverted(text, lexicon, lemma_of)):
        return found
    if (agent := _as_agent(text)) is not None:
        return agent
    if (match := _GROUP_BY.search(main_clause(text))) and (speaker := speaker_of(match)):
        group = re.sub(r"[- ]?Fraktion$", "", match.group("group")).strip() or speaker.faction
        return Found((replace(speaker, faction=speaker.faction or group),), match.group("rest"), how="agent")
    if (match := _ASIDE.search(text)) and (speaker := speaker_of(match)):
        rest = text[: match.start()] + text[match.end() - 1 :]
        return Found((speaker,), rest, how="aside")
    if (match := _ASIDE_SURNAME.search(text)) and match.group("surname") not in NOT_NAMES:
        return Found((Speaker(match.group("surname")),), text[: match.start()] + ".", how="aside")
    if lexicon is not None and lemma_of is not None and (match := _POSTPOSED.search(text)):
        said = text[: match.start()]
        verb = "fragt" if match.group("asks") else match.group("verb")  # "…, möchte Herr X wissen?": a question
        if lemma_of(verb, match.group("particle") or "") in lexicon and not names_someone(said):
            if match.group("name") and (speaker := speaker_of(match)):
                acted = f"{match.group('object')}, {said}" if match.group("object") else said  # the verb's object first
                return Found((speaker,), acted, verb=verb, how="aside")
            office = match.group("office") or match.group("name") or ""
            if match.group("article") and re.fullmatch(ROLE, office.strip()):
                return Found(
                    (Speaker(" ".join(office.split()), office_only=True),), said, verb=match.group("verb"), how="aside"
                )
    return None


def _joined(first: Speaker, rest: str) -> tuple[tuple[Speaker, ...], str]:
    """``first`` with the speakers joined to it at the start of ``rest`` (:data:`_AND_SPEAKER`), and what follows
    them; a list joined by commas counts only when "und" or "sowie" closes it."""
    found, after, closed = [first], rest, False
    while len(found) < 6 and (joined := _AND_SPEAKER.match(after)):
        if not _appo_ok(joined) and (item := _LIST_ITEM.match(after)):
            name = _OPENING.match(item.group("item") + " x")
            other = speaker_of(name) if name else None
            if other is None:
                break
            found.append(other)
            after, closed = after[item.end() :], "," not in item.group("join")
        elif _appo_ok(joined) and (other := speaker_of(joined)):
            found.append(other)
            after, closed = joined.group("rest"), "," not in joined.group("join")
        else:
            break
        if closed:
            break
    return (tuple(found), after) if closed else ((first,), rest)


_LIST_ITEM = re.compile(r"(?P<join>,\s*|\s+(?:und|sowie)\s+)(?P<item>[A-ZÄÖÜ][^,]*?)(?=,|\s+(?:und|sowie)\s+|\s+[a-zäöüß])")
"""One name of a list whose next name the speaker grammar took for an apposition ("Helmut Steininger, Florian Eagan,
Werner Fuchs, … und Werner Hereth gaben Hinweise")."""


def _members(match: re.Match[str]) -> tuple[Speaker, ...]:
    """The named members of a group, each with the group's plural as role."""
    return tuple(Speaker(n.strip(), match.group("plural")) for n in re.split(_LIST_SEP, match.group("names")) if n.strip())


def _closing_participle(verb: str, rest: str) -> str | None:
    """The participle that closes the clause after a perfect's auxiliary ("hat … bestellt"): the clause's verb."""
    if verb not in ("hat", "hatte", "haben", "hatten"):
        return None
    closing = re.search(r"\b([a-zäöüß]{5,}(?:t|en))\s*[.!]?\s*$", rest.split(",")[0])
    return closing.group(1) if closing is not None and lemma(closing.group(1)) != closing.group(1) else None


_PRONOUN_SUBJECT = re.compile(r"(?:Er|Sie|Man|Wir|Ich)\s+[a-zäöüß]")
"""A sentence whose subject is a pronoun before its verb: a name later in it is an object ("Er dankt dem Krisenstab,
besonders Frau Wittmann-Stifft, …")."""


def _inverted(text: str, lexicon: frozenset[str], lemma_of) -> Found | None:  # type: ignore[no-untyped-def]
    """A speaker after an opening phrase and the verb; the verb must be one of speech when the
    speaker is a bare name, and the opening phrase must not name someone itself."""
    quoted = re.match(r"[\"„»‚'][A-ZÄÖÜ][\w-]*[\"“«‘']\s", text)  # one quoted opening word: "\"Verwundert\" zeigten …"
    if not (text[:1].isupper() or quoted) or _PRONOUN_SUBJECT.match(text):
        return None
    for verb in re.finditer(r"(?<=\s)([a-zäöüß]+)(?=\s)", text[:400]):
        if verb.group(1) in _FUNCTION_WORDS or re.search(r"\b(?:de[mnrs]|die|das|eine[mnrs]?)\s+$", text[: verb.start()]):
            continue  # a word right after an article is an adjective ("dem langjährigen Gemeindevertreter X"), no verb
        group = _GROUP_AFTER_VERB.match(text, verb.end())
        if group is not None and lemma_of(verb.group(1), group.group("rest")) in lexicon:
            return Found(_members(group), group.group("rest"), verb=verb.group(1), how="inverted")
        match = _AFTER_VERB.match(text, verb.end())
        if match is not None and (match.group("address") or match.group("address2") or "").startswith("Herrn"):
            continue  # "Er bittet Herrn Dr. Gauer, …", "dem Einwohner Herrn Zierke": the one addressed, not the speaker
        if (
            match is not None
            and re.fullmatch(r"\s+[A-ZÄÖÜ][\w-]*[.!]?\s*", match.group("rest"))
            and (last := _AFTER_VERB_LAST.match(text, verb.end())) is not None
            and lemma_of(verb.group(1), "") in lexicon
        ):
            match = last  # "betonte Oberbürgermeister Dr. Jesko Vogel.": the name runs to the end
        if match is None or not _appo_ok(match):
            continue
        speaker = speaker_of(match)
        marked = bool(match.group("address") or match.group("address2") or match.group("role").strip())
        if speaker is None:
            continue
        lead = text[: verb.start()]
        if names_someone(lead) and not re.match(
            r"(?:Auf|Nach|Zu|Zum|Zur|Im|In|Bei|Mit|Für|Aufgrund|Wegen)\s", lead
        ):
            return None
        joined = re.match(r"\s+(?:[a-zäöüß]+\s+){0,2}?und\s+([a-zäöüß]+)\b(.*)", match.group("rest"), re.DOTALL)
        if joined and verb.group(1) not in _AUXILIARIES and lemma_of(joined.group(1), joined.group(2)) in lexicon:
            return Found((speaker,), joined.group(2), verb=joined.group(1), how="inverted", fronted=lead.strip())  # "… auf und sagte"
        participle = _closing_participle(verb.group(1), match.group("rest"))  # "hat der Gemeinderat X … bestellt": X is bestowed
        speech = (participle is None and lemma_of(verb.group(1), match.group("rest")) in lexicon and (
            marked or verb.group(1) not in _AUXILIARIES)) or (participle is not None and lemma(participle) in lexicon) or bool(
            lemma(verb.group(1)) in ("mögen", "möchten", "wollen") and re.match(r"\s+(?:wissen|erfahren)\b", match.group("rest"))
        )  # "Zur Begehung möchte Herr Golisch wissen, ob …"
        if speech or (marked and verb.group(1) not in _AUXILIARIES):
            rest, words = match.group("rest"), match.group("name").split()
            if len(words) == 2 and any(pattern.search(words[1]) for _, pattern in NOUNS):
                # "äußerte Herr Vogt Zweifel an …": a surname, then the object of the verb
                speaker, rest = replace(speaker, person=speaker.person.rsplit(" ", 1)[0]), f" {words[1]}{rest}"
            reflexive = "sich " if re.match(r"\s+sich\b", text[verb.end() :]) else ""
            found, rest = _joined(speaker, rest)
            return Found(found, rest, verb=verb.group(1), how="inverted", fronted=reflexive + lead.strip())
        if marked:
            return None
        # a bare capitalised pair after an adjective ("im neuen Baugebiet Räbke") names no one: read on
    return None
