"""Council vocabulary for words the documents do not use: how people ask versus how minutes write.

A citizen asks about the "Rathauschef", the "Ökopartei" or the "Ortsparlament", whether a plan
"durchgefallen" or "auf Eis gelegt" is, or what "rausgekommen" is; the minutes write
"Bürgermeister", "Bündnis 90/Die Grünen", "Gemeinderat", "abgelehnt", "vertagt", "Beschluss".
Each entry maps a spoken or paraphrasing form to the words council documents use for the same
thing; the first of them also stands in for the phrase when the question is rewritten (entries marked
:data:`KEEP` leave the asked word in place and only add theirs).

The entries are general German council vocabulary (offices, bodies, parties and their nicknames,
outcomes said colloquially, everyday words for administrative things), not the wording of
particular documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.language.german import fold
from assistant.language.lexicon_entries import BRIDGES

_ENTRIES: tuple[tuple[str, str], ...] = (
    # offices
    (
        r"rathauschef(?:in)?s?|stadtoberhaupt(?:es|s)?|gemeindeoberhaupt(?:es|s)?|ortsoberhaupt(?:es|s)?"
        r"|stadtchef(?:in)?s?|gemeindechef(?:in)?s?|dorfchef(?:in)?s?|verwaltungschef(?:in)?s?"
        r"|rathausspitze|verwaltungsspitze|oberhaupt(?:es|s)? der (?:stadt|gemeinde)",
        "Bürgermeister Oberbürgermeister Bürgermeisterin Oberbürgermeisterin",
    ),
    (
        r"kreischef(?:in)?s?|landkreischef(?:in)?s?|chef(?:in)? des (?:land)?kreises|kreisoberhaupt(?:es|s)?"
        r"|kreisverwaltungschef(?:in)?s?",
        "Landrat Landrätin",
    ),
    (r"kämmerer(?:in)?|finanzchef(?:in)?s?|stadtkämmerer(?:in)?", "Kämmerer Kämmerin Finanzen"),
    (r"bauamtschef(?:in)?s?|baudezernent(?:in)?|baustadtrat", "Bauamt Baudezernent Beigeordneter"),
    # bodies
    (
        r"stadtparlament(?:s|es)?|gemeindeparlament(?:s|es)?|ortsparlament(?:s|es)?|kommunalparlament(?:s|es)?"
        r"|dorfparlament(?:s|es)?|ratsversammlung|rathausparlament",
        "Rat Gemeinderat Stadtrat Stadtverordnetenversammlung Bürgerschaft Gemeindevertretung Ratsversammlung",
    ),
    (r"kreisparlament(?:s|es)?|kreisrat(?:s|es)? als gremium", "Kreistag"),
    (
        r"kreisparlamentarier(?:in)?|kreistagsabgeordnete[rn]?|kreistagsmitglied(?:er)?",
        "Kreistagsmitglied Kreisrat Kreisrätin Kreistagsabgeordneter",
    ),
    (
        r"stadtparlamentarier(?:in)?|lokalpolitiker(?:in)?|kommunalpolitiker(?:in)?|ratsleute",
        "Ratsmitglied Ratsherr Stadtrat Stadtverordneter Gemeinderat",
    ),
    (
        r"ortsteilgremium|ortsteilgremiums|stadtteilgremium|stadtteilgremiums|stadtteilparlament(?:s|es)?"
        r"|ortsteilparlament(?:s|es)?|ortsteilvertretung(?:en)?|stadtteilgremien|ortsteilgremien",
        "Ortschaftsrat Ortsbeirat Ortsrat Bezirksbeirat Stadtteilvertretung Bezirksvertretung",
    ),
    (r"bezirksparlament(?:s|es)?", "Bezirksvertretung Bezirksversammlung Bezirksbeirat"),
    (r"sitzungsordnung|tagesordnungsliste", "Tagesordnung"),
    # parties and factions
    (
        r"ökopartei|ökos|grünen-partei|grünen-fraktion|die grüne partei|umweltpartei",
        "Grüne Bündnis Grünen",
    ),
    (r"sozialdemokrat(?:en|in|innen)?|genossen", "SPD"),
    (r"christdemokrat(?:en|in|innen)?|christsozial(?:en)?|konservativen", "CDU CSU"),
    (r"liberale[nr]?|freidemokrat(?:en|in|innen)?", "FDP"),
    (r"linksfraktion|linkspartei|die linken", "Linke"),
    # outcomes said colloquially
    (
        r"durchgefallen|durchgerasselt|abgeschmettert|abgebügelt|abgewatscht|eine abfuhr erteilt"
        r"|gekippt|abgeblitzt|abgelehnt worden",
        "abgelehnt Ablehnung",
    ),
    (
        r"abgesegnet|durchgewinkt|durchgewunken|abgenickt|grünes licht gegeben|grünes licht|unter dach und fach"
        r"|durchgebracht|durchgekommen|durchgegangen|eingetütet|beschlossene sache",
        "beschlossen Beschluss zugestimmt",
    ),
    (
        r"auf eis gelegt|auf die lange bank geschoben|aufgeschoben|geschoben|verschoben|hinausgezögert"
        r"|auf später verschoben|schob|schoben|verschob|verschoben",
        "vertagt Vertagung zurückgestellt verschoben verwiesen Verweisung",
    ),
    (r"(?:raus|heraus)gekommen|(?:raus|heraus)gekommen ist", "beschlossen Ergebnis Beschluss"),
    (r"zurückgepfiffen|einkassiert", "aufgehoben zurückgenommen"),
    (r"rumgemeckert|herumgemeckert|gemeckert|gestänkert|gewettert|geschimpft|gemotzt|rumgenörgelt", "kritisiert Kritik"),
    (r"scharf auf|heiß auf|dafür gekämpft|stark gemacht", "befürwortet"),
    # what speakers did, in the past tense or another verb than the minutes' present-tense report
    (
        r"bemängelt(?:e|en)?|moniert(?:e|en)?|beanstandet(?:e|en)?|kritisierte(?:n)?|bemängeln|monieren"
        r"|beanstanden",
        "= kritisiert Kritik bemängelt moniert beanstandet kritisch",
    ),
    (
        r"schlug|schlugen|vorgeschlagen|vorschlug|vorschlugen",
        "= vorgeschlagen Vorschlag schlägt empfiehlt Empfehlung angeregt Anregung",
    ),
    (r"forderte(?:n)?|gefordert|verlangte(?:n)?|verlangt", "= fordert Forderung gefordert verlangt"),
    (r"zugesagt|zugesichert|versprochen|versprach(?:en)?", "= zugesagt Zusage zugesichert sichert"),
    (r"sicherte(?:n)? zu|sagte(?:n)? zu", "zugesagt Zusage zugesichert sichert"),
    (r"unterstützte(?:n)?|sprach(?:en)? sich für|plädierte(?:n)? für", "befürwortet unterstützt begrüßt favorisiert"),
    (r"erkundigte(?:n)? sich|wollte(?:n)? wissen|hakte(?:n)? nach|fragte(?:n)? nach", "fragt Anfrage Nachfrage erkundigt"),
    # money and everyday words
    (r"kohle|knete|moneten|zaster", "Mittel Zuschuss Euro"),
    (r"stadtkasse|gemeindekasse|kreiskasse|stadtsäckel|gemeindesäckel", "Haushalt Mehreinnahmen Ertrag"),
    (r"umsonst|gratis|für lau", "kostenlos kostenfrei gebührenfrei Entgelt"),
    (r"abgabe der betriebe|steuer der betriebe|betriebssteuer|firmensteuer", "Gewerbesteuer Hebesatz"),
    (r"grundabgabe|steuer auf immobilien|immobiliensteuer|grundstückssteuer", "Grundsteuer Hebesatz"),
    (r"gottesäcker[n]?|gottesacker[s]?|kirchhöfe[n]?|totenacker", "Friedhof Friedhöfe Friedhofssatzung"),
    (r"sonnenstrom|solarstrom|solarmodule|solarzellen|solaranlage[n]?", "Photovoltaik Photovoltaikanlage PV"),
    (r"busse und bahnen|bus und bahn|öffis|öffentliche verkehrsmittel", "Nahverkehr ÖPNV Nahverkehrsplan"),
    (r"geteilte autos|autoteilen|gemeinschaftsautos", "Carsharing"),
    (r"menschen ohne wohnung|wohnungslose[n]?|obdachlose[n]?", "Obdachlose Obdachlosenunterkunft Wohnungslose"),
    (r"menschen ohne deutschen pass|ausländische mitbürger|nichtdeutsche", "Ausländer Migranten Ausländerbeirat"),
    (r"geflüchtete|asylsuchende", "Flüchtlinge Asylbewerber Geflüchtete"),
    (r"schnelles internet|schnelles netz|breitband-internet", "Breitband Glasfaser Breitbandausbau"),
    (r"(?:boden)?schwelle|tempohemmer|bremsschwelle|fahrbahnschwelle", "Aufpflasterung Schwelle Verkehrsberuhigung"),
    (r"kiga|kigas", "Kindergarten Kita Kindertagesstätte"),
    (r"beschäftigte[n]?|angestellte[n]?|bedienstete[n]?", "Beschäftigte Mitarbeiter Mitarbeiterinnen Personal Stellen"),
    (r"rechenschaftsbericht", "Rechenschaftsbericht Jahresbericht Tätigkeitsbericht"),
    (r"kriegt|kriegen|kriegte|kriegten", "erhält erhalten bekommt"),
    (r"turnhalle[n]?", "Sporthalle Turnhalle Halle"),
    (r"windräder[n]?|windrad|windmühlen|windmühle|rotoren|windturbinen?", "Windkraftanlagen Windenergieanlagen Windrad Anlagen"),
    (r"kinderhaus(?:es)?|kinderhäuser[n]?", "Kindertagesstätte Kita Kinderhaus"),
    (r"gartenabfälle[n]?|küchenabfälle[n]?|grünabfälle[n]?|biomüll", "Bioabfall Bioabfälle Biotonne Grünabfall"),
    (r"grablichter[n]?|grablicht(?:es)?|grabkerzen", "Grablichter Kerzen LED-Kerzen Grablicht"),
    (r"streichung|wegfall", "Abschaffung Aufhebung Streichung"),
    (r"stimmrecht|wahlrecht für alle", "Wahlrecht Stimmrecht"),
    (r"ortsvertretung|dorfvertretung", "Gemeindevertretung Ortsbeirat Ortsgemeinderat"),
    (r"bürgerentscheide[n]? von oben|ratsbürgerentscheid", "Ratsbegehren Bürgerentscheid"),
    (r"kaufpreis|verkaufspreis", "Kaufpreis Preis Euro"),
    (r"ortschef(?:in)?s?|dorfbürgermeister(?:in)?|dorfchef(?:in)?", "Ortsvorsteher Ortsbürgermeister Ortsvorsteherin"),
    (r"sozis", "SPD"),
    (r"ja gesagt|okay gegeben|sein okay gegeben|dafür gestimmt", "zugestimmt Zustimmung beschlossen"),
    (r"weder ja noch nein(?: sagen| gesagt)?|weder dafür noch dagegen(?: gestimmt)?", "Enthaltung enthalten enthielt"),
    (r"nein gesagt|dagegen gestimmt|beerdigt|vom tisch", "abgelehnt Ablehnung"),
    (r"auf den weg gebracht|in die wege geleitet", "beschlossen Beschluss beauftragt"),
    (r"von der tagesordnung genommen|rausgenommen|runtergenommen", "abgesetzt Absetzung"),
    (r"finanzloch|haushaltsloch|miese", "Defizit Fehlbetrag Haushalt"),
    (r"steuergeld(?:er)?|steuermittel", "Haushaltsmittel Mittel Haushalt"),
    (r"straßenlaternen?|laternen|laternenköpfe|straßenlampen|lampenköpfe", "Straßenbeleuchtung Beleuchtung Leuchten"),
    (r"energieunternehmen|energieversorger|stromversorger|stromanbieter|netzbetreiber",
     "Energieversorger Energieversorgungsunternehmen Netzbetreiber Stadtwerke"),
    (r"nachbardörfer[n]?|nachbarorte[n]?|nachbarkommunen", "Nachbargemeinden Nachbargemeinde Gemeinden"),
    (r"zebrastreifen", "Fußgängerüberweg Querungshilfe"),
    (r"blitzer", "Geschwindigkeitsüberwachung Geschwindigkeitskontrolle"),
    (r"müllabfuhr", "Abfallentsorgung Abfallwirtschaft Abfall"),
    (r"infos?|informationen", "Informationen informiert informieren unterrichtet"),
    (r"flüchtlingsheim(?:e|en)?|asylheim(?:e|en)?|asylbewerberheim(?:e|en)?",
     "Flüchtlingsunterkunft Gemeinschaftsunterkunft Übergangswohnheim Unterbringung"),
    (r"sozialwohnungen|bezahlbare[nr]? wohnraum|bezahlbare wohnungen",
     "Wohnungsbau geförderter sozialer Wohnraum"),
    (r"fahrradweg(?:e|en)?|radl?weg(?:e|en)?", "Radweg Radwege Radverkehr"),
    (r"bürgersteig(?:e|en)?|trottoir", "Gehweg Gehwege"),
    (r"schlaglöcher[n]?|schlagloch", "Straßenschäden Sanierung Fahrbahn"),
    (r"umgehungsstraße|umgehung", "Ortsumgehung Umgehungsstraße"),
    (r"bücherei|stadtbücherei", "Bibliothek Bücherei Stadtbücherei"),
    (r"feuerwache|feuerwehrhaus", "Feuerwehrgerätehaus Feuerwehrhaus"),
    (r"funkloch|funklöcher|handynetz", "Mobilfunk Mobilfunkversorgung"),
    (r"handymast|funkmast", "Mobilfunkmast Mobilfunkanlage"),
    (r"kita-gebühren|kitagebühren|kindergartenbeiträge|kitabeiträge", "Elternbeiträge Kindergartengebühren Gebühren"),
    (r"freibad|hallenbad|schwimmbad|spaßbad", "Bad Schwimmbad Freibad Hallenbad"),
    (r"schulbus(?:se)?", "Schülerbeförderung Schulbus"),
    (r"neubaugebiet(?:e|en)?|bauland", "Baugebiet Bebauungsplan Wohnbaufläche"),
    (r"baubeginn|baustart|spatenstich", "Baubeginn begonnen Beginn beginnen Baumaßnahme"),
    (r"elektrische(?:n)? (?:grablichter|grablicht|kerzen|lichter)|led-lichter", "LED-Kerzen Kerzen Grablichter"),
    (r"untersagt|verboten|nicht gestattet|nicht zulässig", "verboten untersagt erlaubt zulässig"),
    # spoken forms of function words
    (r"ne|'ne", "eine"),
    (r"nen|'nen", "einen"),
    (r"nem|'nem", "einem"),
)


KEEP = "="
"""An entry whose council words start with this keeps the asker's word in the text (a verb whose tense
or particle the rest of the analysis reads: "Was schlug … vor?") and only adds the council words."""


def bridge_entries() -> tuple[tuple[str, str], ...]:
    """The bridging entries of :mod:`assistant.language.lexicon_entries` as lexicon entries that keep
    the asked word (:data:`KEEP`) and add the council words as its alternatives."""
    return tuple(
        ("|".join(re.escape(form) for form in said.split()), f"{KEEP} {council}")
        for _, entries in BRIDGES
        for said, council in entries
    )


_ENTRIES = _ENTRIES + bridge_entries()
LEXICON_ENTRIES = _ENTRIES
"""The entries: a pattern of what people say → the council words (first: the one written instead)."""


_SPLIT: tuple[tuple[str, str], ...] = (
    (r"\bkam(?P<mid>\s[^?.!]{0,80}?)\s(?:raus|heraus)\b", "wurde\\g<mid> beschlossen"),
    (r"\bist(?P<mid>\s[^?.!]{0,80}?)\s(?:raus|heraus)gekommen\b", "wurde\\g<mid> beschlossen"),
)
"""Colloquial phrases said around other words: "Was kam bei … raus?" is "Was wurde bei … beschlossen?"."""

DECIDED = ("beschlossen", "beschluss", "ergebnis", "zugestimmt")
"""Council words a rewritten outcome phrase may stand for."""


FILLERS = re.compile(
    r"(?<![\w-])(?:eigentlich|überhaupt|genau|denn|mal|halt|eben|wirklich|bitte|endlich|nochmal|nochmals"
    r"|so richtig|eigentlich noch)(?![\w-])\s?",
    re.IGNORECASE,
)
"""Spoken particles that carry no topic ("Was kam da eigentlich raus?"); the minutes never use them in
the sense asked, so they would only make passages that happen to contain them look relevant."""


@dataclass(frozen=True)
class Rewrite:
    """A question with the lexicon's phrases replaced by the council word, and the further council
    words each replacement may also stand for."""

    text: str
    alternatives: dict[str, tuple[str, ...]]
    """Folded first council word → all the council words of its entry (folded), itself included."""


def _pattern(phrase: str) -> str:
    """Let umlauts and ß also match their spelled-out forms ("oe", "ss")."""
    for char, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        phrase = phrase.replace(char, f"(?:{char}|{spelled})")
    return phrase


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    return tuple(
        (re.compile(rf"(?<![\w-])(?:{_pattern(phrase)})(?![\w-])", re.IGNORECASE), tuple(words.split()))
        for phrase, words in _ENTRIES
    )


@lru_cache(maxsize=1)
def _split_compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(_pattern(p), re.IGNORECASE), template) for p, template in _SPLIT)


def rewrite(question: str) -> Rewrite:
    """``question`` in the documents' words: each lexicon phrase becomes its first council word
    (capitalised when the phrase was), and the other words of the entry, with a single asked word
    itself, are kept as alternatives; entries marked :data:`KEEP` leave the asked word in the text."""
    text = FILLERS.sub("", question)
    text = re.sub(r"\bwie vielen\b", "wie viele", text, flags=re.IGNORECASE)
    alternatives: dict[str, tuple[str, ...]] = {}
    for split, template in _split_compiled():
        if split.search(text):
            text = split.sub(template, text)
            alternatives["beschlossen"] = DECIDED
    for pattern, words in _compiled():
        if not pattern.search(text):
            continue
        if words[0] == KEEP:  # the asker's word stays; the council words join it as alternatives
            for match in pattern.finditer(text):
                asked = fold(match.group(0))
                alternatives[asked] = (asked, *(fold(w) for w in words[1:]))
            continue
        first = words[0]

        def replace(match: re.Match[str], first: str = first) -> str:
            written = match.group(0)
            return first[:1].upper() + first[1:] if written[:1].isupper() else first

        # a single asked word stays an alternative of the word written for it: a passage that shares
        # only that word with the question ("Wegfall", "Schwimmbad") still meets it
        asked_words = [fold(m.group(0)) for m in pattern.finditer(text) if not re.search(r"\s", m.group(0))]
        text = pattern.sub(replace, text)
        key = fold(first.split()[-1])
        alternatives[key] = tuple(dict.fromkeys((*(fold(w) for w in words), *alternatives.get(key, ()), *asked_words)))
    return Rewrite(text, alternatives)


def council_words(phrase: str) -> tuple[str, ...]:
    """The council words the lexicon offers for ``phrase`` (empty when it has no entry)."""
    for pattern, words in _compiled():
        if pattern.fullmatch(phrase.strip()):
            return words
    return ()
