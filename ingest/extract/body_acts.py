"""A body that resolves, in any tense and word order, read by the verb's lemma: "Der Gemeinderat genehmigte den
Bauantrag", "Der Stadtrat hat einen ergänzenden Zuschuss … bewilligt", "Einstimmig stimmte das Gremium zu", "Dem
Bauantrag wurde zugestimmt", "Gewählt wurde Erwin Stötter" — the same resolution as "Der Gemeinderat beschließt".
Minutes written as a report (a town's website, a press summary) give the council's decisions so; a surface list of
present-tense forms misses them."""

from __future__ import annotations

import re

from ingest.extract.lemmas import joined_clause, lemma, main_clause, tokens, verb_lemma

RESOLVING = frozenset(
    "beschließen genehmigen bewilligen billigen zustimmen ablehnen verabschieden annehmen vergeben bestätigen "
    "befürworten wählen festlegen festsetzen anerkennen bestellen ernennen berufen unterstützen entsenden".split()
)
"""Verbs by which a body resolves (by lemma, particle included), appointing among them ("bestellte das Gremium drei
weitere Stellvertreter", "Herr X wurde in den Aufsichtsrat entsandt")."""
_BODY_SUBJECT_ONLY = frozenset("bestellen ernennen berufen unterstützen".split())
"""Verbs that resolve with a body as subject only: appointing ("Die Geräte wurden bestellt" is a purchase) and support
("Eine deutliche Mehrheit des Kreistages unterstützte die Antragstellerin"; "wird vom Land unterstützt" is a grant)."""
_PASSIVE_RESOLVED = (RESOLVING - _BODY_SUBJECT_ONLY) | frozenset(
    "wählen wiederwählen stattgeben vertagen zurückstellen festlegen festsetzen entschieden".split()
)
"""Participles that resolve with "wurde"/"wird" whatever their subject ("Gewählt wurde …", "Der Termin wurde
festgelegt")."""
_OBJECT_ACTS = {
    "erteilen": re.compile(r"\b(?:Einvernehmen|Zustimmung|Genehmigung|Zuschlag|Auftrag)\b"),
    "versagen": re.compile(r"\b(?:Einvernehmen|Zustimmung|Genehmigung)\b"),
    "verweigern": re.compile(r"\b(?:Einvernehmen|Zustimmung|Genehmigung)\b"),
    "herstellen": re.compile(r"\bEinvernehmen\b"),
    "entscheiden": re.compile(r"\bsich\b|^\S+\s+(?:\w+\s+){0,3}?(?:für|dafür|dagegen)\b|^(?:Dafür|Dagegen)\b"),
    "aussprechen": re.compile(r"\bsich\b[^.;]*\b(?:für|gegen|dafür|dagegen)\b"),
    "geben": re.compile(r"\b[Gg]rünes\s+Licht\b|\b(?:den|seinen|ihren)\s+Zuschlag\b"),
    "stimmen": re.compile(r"\bfür\s+(?:den|die|das|eine[nr]?)\b"),
    "votieren": re.compile(r"\b(?:für|dafür)\b"),
    "bringen": re.compile(r"\bauf\s+den\s+Weg\b"),
    "freimachen": re.compile(r"\b(?:den|einen)\s+Weg\b"),
    "machen": re.compile(r"\b(?:den|einen)\s+Weg\s+frei\b"),
    "stellen": re.compile(r"\bdie\s+Weichen\b"),
    "fassen": re.compile(r"(?<!folgender )(?<!folgenden )\b(?:Beschlu(?:ss|ß)|Grundsatzbeschlu(?:ss|ß)|Entschlu(?:ss|ß))\b(?!\s*:)"),
    "besetzen": re.compile(r"\b(?:Ausschüsse|Ausschuss|Gremien|Gremium|Posten|Sitze|Ämter|Amt)\b"),
    "aufheben": re.compile(r"\b(?:Beschl(?:uss|üsse)|Satzung|Sperrvermerk|Veränderungssperre|Bebauungsplan)\w*"),
    "verweisen": re.compile(r"\b(?:an|in)\s+(?:den|die|das)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:[Aa]usschuss|[Rr]at|[Vv]erwaltung|[Gg]remium|[Kk]reistag)\b"),
    "folgen": re.compile(
        r"^\w+\s+(?:\w+\s+)?(?:dem|der)\s+(?:\w+\s+)?(?:Vorschlag|Beschlussvorschlag|Empfehlung|Beschlussempfehlung|[\w-]*Antrag)\b"
    ),
    "erklären": re.compile(r"\bsich\b[^.;]*\beinverstanden\b|^\S*[Ee]inverstanden\b"),
    "anschließen": re.compile(r"\b(?:[Dd]e[mr]|[Dd]iese[mr])\s+(?:\w+\s+)?(?:Bitte|Vorschlag|Antrag|Empfehlung|Anregung|Votum)\b"),
    "nehmen": re.compile(r"\bKenntnis\b"),
    "bilden": re.compile(r"\b(?:\w*[Aa]usschuss|Arbeitskreis|Arbeitsgruppe|Kommission|Beirat|Gremium)\b"),
}
"""Verbs that resolve with their object ("erteilte sein Einvernehmen", "Das Einvernehmen wurde versagt", "Der
Ausschuss nahm den Bericht zur Kenntnis", "entschied sich für ein Flachdach", "Die Resolution wurde auf den Weg
gebracht", "wurde der Beschluss SR/16/2021 … aufgehoben"); the same verbs with another object ("erteilte Herrn X das
Wort", "Die Sitzung wird aufgehoben") resolve nothing."""
_AWARDED = re.compile(
    r"\b(?:erhält|erhielt|erhalten|erhielten|bekommt|bekam)\b[^.,]{0,40}\b(?:den\s+)?(?:Zuschlag|Auftrag)\b(?![^.]*\bzu\s+\w+\s*\.)"
)
"""A bidder awarded the contract ("sie erhielt auch den Auftrag vom Gemeinderat"); an office given a task ("erhält
den Auftrag, … zu prüfen") is no award."""
_MODAL = frozenset("soll sollen solle sollte sollten muss müssen müsse kann können könne könnte könnten".split())
_VERB_SECOND_SUBJECT = re.compile(
    r"^(?:sich\s+)?(?:(?:auch|ebenfalls|schließlich|letztlich|letztendlich)\s+){0,2}(?:man|(?:der|die|das)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:rat|ausschuss|versammlung|vertretung|beirat|kreistag|"
    r"senat|gremium|räte|mitglieder|verordneten|vertreter|abgeordneten))\b",
    re.IGNORECASE,
)

_BODY = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?:Man\s+|(?:(?:Der|Die|Das|Alle)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:[Rr]at|[Aa]usschuss|[Vv]ersammlung|"
    r"[Vv]ertretung|[Bb]eirat|[Kk]reistag|[Ss]enat|[Gg]remium|[Rr]äte|[Mm]itglieder|verordneten|vertreter|abgeordneten|"
    r"Fraktionen|(?:\w+e\s+)?Mehrheit(?:\s+des\s+\w*(?:[Rr]ate|[Kk]reistage)s)?)|(?:Eine\s+(?:\w+e\s+)?Mehrheit\s+des\s+\w*(?:[Rr]ate|[Kk]reistage)s)|\d+\s+(?:der\s+\d+\s+)?(?:anwesenden\s+)?[\w-]*(?:[Rr]äte|[Mm]itglieder|verordneten))"
    r"(?:\s+für\s+[A-ZÄÖÜ][\w-]*(?:\s*,\s*[A-ZÄÖÜ][\w-]*)+\s+(?:und|&)\s+[A-ZÄÖÜ][\w-]*)?"
    r"\s+(?:(?:der|des)\s+(?:[A-ZÄÖÜ][\w-]*\s+){1,2}){0,2}(?:[A-ZÄÖÜ][a-zäöüß][\w-]*\s+(?=[a-zäöüß]))?)"
)
"""The body as the sentence's subject, with its place ("Der Gemeinderat Schiffweiler hat …"), a genitive of its place
("Der Gemeinderat der Gemeinde Hausen", "Die
Mitglieder des Gemeinderates der Gemeinde X") or the list
of its fields ("Der Ausschuss für Familie, Soziales, Kultur und Sport")."""
_CONCLUDES = re.compile(
    r"^(?:Man|(?:Der|Die|Das)\s+[\w-]*(?:[Rr]at|[Aa]usschuss|[Gg]remium))\s+(?:kommt|kam|kommen|kamen)\s+(?:\w+\s+){0,2}?"
    r"zu\s+(?:dem|einem)\s+(?:\w+\s+)?Entschluss\b"
)
"""The members reaching a resolution ("Man kommt zu dem Entschluss, dass lediglich …")."""
_PERFECT = frozenset("hat haben hatte hatten".split())
_EARLIER = re.compile(
    r"\b(?:bereits|damals|seinerzeit|zuvor|ursprünglich)\b|\bin (?:der|seiner|ihrer) (?:letzten|vorigen|vergangenen) Sitzung\b|"
    r"(?<!Niederschrift der )(?<!Protokoll der )(?<!Niederschrift über die )(?<!letzten )(?<!vorigen )\b(?:Sitzung|Beschluss)\s+vom\b"
)
"""An act of an earlier day; the minutes "der letzten Sitzung vom 27.4." are approved now."""


_RECOMMENDS = frozenset(("empfehlen",))
"""A body's recommendation to another ("Der Ausschuss empfiehlt dem Gemeinderat, …"): adopted, as the guide reads it;
only with the body as subject ("Es wird empfohlen" is anyone's advice)."""


def _acts(verb: str, clause: str) -> bool:
    """True when a finite ``verb`` of ``clause`` (particle added) resolves, alone or with its object."""
    if verb.lower() in _MODAL:
        return False
    base = verb_lemma(verb, clause)
    if base in RESOLVING or base in _RECOMMENDS:
        return True
    needs = _OBJECT_ACTS.get(base)
    return needs is not None and bool(needs.search(clause))


def _participle_acts(word: str, clause: str, verbs: frozenset[str] = _PASSIVE_RESOLVED) -> bool:
    """A participle that resolves, alone (one of ``verbs``) or with its object ("… einen Ausschuss … gebildet")."""
    base = lemma(word)
    if base in verbs:
        return True
    needs = _OBJECT_ACTS.get(base)
    return needs is not None and base != "entscheiden" and bool(needs.search(clause))


def _perfect_acts(participle: str, clause: str) -> bool:
    """A perfect's participle after the body ("hat … bestellt", "hat … einen Ausschuss … gebildet")."""
    return _participle_acts(participle, clause, RESOLVING)


_FINDS_ASSENT = re.compile(
    r"\b(?:findet|finden|fand|fanden)\s+(?:\w+\s+)?(?:die\s+)?(?:\w+e\s+)?Zustimmung\s+(?:des|der)\s+"
    r"\w*(?:[Rr]ate?s|[Aa]usschusses|[Vv]ersammlung|[Vv]ertretung|[Kk]reistag(?:e?s)?|[Gg]remiums)\b"
    r"|^(?:Breite\s+|Einstimmige\s+|Mehrheitliche\s+)?Zustimmung\s+(?:fand|fanden|findet|finden|erhielt|erhielten|gab\s+es\s+für)\b"
    r"|^(?:Der|Die|Das|Diese[rs]?)\s[^.;]*\b(?:findet|finden|fand|fanden)\s+(?:allgemeine|breite|einhellige|einmütige|ungeteilte|"
    r"volle)\s+Zustimmung\s*\.?$"
)
"""What a body approved, as the thing's fate ("Die Pläne finden ebenfalls die Zustimmung des Gemeinderates", "Zustimmung
fand der … eingereichte Kompromissvorschlag", "Zustimmung gab es für den Antrag von …", "Die Vorschläge der
CDU-Fraktion … fanden allgemeine Zustimmung")."""


_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?\s*(?:\([A-Za-z]{2,5}\)\s*)?[·•]\s+(?=[A-ZÄÖÜ])")
"""A press report's dateline before its first sentence ("Schiffweiler · Der Gemeinderat …")."""


def body_resolves(text: str) -> bool:
    """True when ``text`` opens with a body whose finite verb (or, in the perfect, its participle) resolves, when
    the body follows a resolving verb in second place, or when a resolving participle stands with "wurde"."""
    text = _DATELINE.sub("", text, count=1)
    if _CONCLUDES.match(text):
        return not _EARLIER.search(text)
    if RESULT_STATE.match(text):
        words = [w for w in tokens(main_clause(re.sub(r"\([^)]*\)", " ", text))) if w[0].isalpha()]
        return bool(words) and words[-1][0].islower() and lemma(words[-1]) in _PASSIVE_RESOLVED
    if (lead := _SUBORDINATE_LEAD.match(text)) and not _EARLIER.search(text, lead.end()):
        return _verb_second("Dann " + text[lead.end() :])  # the clause before the verb in second place
    if _EARLIER.search(text):
        return False
    head, colon, after = text.partition(": ")
    if colon and len(head) <= _LEAD_IN and after[:1].isupper() and body_resolves(after):
        return True  # "Das Abstimmungsergebnis fiel allerdings anders aus: Der Rat lehnte die Erhöhung ab."
    return (
        _body_first(text) or _verb_second(text) or _passive(text) or bool(_AWARDED.search(text) or _FINDS_ASSENT.search(text))
    )


_LEAD_IN = 100
"""The longest lead-in before a colon after which a body's act may stand."""
RESULT_STATE = re.compile(r"^(?:Damit|Somit|Hiermit|Demnach)\s+(?:ist|sind|gilt|gelten|wurde|wurden)\b")
"""The state a vote left ("Damit ist Frau X als Schiedsfrau gewählt", "Damit gilt die Niederschrift als genehmigt")."""
_SUBORDINATE_LEAD = re.compile(
    r"^(?:Obwohl|Obgleich|Weil|Da|Nachdem|Wenn|Als|Bevor|Während|Sobald|Zumal)\b[^;:]{3,300}?,\s+"
    r"(?=[a-zäöüß]+\s+(?:der|die|das|man)\b)"
)
"""A subordinate clause in first place ("Obwohl lange debattiert worden war, verweigerte der Stadtrat die
Genehmigung"): the body's verb follows it in second place."""


_DECIDED = re.compile(
    r"^(?!.*\bnicht\b)(?:(?:hat|hatte|haben|hatten)\b[^.:;,]*\bentschieden|entschied|entschieden)\b[^.:;,]*(?::\s*\S|,\s*(?:dass\b|[^,.;]*\bzu\s+[a-zäöüß]+en\b))"
)
"""A body that decided, in the past, with what it decided after a colon or comma ("Der Zimmerner Gemeinderat hat mit
klarer Mehrheit entschieden: Die Hundesteuer wird … angehoben", "Der Rat entschied, den Platz zu sanieren")."""


_PHRASES_LISTED = re.compile(r"[^,.;:]*(?:,\s+(?:bei|mit|gegen|nach|ohne|unter|von|und)\b[^,.;:]*)*")
"""The clause with the phrases listed after commas that go on with a preposition ("lehnt eine Überweisung … bei
Enthaltung der Linken, bei Zustimmung der CDU-Fraktion ab"): the particle closes the last of them."""


def _listed(text: str) -> str:
    listed = _PHRASES_LISTED.match(text)
    return listed.group(0) if listed else ""


def _body_first(text: str) -> bool:
    match = _BODY.match(text)
    if match is None:
        return False
    if _DECIDED.match(text[match.end() :]):
        return True
    clause = main_clause(text[match.end() :])
    words = [w for w in tokens(clause) if w[0].isalpha()]
    if not words or not words[0][0].islower():
        return False
    finite = words[0]
    if finite.lower() in _PERFECT:
        across = [w for w in tokens(joined_clause(text[match.end() :])) if w[0].isalpha()]
        for last in (words[-1] if len(words) > 1 else "", across[-1] if len(across) > 1 else ""):
            if last[:1].islower() and _perfect_acts(last, text[match.end() :]):
                return True  # "hat die Beigeordneten X und Y … gewählt": the participle after nouns joined by "und"
        for extraposed in _EXTRAPOSED.finditer(clause):
            if _perfect_acts(extraposed.group(1), text[match.end() :]):
                return True  # "hat den Weg freigemacht für eine Erweiterung …": a phrase after the participle
        if re.search(r"\bdafür\s+gestimmt\s*$", clause):
            return True  # "Der Ausschuss … hat dafür gestimmt, 20.000 Euro … bereitzustellen"
    elif _acts(finite, clause) or _acts(finite, _listed(text[match.end() :])):
        return True
    rest = text[match.end() :]
    for joined in re.finditer(r"\bund\s+([a-zäöüß]+)\b", rest.split(". ")[0]):
        # "Der Gemeinderat hatte … keine Bedenken und erteilte sein Einvernehmen": the second verb of one subject
        verb = joined.group(1)
        if verb not in _PERFECT and _acts(verb, main_clause(rest[joined.start(1) :])):
            return True
    return False


_EXTRAPOSED = re.compile(
    r"\b([a-zäöüß]*(?:ge[a-zäöüß]+(?:t|en)|iert))\s+(?:für|zum|zur|mit|über|gegen|bei|nach|von|vom|an|auf|in|im)\s"
)
"""A participle followed by a phrase moved behind it ("hat den Weg freigemacht für …")."""
_FRONTING_PREPOSITIONS = frozenset("gegen mit bei nach trotz ohne auf".split())
_FRONTED_PHRASE_REACH = 14
"""A fronted prepositional phrase may be long ("Gegen die Stimmen der UDB-Fraktion und des unabhängigen Ratsherren
Jörn Langefeld hat der Rat den Antrag abgelehnt"): the verb in second place stands after all of it."""


def _verb_second(text: str) -> bool:
    """"Mehrheitlich genehmigte der Gemeinderat …", "Letztlich entschied man sich für …": the body right after the
    verb in second place."""
    fronted_phrase = (text.split(maxsplit=1) or [""])[0].lower() in _FRONTING_PREPOSITIONS
    clause = joined_clause(text) if fronted_phrase else main_clause(text)
    words = [w for w in tokens(clause) if w[0].isalpha()]
    # "Die Bauvoranfrage für … lehnte der Rat ab", "Grünes Licht für die Vertragsverlängerung gab der Gemeinderat"
    reach = _FRONTED_PHRASE_REACH
    for index in range(1, min(len(words) - 1, reach)):
        word = words[index]
        if word[0].islower() and _VERB_SECOND_SUBJECT.match(" ".join(words[index + 1 : index + 5])):
            if word.lower() in _PERFECT or word.lower() in ("konnte", "konnten"):
                # "Zudem hat der Gemeinderat einer Erhöhung … zugestimmt", "Dem konnten die Stadträte einhellig zustimmen"
                negated = word.lower() in ("konnte", "konnten") and "nicht" in words
                fronted = index == 1 and word.lower() in _PERFECT and lemma(words[0].lower()) in RESOLVING
                # "Zugestimmt haben die Räte außerdem der Einführung …": the participle in first place
                across = [w for w in tokens(joined_clause(text)) if w[0].isalpha()][-1:]  # "… für Kultur und Soziales gebildet"
                if not _CLAUSE_AFTER_COMMA.search(text):  # "… einen Antrag der Fraktionen von CDU, SPD und FDP … gebilligt"
                    across += [w.rstrip(".!?;:") for w in tokens(text) if w[0].isalpha()][-1:]
                last = any(w[:1].islower() and _perfect_acts(w, clause) for w in (words[-1], *across))
                return (last or fronted) and not negated
            return _acts(word, clause)
    return False


_CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?:dass|der|die|das|den|dem|deren|dessen|wo|weil|um|ob|wenn|was|welche\w*|nachdem|sodass|damit|zumal|obwohl|"
    r"aber|doch|sondern|denn|da)\b|,\s+[a-zäöüß]+\s+(?:der|die|das|er|sie|es|man)\b"
)
"""A clause of its own after a comma: the sentence's last word may be that clause's verb (a comma that only parts a
list of names keeps the participle at the end the main clause's)."""
_PASSIVE = frozenset("wird werden wurde wurden".split())
_RESOLVED_CLAUSE = frozenset("beschließen entscheiden festlegen vereinbaren abstimmen".split())
"""Participles whose "dass" clause is what was resolved ("Vom Ortsteilrat wurde beschlossen, dass …", "wurde mit 9:6
abgestimmt, dass …")."""
REFERENCED_DATE = re.compile(
    r"\b(?:Beschl(?:uss|üsse)|Sitzung|Schreiben|Antrag|Satzung)\w*\s+(?:[\w/.-]+\s+)?"
    r"vom\s+\d{1,2}[.\u2024]\s*(?:\d{1,2}[.\u2024]|[A-ZÄ][a-zä]+)\s*\d{2,4}\b"
)
"""A paper or resolution named by its date ("der Beschluss SR/16/2021 vom 16.03.2021 … aufgehoben"): the date is the
paper's, not the act's."""
_DATED = re.compile(r"\b(?:am|vom)\s+\d{1,2}[.\u2024]\s*(?:\d{1,2}[.\u2024]|[A-ZÄ][a-zä]+)\s*\d{2,4}\b")
"""An act dated in the past tense report of minutes is one of an earlier day, not of the session."""


def _passive(text: str) -> bool:
    """"Dem Bauantrag wurde zugestimmt", "Gewählt wurde Erwin Stötter", "Das Einvernehmen wurde erteilt"."""
    if _DATED.search(REFERENCED_DATE.sub(" ", text)):
        return False  # "wurde der Auftrag am 09.07.2024 … vergeben" was earlier
    clause = main_clause(text)
    if re.search(r",\s*(?:dass|ob)\b", text):
        # "Es wurde beschlossen, dass …" resolves what the clause says; "Es wurde bestätigt, dass …" reports
        last = [w for w in tokens(clause) if w[0].isalpha()][-1:]
        return bool(last) and lemma(last[0]) in _RESOLVED_CLAUSE and re.search(r"\b(?:wurde|wird)\b", clause) is not None
    if _counted_passive(text):
        return True
    words = [w for w in tokens(clause) if w[0].isalpha()]
    # a fronted prepositional phrase ("Für die Errichtung … am Kreuzweg wurde …") or a subject with its attributes
    # ("Der Antrag des Sportvereins auf einen Zuschuss wurde abgelehnt") may stand long before the auxiliary
    reach = 12 if words and words[0].lower() in _PREPOSITIONS | _ARTICLES else 6
    aux = next((i for i, w in enumerate(words[:reach]) if w.lower() in _PASSIVE), None)
    if aux is None:
        return _coordinated_passive(text)
    if any(w.lower() in _MODAL or w == "nicht" for w in words):
        return False  # "soll … beschlossen werden", "wird nicht mit beschlossen"
    if re.search(r"\b(?:gut|gerne?|sehr|kaum|schlecht|positiv)\s+angenommen\b", clause):
        return False  # "werden von den Hundebesitzern gut angenommen": received, not resolved
    if aux == 1 and words[0][0].isupper() and _participle_acts(words[0], clause):
        return True  # the participle in first place
    if aux < len(words) - 1 and words[-1][0].islower() and _participle_acts(words[-1], clause):
        return True
    return _coordinated_passive(text)


_PREPOSITIONS = frozenset("für zu zum zur bei beim über nach mit auf in im am vom von".split())
"""A fronted prepositional phrase, which may stand long before the auxiliary."""
_ARTICLES = frozenset("der die das ein eine".split())
"""An article opening the subject, whose attributes may stand long before the auxiliary."""


def _coordinated_passive(text: str) -> bool:
    """A passive whose main clause runs on past "und" or a party in brackets to its participle, in a sentence without
    a subordinate clause, told with its vote or electing someone: "Einstimmig wurden … Franzen (SPD) und sein
    Stellvertreter … in ihren Ämtern bestätigt.", "Vorgeschlagen und vom Gremium gewählt wurde Dietmar Burger"; not what
    an adopted text sets ("Die Zwingersteuer (…) wird … auf 200 Euro festgesetzt")."""
    bare = re.sub(r"\([^)]*\)", " ", text).rstrip(" .!")
    if "," in bare or ":" in bare:
        return False
    words = [w for w in tokens(bare) if w[0].isalpha()]
    voted = bool(_VOTED.search(bare))
    reach = len(words) if voted else 8  # with its vote, a long subject may stand before the auxiliary
    aux = next((i for i, w in enumerate(words[:reach]) if w.lower() in _PASSIVE), None)
    if aux is None or aux == 0 or any(w.lower() in _MODAL or w == "nicht" for w in words):
        return False
    if words[aux - 1][0].islower() and _participle_acts(words[aux - 1], bare) and (voted or _elects(words[aux - 1])):
        return True  # the participles before the auxiliary
    last = words[-1]
    return aux < len(words) - 1 and last[0].islower() and _participle_acts(last, bare) and (voted or _elects(last))


_VOTED = re.compile(r"\b(?:einstimmig|mehrheitlich|stimmen|gegenstimmen?|enthaltung(?:en)?)\b", re.IGNORECASE)


def _elects(participle: str) -> bool:
    return lemma(participle) in ("wählen", "wiederwählen")


_LISTED_VOTES = re.compile(
    r"^[^,]*\b(?:wurde|wurden|wird|werden)\b[^,]*,(?!\s*(?:dass|ob|weil|wenn|da|als|nachdem|der|die|das|dem|den|deren|dessen"
    r"|welche\w*|wie|so|um)\b)[^.;:]*\s(?P<participle>[a-zäöüß]{5,})\s*\.?$"
)
"""A passive whose participle closes the sentence after a list of votes set off by commas ("Der Wirtschaftsplan … wurde
mit acht Stimmen der Gruppe CDU/WZW, einer Enthaltung der GfE und neun Stimmen der SPD abgelehnt.")."""


def _counted_passive(text: str) -> bool:
    match = _LISTED_VOTES.match(text)
    return (
        match is not None
        and re.search(r"\b(?:Stimmen|Gegenstimmen?|Enthaltung(?:en)?)\b", text) is not None
        and not re.search(r"\b(?:nicht|soll|sollen|muss|müssen|kann|können)\b", text)
        and _participle_acts(match.group("participle"), text)
    )
