"""The kind of fact a question asks for, and whether a passage holds one.

"Wie hoch ist der Zuschuss?" needs an amount, "Wann …?" a date, "Wie wurde abgestimmt?" a vote,
"Wer …?" a person or organisation. A passage on the right topic without such a fact does not
answer the question — the commonest way documents fail to hold an answer (the agenda names the
item, the minutes never give the figure).
"""

from __future__ import annotations

import re

from assistant.language.german import fold
from assistant.language.words import month_alternation
from assistant.query.naming import holds_company, holds_name
from assistant.query.tallies import states_asked_side
from assistant.query.tense import asks_completed, clauses
from assistant.vocab import AnswerKind

_EXPECTS: list[tuple[AnswerKind, re.Pattern[str]]] = [
    (
        AnswerKind.TALLY,
        re.compile(
            r"\bwie viele\b[^?]*\b(stimmten|stimmen|votierten|ja-stimmen|nein-stimmen|gegenstimmen|enthaltungen"
            r"|enthielten|gestimmt|dafuer|dagegen|zustimmungen|ablehnungen|gegenvoten|voten|jastimmen|neinstimmen"
            r"|fuerstimmen)\b|\bmit wie viele[nr]? (ja-)?stimmen\b"
        ),
    ),
    (
        AnswerKind.RATE,
        re.compile(
            r"\b(welche[nrs]?|wie hoch (ist|war|sind|waren|liegt|lag|soll) (der|die))"
            r" [a-z-]*(satz|saetze|quote)\b"
        ),
    ),
    (
        AnswerKind.AMOUNT,
        re.compile(
            r"\bwie (hoch|viel|viele|teuer|gross|lang|lange|weit|breit|alt|tief)\b|\bwieviele?\b|\bwas kostet"
            r"|\bwas kosten|\bmit wie viel|^was (zahlen|zahlt|bezahlen|bezahlt)\b"
            r"|^was (hat|haben|hatte|hatten|wird|werden|soll|sollen|wuerde|wuerden)\b[^?]*\b(gekostet|kosten)\b"
            r"|\bum wie viel|\bwelche[nrsm]? [a-z]*(betrag|summe|hoehe|foerdersatz|hebesatz|wert|zuschuss|anzahl"
            r"|preis|gebuehr|gebuehren|miete|pacht|stand|pegel|flaeche|laenge|breite|menge|zahl|volumen|umfang|defizit|mittel"
            r"|ueberschuss|fehlbetrag)\b"
        ),
    ),
    (
        AnswerKind.DATE,
        re.compile(
            r"^(seit |bis |ab )?wann\b|\ban welchem (tag|datum)|\bin welchem jahr|\bvon wann bis wann\b"
            r"|\bum wie viel uhr\b|\bzu welche[mr] (zeitpunkt|uhrzeit|termin)\b"
        ),
    ),
    (
        AnswerKind.VOTE,
        re.compile(
            r"\b(abgestimmt|stimmenverhaeltnis|abstimmungsergebnis|stimmergebnis)\b|\bwie (deutlich|knapp)\b"
            r"|\bmit welche[mr]? (ergebnis|mehrheit|votum|stimmen)|^wie\b(?=[^?]*\babstimmung)"
            r"(?=[^?]*\b(ging|gingen|lief|liefen|endete|endeten|verlief|ausgegangen|ausgefallen|fiel|gelaufen)\b)"
            r"|\b(gab|gibt)\b[^?]*\b(gegenstimmen|enthaltungen)\b|^(war|ist|fiel|erfolgte)\b[^?]*\b(einstimmig|mehrheitlich)\b"
        ),
    ),
    (
        AnswerKind.DECISION,
        re.compile(
            r"^(hat|haben|hatte|hatten|wurde|wurden|ist|sind)\b.*\b(beschlossen|angenommen|zugestimmt|abgelehnt"
            r"|genehmigt|bewilligt|entschieden|verabschiedet|gebilligt|abgesegnet|bestaetigt|beauftragt)\b"
            r"|^wie (hat|haben|hatte|wurde|wurden)\b.*\b(entschieden|beschlossen|votiert)\b"
            r"|^(?!(kann|koennen|darf|duerfen|muss|muessen|soll|sollen|gibt|steht|stehen|ist|sind|wird|werden|kommt"
            r"|kommen|stimmt|stimmen|liegt|liegen|wohnt|wohnen|haelt|halten|gilt|gelten|fehlt|fehlen|reicht|reichen"
            r"|dauert|bleibt|bleiben|braucht|brauchen|denkt|meint|glaubt|weiss|kennt|sieht|findet|laeuft|geht|arbeitet"
            r"|passt|wirkt|hilft|lohnt|klappt|funktioniert|hat|hatte|war|wurde|erfaehrt|tritt|treten)\b)"
            r"[a-z]+t (?:(?:der|die|das|den) (?:[a-z]+(?:e|en|er) )?(?:[a-z-]*(?:rat|ausschuss|kreistag|vertretung|versammlung"
            r"|stadt|gemeinde|kreis|verwaltung|buergermeister\w*|fraktion\w*|koalition|mehrheit|land|bund|kommune|ort|dorf"
            r"|bezirk|amt|landrat\w*|politik)\b|[a-z]+(?:er|ner|aner)\s+[a-z]*(?:rat|ausschuss|kreistag|vertretung))"
            r"|es|man|in|im)\b|^(?:bekommt|kriegt|erhaelt|bekommen|kriegen|erhalten) (?:der|die|das|den)\b"
            r"(?![^?]*\b(?:infos?|information(?:en)?|auskunft|auskuenfte|antworte?n?|bescheid|rueckmeldung)\b)"
        ),
    ),
    (
        AnswerKind.COMPANY,
        re.compile(
            r"\bwelche[rsmn]? [a-z]*(firma|unternehmen|buero|auftragnehmer|dienstleister|anbieter|bieter)\b"
            r"|\ban welche[sn]? [a-z]*(firma|unternehmen|buero)\b"
        ),
    ),
    (
        AnswerKind.NAME,
        re.compile(
            r"^wie hei(ss|ß)(t|en)\b|\bwelche[rsmn]? (referent|referentin|redner|rednerin|sprecher|sprecherin"
            r"|mitarbeiter|mitarbeiterin|person|nachfolger|nachfolgerin|kandidat|kandidatin|bewerber|bewerberin"
            r"|gutachter|gutachterin)\b|\bunter welchem namen\b|\bnamen? de[rs]\b"
            r"|^wer (?:wurde|wird|ist|soll|sollte)\b[^?]*\b(?:ernannt|gewaehlt|bestellt|berufen|vereidigt"
            r"|verpflichtet|benannt|eingesetzt)\b|^wer (?:rueckt|rueckte|folgt|folgte)\b[^?]*\bnach\b"
            r"|^wer (?:folgt|folgte|uebernimmt|uebernahm|ersetzt|ersetzte)\b(?![^?]*\bkost)"
        ),
    ),
    (AnswerKind.FACTION, re.compile(r"\bwelche[rsmn]? (fraktion|fraktionen|partei|parteien|ratsfraktion)\b")),
    (
        AnswerKind.PERSON,
        re.compile(
            r"^wer\b(?![^?]*\b(?:traegt|tragen|uebernimmt|uebernehmen|zahlt|zahlen|bezahlt|finanziert|finanzieren)\b"
            r"[^?]*\bkost)|^von wem\b|\bwelche[rs]? (firma|baufirma|unternehmen|traeger|verein"
            r"|buero|person|ratsmitglied|stadtrat|stadtraetin|gemeinderat)\b"
        ),
    ),
]

_NUMBER_WITH_UNIT = re.compile(
    r"(?<![§\w.,])(?<!§ )(?<!nr\. )(?<!abs\. )(?<!top )(?<!top: )(?<!punkt )(?<!\boe )(?<!\bn )"
    r"(\d+(?:[.,]\d+)*)(?:,?-{1,2}|–)?\s*"
    r"(%|€|eur\b|euro|mio|mrd|tsd|prozent|punkte|[a-z][a-z-]*stimmen|stimmen|meter|m\b|m2|qm|ha\b|hektar"
    r"|cm\b|km\b|kg\b|stunden|jahre|monate|wochen|tage|plaetze|gruppen|kinder|personen|stueck|mitglieder|[a-z]{3,})",
)
_MONTHS = month_alternation(folded=True)
_DATE = re.compile(
    rf"\b\d{{1,2}}\.\s?\d{{1,2}}\.\s?(\d{{4}}|\d{{2}})?(?!\d)|\b\d{{1,2}}\.\s({_MONTHS})|\b({_MONTHS})\s(19|20)\d\d"
    r"|\b(19|20)\d\d(ern?)?\b"
)
_WHEN = re.compile(
    _DATE.pattern + r"|\b(naechste[nr]?|kommende[nr]?|folgende[nr]?) (\w*sitzung|jahr|monat|woche)|\bmonat\b"
    + "|" + _MONTHS.replace("|mai|", "|\\bmai\\b|") +
    r"|fruehjahr|sommer|herbst|winter|quartal|jahresende|jahres|zeitnah|demnaechst|umgehend|sofort"
    r"|\b(naechste[nr]?|kommende[nr]?|neue[nr]?) (wahlperiode|legislaturperiode|amtszeit|haushaltsjahr|sitzungsperiode)"
    r"|\b\d{1,2}([.:]\d\d)?\s*uhr\b"
    r"|\b(in|nach|innerhalb|binnen|alle)\s+(einem|einer|eines|zwei|drei|vier|fuenf|sechs|zwoelf|\d+)\s+"
    r"(jahr|jahre|jahren|jahres|monat|monate|monaten|monats|woche|wochen|tag|tagen)\b|\b(halb)?jaehrlich\b"
)
_COUNT_IN_WORDS = re.compile(
    r"\b(?:zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|zwanzig|dreissig|hundert)\s+"
    r"(?:[a-z]+(?:e|en)\s+)?[a-z][a-z-]{3,}"
)
"""A count in words with what it counts ("alle neun BZA-Mitglieder", "drei neue Stellen")."""
_LABELLED_COUNT = re.compile(r"(?<![\w.])[a-z-]{4,}\s*:\s*\d{1,4}(?![\d.,:/-])")
"""A count after its label ("Gesetzliche Anzahl der Mitglieder: 32", "Anwesende Stimmberechtigte: 28"); no clock time."""
_COUNT_SET = re.compile(r"\b(?:an)?zahl\s+(?:der|an|von)\s+[a-z-]{3,}[^.;]{0,60}?\b(?:auf|um|von)\s+\d{1,4}(?![\d.,:/])")
"""A number of things set or changed ("die Anzahl der Sitze im Gemeinderat auf 40 zu begrenzen", "die Zahl der
Mitglieder von 12 auf 10 verringern")."""
_ADDRESS = re.compile(r"(strasse|str\.|allee|weg|platz|ring|gasse|damm)\s+\d+\w?|\b\d{5}\s+[a-z]")
"""House numbers and postal codes, which look like counted nouns ("53175 Bonn")."""
_VOTE = re.compile(
    r"einstimmig|mehrheitlich|\bja\b|\bnein\b|gegenstimme|enthaltung|\d+\s*:\s*\d+|stimmen|abgelehnt"
    r"|angenommen|zugestimmt|beschlossen|dafuer|dagegen"
)
_PERSON = re.compile(
    r"\b(herr|herrn|frau|dr\.|buergermeister(in)?|landrat|landraetin|stadtrat|stadtraetin|ratsherr|ratsfrau"
    r"|gemeinderat|gemeinderaetin|kreisrat|kreisraetin|ratsmitglied|mitglied|gr|grin|str|stri|kr|kta|rh|bgm|bm"
    r"|stadtverordnete[r]?|gemeindevertreter(in)?|ortsvorsteher(in)?|beigeordnete[r]?"
    r"|[a-z]*(?:leiter|sprecher|fuehrer|meister|vorsteher|referent|dezernent|kaemmerer|planer|praesident|direktor)(?:in)?)"
    r"s?\s+\(?[a-z]|gmbh|\bag\b|e\.\s?v\.|\bverein|fraktion|\bcdu\b|\bspd\b|\bfdp\b|gruene|\bafd\b|linke"
    r"|freie waehler|\buwg\b|\bcsu\b|verwaltung|buero|\bfirma\b|\bfa\.\s*[a-z]|vorsitzende|ausschuss|arbeitsgruppe"
    r"|kreistag|\brat\b|behoerde|\bamt\b|beauftragte|\bmitglieder (?:des|der)\b|vorstand|magistrat"
    r"|\b(?:entschuldigt|abwesend|anwesend|es fehlte[n]?)\s*:\s*[a-z]"
)
_OUTCOME = re.compile(
    r"beschlossen|angenommen|abgelehnt|zugestimmt|zustimmung|einstimmig|mehrheitlich|abstimmung|vertagt"
    r"|zurueckgestellt|zurueckgezogen|zur kenntnis genommen|verwiesen|verschoben|genehmigt|verabschiedet|stimmt[^.]* zu"
    r"|beschloss\b|fasst[^.]*beschluss|erteilt|versagt|verzichtet|bewilligt|\b(?:kommt|kam|kamen) zu(?:m| dem) entschluss"
    r"|\bgruenes licht\b|\bgewaehlt\b"
)
"""A decision taken ("beschlossen", "einstimmig", "bewilligt", "Man kommt zu dem Entschluss, …", "Grünes Licht …",
an election: "gewählt"), not one proposed
("Der Rat beschließt ..." in a Vorlage)."""
_RESOLVES_NOW = re.compile(
    r"\b(?:der|die|das)\s+(?:[a-z-]+\s+){0,3}?[a-z-]*(?:rat|ausschuss|kreistag|versammlung|vertretung|beirat)\b"
    r"[^.]{0,80}?\b(?:beschliesst|beschliessen|stimmt\b[^.]{0,80}\bzu|billigt|genehmigt)\b"
)
"""A body resolving in the present ("Der Gemeinderat Laudenbach beschließt, …"): in minutes or a portal's excerpt the
text adopted, in a proposal only its draft (:func:`decided_in`)."""


def decided_in(text: str, kind: str) -> bool:
    """Whether ``text`` of a document of ``kind`` holds a decision taken: the outcome words, or in minutes and excerpts
    also a body resolving in the present tense."""
    folded = fold(text)
    return bool(_OUTCOME.search(folded) or (kind in ("minutes", "excerpt") and _RESOLVES_NOW.search(folded)))


_VOTE_COUNT = re.compile(
    r"\d+\s*(?:x\s*|mal\s+)?(ja|nein|dafuer|dagegen|gegenstimme|enthaltung|stimmenthaltung|stimme)"
    r"|\b(ja|nein|dafuer|dagegen|enthaltung(en)?|gegenstimmen|anwesend)\s*:\s*\d+|\b\d+\s*:\s*\d+\b|einstimmig"
    r"|ohne gegenstimme|\b\d+\s+(?:von\s+\d+\s+)?(?:[a-z]+e[n]?\s+)?stimmen\b"
)
"""A vote told precisely: counts or unanimity, not just "mehrheitlich beschlossen" ("42 von 45 möglichen Stimmen",
"24 x ja", "16 mal Ja")."""
_RATE = re.compile(
    r"(?:\d[\d.,]*|\b(?:ein|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|fuenfzehn|zwanzig|dreissig|fuenfzig))"
    r"\s*(%|prozent|v\.\s?h\.|vom hundert|punkte)"
)
"""A rate: a Fördersatz of 80 %, a Hebesatz of 400 v. H. or Punkte, a rate in words ("vier Prozent")."""
_COMPANY = re.compile(
    r"gmbh|mbh\b|\bag\b|\bkg\b|\bohg\b|\bgbr\b|\bse\b|e\.\s?k\.|\bfirma\s+[a-z]|\bfa\.\s*[a-z]|buero\s+[a-z]|ingenieur"
    r"|architekt|planungsgesellschaft|\bwerke?\b|\bbau\s+[a-z]|& co|unternehmen\s+[a-z]+\s+aus\b"
)
"""A firm named: a legal form, "Firma X" (also "Fa. X"), "Büro X", an engineering or architects' office."""
_FACTION = re.compile(
    r"\b(spd|cdu|csu|fdp|afd|uwg|fwg|oedp|bsw|npd|piraten|fbu|bfb)\b|gruene|linke\b|freie[n]? waehler"
    r"|buendnis 90|waehlergemeinschaft|waehlergruppe|buergerliste|unabhaengige"
    r"|\bfraktion (?:der|des) [a-z]|\b[a-z]+-fraktion\b"
)
"""A faction or party named (on folded text): a party's name, or any faction by name ("Fraktion der
Landwirte", "WIR-Fraktion")."""
_EVIDENCE: dict[AnswerKind, re.Pattern[str]] = {
    AnswerKind.DATE: _WHEN,
    AnswerKind.VOTE: _VOTE,
    AnswerKind.PERSON: _PERSON,
    AnswerKind.COMPANY: _COMPANY,
    AnswerKind.DECISION: _OUTCOME,
    AnswerKind.TALLY: _VOTE_COUNT,
    AnswerKind.FACTION: _FACTION,
    AnswerKind.RATE: _RATE,
}


_MONEY_QUESTION = re.compile(
    r"kost|geld|betrag|zuschuss|euro|preis|gebuehr|foerder|summe|investition|ausgabe|einnahme|finanz|teuer"
    r"|verschuld|miete|pacht|defizit|ueberschuss|fehlbetrag"
    r"|hebesatz|steuer|umlage|entschaedigung|mittel\b|zahlt|bezahlt|zahlen|eigenkapital|schulden|kredit|schaed|schaden"
)
_COUNT_QUESTION = re.compile(r"\bwie ?viele\b|\banzahl\b")
_DURATION_ASKED = re.compile(r"\bwie lange?\b")
_DURATION = re.compile(
    r"\b(?:ein|eine|einen|eines|einem|einer|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|zwoelf|\d+)\s+"
    r"(?:jahr|jahre|jahren|jahres|monat|monate|monaten|monats|woche|wochen|tag|tage|tagen|stunde|stunden"
    r"|minute|minuten)\b"
)
"""A duration asked ("Wie lange dauert …?"): a number of years or months answers ("für die Dauer eines
Monats", "drei Minuten"), and so does an end date ("bis Ende 2025")."""
_MONEY = re.compile(
    r"\d[\d.,]*(?:-{1,2}|–)?\s*(?:€|eur\b|euro|mio|mrd|millionen|milliarden|tsd|t€|prozent|%|v\.\s?h\.|punkte|cent)"
    r"|(?:€|eur\b|euro)\s*\d"
)


_SECOND_QUESTION = re.compile(
    r",?\s+(?:und|sowie|oder)\s+(?=(?:wer|wie|was|welche[nrsm]?|wann|wo|wohin|warum|weshalb|wieso|mit welche[mnr]?"
    r"|auf welche[nmr]?|in welche[nmr]?|an wen|von wem|wurde|wurden|hat|haben|ist|gab|gibt)\b)"
)
"""Where a two-part question ("Wer hat …, und wie ging die Abstimmung aus?") starts its second part."""


def first_part(folded: str) -> str:
    """The first of a two-part question: it sets the kind of fact the answer must hold (the second part
    often asks for a detail the documents leave out; its words still rank). A statement that leads in
    before a dash ("X hat die Firma Y beauftragt – was hat der Auftrag gekostet, …?") is no part."""
    return _SECOND_QUESTION.split(_LEAD_IN.sub("", folded), maxsplit=1)[0]


_LEAD_IN = re.compile(
    r"^[^?]*?\s[–—-]\s(?=(?:wer|wie|was|welche[nrsm]?|wann|wo|warum|weshalb|wieso|mit welche[mnr]?|hat|haben|ist"
    r"|sind|wurde|wurden|gab|gibt|kann|soll)\b)"
)
"""A statement before a dash that leads in to the question proper."""


def expected_answer(question: str) -> AnswerKind:
    """What the answer must contain, or ``""`` when any passage on the topic may answer.

    ``money`` (an amount of money or a rate), ``rate`` (a percentage: "Welchen Fördersatz …?"),
    ``amount``, ``date``, ``vote``, ``tally`` (vote counts: "Wie viele stimmten dafür?"),
    ``name`` (a person by name: "Wie heißt die Referentin?"), ``faction`` ("Welche Fraktion …?"),
    ``person`` (a person or body:
    "Wer …?"), ``company`` or ``decision`` (yes/no: was it decided?).
    """
    folded = _INDEPENDENT_OF.sub("", _REPORTED_QUESTION.sub("", fold(question).strip()))
    found = _expected(first_part(folded)) or _expected(folded)
    if not found and _BODY_DID.match(folded) and asks_completed(clauses(question)[0]):
        return AnswerKind.DECISION  # "Hat der Gemeinderat die Parkgebühren hochgesetzt?": whatever the verb
    if found or not is_keyword_query(question):
        return found
    kind = next((kind for kind, pattern in _KEYWORD_VALUES if pattern.search(folded)), AnswerKind.ANY)
    if kind == AnswerKind.MONEY and _HEIGHT_ONLY.search(folded) and not _MONEY_QUESTION.search(folded):
        return AnswerKind.ANY  # "Höhe baulicher Anlagen": the height of a thing, named as the topic
    return kind


_REPORTED_QUESTION = re.compile(
    r"^[^?]*?,\s*(?:wie viele?|wieviele?|wie hoch|wann|ob|welche[nrsm]?|was)\b[^?]*?[.!]\s+(?=[a-z])"
)
"""A statement that leads in by reporting someone's question ("Benden wollte wissen, wie viele Geschäftsleute sich
nicht beteiligen. Was hat der Bürgermeister ihm zugesagt?"): the reported "wie viele" is not what is asked."""
_INDEPENDENT_OF = re.compile(r"\b(?:unabhaengig|ungeachtet)\s+(?:vo[mn]|de[sr])\s+(?:der\s+|dem\s+)?[a-z-]+")
"""What the answer does not depend on ("… unabhängig vom Abstimmungsergebnis?"): not what is asked."""
_BODY_DID = re.compile(
    r"^(?:hat|haben|hatte|hatten|wurde|wurden)\b[^?,]*\b(?:der|die|das|den|im|vom|beim)\s+(?:[a-z]+\s+)?"
    r"[a-z]*(?:rat|ausschuss|kreistag|versammlung|vertretung|beirat|parlament)\b"
)
"""A yes/no question about what a body did ("Hat der Gemeinderat …", "Wurde im Bauausschuss …")."""


def required_by_first_part(question: str) -> bool:
    """Whether the kind of fact :func:`expected_answer` gives is asked by the question's first part
    (or the question has one part): only then must an answer hold it. "Welchen Beschluss fasste der
    Rat, und mit welchem Abstimmungsergebnis?" is answered by the resolution without a vote."""
    folded = fold(question).strip()
    return first_part(folded) == folded or bool(_expected(first_part(folded)))


_HEIGHT_ONLY = re.compile(r"^(?!.*\b(?:gesamtkosten|kosten|preis|kaufpreis|betrag|summe|euro|zuschusshoehe)\b).*\bhoehe\b")
"""A keyword query whose only value noun is "Höhe"."""
_KEYWORD_VALUES = (
    (
        AnswerKind.MONEY,
        re.compile(
            r"\b(gesamtkosten|kosten|preis|kaufpreis|betrag|summe|euro|zuschusshoehe|hoehe)\b"
            r"|\bpro (kubikmeter|quadratmeter|monat|jahr)\b"
        ),
    ),
    (AnswerKind.DATE, re.compile(r"\b(baubeginn|termin|datum|zeitpunkt|inkrafttreten|fertigstellung)\b")),
    (AnswerKind.RATE, re.compile(r"\b(prozent|prozentsatz|quote)\b")),
    (
        AnswerKind.TALLY,
        re.compile(r"\b(gegenstimmen|ja-stimmen|nein-stimmen|enthaltungen|stimmenzahl|gegenvoten)\b|\bstimmen dafuer\b"),
    ),
    (
        AnswerKind.AMOUNT,
        re.compile(r"\b(hektar|quadratmeter|qm|flaechengroesse|groesse|anzahl|laenge|kilometer|einwohnerzahl)\b"),
    ),
)
"""In a keyword query ("Bogen Glasfaser Ausbau Gesamtkosten Euro") a value noun says what is asked."""
_QUESTION_START = re.compile(
    r"^(wer|wem|wen|wessen|was|wann|wo|woher|wohin|warum|weshalb|wieso|wie|welche[nrsm]?|ob|mit|in|an|auf|aus"
    r"|bei|fuer|seit|bis|ab|zu|um|von|hat|haben|hatte|ist|sind|war|waren|wurde|wurden|kann|koennen|gibt|soll"
    r"|sollen|muss|kommt|kriegt|erhaelt|bekommt|stimmt|darf|durften|duerfen"
    r"|is|isses|isch|wird|werden|gab|gabs|gibts|hatten|konnte|konnten|koennte|sollte|sollten|will|wollen|wollte"
    r"|wollten|muessen|musste|mussten|geht|gehts|laeuft|bleibt|steht|gilt)\b"
)
"""Words that open a question as a sentence: question words, prepositions, and the finite verbs a yes/no question
opens with (auxiliaries, modals, a few common verbs; "is" as people type "ist")."""


def is_keyword_query(question: str) -> bool:
    """Whether ``question`` is a string of keywords rather than a sentence (no question mark, no
    question word or verb at its start)."""
    folded = fold(question).strip()
    return "?" not in folded and not _QUESTION_START.search(folded)


_NO_VALUE = re.compile(
    r"^(?:warum|weshalb|wieso|weswegen|aus welche[mn] gr(?:u|ue)nde?n?|mit welche[rn] begruendung)\b"
    r"|^wie weit (?:ist|sind|war|waren|wird|werden)\b[^?]*\b(?:mit|gediehen|fortgeschritten|vorangeschritten"
    r"|vorangekommen|gekommen)\b"
)
"""Questions whose answer is no value: a reason ("Warum konnte … nicht mit abgestimmt werden?") or how far a matter
has come ("Wie weit war die Gemeinde mit den Grundstücken?", "Wie weit sind die Gespräche gediehen?")."""


def _expected(folded: str) -> AnswerKind:
    if _NO_VALUE.search(folded):
        return AnswerKind.ANY
    for kind, pattern in _EXPECTS:
        if pattern.search(folded):
            if (
                kind == AnswerKind.AMOUNT
                and _MONEY_QUESTION.search(folded)
                and not _COUNT_QUESTION.search(folded)
                and not _DURATION_ASKED.search(folded)  # "Wie lang ging die Sitzung (zur Hundesteuer)?": a duration
            ):
                return AnswerKind.MONEY
            return kind
    return AnswerKind.ANY


def holds_precise_answer(kind: AnswerKind, text: str) -> bool:
    """Whether ``text`` tells a vote precisely (counts or unanimity); a finer date did not help (measured)."""
    return kind in (AnswerKind.VOTE, AnswerKind.TALLY) and bool(_VOTE_COUNT.search(fold(text)))


def holds_answer_kind(kind: AnswerKind, text: str, question: str = "") -> bool:
    """Whether ``text`` holds a fact of ``kind``.

    An amount is a number with a unit or a counted noun ("35 Euro", "13 Ja-Stimmen",
    "5.850 Hektar") that the question does not already name; section, paragraph and agenda
    numbers and dates are not amounts.
    """
    if not kind:
        return True
    if kind == AnswerKind.NAME:
        return holds_name(text, question)
    if kind == AnswerKind.COMPANY:
        return holds_company(text, question)
    folded = fold(text)
    if kind == AnswerKind.MONEY:
        first = first_part(fold(question)) if question else ""
        kinds = money_kinds(first)
        total = bool(_TOTAL_ASKED.search(first))
        if not kinds and not total:
            return bool(_MONEY.search(_DATE.sub(" ", folded)))
        return any(
            _MONEY.search(_DATE.sub(" ", sentence))
            and (not kinds or not money_kinds(sentence) or bool(kinds & money_kinds(sentence)))
            and (not total or bool(_TOTAL.search(sentence)))
            for sentence in _SENTENCE_END.split(folded)
        )
    if kind == AnswerKind.AMOUNT:
        if _DURATION_ASKED.search(first_part(fold(question))) and (_WHEN.search(folded) or _DURATION.search(folded)):
            return True
        known = set(re.findall(r"\d+(?:[.,]\d+)*", question))
        without_dates = _DATE.sub(" ", folded)
        without_addresses = _ADDRESS.sub(" ", without_dates)
        if _COUNT_IN_WORDS.search(folded) or _LABELLED_COUNT.search(without_addresses) or _COUNT_SET.search(without_addresses):
            return True
        return any(m.group(1) not in known for m in _NUMBER_WITH_UNIT.finditer(without_addresses))
    if kind == AnswerKind.DATE:
        for known in set(re.findall(r"\d+(?:[./]\d+)*", question)):
            folded = re.sub(rf"(?<![\d.]){re.escape(known)}(?![\d])", " ", folded)
    if kind == AnswerKind.TALLY and (stated := states_asked_side(first_part(fold(question)), folded)) is not None:
        return stated
    return bool(_EVIDENCE[kind].search(folded))



_COUNTED = re.compile(
    r"\bwie ?viele(?:n|r)?\s+(?:der\s+|die\s+)?([a-z][a-z-]+)|\banzahl\s+(?:der\s+|an\s+|von\s+)?([a-z][a-z-]+)"
)
"""The counted noun of "Wie viele Haushalte …?" or of "Anzahl (der) Kinder"."""
SLOT_KINDS = frozenset({AnswerKind.MONEY, AnswerKind.AMOUNT, AnswerKind.RATE})
"""Kinds of fact whose value must stand in one sentence with the thing it belongs to."""


def counted_noun(question: str) -> str:
    """The noun "Wie viele …?" counts (folded), or ``""``: "Wie viele Haushalte …" → "haushalte"."""
    match = _COUNTED.search(first_part(fold(question)))
    return (match.group(1) or match.group(2)) if match else ""


_MONEY_KINDS = {
    "cost": re.compile(r"\bkost|gesamtkost|baukost|investitionskost|\bteuer|aufwand|aufwendung|ausgabe|schaeden|schaden\b"),
    "grant": re.compile(r"zuschuss|zuschuesse|foerder|zuwendung|beihilfe|\bzuschuss"),
    "price": re.compile(r"\bpreis|kaufpreis|verkaufspreis|erloes|\bverkauf"),
    "fee": re.compile(r"gebuehr|\bbeitrag|beitraege|entgelt|\bmiete|pacht"),
}
"""What an amount of money is: a cost, a grant, a price or a fee (on folded text)."""
_TOTAL_ASKED = re.compile(r"insgesamt|gesamt")
_TOTAL = re.compile(r"insgesamt|gesamt|\bsumme\b|zusammen|\btotal\b")
"""A total asked for ("Was zahlen Eltern insgesamt?", "Gesamtkosten") and one stated."""
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def money_kinds(folded: str) -> frozenset[str]:
    """The kinds of money ``folded`` text names (see ``_MONEY_KINDS``)."""
    return frozenset(kind for kind, pattern in _MONEY_KINDS.items() if pattern.search(folded))
