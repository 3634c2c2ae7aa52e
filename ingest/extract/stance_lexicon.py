"""The stance lexicon: German verbs and phrases of council speech mapped to the guide's stances.

Data, not rules. Three parts, consulted by :mod:`ingest.extract.stances` through the verb's lemma
(separable particle included: "hebt … hervor" → ``hervorheben``, "pflichtet … bei" → ``beipflichten``):

* ``VERBS`` – a verb whose stance does not depend on what follows it ("bezweifelt", "moniert", "erkundigt sich");
* ``COMPLEMENTS`` – a verb whose stance lies in its complement: a light verb with a noun or adjective
  ("stellt … in Frage", "gibt zu bedenken", "bringt seine Sorge zum Ausdruck", "hält … für verfehlt",
  "sieht keinen Handlungsbedarf"), a preposition ("spricht sich für / gegen … aus", "setzt sich für … ein"),
  a reflexive ("sorgt sich", "informiert sich") or an object that makes the act chairing ("begrüßt die
  Anwesenden"; "begrüßt den Vorschlag" supports);
* ``NOUNS`` / ``ADJECTIVES`` – the evaluation a noun or adjective carries after such a verb.

Written from the guide's stance table (``shared/corpus-records/RECORDS-GUIDE.md`` section 4) and the usage of
German minutes: befürwortet (support), lehnt ab (opposition), schlägt vor (a proposal or request for action),
fragt an (a question), beantragt (a motion), kritisiert (criticism, doubt, worry, warning), informiert (a
report, explanation, answer), stellt fest (a finding, emphasis, a concession, an opinion stated as fact).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.vocab import Stance

_S, _O, _P, _A = Stance.SUPPORTS, Stance.OPPOSES, Stance.PROPOSES, Stance.ASKS
_M, _C, _I, _F = Stance.MOVES, Stance.CRITICISES, Stance.INFORMS, Stance.STATES

_BY_STANCE: list[tuple[Stance, str]] = [
    # support, agreement, praise
    (
        _S,
        """befürworten unterstützen begrüßen favorisieren präferieren plädieren zustimmen mittragen gutheißen
        billigen bevorzugen loben anschließen beipflichten würdigen anerkennen honorieren wertschätzen
        werben goutieren absegnen beitreten bestärken verteidigen rechtfertigen begründen""",
    ),
    # opposition, refusal, contradiction
    (
        _O,
        """ablehnen widersprechen zurückweisen verwerfen abraten dagegensprechen dagegenhalten bestreiten
        verweigern abweisen opponieren ausschließen""",
    ),
    # motions
    (_M, "beantragen fordern verlangen einbringen einreichen nachbeantragen"),
    # proposals and requests for action
    (
        _P,
        """vorschlagen anregen empfehlen bitten wünschen appellieren auffordern ersuchen nahelegen anraten
        raten drängen dringen pochen anheimstellen ermuntern ermutigen vorschweben anstoßen einfordern""",
    ),
    # criticism, doubt, worry, warning
    (
        _C,
        """kritisieren bemängeln monieren beanstanden rügen bedauern beklagen anmahnen vermissen mahnen warnen
        hinterfragen bezweifeln anzweifeln zweifeln befürchten fürchten beschweren missbilligen tadeln
        anprangern vorwerfen vorhalten einwenden entgegenhalten bemäkeln infragestellen problematisieren
        wundern verwundern kontern schimpfen""",
    ),
    # questions
    (_A, "fragen nachfragen anfragen erkundigen erfragen nachhaken rückfragen"),
    # findings, emphasis, concessions, opinions
    (
        _F,
        """feststellen klarstellen richtigstellen betonen unterstreichen hervorheben herausstellen
        herausstreichen bestätigen festhalten einräumen zugeben zugestehen eingestehen einschätzen konstatieren
        vertreten meinen finden glauben bekräftigen abstellen hinweisen beurteilen bewerten einordnen
        folgern schlussfolgern beteuern klarmachen präzisieren berichtigen argumentieren""",
    ),
    # reports, explanations, answers
    (
        _I,
        """informieren berichten mitteilen erläutern vorstellen ausführen antworten verweisen ergänzen erklären
        schildern erwidern entgegnen darstellen darlegen sagen verlesen vortragen präsentieren
        einführen äußern beantworten eingehen referieren anmerken einwerfen zusammenfassen aufklären sprechen
        verdeutlichen bemerken bejahen verneinen erinnern nennen bekanntgeben ansprechen zeigen angeben
        ankündigen aufzeigen aufführen beschreiben skizzieren umreißen vorrechnen erörtern benennen aufzählen
        unterrichten wiedergeben vorlesen thematisieren anschneiden vorbringen versichern zusichern
        konkretisieren veranschaulichen erzählen resümieren bilanzieren hinzufügen nachtragen kommentieren
        vorausschicken voranstellen anführen anfügen anknüpfen zurückkommen gegenüberstellen rechnen""",
    ),
]

VERBS: dict[str, Stance] = {verb: stance for stance, words in _BY_STANCE for verb in words.split()}
"""Verb lemma (particle included) → stance; a verb listed twice keeps its last stance (*unterstreichen*,
*bekräftigen* state a finding rather than support)."""

_POSITIVE = (
    r"gut|sinnvoll|richtig|vernünftig|notwendig|wichtig|zielführend|angemessen|begrüßenswert|erforderlich|nötig|"
    r"vertretbar|zulässig|geboten|positiv|gelungen|überzeugend|hilfreich|wünschenswert|unterstützenswert|"
    r"zweckmäßig|praktikabel|tragfähig|förderlich|erfreulich|unverzichtbar|sachgerecht|plausibel|ausgewogen|"
    r"gangbar\w*|machbar\w*|akzeptabel|moderat|berechtigt|vermittelbar|umsetzbar|finanzierbar|darstellbar|leistbar|"
    r"dringlich|dringend|vorrangig|lohnend|wertvoll|geeignet|vorteilhaft|nützlich|zukunftsweisend"
)
_WRONG = (
    r"verfehlt|falsch|unnötig|überflüssig|unsinnig|entbehrlich|verzichtbar|unangemessen|unverhältnismäßig|"
    r"unvertretbar|ungeeignet"
)
_REJECTING = _WRONG + r"|nicht (?:\w+ )?(?:" + _POSITIVE + r")"
_DOUBTING = (
    r"problematisch|bedenklich|fragwürdig|kritisch|schwierig|unglücklich|unzureichend|bedauerlich|schade|"
    r"ungenügend|mangelhaft|unbefriedigend|unrealistisch|überzogen|übertrieben|verfrüht|voreilig|"
    r"unausgewogen|ungerecht|unsozial|unfair|missverständlich|irreführend|widersprüchlich|"
    r"zu (?:hoch|teuer|gering|spät|früh|viel|groß|klein|knapp|kurz|lang)"
)
_COPULA = r"\b(?:sei|seien|ist|sind|wäre|wären)\s+(?:(?:sehr|völlig|ganz|absolut|durchaus|außerdem|auch|doch|schlicht)\s+)?"
_NO_PARTICIPLE = r"(?!\s+[a-zäöüß]*(?:ge[a-zäöüß]+(?:t|en)|iert)\b)"
"""Not an adverb before a participle ("ist gut ausgebaut")."""
_GOOD = r"gut|sinnvoll|richtig|vernünftig|zielführend|begrüßenswert|gelungen|überzeugend|hilfreich|erfreulich|tragfähig"
_ARTICLE = r"(?:(?:der|die|das|ein|eine|einen)\s+)?"
_ATTRIBUTE = r"(?:e|en|er|es)?\s+(?:Weg|Lösung|Ansatz|Schritt|Zeitpunkt|Ort|Standort|Vorgehen|Signal|Mittel)\b"
"""The judged noun after an inflected adjective ("der richtige Weg", "eine gute Lösung")."""
_JUDGED = rf"(?:{_ARTICLE}(?:{_GOOD}){_ATTRIBUTE})"
_LAST_COPULA = r"\s+(?:sei|seien|ist|sind|wäre|wären)\b"
"""The copula last in a reported clause ("…, dass dies nicht der richtige Weg sei")."""
PREDICATES: list[tuple[Stance, re.Pattern[str]]] = [
    (
        _O,
        re.compile(
            rf"{_COPULA}(?:nicht\s+(?:(?:{_GOOD})\b|{_JUDGED})|keine?n?\s+{_JUDGED}|(?:{_WRONG})\b){_NO_PARTICIPLE}|"
            rf"\b(?:nicht\s+{_JUDGED}|keine?n?\s+{_JUDGED}){_LAST_COPULA}"
        ),
    ),
    (_C, re.compile(rf"{_COPULA}(?:{_DOUBTING})\b{_NO_PARTICIPLE}")),
    (
        _S,
        re.compile(
            rf"{_COPULA}(?:(?:{_GOOD})\b{_NO_PARTICIPLE}(?!\s*,\s*(?:dass|wenn|zu)\b)|{_JUDGED})|"
            rf"\b(?:der|die|das|ein|eine|einen)\s+(?:{_GOOD}){_ATTRIBUTE}{_LAST_COPULA}"
        ),
    ),
]
"""A judgement in the predicate of a reported clause ("…, die Regelung sei unfair", "das Projekt sei sinnvoll", "sei
nicht zielführend", "sei nicht der richtige Weg", "sei eine gute Lösung"); read after the clause cues of
:mod:`ingest.extract.stances`."""
_FOR = r"(?:für|als)\s+(?:\w+\s+){0,2}?"
_INFLECTED = r"(?:e|en|er|es|em)?\b"
ADJECTIVES: list[tuple[Stance, re.Pattern[str]]] = [
    (_O, re.compile(rf"\b{_FOR}(?:{_REJECTING}){_INFLECTED}")),
    (_C, re.compile(rf"\b{_FOR}(?:{_DOUBTING}){_INFLECTED}")),
    (_S, re.compile(rf"\b{_FOR}(?:{_POSITIVE}){_INFLECTED}")),
]
"""A judgement "für/als …", inflected or not ("für den falschen Weg"), after *halten, erachten, betrachten, bezeichnen, bewerten, einschätzen*."""

_MOODS: list[tuple[Stance, re.Pattern[str]]] = [
    (_O, re.compile(r"\bablehnend\b|\bdagegen\s*$")),
    (
        _C,
        re.compile(
            r"\b(?:enttäuscht|verwundert|besorgt|skeptisch|irritiert|verärgert|unzufrieden|kritisch|befremdet|"
            r"unglücklich|entsetzt|bestürzt|verständnislos)\b"
        ),
    ),
    (
        _S,
        re.compile(
            r"\b(?:erfreut|zufrieden|froh|positiv|angetan|aufgeschlossen|einverstanden|wohlwollend|zustimmend)\b"
            r"|\bdafür\s*$|\bsich\b.*\boffen\b"
        ),
    ),
]
"""How a speaker shows themselves ("zeigt sich enttäuscht", "steht dem Vorhaben positiv gegenüber",
"ist skeptisch", "äußert sich kritisch")."""

NOUNS: list[tuple[Stance, re.Pattern[str]]] = [
    (
        _S,
        re.compile(
            r"\bkein\w*\s+(?:\w+\s+)?(?:Einwände|Einwand|Bedenken|Einwendungen|Vorbehalte|Probleme|Widerspruch)\b"
        ),
    ),
    (_O, re.compile(r"\b(?:Ablehnung|Widerspruch|Widerstand|Einspruch|Veto|Gegenposition)\b")),
    (
        _C,
        re.compile(
            r"\b(?:Kritik|Bedenken|Zweifel|Sorgen?|Befürchtung(?:en)?|Unverständnis|Unmut|Enttäuschung|Skepsis|"
            r"Unzufriedenheit|Verwunderung|Bedauern|Ärger|Einwände|Einwand|Einwendungen|Vorbehalte|Missfallen|"
            r"Irritation|Befremden|Verärgerung)\b"
        ),
    ),
    (
        _S,
        re.compile(
            r"\b(?:Zustimmung|Unterstützung|Einverständnis|Sympathie|Wohlwollen|Freude|Anerkennung|Lob|"
            r"Befürwortung|Zuspruch|Rückendeckung)\b"
        ),
    ),
    (_A, re.compile(r"\b(?:Frage|Fragen|Nachfrage|Anfrage|Rückfrage|Verständnisfrage)\b")),
    (
        _P,
        re.compile(
            r"\b(?:Wunsch|Wünsche|Vorschlag|Vorschläge|Anregung|Anregungen|Bitte|Appell|Empfehlung|Forderung|Idee)\b"
        ),
    ),
    (_M, re.compile(r"\b(?:Antrag|Änderungsantrag|Ergänzungsantrag|Geschäftsordnungsantrag)\b")),
]
"""The evaluation a noun carries after a verb that only expresses or utters ("äußert Bedenken", "bringt seine
Zustimmung zum Ausdruck", "meldet Zweifel an", "hat keine Einwände"); the first that matches decides."""

UTTERING = frozenset(
    "äußern ausdrücken signalisieren üben erheben anmelden formulieren hegen haben aussprechen anbringen "
    "richten unterbreiten aufwerfen bekunden kundtun vorbringen bringen positionieren".split()
)
"""Verbs that only utter a noun of evaluation: the noun decides."""


@dataclass(frozen=True)
class Complement:
    lemmas: frozenset[str]
    pattern: re.Pattern[str]
    stance: Stance | None
    """None: the verb with this complement is no contribution to the matter (chairing, a greeting)."""
    negatable: bool = False
    """True when "nicht" in the clause turns support into opposition ("kann dem Antrag nicht folgen"); the other
    rules carry their negation in the pattern ("sieht keinen Bedarf")."""


def _rule(lemmas: str, pattern: str, stance: Stance | None, negatable: bool = False) -> Complement:
    return Complement(frozenset(lemmas.split()), re.compile(pattern), stance, negatable)


INFORMATION = (
    r"(?:Information|Informationen|Auskunft|Auskünfte|Aufstellung|Übersicht|Auflistung|Darstellung|Antwort|"
    r"Sachstand\w*|Zahlen)"
)
"""What a member may want delivered ("möchte eine Aufstellung der Kosten"): asking, and with a later time a task."""
_PERSONS = (
    r"(?:die |alle |den |das |herzlich |zahlreich )*(?:\w*[Mm]itglieder|Anwesenden|anwesenden|Gäste|Zuhörer\w*|"
    r"Besucher\w*|\w*[Tt]eilnehm\w*|Herrn|Frau|Bürgerinnen|Bürger|Presse|Vertreter\w*|Damen|Referent\w*|Gast|Kolleg\w*|"
    r"\w*[Rr]äte|\w*[Rr]ätinnen)\b"
)
COMPLEMENTS: tuple[Complement, ...] = (
    # greeting people, thanking, asking for the floor, noting: chairing or courtesy, no stance
    _rule("begrüßen", rf"^(?:\S+\s+)?(?:(?:[a-zäöüß]+|\d+)\s+){{0,8}}{_PERSONS}|^(?:konnte|kann|durfte|darf)\b.*?\b{_PERSONS}", None),
    _rule("bitten", r"\bums? (?:das )?Wort\b|\bum\s+(?:\w+\s+)?(?:Verständnis|Nachsicht|Geduld|Abstimmung)\b", None),
    _rule("nehmen", r"\bzur Kenntnis\b", None),
    _rule("melden", r"\bzu Wort\b", None),
    _rule("erklären", r"\b(?:sein|ihr)(?:en)?\s+(?:Ausscheiden|Rücktritt|Austritt|Verzicht)\b", None),  # membership
    _rule("erklären", r"\bsich\b[^.;]*\bbereit\b|\bBereitschaft\b", _S),  # "erklärt sich dazu bereit": agrees to do it
    _rule("erklären", r"\b(?:Einverständnis|Zustimmung|Unterstützung|Befürwortung)\b", _S, negatable=True),  # "erklärt sein Einverständnis"
    _rule("erklären", r"\b(?:Ablehnung|Widerspruch|Einspruch)\b", _O),
    _rule("setzen", r"\bin\s+Verbindung\b", None),  # "setzt sich … mit der Verwaltung in Verbindung": an act
    _rule("aussprechen", r"\b(?:Dank|Glückwünsche?|Gratulation|Beileid)\b", None),
    # preposition decides
    _rule("sprechen aussprechen plädieren positionieren", r"\b(?:da)?gegen\b", _O),
    # pleading for a motion on the table or for carrying out the matter supports it, for a measure of one's own proposes it
    _rule(
        "plädieren",
        r"\bfür\s+(?:den|die|das)\s+(?:\w+\s+)?(?:\w*[Aa]ntrag|\w*[Vv]orlage|\w*[Vv]orschlag|Variante|Empfehlung|Lösung)\b|"
        r"\bfür\s+(?:eine\s+|die\s+|den\s+)?(?:\w+\s+)?(?:Umsetzung|Realisierung|Durchführung|Annahme|Beibehaltung|Erhalt)\b",
        _S,
    ),
    _rule("plädieren", r"\bfür\b|\bdafür\b|^\S+\s+(?:\w+\s+){0,2}?auf\s+(?:\d|eine[nm]?\b)", _P),  # "plädierte auf 50 Prozent"
    _rule("sprechen aussprechen positionieren", r"\b(?:da)?für\b", _S),  # "spricht sich dafür aus, …"
    _rule("einsetzen eintreten starkmachen werben", r"\bfür\b", _S),
    _rule("begründen", r"\b(?:Ablehnung|Gegenstimme|Nein-Stimme|Nein)\b", _O),  # "begründet seine Ablehnung"
    _rule("begründen", r"\b\w*[Aa]ntr(?:ag|äge)\w*\b", _M),  # "begründet den Antrag der Fraktion": the motion's mover
    _rule("bringen", r"\bins\s+Gespräch\b|\bin\s+die\s+Diskussion\b|\bins\s+Spiel\b", _P),  # "brachte … ins Gespräch"
    # "ist gegen die Erhöhung": a stance when the phrase ends the clause ("ist für die Umsetzung zuständig" is no stance)
    _rule("sein", r"^\S+\s+(?:\w+\s+){0,2}?gegen\s+(?:den|die|das|eine[nm]?|diese[nmrs]?)\s+(?:[\w-]+\s+){0,3}?[A-ZÄÖÜ][\w-]*\s*[.!]?$", _O),
    _rule("sein", r"^\S+\s+(?:\w+\s+){0,2}?für\s+(?:den|die|das|eine[nm]?|diese[nmrs]?)\s+(?:[\w-]+\s+){0,3}?[A-ZÄÖÜ][\w-]*\s*[.!]?$", _S),
    _rule("machen", r"\bsich\b.*\bfür\b.*\bstark\b", _S),
    _rule("erhalten bekommen", r"^\S+\s+(?:die|eine)\s+(?:\w+\s+)?(?:Möglichkeit|Gelegenheit)\s*,?$", _I),  # "…, … darzulegen"
    _rule("stehen", r"\bhinter\b", _S),
    # a vote announced ("Seine Fraktion werde für den Antrag stimmen"), not one only thought of ("Man könnte …")
    _rule("stimmen", r"^(?!(?:könnte|könnten|würde|würden)\b).*\b(?:da)?gegen\b", _O),
    _rule("stimmen", r"^(?!(?:könnte|könnten|würde|würden)\b).*\b(?:für|dafür)\b", _S, negatable=True),
    _rule("enthalten", r"\bsich\b", _F),
    _rule(
        "folgen",
        r"\b(?:\w*[Aa]ntrag|Vorschlag|Empfehlung|Argumentation|Auffassung|Ansicht|Vorlage|Ausführungen|Argumenten|"
        r"Einschätzung|Sichtweise|Vorredner\w*|Meinung|Haltung|Position)\w*\b",
        _S,
        negatable=True,
    ),
    _rule("sorgen", r"\bsich\b", _C),
    _rule("ärgern", r"\bsich\b", _C),
    _rule("freuen", r"\bsich\b", _S),
    _rule("informieren", r"^\S+\s+sich\b", _A),
    _rule("interessieren", r"\bsich\b|\bihn\b|\bsie\b", _A),
    _rule("vergewissern", r"\bsich\b", _A),
    _rule("ausgehen", r"\bdavon\b", _F),
    _rule("bestehen", r"^\S+\s+(?:\w+\s+){0,3}?(?:darauf|auf)\b", _P),
    # wanting information is asking ("möchte bis zur nächsten Sitzung eine Aufstellung der Kosten erhalten")
    _rule("mögen möchten wünschen", rf"\b{INFORMATION}\b", _A),
    # a request: for information asks, for support supports, for action proposes
    _rule(
        "bitten erbitten",
        r"\b(?:Auskunft|Auskünfte|Information|Informationen|Erläuterung|Erläuterungen|Aufklärung|Beantwortung|"
        r"Antwort|Mitteilung|Stellungnahme)\b",
        _A,
    ),
    _rule("bitten erbitten", r"\b(?:Zustimmung|Unterstützung)\b", _S),
    _rule("erbitten", r".", _P),
    # light verbs with a fixed phrase
    _rule("stellen", r"\bin\s+Frage\b|\bin\s+Zweifel\b", _C),
    _rule("ziehen", r"\bin\s+Zweifel\b", _C),
    _rule("stellen", r"\bzur\s+(?:Diskussion|Debatte|Disposition)\b", _P),
    _rule("stellen", r"\bzur\s+Abstimmung\b", None),
    _rule("stellen", r"\bin\s+Aussicht\b", _I),
    _rule("stellen", r"\b(?:Frage|Fragen|Anfrage|Nachfrage)\b", _A),
    _rule("stellen", r"\b\w*[Aa]ntrag\b", _M),
    _rule("geben", r"\bzu\s+bedenken\b", _C),
    _rule("geben", r"\bzu\s+verstehen\b|\bzu\s+Protokoll\b", _F),
    _rule("geben", r"\bzu\s+erkennen\b", _I),
    _rule(
        "geben",
        r"\b(?:Auskunft|Auskünfte|Überblick|Einblick|Sachstand|Bericht|Erläuterungen|Hinweis|Hinweise)\b",
        _I,
    ),
    _rule("geben", r"\b(?:Anregung|Anstoß|Empfehlung)\b", _P),
    _rule("geben", r"\b[Rr]echt\b|\b(?:Zustimmung|Einverständnis)\b", _S),
    _rule("abgeben", r"\b(?:Erklärung|Stellungnahme|Statement)\b", _I),
    _rule("bringen", r"\bins\s+Gespräch\b", _P),
    _rule("bringen", r"\bzur\s+Sprache\b|\bin\s+Erinnerung\b", _I),
    _rule("bringen", r"\bauf\s+den\s+Punkt\b", _F),
    _rule("machen", r"\b(?:aufmerksam|geltend|deutlich|klar)\b", _F),
    _rule("machen", r"\b(?:Vorschlag|Vorschläge)\b", _P),
    _rule("machen", r"\b(?:Ausführungen|Angaben|Mitteilung)\b", _I),
    _rule("nehmen", r"\b(?:Stellung|Bezug)\b", _I),
    _rule("übernehmen", r"\b(?:Vorschlag|Anregung|Änderungsvorschlag|Formulierung|Ergänzung)\b", _S),
    _rule("nehmen", r"\bAnstoß\b", _C),
    _rule("nehmen", r"\bAbstand\b", _O),
    _rule("legen", r"\bWert\b|\bans\s+Herz\b", _P),
    _rule("einlegen", r"\b(?:Widerspruch|Einspruch|Veto)\b", _O),
    _rule("aufwerfen", r"\bFragen?\b", _A),
    _rule("teilen", r"\bnicht\b.*\b(?:Auffassung|Meinung|Ansicht|Einschätzung|Position|Sichtweise)\b", _O),
    _rule("teilen", r"\b(?:Bedenken|Sorgen?|Kritik|Befürchtung\w*)\b", _C),
    _rule("teilen", r"\b(?:Auffassung|Meinung|Ansicht|Einschätzung|Position|Sichtweise)\b", _S),
    # seeing a need or none
    _rule(
        "sehen",
        r"\bkein\w*\s+(?:\w+\s+)?(?:Handlungsbedarf|Bedarf|Notwendigkeit|Anlass|Grund|Veranlassung|Sinn|Erfordernis)\b",
        _O,
    ),
    _rule(
        "sehen", r"\bkein\w*\s+(?:\w+\s+)?(?:Probleme?|Bedenken|Schwierigkeiten|Hindernisse?|Gefahr)\b", _F
    ),
    _rule("sehen", r"\b(?:Handlungsbedarf|Notwendigkeit|Erfordernis)\b", _P),
    _rule(
        "sehen", r"\b(?:Probleme?|Schwierigkeiten|Gefahr|Gefahren|Risiken|Risiko|Nachteile?|Defizite)\b", _C
    ),
    _rule("sehen", r"\b(?:Vorteile?|Chancen?)\b", _S),
    _rule("sehen", r"\b(?:das|dies|es)\s+(?:\w+\s+)?anders\b", _O),  # "sieht das anders"
    # "findet es falsch / bedauerlich / gut, dass …": a judgement without "für"
    _rule("finden empfinden", rf"\b(?:es|das|dies)\s+(?:\w+\s+)?(?:{_REJECTING}){_INFLECTED}", _O),
    _rule("finden empfinden", rf"\b(?:es|das|dies)\s+(?:\w+\s+)?(?:{_DOUBTING}){_INFLECTED}", _C),
    _rule("finden empfinden", rf"\b(?:es|das|dies)\s+(?:\w+\s+)?(?:{_POSITIVE}){_INFLECTED}", _S),
    # "fand X zu hoch", "findet den Vorschlag gut": the judgement closes the clause
    _rule("finden empfinden", rf"\b(?:{_REJECTING}){_INFLECTED}\s*[.!]?$", _O),
    _rule("finden empfinden", rf"\b(?:{_DOUBTING}){_INFLECTED}\s*[.!]?$", _C),
    _rule("finden empfinden", rf"\b(?:{_POSITIVE}){_INFLECTED}\s*[.!]?$", _S),
    _rule("halten", r"^\s*(?:\S+\s+)?dagegen\s*(?:[,:]|$)", _O),  # "hält dagegen, dass …"
    # refusing or granting approval ("muss … meine Zustimmung versagen", "erteilte dem eine Absage")
    _rule("versagen verweigern vorenthalten", r"\b(?:Zustimmung|Unterstützung|Einverständnis|Einvernehmen)\b", _O),
    _rule("erteilen", r"\b(?:Absage|Abfuhr)\b", _O),
    _rule("erteilen", r"\b(?:Zustimmung|Zusage|Rückendeckung)\b", _S),
    # demanding: information asks, anything else is a motion ("verlangt Abstimmung über …")
    _rule("verlangen", rf"\b{INFORMATION}\b", _A),
    _rule("verlangen", r".", _M),
)
"""Verbs whose stance lies in their complement; the first rule of the verb that matches its clause decides."""
COMPLEMENTED = frozenset(lemma for rule in COMPLEMENTS for lemma in rule.lemmas)

JUDGING = frozenset(
    "halten erachten betrachten bezeichnen bewerten werten einschätzen einstufen beurteilen finden sehen ansehen "
    "empfinden".split()
)
_AS = r"\bals\s+(?:(?:ein|eine|einen|einer|große[nr]?|echte[nr]?|klare[nr]?|wichtige[nr]?|deutliche[nr]?)\s+){0,2}"
_JUDGED_AS: list[tuple[Stance, re.Pattern[str]]] = [
    (
        _C,
        re.compile(
            rf"{_AS}(?:Mi(?:ss|ß)achtung|Zumutung|Affront|Skandal|Unding|Fehler|Fehlentwicklung|Rückschritt|Versäumnis|"
            r"Benachteiligung|Ungerechtigkeit|Belastung|Problem|Gefahr|Risiko)\b"
        ),
    ),
    (_S, re.compile(rf"{_AS}(?:Chance|Gewinn|Erfolg|Bereicherung|Fortschritt|Verbesserung|Aufwertung|Entlastung)\b")),
]
"""What a judging verb calls the matter ("sieht es als Missachtung der Bezirksversammlung, …", "betrachtet das
Projekt als Chance für den Ort")."""
_SHOWING = frozenset("zeigen äußern geben gegenüberstehen sein stehen erklären".split())
"""Verbs with a mood or attitude ("zeigt sich enttäuscht", "äußert sich kritisch", "steht … positiv gegenüber")."""


_PARTICIPLE = re.compile(r"\s[a-zäöüß]{4,}(?:t|en)\s*\.?$")
"""A clause that ends in a participle or infinitive: *haben* is an auxiliary there ("hat die Frage beantwortet")."""
_PREPOSITION = re.compile(
    r"\b(?:zu|zur|zum|über|nach|auf|an|am|in|im|von|vom|mit|bei|beim|aus|wegen|hinsichtlich|bezüglich)\s+"
    r"(?:\S+\s+){0,2}$"
)


def _is_object(clause: str, at: int) -> bool:
    """True when the noun at ``at`` is the verb's object, not inside a prepositional phrase ("äußert sich zu den
    Fragen der Anwohner")."""
    return not _PREPOSITION.search(clause[:at])


def complement_stance(lem: str, clause: str) -> tuple[Stance | None] | None:
    """The stance a verb (by lemma) takes from its complement in its main ``clause``: ``(stance,)`` when a rule
    decides (``(None,)``: the act is no contribution, e.g. a greeting of the guests), None when none applies."""
    for rule in COMPLEMENTS:
        if lem in rule.lemmas and rule.pattern.search(clause):
            if rule.negatable and rule.stance is _S and re.search(r"\b(?:nicht|kein\w*)\b", clause):
                return (_O,)
            return (rule.stance,)
    if lem in JUDGING:
        for stance, pattern in (*_JUDGED_AS, *ADJECTIVES):
            if pattern.search(clause):
                return (stance,)
    if lem in _SHOWING and (lem in ("gegenüberstehen", "sein") or re.search(r"\bsich\b", clause)):
        for stance, pattern in _MOODS:
            if pattern.search(clause):
                negated = stance is _S and re.search(rf"\b(?:nicht|keineswegs|wenig)\s+(?:\w+\s+)?(?:{pattern.pattern})", clause)
                return (_C,) if negated else (stance,)  # "ist mit der Beantwortung nicht einverstanden": a criticism
    if lem == "haben" and _PARTICIPLE.search(clause):
        return None  # the perfect tense of another verb ("hat die Frage beantwortet")
    if (
        lem in UTTERING
        or (lem == "bringen" and re.search(r"\bzum\s+Ausdruck\b", clause))
        or (lem == "geben" and re.search(r"\bAusdruck\b", clause))
    ):
        for stance, pattern in NOUNS:
            if any(_is_object(clause, match.start()) for match in pattern.finditer(clause)):
                return (stance,)
        if lem == "bringen":
            return (_F,)  # "bringt zum Ausdruck, dass …": the reported clause may still decide
    return None
