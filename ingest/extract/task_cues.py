"""Who must act after the session, by the sentence's grammar: the addressee of a resolution or request, a
speaker's or an office's promise, and sentences that assign nobody (attendance, chairing, requests to the people
present). The patterns :mod:`ingest.extract.open_items` reads a task's owner with."""

from __future__ import annotations

import re

from ingest.extract.common import INNER_DOT
from ingest.extract.referrals import BODY
from ingest.extract.resolutions import ACTOR as _ACTOR
from ingest.extract.stance_lexicon import INFORMATION

ADDRESSED = re.compile(
    r"(?:^|[,;:]\s*|\d\.\s+|^[a-z][.)]\s+)(?:[Dd]er|[Dd]ie|[Dd]as|Herr|Frau)\s+(?P<owner>(?:[\w-]+\s+){0,3}?[\w-]+"
    r"(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*|\s+-\s+[A-ZÄÖÜ][\w-]*)*)?)"
    r"(?:,\s*[A-ZÄÖÜ][^,;.]{1,40},)?\s+(?:wird|werden)\s+"
    r"(?:\w+\s+){0,8}?(?:beauftragt|gebeten|aufgefordert|ermächtigt|bevollmächtigt|ersucht)\b"
)
"""The addressee before the auxiliary, perhaps with a name in apposition ("Der Bürgermeister, Florian Hofmann, wird
bevollmächtigt, …", "Der Bürgermeister wird mit der Einleitung der weiteren erforderlichen Schritte beauftragt."), its
office with the authority it heads ("Die Amtsdirektorin des Amtes Föhr - Amrum wird beauftragt, …")."""

ADDRESSED_INVERTED = re.compile(
    r"\b(?:wird|werden)\s+(?:der|die|das)\s+(?P<owner>(?:[A-ZÄÖÜ][\w-]*\s+){0,2}?[A-ZÄÖÜ][\w-]*)\s+"
    r"(?:\w+\s+){0,3}?(?:beauftragt|gebeten|aufgefordert|ermächtigt|ersucht)\b"
)
"""The addressee after the auxiliary ("Darüber hinaus wird das Jugendamt beauftragt, …")."""

ACTIVE = re.compile(
    r"\b(?:(?:beauftragt|beauftragte|bittet|bat|bitten|baten|ersucht|ersuchte|ermächtigt|fordert|forderte)\s+"
    r"(?:er|sie)?|bitte\s+(?:er|sie))\s*(?:den|die|das)\s+"
    r"(?P<owner>(?:[A-ZÄÖÜ][\w-]*\s+){0,2}?[A-ZÄÖÜ][\w-]*)(?![^.;]*\bum\s+(?:das\s+)?Wort\b)"
)
"""The addressee of a request or commission, in any tense ("bat die Verwaltung, …", "Daher bitte er den Bürgermeister,
…"; the adverb "bitte" without an inverted pronoun is "please"); asking the chair for the floor is none."""

ACTIVE_PERSON = re.compile(
    r"\b(?:beauftragt|beauftragte|bittet|bat|ersucht|ersuchte|fordert|forderte)\s+(?:er\s+|sie\s+)?(?:Herrn|Frau)\s+(?:Dr\.\s+)?"
    r"(?:[A-ZÄÖÜ][\w-]+\s+(?=[A-ZÄÖÜ]))?(?P<owner>[A-ZÄÖÜ][\w-]+)\s*(?:auf\s*|darum\s*)?,[^.;]*?(?:\bzu\s+[a-zäöüß]+en\b|\b[a-zäöüß]+zu[a-zäöüß]{3,}en\b)"
)
"""A person asked to act ("Er bittet Herrn Dr. Gauer, sich den Fall … anzuschauen.")."""

ACTIVE_MIT = re.compile(
    r"\b(?:den|die|das)\s+(?P<owner>(?:[A-ZÄÖÜ][\w-]*\s+){0,2}?[A-ZÄÖÜ][\w-]*)\s+mit\b[^.]{0,200}?\b(?:zu\s+)?beauftragen\b"
)

ACTIVE_INFINITIVE = re.compile(
    r"\b(?:den|die|das)\s+(?P<owner>(?:[A-ZÄÖÜ][\w-]*\s+){0,2}?[A-ZÄÖÜ][\w-]*)\s+zu\s+"
    r"(?:beauftragen|bitten|ermächtigen|ersuchen|verpflichten)\b"
)
"""The addressee of a resolution in the infinitive ("1. den Bürgermeister zu beauftragen, …")."""

PRONOUN_PROMISE = re.compile(
    r"^(?:[^,]{0,80},\s*|(?:[A-ZÄÖÜ]\w*\s+)(?:\w+\s+){0,3}?)?(?:werde|wird|wolle|will)\s+(?:er|sie)\b"
    r"(?![^,]*\b(?:wurde|worden)\b)[^,]*\b(?!ge)[a-zäöüß]{3,}(?:en|ern|eln)\s*(?:\.?$|,\s*(?:dass|damit|um)\b)"
    r"|^(?:Er|Sie)\s+(?:werde|wird|wolle|will)\b(?![^,]*\b(?:nicht|kein\w*)\b)[^,]*\b(?:prüfen|überprüfen|klären|"
    r"geben|weiterleiten|weitergeben|informieren|mitteilen|nachreichen|erkundigen|kümmern|veranlassen|ermitteln|vorlegen|"
    r"einholen|beantworten|nachfragen|nachgehen|ansprechen|einladen|zusenden|zukommen lassen)\s*(?:\.?$|,)"
)
"""A promise or intention of the speaker named before ("Sobald die Auswertung vorliege, werde er hierüber
informieren.", "Darüber hinaus werde er sich einsetzen, dass …", "Nach erfolgter Ausschreibung wolle er dem Stadtrat
… vorlegen.", "Er wird es weiter zur Prüfung geben.")."""
PRONOUN_REPORTED = re.compile(
    r"\bdass\s+(?:er|sie)\s+(?![^,]*\b(?:wurde|worden|nicht|kein\w*)\b)[^,]*?\b(?!ge)[a-zäöüß]{3,}(?:en|ern|eln)\s+"
    r"(?:werde|wolle)\b"
)
"""The same in a reported clause ("Gleichzeitig merkt er an, dass er prüfen werde, ob …")."""
_INDICATIVE_REPORT = re.compile(r"\b(?:wurde|wurden|worden|hatte|hat)\b")


def pronoun_promise(text: str) -> bool:
    """A promise of the speaker named before, by pronoun (:data:`PRONOUN_PROMISE`, :data:`PRONOUN_ZUSAGE`,
    :data:`PRONOUN_REPORTED`); not a report of what was done."""
    return bool(
        (PRONOUN_PROMISE.match(text) and not _INDICATIVE_REPORT.search(text))
        or PRONOUN_ZUSAGE.match(text)
        or PRONOUN_REPORTED.search(text)
    )

PRONOUN_ZUSAGE = re.compile(r"^(?:Er|Sie)\s+(?:sagt|sagte)\b[^,.;:]*\bzu\b\s*(?:[,.;:]|$)")
"""The same by *zusagen* ("Er sagt zu, den Hauptausschuss … zu unterrichten.")."""

PROMISE = re.compile(
    r"^(?:sagt|sagte|sichert|sicherte)\b[^,.;:]*\bzu\b\s*(?:[,.;:]|$|dass\b)|^verpflichte\w*\s+sich\b|"
    r"^(?:wird|werde)\b(?![^,]*\b(?:nicht|kein\w*|zustimmen|ablehnen|stimmen|enthalten|mittragen|folgen)\b)"
    r"[^,]*\b(?:(?!ge)[a-zäöüß]{3,}(?:en|ern|eln)|geben)\s*(?:\.?$|,\s*(?:wie|ob|wann|inwieweit)\b)|"
    r"^(?:setzt|setzte)\s+sich\b.*?\bin Verbindung\b|^(?:nimmt|nahm)\b.*?\bKontakt\b.*?\bauf\b|"
    r"^(?:kümmert|kümmerte)\s+sich\b|^wird\s+sich\b.*?\b(?:kümmern|in Verbindung setzen)\b|"
    r"^(?:lässt|ließ)\b[^.;]{0,120}\bzukommen\s*[.;]?$|"
    r"^(?:erklärt|erklärte|erklären|erklärten)\s+sich\s+(?:\w+\s+){0,2}?bereit\b|"
    r"^(?:erklärt|erklärte|erklären|erklärten|signalisiert|signalisierte)\s+(?:seine|ihre)\s+Bereitschaft\b|"
    r"^(?:bietet|bot|bieten|boten)\s+(?:\w+\s+){0,2}?an\s*,[^.;]*\bzu\s*[a-zäöüß]{3,}en\b|"
    r"^(?:kündigt|kündigte)\s+(?:[\w.-]+\s+){0,5}?an\s*,[^.;]*(?:\bzu\s+[a-zäöüß]{3,}(?:en|rn|ln)|[a-zäöüß]+zu[a-zäöüß]{3,}(?:en|rn|ln))\b|"
    r"^(?:kündigt|kündigte)\s+(?:\w+\s+){0,4}?(?:Bericht|Sachstandsbericht|Vorlage|Stellungnahme|Antwort|Information|"
    r"Konzept|Entwurf)\w*\b[^.;]*\ban\s*[.;]?$|"
    r"^(?:nimmt|nahm)\s+(?:\w+\s+){0,2}?(?:Anregung|Hinweis|Vorschlag|Wunsch|Anliegen)\w*\s+(?:\w+\s+){0,3}?auf\s*[.,]|"
    r"(?:,\s*|\bund\s+)(?:sagt|sagte|sagen|sagten|sichert|sicherte|sichern|sicherten)\b[^,.;:]*\bzu\s*(?:[.;:]|$)|"
    r"^(?:nimmt|nahm|nehmen|nahmen)\s+(?:das|die|den|diese[ns]?|dies|es)\s+(?:(?!und\b)\w+\s+){0,3}?mit\s*[.,;]"
)
"""A named speaker's promise, offer or own follow-up: "sagt zu", "sichert eine Prüfung zu", "wird klären, wie …",
"setzt sich mit der Firma in Verbindung", "nimmt Kontakt … auf", "kümmert sich darum", "lässt ihm die Liste
zukommen", "erklärt sich bereit, …",
"bot an, … zuzugehen", "kündigt an, … vorzulegen", "kündigt den Bericht für die Julisitzung an", "nimmt die Anregung
auf", "…, sagte aber eine Umsetzung zu", "nimmt das Anliegen mit"."""

SELF_COMMIT = re.compile(r"\b(?:[Dd]er|[Dd]ie)\s+(?P<owner>[A-ZÄÖÜ][\w-]*)\s+verpflichte[tn]?\s+sich\b")

_OFFICE = (
    r"\w*[Vv]erwaltung|(?:Ober|Orts)?[Bb]ürgermeister(?:in)?|\w*[Aa]mt|Bauhof|\w*[Ww]erke|Landrat|Landrätin|Kämmerer|"
    r"Kämmerin|Ortsvorsteher(?:in)?|Beigeordnete[r]?|Amtsdirektor(?:in)?|Amtsleiter(?:in)?|Fachbereichsleiter(?:in)?"
)
_FUTURE_ACT = (
    r"(?:wird|werde)\b(?![^,]*\b(?:wurde|worden)\b)[^,]*\b(?!ge)[a-zäöüß]{3,}(?:en|ern|eln)\s*"
    r"(?:\.?$|,\s*(?:wie|ob|wann|welche\w*|wer|was|inwieweit)\b)"
)
OFFICE_PROMISE = re.compile(
    rf"^(?:Die|Der|Das)\s+(?P<owner>{_OFFICE})\s+(?:{_FUTURE_ACT}|"
    r"(?:sagt|sagte|sichert|sicherte)\b[^,.;:]*\bzu\b\s*(?:[,.;:]|$))|"
    rf"^[A-ZÄÖÜ][\w\s]{{0,30}}?\b(?=wird\s+(?:die|der|das)\s+(?:{_OFFICE})\b)(?:wird|werde)\s+(?:die|der|das)\s+"
    rf"(?P<owner2>{_OFFICE})\b(?![^,]*\b(?:wurde|worden)\b)[^,]*\b(?!ge)[a-zäöüß]{{3,}}(?:en|ern|eln)\s*\.?$"
)
"""An office's promise in the future tense ("Die Verwaltung wird dies bis zur nächsten Sitzung klären", "Das Amt
werde die Statistik bei der Polizei anfordern", "Der Ortsvorsteher wird mit dem Eigentümer Kontakt aufnehmen", after
an adverb: "Hierzu wird die Verwaltung eine Vorlage erarbeiten") or by *zusagen* ("Das Bezirksamt sagt zu, …")."""

REPORTED_OFFICE_PROMISE = re.compile(
    rf"\bdass\b[^.;]{{0,80}}?\b(?:die|der|das)\s+(?P<owner>{_ACTOR})\s+(?![^.;]*\b(?:nicht|kein\w*)\b)[^.;,]*?"
    r"\b(?!ge)[a-zäöüß]{3,}(?:en|ern|eln)\s+(?:werde|wird)\b"
)
"""An office's promise a speaker reports in a verb-final clause ("stellt fest, dass unabhängig vom Ausgang der
Abstimmung die Verwaltung die Einladung übernehmen werde")."""

REPORTED_OWN_PROMISE = re.compile(
    r"\bdass\s+(?:man|wir)\b(?![^.;]*\b(?:nicht|kein\w*)\b)[^.;,]*?\b(?!ge)[a-zäöüß]{3,}(?:en|ern|eln)\s+"
    r"(?:werde|werden|wird)\b|"
    r",\s*(?:man|wir)\s+(?:werde|werden|wird)\b(?![^.;]*\b(?:nicht|kein\w*)\b)[^.;,]*?\b(?!ge)[a-zäöüß]{3,}(?:en|ern|eln)\s*(?=[.;]|$)"
)
"""The speaker's own promise in a reported clause ("antwortet Herr Bergmann, dass man den Kontakt auf jeden Fall suchen
werde", "…, man werde dies beim Land anfragen")."""

REPORTED_FORWARD = re.compile(
    r"(?:\bdass\s+|,\s*|\baber\s+)(?:er|sie|man|wir)\b(?![^.;]*\b(?:nicht|kein\w*)\b)[^.;]{0,80}?\b"
    r"(?:weitergebe|weiterleite|weiterreiche|(?:wird|werde)\b[^.;]{0,60}?\bweiter(?:geben|leiten|reichen))\b|"
    r"(?:,\s*|\bdass\s+)(?:die|der|das)\s+(?![^.;]*\b(?:nicht|kein\w*)\b)[^.;]{3,80}?\b(?:würden|werden|werde|wird)\b"
    r"[^.;]{0,80}?\b(?:weitergeleitet|weitergegeben|zugeleitet|zugestellt|übermittelt)\b"
)
"""A speaker's word that they will pass a matter on ("…, er die Anregung aber gerne weitergebe", "sagte, die Fragen
würden der Versammlungsbehörde zugestellt"): their task."""

ATTENDANCE = re.compile(
    r"\b(?:verspäte\w*|teilnehmen|fernbleiben|erscheinen|eintreffen|hinzukommen|dazukommen|nachkommen|"
    r"später\s+kommen|(?:Sitzung|Saal|Raum)\s+verlassen)\s*\.?$|"
    r"\b(?:Sitzung|Diskussion|Aussprache|Debatte)\b[^.]*\b(?:eröffnet|unterbrochen|geschlossen|fortgesetzt)\b"
)
"""A member's attendance announced in the future tense ("wird sich um einige Minuten verspäten") or the session's
own course ("Die Sitzung soll dann … unterbrochen werden"): no task after the session."""

PROMISED = re.compile(
    rf",\s*(?:was|dies|das)\s+(?:(?:von\s+Seiten|seitens|von)\s+(?:der|des|dem)\s+(?P<owner>{_ACTOR})\s+(?:auch\s+)?"
    rf"zugesagt\s+(?:wurde|wird)|(?:die|der|das)\s+(?P<owner2>{_ACTOR})\s+(?:auch\s+)?zusagte)\b"
)
"""A request the office promised in a relative clause ("… bat, den Artikel allen Mitgliedern zukommen zu lassen, was
von Seiten der Verwaltung zugesagt wurde")."""

EXPECTS_OFFICE = re.compile(
    rf"\b(?:erwartet|erwartete|fordert|forderte|verlangt|verlangte)\b[^.;]{{0,40}}?,?\s*dass\s+(?:die|der|das)\s+"
    rf"(?P<owner>{_ACTOR})\b[^.;]*\b[a-zäöüß]{{3,}}(?:t|en)\b"
)
"""A member expecting or demanding that an office act ("erwartet, dass die Verwaltung … die Planungen vorstellt")."""

ASKS_FOR_LATER = re.compile(
    r"\b(?:bittet|bat|schlägt|schlug|regt|regte)\b(?:[^,.;]|(?<=[A-Z][a-z])\.){0,60},"
    r"(?=[^.;]*\b(?:nächste|kommende|folgende)[nr]?\s+\w*[Ss]itzung)[^.;]*\b(?!(?:zu\s+)?(?:verschieben|vertagen|verweisen)\b|(?:zurück|ab)zu)"
    r"(?:zu\s+[a-zäöüß]+en|[a-zäöüß]+zu[a-zäöüß]{3,}en)\b"
)
"""A member asking for something to be done in a later session ("bittet darum, im Rahmen einer kommenden
Gremiensitzung einen Sachstand … vorzutragen", "schlägt vor, in der nächsten Sitzung … einen Sachstand
vorzutragen"): a task for the administration, which prepares the sessions. A request to defer the item is no task
of its own: the deferral, when the body agrees, is (:data:`ingest.extract.referrals.DEFERRED`)."""

NO_ADDRESSEE = (
    r"(?:Anwesenden|Zuhörer|Gäste|Mitglieder|Besucher|Einwohner(?:in|innen)?|Bürger(?:in|innen)?|Stadtvertreter\w*|"
    r"Gemeindevertreter\w*|Stadtverordnete\w*|Ratsmitglieder|Ratsherren|"
    r"Beschluss|Antrag|Vorlage|Punkt|Thema|Tagesordnung\w*|Angelegenheit|Sache|Frage)\b"
)
"""Who is asked in the session itself (the citizens, the members present) or what is no actor ("bittet den Beschluss
… zu überdenken")."""

AGREED = re.compile(
    r"(?:\b(?:einig\w*|verständig\w*)\s+sich\b|\bsich\b[^.;]{0,40}?\b(?:geeinigt|verständigt)\b|"
    r"\b(?:kommt|kommen|kam|kamen)\s+(?:\w+\s+)?überein\b|\b(?:wird|werden|wurde|wurden)\s+(?:vereinbart|beschlossen)\b)"
    rf"[^.;]*?(?:\bdass\s+(?:(?:die|der|das)\s+(?P<owner>{_ACTOR})\b|(?:Herr|Frau)\s+(?P<person>[A-ZÄÖÜ][\w-]+)\b|"
    r"(?P<named>[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\w-]+)\s+(?:und\s+[A-ZÄÖÜ]|[a-zäöüß]))?|"
    r",\s*[^,.;]*\b(?:zu\s+[a-zäöüß]+en|[a-zäöüß]+zu[a-zäöüß]+en)\b)"
)
"""What the members agree or resolve someone will do ("Es wird sich darauf verständigt, dass künftig …", "Man einigt
sich darauf, dass die Verwaltung … einholt", "Der Ausschuss kommt überein, das Thema … erneut aufzurufen", "Vom
Ortsteilrat wurde beschlossen, dass Mareike Fiebig-Böhmer … vornimmt"): the owner is the actor or person of the
clause, else the administration."""

LATER_ANSWER = re.compile(
    r"\b(?:Beantwortung|Antwort|Stellungnahme)\b[^.;]{0,40}?\b(?:erfolgt|erfolgen|soll|sollen|wird|werden|kommt)\b"
    r"[^.;]{0,60}?\b(?:schriftlich|nachträglich|nächsten\s+Sitzung|im\s+Nachgang)|"
    r"\b(?:wird|werden)\b[^.;]{0,60}?\b(?:(?:schriftlich|nachträglich|im\s+Nachgang(?:\s+zur\s+Sitzung)?)\s+beantwortet|"
    r"nachgereicht|nachgeliefert|"
    r"in\s+Kenntnis\s+gesetzt)\b"
)
"""A question answered after the session ("Die Beantwortung erfolgt schriftlich.", "Die Antwort soll schriftlich
kommen.", "die Antwort wird zur nächsten Sitzung nachgereicht", "Die Anfrage wird schriftlich beantwortet.", "… wird
aufgrund ihres Umfangs im Nachgang zur Sitzung beantwortet."): a report still owed, by the agent the sentence names
("durch das Bezirksamt"), else the administration (:func:`ingest.extract.plans.planned_owner`)."""

_ADDRESSEE = r"(?P<owner>(?:[A-ZÄÖÜ][\w-]*\s+){0,2}?[A-ZÄÖÜ][\w-]*)"
_TO_DO = r"[^.;]*?(?:\bzu\s+[a-zäöüß]+n\b|\b[a-zäöüß]+zu[a-zäöüß]{3,}n\b|\bum\s+(?:die\s+)?[A-ZÄÖÜ]\w+ung\b)"
COMMISSIONED_BEFORE = (
    re.compile(
        rf"\b(?:beauftragte|beauftragten|bat|baten|ersuchte|ersuchten|ermächtigte|ermächtigten|verpflichtete|"
        rf"verpflichteten|forderte|forderten)\s+(?:er\s+|sie\s+)?(?:den|die|das)\s+{_ADDRESSEE}\b{_TO_DO}"
    ),
    re.compile(
        rf"\b(?:hat|hatte|haben|hatten|habe|hätte|hätten)\b[^.;]{{0,200}}?\b(?:den|die|das)\s+{_ADDRESSEE}\s+(?:\w+\s+){{0,3}}?"
        rf"(?:beauftragt|gebeten|ersucht|ermächtigt|aufgefordert|verpflichtet)\b(?!\s+(?:werden|worden|wird|wurde)\b){_TO_DO}"
    ),
    re.compile(
        rf"\b(?:den|die|das)\s+{_ADDRESSEE}\s+(?:\w+\s+){{0,3}}?(?:beauftragt|gebeten|ersucht|ermächtigt|aufgefordert)\s+"
        rf"(?:hat|habe|hatte|haben|hätte|hätten)\s*,{_TO_DO}"
    ),
    re.compile(
        rf"(?:^|[,;:]\s*|\bund\s+)(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?P<owner>{_ACTOR})\s+(?:wurde|wurden)\s+(?:\w+\s+){{0,4}}?"
        rf"(?:beauftragt|gebeten|ersucht|aufgefordert|ermächtigt)\b{_TO_DO}"
    ),
    re.compile(
        rf"\b(?:wurde|wurden)\s+(?:der|die|das)\s+(?P<owner>{_ACTOR}|Fraktionen|Fraktion)\s+(?:\w+\s+){{0,4}}?"
        rf"(?:beauftragt|gebeten|ersucht|aufgefordert|ermächtigt)\b{_TO_DO}"
    ),
)
"""A task given in the preterite or the perfect, as minutes written as a report state it ("Der Gemeinderat
beauftragte die Verwaltung, …", "… hat … zugestimmt und die Verwaltung beauftragt, das Verfahren durchzuführen",
"Die Verwaltung wurde gebeten, …"): the same task as "beauftragt die Verwaltung", whatever the tense. The
addressee is read as for the present; a task the sentence dates to an earlier session is no new one
(:data:`EARLIER`)."""

PROMISED_BEFORE = re.compile(
    rf"^(?:(?:Die|Der|Das)\s+(?P<office>{_ACTOR})\s+)?(?:hat|hatte)\b[^.;]{{0,160}}?\b(?:zugesagt|zugesichert|versprochen)\b|"
    r"^(?:versprach|versprachen|verspricht)\b|"
    rf"(?:,\s*|\bdass\s+)(?:die|der|das)\s+(?P<reported>{_ACTOR})\s+(?:habe|hat|hätte|hatte)\b[^.;]{{0,160}}?"
    r"\b(?:zugesagt|zugesichert)\b"
)
"""A promise in the perfect or by *versprechen* ("Das Landratsamt hat eine Überprüfung zugesagt", "Frau Kunz
versprach, …", reported: "…, das Tiefbauamt habe die Ausbesserung zugesagt"), read like "sagt zu"; the owner is the
office the sentence names or the named speaker."""

EARLIER = re.compile(
    r"\b(?:Sitzung|Beschluss|Schreiben)\s+vom\b|\b(?:bereits|damals|seinerzeit|zuvor|ursprünglich)\b|"
    r"\b(?:letzten|vorigen|vergangenen|früheren)\s+(?:\w+\s+)?(?:Sitzung|Jahr|Jahres|Monat)\b|"
    r"\b(?:im\s+(?:Jahr\s+|Jahre\s+)?|seit\s+)(?:19|20)\d\d\b"
)
"""What dates a reported task, before its addressee, to before the session ("In der Sitzung vom 12.03.2019 hatte der
Rat die Verwaltung beauftragt, …", "Bereits im Jahr 2018 hatte der Rat …"): background, no task from this session."""
ORDERED = re.compile(
    r"\b(?:gab|gaben|gibt|geben)\b[^.;]{0,160}?\bin\s+Auftrag\b|\bin\s+Auftrag\s+(?:gegeben|zu\s+geben)\b"
    r"(?:[^.;]{0,80}?\ban\s+(?:die\s+|das\s+)?(?P<owner>(?:Firma|Fa\.|Büro|Ingenieurbüro|Planungsbüro|Architekturbüro)\s+[A-ZÄÖÜ][\w-]*))?"
)
"""Work commissioned ("gab man die Fertigstellung der Unterlagen in Auftrag", "wird … an das Büro X in Auftrag
gegeben"): whoever carries it out has a task still open; without a named contractor the office that orders it."""
FOR_ASSENT = re.compile(r"^\s*(?:\w+\s+){0,2}?um\s+(?:(?:die|ihre|seine|deren|dessen)\s+)?(?:Zustimmung|Unterstützung|Verständnis)\b")
"""What a body is asked for in the session itself: its assent, support or understanding."""

_REQUESTED_WORK = (
    r"(?:Über)?[Pp]rüfung|Klärung|Erstellung|Bereitstellung|Erarbeitung|Ausarbeitung|Weiterleitung|Umsetzung|Ergänzung"
    r"|Überarbeitung"
)
"""Work asked for; a list or figures asked for ("bittet um eine Aufstellung der Stromverbräuche") is a question."""
REQUESTS = (
    re.compile(
        r"\b(?:bittet|bat)\s+(?:\w+\s+){0,2}?(?:darum\s*,\s*(?!dass\b)|(?:dem|der|den)\s+\w+\s+)"
        r"(?![^.;]*\b(?:Wort|Zustimmung|Verständnis|Abstimmung)\b)[^.;]*?(?:\bzu\s+(?:stellen|benennen|übersenden|"
        r"zusenden|schicken|erstellen|erarbeiten|prüfen|überprüfen|klären|vorzulegen|vorlegen|geben|nennen|informieren|berichten|"
        r"erwähnen|einholen|einladen|kontaktieren|beantragen|veranlassen|ermitteln|untersuchen|berücksichtigen|darstellen|"
        r"erläutern|kümmern)\b"
        # a particle verb's infinitive ("sich beim Landkreis für die Sanierung einzusetzen"), not a vote asked for
        r"|(?<!\bnicht)\s(?!(?:zuzustimmen|abzulehnen|anzunehmen|abzustimmen|abzuwarten|abzusetzen|zurückzustellen|zurückzuziehen|fortzufahren|fortzusetzen|anzuschließen|beizutreten|einzutreten)\b)[a-zäöü]{2,6}zu[a-zäöüß]{3,}(?:en|rn|ln)\s*[.;])"
        r"|\b(?:aktiv|tätig)\s+zu\s+werden\b"
    ),
    re.compile(rf"\b(?:bittet|bat|bitten|baten)\s+(?:\w+\s+){{0,2}}?um\s+(?:die\s+|eine\s+)?(?:[a-zäöüß]\w*\s+)?(?:{_REQUESTED_WORK})\b"),
    re.compile(
        r"\b(?:bittet|bat|bitten|baten)\s+(?:\w+\s+){0,2}?darum\s*,\s*dass\s+(?:die|der|das)\s+"
        r"(?P<owner>[A-ZÄÖÜ][\w-]*)\b(?![^.;]*\b(?:nicht|kein\w*)\b)[^.;]*\b[a-zäöüß]{3,}(?:t|e|en)\s*[.;]"
    ),
    re.compile(rf"\b(?:[Dd]ie|[Dd]er|[Dd]as)\s+(?P<owner>{_ACTOR})\s+(?:erhält|erhielt|bekommt|bekam)\s+den\s+Auftrag\b"),
    # information wanted by a later session ("möchte bis zur nächsten Sitzung eine Aufstellung der Kosten erhalten")
    re.compile(
        r"\b(?:möchte|möchten|wünscht|wünschte|erbittet|erbat)\b(?![^.;]*\b(?:nicht|kein\w*)\b)"
        r"(?=[^.;]*\b(?:nächsten|kommenden|bis\s+(?:zum|zur|Ende|Mitte|Anfang|\d)))"
        rf"[^.;]{{0,100}}\b{INFORMATION}\b"
    ),
    re.compile(rf"\b(?:gibt|gab|erteilt|erteilte)\s+(?:der|dem|den)\s+(?P<owner>{_ACTOR})\s+den\s+Auftrag\b"),
    re.compile(
        rf"\b(?:Auftrag|Arbeitsauftrag|Prüfauftrag)\s+(?:de[rs]\s+[\w-]+\s+)?an\s+(?:den|die|das)\s+(?P<owner>{_ACTOR})\s*,"
        r"(?![^.;]*\b(?:nicht|kein\w*)\b)[^.;]*?\bzu\s+[a-zäöüß]+(?:en|rn|ln)\b"
    ),
    re.compile(
        rf"\b(?:empfiehlt|empfehlen)\s+(?:\w+\s+){{0,3}}?(?:dem|der)\s+(?P<owner>{BODY}(?:\s+für\s+[A-ZÄÖÜ][\w-]*"
        r"(?:\s+und\s+[A-ZÄÖÜ][\w-]*)?)?)\s*,[^.;]*?(?:\bzu\s+[a-zäöüß]+(?:en|rn|ln)|\b[a-zäöüß]+zu[a-zäöüß]{3,}(?:en|rn|ln))\b"
    ),
)
"""A member asking for work ("bittet um Überprüfung der Zahlen": the administration's), asking that someone act ("bat
darum, dass der Kreisjugendring im Herbst … berichte"), an office given a commission ("Die Verwaltung erhält den
Auftrag, …", "gibt der Verwaltung den Auftrag, …", "der Auftrag des Rats an die Stadtverwaltung, … zu regeln"), a body
recommending a task to another ("empfiehlt dem Rat, die Gesamtschule … sechszügig zu führen": the other body decides)."""

INTENDS = re.compile(
    rf"^(?![^.;]*\b(?:nicht|kein\w*)\b)(?:(?:Die|Der|Das)\s+(?P<owner>{_OFFICE})\s+(?:beabsichtigt|beabsichtige|plant|plane)\b|"
    rf"[^.;]*\b(?:beabsichtigt|beabsichtige|plant|plane)\s+(?:die|der|das)\s+(?P<owner2>{_OFFICE})\b)"
    r"[^.;]*(?:\bzu\s+[a-zäöüß]{3,}(?:en|ern|eln)|\b[a-zäöüß]+zu[a-zäöüß]{3,}(?:en|ern|eln))\s*[.;]?$"
)
"""An office's intention to act ("Die Verwaltung beabsichtigt, die Zahlen mit dem Gutachter abzugleichen", "…
beabsichtige die Verwaltung mit dem Gutachter abzugleichen")."""
WANTS = re.compile(
    rf"^(?![^.;]*\b(?:nicht|kein\w*)\b)(?:(?:Die|Der|Das)\s+(?P<owner>{_OFFICE})\s+(?:will|wolle|wollen)\b|"
    rf"[^.;,]*\b(?:will|wolle|wollen)\s+(?:die|der|das)\s+(?P<owner2>{_OFFICE})\b)"
    r"[^.;,]*\s(?!(?:sein|haben|werden|bleiben|wissen|erreichen|vermeiden)\b)[a-zäöüß]{3,}(?:en|ern|eln)\s*(?:,|[.;]?$)"
)
"""An office's will to act, the infinitive closing its clause ("Auch will die Verwaltung … prüfen, ob …", "Die
Stadtverwaltung will die Anlieger im Frühjahr anschreiben.")."""
RELATIVE_PROMISE = re.compile(
    rf"(?:(?P<owner>(?:Herrn?|Frau)\s+(?:Dr\.\s+)?[A-ZÄÖÜ][\w-]+)|(?:die|der|das|den|dem)\s+(?P<office>{_OFFICE}))\s*,\s*"
    r"(?:der|die|das)\s+(?![^.;]*\b(?:nicht|nichts|nie|kein\w*|heute|jetzt)\b)[^.;,]*?\b(?:(?!ge)[a-zäöüß]{3,}(?:en|ern|eln)|geben)\s+(?:wird|werde)"
    r"\s*(?:[.;]|$)"
)
"""A promise in a relative clause after the person or office it binds ("verweist ihn an Herrn Roth, der ihm nach der
Sitzung gerne Auskunft geben wird", "an das Bauamt, das die Unterlagen nachreichen wird"); not what is done in the
session itself ("Frau Lutz, die heute das Protokoll führen wird")."""
BY_LATER = re.compile(
    r"^(?!.*\b(?:nicht|kein\w*|wurde|wurden|worden)\b)[^.;]*\b(?:wird|werden)\b[^.;]*\bseitens\s+(?:der|des|dem)?\s*"
    rf"(?P<by>[A-ZÄÖÜ][\w.{INNER_DOT}-]*(?:\s+[A-ZÄÖÜ][\w-]+)?)[^.;]*\b(?:rechtzeitig|zeitnah|vorab|vorher|demnächst|umgehend"
    r"|im\s+Vorfeld)\b[^.;]*\b(?:ge[a-zäöüß]+[tn]|[a-zäöüß]+iert)\s*\.?$"
)
"""A passive act with its agent still to come ("Die Anwohner werden seitens der Stadtwerke rechtzeitig informiert.");
the agent may be abbreviated ("Fa. Kunz", its period masked as :data:`ingest.extract.common.INNER_DOT`)."""

COMPLIED = re.compile(r"\b(?:Wunsch|Bitte|Anregung|Forderung|Anliegen|Aufforderung|Verpflichtung)\b")
"""What is complied with: "Dem Wunsch wird die Verwaltung nachkommen" is no member coming late."""
PROMISED_PASSIVE = re.compile(
    r"^(?!.*\b(?:nicht|kein\w*)\b)(?:[^.;]*\b(?:von|vom|durch|[Vv]on\s+[Ss]eiten|[Ss]eitens)\s+(?:der\s+|des\s+|dem\s+|den\s+)?"
    r"(?P<by>[A-ZÄÖÜ][\w-]+)\s+)?"
    r"[^.;]*\b(?:wird|werden|wurde|wurden)\b[^.;]{0,60}\b(?:zugesagt|zugesichert|versprochen(?=\s*,))"
)
"""A promise in the passive ("Eine Prüfung wird zugesagt.", "Die Reparatur wurde vom Bauhof zugesichert", "Von Seiten
des LBM wurde versprochen, …")."""
AWAITED = re.compile(
    r"^(?!.*\b(?:nicht|kein\w*)\b)[^.;]*\b(?:Antwort|Stellungnahme|Rückmeldung|Entscheidung|Bescheid|Auskunft)\s+"
    r"(?:des|der|vom|von)\s+(?:\w+\s+)?(?P<owner>[A-ZÄÖÜ][\w-]+)\s+(?:wird|werden|steht|stehen)\s+(?:\w+\s+)?"
    r"(?:erwartet|aus)\b"
)
"""An answer still awaited from someone ("Antwort des Landrates wird noch erwartet", "Die Stellungnahme des Kreises steht
noch aus"): they owe it."""
APPOINTED = re.compile(
    r"\b(?:wird|werden|wurde|wurden)\s+(?:ein|eine|einen)\s+(?:\w+\s+)?(?:Ortstermin|Termin|Gespräch|Treffen|"
    r"Ortsbegehung|Besichtigung|Begehung)\w*\s+vereinbart\b"
)
"""A meeting agreed ("Es wird ein Ortstermin vereinbart."): someone has to hold it."""
COMMISSIONED = re.compile(
    r"^(?![^.;]*\b(?:bereits|schon|damals|seinerzeit)\b)(?:(?:Der|Die|Das)\s+)?"
    r"(?P<owner>(?:[A-ZÄÖÜ][\w-]*\s+){0,2}?[A-ZÄÖÜ][\w-]*)\s+(?:wurde|wurden)\s+"
    r"(?:(?:\w+\s+){0,3}?(?:beauftragt|gebeten|aufgefordert)\s*,"
    r"[^.;]*?(?:\bzu\s+[a-zäöüß]+en\b|\b[a-zäöüß]+zu[a-zäöüß]{3,}en\b)|(?P<request>um)\s+[^.;]{3,120}?\s+gebeten\s*[.;]?\s*$)"
)
"""A commission told in the past, as reports of a session write it ("Jürgensen wurde beauftragt, einen entsprechenden
Brief nach Elmshorn zu schicken.", an office "um Anpassungen des Entwurfs gebeten"): given in the session, to be done
after it; not one done before ("bereits")."""
WORK_PASSIVE = re.compile(
    r"^(?!.*\b(?:nicht|kein\w*)\b)[^.;]*\b(?:soll|sollen|solle)\b[^.;]{0,100}\b(?:vorgestellt|geprüft|überprüft|"
    r"konkretisiert|geklärt|erarbeitet|überarbeitet|vorgelegt|nachgereicht|ausgewertet|beantwortet|aktualisiert|"
    r"korrigiert|nachgeholt|weitergeleitet|eingeholt|nachgefragt|angefragt|befragt|angeschrieben|kontaktiert|"
    r"informiert|benachrichtigt|ermittelt|untersucht|eingearbeitet|ergänzt|erstellt|durchgeführt|organisiert|angesetzt|"
    r"anberaumt|eingeladen|beantragt|eingeplant|ausgeschrieben)\s+werden\b"
)
"""Work that is to be done, in the modal passive ("Die Grundzüge der Planung sollen in einer Bürgerveranstaltung
vorgestellt werden", "Die Anfrage soll nun … konkretisiert werden", "Die Grundstücksinteressierten sollen befragt werden"): the
administration's, without a time named."""

DELIBERATION_PASSIVE = re.compile(
    r"^(?!.*\b(?:nicht|kein\w*)\b)[^.;]*\b(?:soll|sollen|solle)\b[^.;]{0,120}\b(?:beraten|besprochen|gesprochen|"
    r"diskutiert|erörtert|behandelt)\s+werden\b"
)
"""A deliberation that is to take place, in the modal passive ("So soll im Ausschuss für Soziales über eine
Gesundheitskarte gesprochen werden", "…, solle die Neubauentscheidung nochmals im Gemeindevorstand beraten werden"):
the task of the body it takes place in, where the sentence names one."""

OFFICIAL = re.compile(r"(?i)leiter|amt|verwaltung|bürgermeister|kämmerer|dezernent|referent|beigeordnet|geschäftsführer")
"""Roles of the administration: what such a speaker says will be done at a named time is the administration's
task ("Laut Ordnungsamtsleiter X sollen sie Anfang Mai aufgebracht werden")."""
