"""How minutes write a person: offices and memberships, forms of address, titles, names, parties in brackets.

The vocabulary of :mod:`ingest.extract.speakers`, which reads who speaks in a sentence from it: ``ROLE`` (an office,
spelled out or abbreviated, with its qualifiers and a party prefix), ``ADDRESS`` and ``TITLE``, ``NAME`` (first
names, particles, surnames in capitals), and ``SPEAKER``, the regular expression of one named speaker with the groups
the extractors read (``address``, ``role``, ``titles``, ``name``, ``paren``, ``appo``, ``pp``).
"""

from __future__ import annotations

import re

QUALIFIER = r"(?:Erste[rn]?|Zweite[rn]?|Dritte[rn]?|[1-3]\.|I{1,3}\.|[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich)e[rn]?|[A-ZÄÖÜ][a-zäöü]{3,}s(?=\s+[A-ZÄÖÜ])|(?!(?:Später|Weiter|Wieder|Bisher|Ferner|Daher|Vorher|Nachher|Sicher|Lieber|Immer|Außer)\b)[A-ZÄÖÜ][a-zäöü]{3,}er(?=\s+[A-ZÄÖÜ])|[Gg]rüne[rn]?|[Ll]iberale[rn]?|[Ss]tellv\.|[Ss]tellvertretende[rn]?|[Ss]achkundige[rns]?|[Bb]eratende[rns]?|[Ee]hrenamtliche[rns]?)"
ABBREVIATED = (
    r"[A-ZÄÖÜ][A-Za-zÄÖÜ]{0,3}[RVMLHF](?:in)?(?:-[Mm]itglied)?(?![\w-])|"
    r"(?:[A-ZÄÖÜ]{2,5}(?:in)?|[A-ZÄÖÜ][a-zäöüß]{1,4}\.(?:in)?)(?=\s+(?:Herrn?|Frau|Hr\.|Fr\.)\s+[A-ZÄÖÜ])|"
    r"(?:(?<=Herr\s)|(?<=Herrn\s)|(?<=Frau\s)|(?<=Hr\.\s)|(?<=Fr\.\s))(?!Dr\.|Prof\.|Dipl)"
    r"(?:[A-ZÄÖÜ]{2,5}|[A-ZÄÖÜ][A-Za-zäöüß]{1,5}\.)(?=\s+[A-ZÄÖÜ][a-zäöüß])|"
    r"(?:[A-ZÄÖÜ][a-zäöü]{1,4}\.\s+)?[A-ZÄÖÜ]{2,5}(?=\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+\s+[a-zäöüß])"
)
"""An abbreviated office beyond those listed: two to five letters, the first and last capitals, ending in R, V,
M, L, H or F (Rat, Vertreter / Verordnete, Mitglied / Meister, Leiter, Ratsherr, Ratsfrau: "RH", "RF"), also with
"-in" or "-Mitglied" ("MGR", "OR",
"ORin", "GV", "StV", "KAR", "OBR-Mitglied"); any abbreviation before a form of address ("LVB Frau Ketelsen",
"Bgm.in Frau Wittorf") and any abbreviation between a form of address and the name ("Frau SKE Kaleß", "Herr AVors.
Schultheis"). As it may also be a noun's abbreviation ("ÖPNV Angebote verbessern sich"), it makes a
speaker only before a verb in the singular (:func:`find`)."""
OFFICES = (
    r"[A-ZÄÖÜ]\w*bürgermeister(?:in)?|(?:Ober|Bezirks|Orts|Ortsteil|Vize)?[Bb]ürgermeister(?:in)?|Stadtr(?:at|ätin)|(?:Markt|Orts)?[Gg]emeinder(?:at|ätin)|"
    r"Kreisr(?:at|ätin)|Ortschaftsr(?:at|ätin)|Landr(?:at|ätin)|Stadtbaur(?:at|ätin)|Ratsherrn?|Ratsfrau|"
    r"(?:Rats|Ausschuss|Ortsrats|Ortsbeirats|Fraktions|Kreistags|Bezirks|Gemeinderats|Stadtrats|Kreisrats|Ortschaftsrats|"
    r"Beirats|Vorstands|Marktgemeinderats)?[Mm]itglied|"
    r"Stadtverordnete[rn]?|Gemeindevertreter(?:in)?|Bezirksverordnete[rn]?|Kreistagsabgeordnete[rn]?|"
    r"Abgeordnete[rn]?|Beigeordnete[rn]?|[A-ZÄÖÜ]\w*[Dd]irektor(?:in)?|[Dd]irektor(?:in)?|\w*[Pp]räsident(?:in)?|"
    r"[A-ZÄÖÜ]\w*vorsitzende[rn]?|[Vv]orsitzende[rn]?|Stadtverordnetenvorsteher(?:in)?|"
    r"(?:Orts|Bezirks|Stadtbezirks)?[Vv]orsteher(?:in)?|Geschäftsleiter(?:in)?|Geschäftsführer(?:in)?|"
    r"[A-ZÄÖÜ]\w*leiter(?:in)?|Leiter(?:in)?|"
    r"\w*[Kk]ämmerer(?:in)?|\w*[Kk]ämmerin|\w*[Dd]ezernent(?:in)?|Bürger(?:in)?|Einwohner(?:in)?|Anwohner(?:in)?|Anlieger(?:in)?|"
    r"\w*[Ss]precher(?:in)?|\w*[Cc]hef(?:in)?|\w*[Rr]eferent(?:in)?|Sachbearbeiter(?:in)?|\w*[Ww]ehrführer(?:in)?|\w*[Bb]randmeister(?:in)?|"
    r"Gutachter(?:in)?|Architekt(?:in)?|\w*[Pp]laner(?:in)?|Ratsvorsitzende[rn]?|"
    r"\w*[Mm]anager(?:in)?|\w*[Bb]eauftragte[rn]?|Schriftführer(?:in)?|Protokollführer(?:in)?|"
    r"Stv\.|StV(?:in)?\.?|Rh\.|GR(?:[`'’]?in)?|BM(?:in)?|OB(?:in)?|OBM|SGB|SGL|FBL|AL|Ktabg\.|StR(?:in)?|Bgm\.|KTA|Stadtv\.|sB|SB|BV|BzV|"
    r"RM|Rm\.|Rf\.|Rfr\.|BzStR(?:in)?|BzBm|KR(?:in)?|Bezirksstadtr(?:at|ätin)|\w*[Vv]ertreter(?:in)?|"
    r"(?:Sg|OB|Samtg\.)?Bgm(?:\.|[`'’.]?in)?|Rh|Rf|BS|BG|(?:St|Kr|Ltd|Gem)Dir(?:in)?\.?|"
    rf"{ABBREVIATED}"
)
"""Offices and memberships, spelled out or abbreviated."""
ROLE = (
    rf"(?:(?:{QUALIFIER}\s+){{0,2}}(?:(?:[A-ZÄÖÜ][A-Za-zäöüß]*|90/Die Grünen)-)?(?:{OFFICES})"
    r"|[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{1,10}-(?:Mann|Frau|Politiker(?:in)?)(?=\s)"
    r"|[A-ZÄÖÜ][a-zäöüß]{2,}(?:meister|leiter|direktor|referent|planer|chef)(?:in)?"
    r"(?=\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+\s+[a-zäöüß]))"
)
"""An office or membership, with qualifiers; a party's man or woman ("CDU-Mann Karsten Behr", "Grünen-Politikerin …");
a compound of a leading job before a full name and a verb ("Ortsbaumeister Jens Kienzle rechnet …")."""
ADDRESS = r"(?:Herrn?|Frau|Hr\.|Fr\.)"
TITLE = r"(?:Dr\.|Prof\.|Dipl\.-\w+\.?|Dipl\.\s?(?:Ing|Kfm|Verw\.-Wirt)\.)"
LOWER = "a-zäöüßéèêëáàâçñóòôíìîïúùûığşșțćčšžłńý"
"""Lower-case letters of surnames, German and of other languages ("Yıldız", "Kovačević", "Łukasz")."""
WORD = rf"[A-ZÄÖÜŁŞŠŽČĆ][{LOWER}]+(?:-[A-ZÄÖÜŁŞŠŽČĆ][{LOWER}]+)?"
CAPS = r"[A-ZÄÖÜ]{3,}(?:-[A-ZÄÖÜ]{3,})?(?![\w-])"
"""A surname in capitals ("Herr MÜLLER", "Frau Dr. SCHMIDT-KRAUSE"): only after an address, office or title."""
NAME = (
    rf"(?:{WORD}\s+(?:{WORD}\s+(?={WORD}\b))?|[A-ZÄÖÜ]\.\s+)?(?:(?:von der|von den|van der|van den|von|van|de|zu|Di|De|Da|El)\s+"
    r"(?![A-ZÄÖÜ]\w*(?:ung|amt|rat|ausschuss|stadt|gemeinde|kreis|werk|fraktion)\b))?"
    rf"(?:{CAPS}|(?!\w*mitglied\b){WORD})"
)
NOT_NAMES = frozenset(
    "Der Die Das Den Dem Des Ein Eine Einer Im In Zum Zur Auf Nach Mit Bei Von Vom Für Es Er Sie Wir Ich "
    "Auch Dabei Danach Daher Dies Diese Dieser Herr Frau Stadt Gemeinde Rat Ausschuss Antrag Verwaltung Beschluss "
    "Abstimmung Ergebnis Anfrage Stellungnahme Vorlage Tagesordnung Sitzung Protokoll Niederschrift Hinweis".split()
)
NOT_FIRST_NAME = re.compile(
    r"^(?:Seit|Laut|Gemäß|Wegen|Trotz|Während|Ab|Aus|Bis|Um|Über|Unter|Vor|Durch|Gegen|Ohne|Hier|Dort|Somit|Damit|"
    r"Insgesamt|Grundsätzlich|Außerdem|Weiterhin|Ferner|Leider|Jedoch|Allerdings|Insbesondere|Folgende[rsn]?|"
    r"Diese[rsmn]?|Weitere[rsn]?|Alle|Beide|Einige|Keine|Viele|Mehrere|Sämtliche|Zu|Am|Beim|Ans|Ins|Eingangs|"
    r"Zunächst|Zudem|Sodann|Abschließend|Anschließend|Daraufhin|Hierzu|Dazu|Darauf|Hierauf|Als|Wie|So|Nun|Jetzt|"
    r"Heute|Letztlich|Schließlich)$|"
    r"(?:(?:ung|heit|keit|schaft|tion|tät|ismus|protokoll|plan|bericht|antrag|ment)s?|vorlage|seite|(?<!Clem)ens)$"
)
"""Words that open a sentence as a noun or an adverb, never as a first name before a surname."""
FACTIONS = (
    r"CDU|CSU|SPD|FDP|AfD|Grüne|GRÜNE|B'?90/Grüne|BÜNDNIS 90/DIE GRÜNEN|Bündnis 90/Die Grünen|Die Linke|"
    r"DIE LINKE|Linke|Freie Wähler|FW|FWG|UWG|WNK|ÖDP|BfB|Piraten|Die PARTEI|BVB|Bürgerliste|BÜRGERLISTE|"
    r"Bürgerforum|KG|OP|WG|UBV|Volt|BSW"
)
APPOSITION = re.compile(
    rf"^(?:(?:{FACTIONS})(?:[-/ ]\w+)*|\w*[Ff]raktion\b.*|Gruppe\b.*|(?:{FACTIONS}).*[Ff]raktion.*|(?:{OFFICES})\b.*)$"
)
PARTY_PAREN = re.compile(
    rf"(?:(?:Fraktion|Gruppe)\s+)?(?:(?:{FACTIONS})|[A-ZÄÖÜ]{{2,8}})(?:\s*[-/]\s*(?:(?:{FACTIONS})|[A-ZÄÖÜ]{{2,8}}|[A-ZÄÖÜ][a-zäöüß]{{3,}}))*"
)
"""A party or group in brackets after a name, in capitals ("WIP", "GRÜNE", "CDU/FW"), perhaps as a faction of two
("Fraktion SPD/Grüne", "Die Linke - Volkssolidarität")."""
NOUN_END = re.compile(r"(?:ung|heit|keit|schaft|tion|tät|ismus|nis|protokoll|plan|bericht|antrag|beschluss|vorlage)s?$")
RESIDENCE = re.compile(
    r"^(?:wohnhaft\s+.*|(?:Am|An der|Im|In der|Auf der|Auf dem|Zum|Zur)\s+[A-ZÄÖÜ][\w-]*(?:\s+\d+\s?\w?)?|[A-ZÄÖÜ][\w-]*(?:straße|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|pfad)(?:\s+\d+\s?\w?)?|"
    r"(?:Ortsteil|OT)\s+[A-ZÄÖÜ][\w-]*)$"
)
"""Where a resident in a question time lives ("Herr Rudolf Kienzle, Talstraße, fragt an …")."""
_OPEN_APPOSITION = (
    rf"(?:,\s*(?P<appo2>(?:Fraktion|Gruppe)\s+[^,:.]{{1,40}}?|(?:{FACTIONS})[^,:.]{{0,30}}?)|"
    r"\s+(?P<appo3>(?:Ausschuss|Rats?|Gemeinderats|Stadtrats|Kreistags)"
    r"mitglied\s+(?:der|des)\s+[^,:.]{1,30}?))(?=\s+[a-zäöüß]{3,}\b)"
)
"""A faction or membership after a name that no second comma closes ("Herr Hörig, Fraktion B 90/Grüne/WIR beantragt …",
"Frau Fick-Tiggers Ausschussmitglied der ÖDP fragt nach …")."""
SPEAKER = (
    rf"(?P<address>{ADDRESS}\s+)?(?P<role>(?:{ROLE}\s+)*)(?P<address2>{ADDRESS}\s+)?"
    rf"(?P<titles>(?:{TITLE}\s*)*)(?P<name>{NAME})(?:\s*\((?P<paren>[^)]{{1,60}})\)|\s+(?P<party>(?:{FACTIONS})|[A-ZÄÖÜ]{{2,5}})(?=\s+[a-zäöüß]))?"
    rf"(?:,\s*(?!{ADDRESS}\s)(?P<appo>(?:(?:der|die)\s+|[a-zäöüß]+(?:e|er)\s+)?[A-ZÄÖÜ](?:[^,:]{{0,57}}\s(?![a-zäöüß]{{3,}},)[^\s,:]+|[^\s,:]*)),|{_OPEN_APPOSITION}|\s+(?P<pp>(?:aus|von|vom)\s+(?:der\s+|dem\s+|den\s+)?[A-ZÄÖÜ][\w-]*(?:\s+\([A-ZÄÖÜ]{{1,6}}\))?(?:\s+[A-ZÄÖÜ][\w-]*)?))?"
)
PLURAL_ABBREVIATIONS = r"(?:GR|StR|KR|OR|RM|GV|StV)(?:e|innen)"
"""Members as a group, abbreviated ("GRe Mc Fadden, Deschler und Rindermann äußern …", "StRinnen …"): with or without an
article."""
PLURAL_OFFICES = (
    r"Stadträte|Stadträtinnen|Mitglieder|Ratsmitglieder|Ratsherren|Gemeinderäte|Stadtverordneten|Kreisräte|"
    r"Kreistagsabgeordneten|Ausschussmitglieder|Beigeordneten|Ortsräte|Ortschaftsräte|Gemeindevertreter|Herren|Damen|"
    rf"{PLURAL_ABBREVIATIONS}"
)
"""Members named as a group ("Die Gemeinderäte Herr Thiele und Herr Hempel", "sind die Beigeordneten K. und W.")."""
