"""How one sentence states a task, and whose it is: the shapes listed in :mod:`ingest.extract.open_items` read
sentence by sentence (addressed, promised, given before, planned, deferred or referred), with what keeps a sentence
from being one (a report of what was, a standing rule, a suggestion nobody took up, an act in force retroactively)."""

from __future__ import annotations

import re

from assistant.vocab import Stance
from ingest.extract import known_names, plans, speakers
from ingest.extract import task_cues as cues
from ingest.extract.chairing import ASKS_FOR_VOTES
from ingest.extract.common import DOT, ItemContext, Unit
from ingest.extract.dues import CONDITION, due_of
from ingest.extract.follow_ups import CHECKS, PUBLISHES, follow_up
from ingest.extract.lemmas import lemma, main_clause, proper_name, verb_lemma
from ingest.extract.referrals import (
    BODY,
    DEFERRED,
    Task,
    clean_owner,
    deferral,
)
from ingest.extract.resolutions import ACTOR as _ACTOR
from ingest.extract.resolutions import GRANT, resolves_to
from ingest.extract.speech_reading import find_speaker
from ingest.extract.stances import STANCE_OF
from ingest.extract.third_parties import by_third_party

_DECIDED = re.compile(
    r"\b(?:abgelehnt|(?:mit)?beschlossen|angenommen|zugestimmt|zur Kenntnis genommen|bestätigt|gewährt|genehmigt|"
    r"gebilligt|verabschiedet|erteilt|festgestellt|festgesetzt|abgewogen|zurückgewiesen|gewählt|bestellt|entlastet|"
    r"beigefügt|beigelegt|stattgegeben|abgesetzt|festgelegt|vergeben|angehoben|anerkannt|entsprochen)\b"
)
"""Passives that report the decision itself, not a task after it ("Der Gemeindeanteil wird auf 25 % festgelegt", "Der
Auftrag wird an die Fa. X vergeben", "Die Elternbeiträge werden … angehoben", "Dem Antrag wird entsprochen")."""
_ADOPTED_PROPOSAL = re.compile(
    r"\b(?:Vorschlag|Antrag|Anregung)\b[^.]*\bzu\s+[a-zäöüß]+en\b[^.]*\b(?:angenommen|zugestimmt|beschlossen)\b"
)
_SHOULD = re.compile(r"\b(?:sollte|sollten)\b")
"""What someone thinks "should" be done ("… sollte das Fahrzeug erst dann in Auftrag gegeben werden, wenn …"): a
suggestion nobody adopted yet, no task outside a resolution."""
_OFFICIAL = (
    rf"{_ACTOR}|(?:Orts|Ortsteil|Bezirks)?[Vv]orsteher(?:in)?|Ortsbürgermeister(?:in)?|[A-ZÄÖÜ]\w*vorsitzende[r]?|"
    r"Vorsitzende[r]?|\w*[Ll]eiter(?:in)?|\w*[Dd]ezernent(?:in)?|Beigeordnete[r]?|\w*[Dd]irektor(?:in)?|"
    r"Geschäftsführer(?:in)?|\w*[Bb]eauftragte[r]?|\w*[Mm]anager(?:in)?|\w*[Ww]ehrführer(?:in)?"
)
"""Who carries out what a council resolves or asks: its offices (:data:`_ACTOR`) and the officials minutes name by
their post ("der Ortsvorsteher", "die Amtsleiterin", "der Klimaschutzmanager")."""
_ACTOR_MODAL = re.compile(
    rf"\b(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?P<owner>{_OFFICIAL}|{BODY}|Fraktion(?:en)?)\s+(?:[^,;.]{{0,80}}\s)?(?:soll|solle|sollen|möge)\b"
    r"(?!\s+\w+\s+werden)|"
    rf"\b(?:soll|solle)\s+(?:[a-zäöüß]+\s+)?(?:der|die|das)\s+(?P<inv>{_OFFICIAL})\s+[^,;.]*\b[a-zäöüß]+en\b"
)
"""An office, a body or the groups as the subject of "soll" ("dass … die Verwaltung 2-3 Standorte … benennen und prüfen
soll", "hier solle das Fachamt prüfen, …", "Die Fraktionen sollen noch einmal über dieses Thema sprechen."): its task."""
_ACTOR_ACTS = re.compile(
    rf"^(?:\d{{1,2}}\.\s+)?(?:Die|Der|Das)\s+(?P<owner>{_ACTOR})\s+(?!wird\b|ist\b|hat\b|kann\b|soll\b|muss\b)"
    r"(?P<verb>[a-zäöüß]+t)\b(?![^.]*\b(?:wurde|hatte|war)\b)"
)
"""An office acting in the present tense inside a resolution ("Die Verwaltung unterstützt den Verein bei …")."""


_ARTICLE = {
    "die": r"(?:Stadt|Gemeinde|Kreis|Amts)?[Vv]erwaltung|Stadt|Gemeinde|\w*(?:in|ätin)|Fraktion(?:en)?|Stadtwerke|Firma|\w*[Bb]ehörde|\w*(?:ung|schüsse|räte)",
    "das": r"\w*[Aa]mt|\w*[Gg]remium|Planungsbüro",
}


_SAID_IN_SESSION = re.compile(
    r"^(?:Es\s+)?(?:\w+\s+){0,3}?(?:wird|werden)\s+(?:\w+\s+){0,3}?(?:erwähnt|genannt|benannt|angesprochen|hervorgehoben)\b|"
    r"^(?:\w+\s+){0,2}?(?:erwähnt|genannt|benannt|angesprochen|hervorgehoben)\s+(?:wird|werden)\b|"
    r"^(?![^.;]*\b(?:nächste|kommende|folgende|spätere)[nmr]?\b)[^.;]*\b(?:wird|werden)\s+(?:\w+\s+)?über\b[^.;]*\babgestimmt\s*\.?$"
)
"""A passive of saying that opens the sentence: what was said in the session, no plan ("Lobenswert erwähnt wird
ebenfalls, dass ab 2020 …", "Es werden exemplarisch drei Projekte benannt …"), or the vote it takes ("Zuerst wird über den
Antrag von Stadtrat Hiekisch abgestimmt.", "Nach weiteren Wortmeldungen … wird über den Antrag … abgestimmt.")."""
_PERSON_SHALL = re.compile(r"(?:soll|sollen)\b(?![^,;]*\b(?:nicht|werden|worden|haben|sein)\b)[^,;]*\b[a-zäöüß]{3,}(?:en|ern|eln)\s*\.?$")
"""What a named person is to do ("Herr Kunz soll die Angebote einholen"): a task, not a contribution."""


_BARE_NAME = re.compile(
    r"(?:^(?:[-–•·]\s*)?|;\s+)(?P<first>[A-ZÄÖÜ][a-zäöüß]+)\s+(?P<last>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+"
    r"(?P<rest>[a-zäöüß][^;]*)$"
)
"""A person by first name and surname, opening the sentence or after a semicolon, who is to do something or promises
it ("…; Mario Helmrich soll Kontakt zu möglicher Firma herstellen", "Renate Mäder nimmt Kontakt zur Presse auf")."""


_PERSON_INVERTED = re.compile(
    r"^[A-ZÄÖÜ][^,;.]{0,80}?\s(?P<aux>wird|werde|soll|solle)\s+"
    r"(?P<person>(?:Herr|Frau)\s+(?:Dr\.\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+\s+(?=[A-ZÄÖÜ]))?[A-ZÄÖÜ][\w-]+)\s+(?P<rest>[a-zäöüß].*)$"
)
"""A person after an opening phrase and the auxiliary ("Weiterhin wird Frau Erfurt ein paar Akteure … kontaktieren",
"Zudem soll Herr Meier die Angebote einholen"): read as if the person opened the sentence."""


def _subject(match: re.Match[str], text: str) -> bool:
    """True when the office of ``match`` is the subject: its article is nominative ("die Verwaltung", "der
    Bürgermeister", "das Fachamt") and no preposition governs it ("seitens der Verwaltung … soll")."""
    group = "owner" if match.group("owner") else "inv"
    office, at = match.group(group), match.start(group)
    article = re.search(r"(\w+)\s+$", text[:at])
    word = article.group(1).lower() if article else ""
    before = re.search(r"(\w+)\s+\w+\s+$", text[:at])
    if before and before.group(1).lower() in (
        "seitens",
        "von",
        "vom",
        "bei",
        "mit",
        "durch",
        "für",
        "an",
        "zu",
        "nach",
        "aus",
    ):
        return False
    wanted = next((a for a, nouns in _ARTICLE.items() if re.fullmatch(nouns, office)), "der")
    return word == wanted


def _stance_of(verb: str, text: str) -> Stance | None:
    return STANCE_OF.get(verb_lemma(verb, main_clause(text[text.index(verb) + len(verb) :])))


def _reports(verb: str, text: str) -> bool:
    """True for a verb of speech ("Die Bürgermeisterin stellt den Sachverhalt dar", "Der Bürgermeister beantragt,
    …"): a contribution, no task ("Die Verwaltung unterstützt den Verein" is one)."""
    stance = _stance_of(verb, text)
    return stance is not None and stance not in (Stance.SUPPORTS, Stance.OPPOSES)


_NEXT_PAPER = re.compile(
    r"\b(?:zum|zur|bis zum|bis zur) nächsten \w+ eine \w*[Vv]orlage\b[^.]*\b(?:erarbeiten|vorzulegen|vorlegen)"
)
_STANDING = re.compile(
    r"\b(?:weiterhin|grundsätzlich|jeweils|jährlich|regelmäßig|stets|laufend|alle (?:\w+ )?(?:Jahre|Monate))\b|"
    r"^(?:\d{1,2}\.\s+)?(?:Bei|Für)\s+(?:jede[mnr]?|alle[nm]?|künftige[nm]?|zukünftige[nm]?|der|dem|den|Abschluss|neue[nm]?)\b"
)
"""What holds from now on rather than what someone has to do once."""
_REPORT_BACK = re.compile(
    r"\b(?:berichte\w*|vorgestellt|vorstellen|vorgelegt|vorlegen|vorgetragen|vortragen|informieren)\b"
)
"""A report announced for later: what a speaker says will be reported is a task, other plans they report are not."""
_REASON = re.compile(r",\s*(?:da|weil|zumal|denn)\b[^,;]*")
"""A clause that gives a reason ("…, da damit der Bau finanziert werde"): never the task itself."""
_MATTER = re.compile(r",\s*(?:ob|wie|wann|warum|weshalb|wieso|welche[mnrs]?|inwieweit|inwiefern)\b[^;]*")
"""An indirect question, to the sentence's end ("zu überprüfen, wann, durch wen … durchgeführt wurde"): the matter to
be checked, whose tense says nothing about the task."""
_DEADLINE = re.compile(rf"\bbis\s+(?:spätestens\s+)?(?:zum\s+)?\d{{1,2}}{DOT}\s*\d{{1,2}}{DOT}")
"""A deadline by a day ("kann bis zum 30.06.2017 eine Stellungnahme abgeben")."""
_CHANCE = re.compile(r"^(?:Die|Der|Das)\s+(?P<owner>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)\s*,?\s+(?:kann|können)\b")
"""A chance to act that runs out at a deadline (:data:`_DEADLINE`): the one who may act has to, or loses it."""
_STATE = re.compile(r"\b(?:bleiben|bleibt|bleibe|nach wie vor|[Bb]isher|[Bb]islang)\b")
"""What stays as it is ("… sollen angeschlossen bleiben", "Bisher wird der Kies in einem Sack gelagert") is no task."""


_NO_TASK = re.compile(
    r"\brückwirkend\b|\bzu (?:entnehmen|ersehen)\b|^(?:Damit|Dadurch|Hierdurch|Hiermit|Somit)\s+(?:soll|sollen)\b|"
    r"^(?:[^,;]|,(?=\d))*\b(?:belaufen|betragen|ausmachen|(?:in|außer)\s+Kraft\s+(?:treten|tritt))\b|"
    r"^(?![^.]*\b(?:nächste|kommende|folgende)[nmr]?\b)[^.]*\b(?:in\s+(?:dieser|der\s+heutigen|der)\s+Sitzung|am\s+Ende\s+der\s+Sitzung)\b"
    r"(?!\s+(?:am|vom|des|der|im)\b)|\bTeil\s+der\s+(?:heutigen\s+)?Sitzung\b|"
    r"^[„\"»]\s*(?:Ich|Wir)\b(?![^.]*\b(?:werden|werde)\b[^.]*\b(?:vorlegen|prüfen|klären|informieren|berichten)\b)|"
    r"\b(?:wird|werden)\s+(?:mit|aus)\s+[^.;]{0,80}\b(?:besetzt|gedeckt|finanziert)\s*[.;]?\s*$|"
    r"\b(?:wird|werden)\s+(?:vom|von\s+(?:der|den|dem))\s+[^.;]{0,60}\bgetragen\b|\bfür\s+erledigt\s+erklärt\b|"
    r"\bdass\s+kein\w*\s[^.;]*\b(?:werden|wird)\s+(?:soll|sollen)\s*[.;]?\s*$"
)
"""What leaves nothing to do: an act in force retroactively ("rückwirkend zum 1. Januar … zu erhöhen"), a pointer to
the papers ("Das Nähere ist den Anlagen zu entnehmen"), the purpose a decision serves ("Damit sollen die Kosten …
gedeckt werden"), a member's own words in quotes that promise no report ("„Wir beschließen im November einen höheren
Beitrag …"), a forecast of an amount ("Die Gesamtkosten … werden sich … auf 7,4 Millionen Euro belaufen"), a rule taking
effect ("Die neue Satzung soll dann zum 01.09.2018 in Kraft treten"), what this session does ("… wird ein
zusätzlicher Tagesordnungspunkt … in der Sitzung behandelt", "… am Ende der Sitzung behandelt wird", "den
nichtöffentlichen Teil der Sitzung vor dem öffentlichen Teil zu behandeln"), the terms a resolution sets (a committee
"wird mit zehn stimmberechtigten Mitgliedern besetzt", costs "werden vom Erwerber getragen", "aus … gedeckt"), a paper
"für erledigt erklärt", a resolution that something not be done ("…, dass kein weiterer Stellvertreter … gewählt werden
soll")."""


_NEXT_SESSION = re.compile(r"\b(?:nächste|kommende)\w*\s+(?:[\w-]+\s+)?\w*[Ss]itzung")
"""A later session named anywhere in the sentence: what is asked for there is a task ("soll in der nächsten Sitzung ein
Votum abgeben")."""
_IN_SESSION = re.compile(
    r"\b(?:(?:seinen|ihren)\s+Antrag\s+(?:einzubringen|vorzustellen|zu\s+begründen|zu\s+erläutern)"
    r"|(?:mit\s+)?in\s+die\s+(?:heutige\s+)?Tagesordnung\s+aufzunehmen|Aufnahme\s+[^.;]*\bin\s+die\s+(?:heutige\s+)?Tagesordnung"
    r"|um\s+(?:\w+\s+){0,2}Votum|Votum\s+(?:\w+\s+){0,3}?(?:abgeben|abzugeben)|unter\s+(?:TOP|Tagesordnungspunkt)\s+\d+)\b"
    r"|^(?:\d{1,2}\.\s+)?[^.;]*\b(?:wird|werden)\s+(?:\w+\s+){0,2}Kenntnis\s+genommen\s*\.?$"
    r"|\b(?:gebeten|ersucht)\b[^.;]*\b(?:zu\s+beschließen|zuzustimmen|zur\s+Kenntnis\s+zu\s+nehmen)\s*[.;:]?\s*$"
)
"""What a request asks to be done in the session itself (its author moving a motion, an item added to today's agenda, the
body's vote: "bittet den Kreistag um ein gemeinsames Votum", a point of today's agenda: "Fragen … unter TOP 4 anzubringen"), or
the body noting something ("Vom Rechnungsabschluss wird zustimmend Kenntnis genommen"), the chair asking "um die
Aufnahme folgender Punkte in die Tagesordnung:" (the points listed are today's agenda), a proposal asking the body to resolve ("Die
Bezirksverordnetenversammlung wird gebeten, die … Geschäftsordnung zu beschließen"): no task after it ("Die Verwaltung
wird gebeten, den Antrag im Ausschuss vorzustellen" still is one)."""


_REFRAIN = re.compile(r"\bnicht\s+(?:zu\s+)?[a-zäöüß]+(?:en|rn|ln)\s*[.;]?\s*$")
"""A request closing on a negated infinitive: that something not be done."""


def task_of(ctx: ItemContext, unit: Unit, in_resolution: bool) -> Task | None:
    """The task ``unit`` states, if any; main clauses joined by a semicolon are read one by one as well ("Der
    Amtsdirektor kann die Frage nicht beantworten; die Zuständigkeit wird bis zur nächsten Sitzung geklärt.")."""
    if (_IN_SESSION.search(unit.text) and not _NEXT_SESSION.search(unit.text)) or ASKS_FOR_VOTES.search(unit.text):
        return None  # "Der Antragsteller wird gebeten, seinen Antrag einzubringen", "lässt … abstimmen": the session's own
    if (task := _sentence_task(ctx, unit, in_resolution)) is not None or ";" not in unit.text:
        return by_third_party(task, unit.text)
    for part in re.finditer(r";\s*(?P<clause>[^;]+)", unit.text):
        clause = part.group("clause")
        pronoun = re.match(r"(?:er|sie)\s+(?=[a-zäöüß])", clause)
        found = speakers.find(unit.text) if pronoun else None
        if pronoun and found:
            clause = f"{found.speakers[0].person} {clause[pronoun.end() :]}"  # "Herr Kunz …; er sagt zu, …"
        if found or re.match(r"[a-zäöüß]+\s+[A-ZÄÖÜ]|(?:der|die|das|es|dies|man)\s", clause):  # a main clause, not a list's item
            task = _sentence_task(ctx, Unit(unit.start, unit.end, clause[:1].upper() + clause[1:], unit.paragraph), in_resolution)
            if task is not None:
                return task
    return None


_ONE_WILL = re.compile(
    r"^Man\s+(?:werde|wird|wolle|will)\b(?![^.;]*\bnicht\b)[^.;]*?\b(?P<verb>[a-zäöüß]{4,}n)\s*[.;]?\s*$"
)
"""A reported "man werde …" ending in the act announced ("man werde dies beim Land anfragen", "Man werde diese Anfrage
zum Anlass nehmen, um sich bei der Regierung zu erkundigen"): the administration's promise."""
_ONE_WILL_ACTS = (
    frozenset("anfragen nachfragen erkundigen informieren berichten mitteilen vorlegen weitergeben".split())
    | CHECKS
    | PUBLISHES
)


_VOTE_SUFFIX = re.compile(
    r"\s+[-–]\s+(?:(?:[Ee]instimmig|[Mm]ehrheitlich|[Bb]ei|[Mm]it|[Oo]hne|[Gg]egen)\b[^-–.]{0,60}\s)?"
    r"(?:zugestimmt|beschlossen|angenommen)\s*\.?\s*$"
)
"""The vote a list entry closes with ("Nr. 34 (…) - Die Kosten … werden im 1. Halbjahr 2020 ermittelt - Einstimmig
zugestimmt."): the text before it is the adopted resolution."""


def _sentence_task(ctx: ItemContext, unit: Unit, in_resolution: bool) -> Task | None:
    text = _REASON.sub("", unit.text)
    if vote := _VOTE_SUFFIX.search(text):
        text, in_resolution = text[: vote.start()] + ".", True
    if (one := _ONE_WILL.search(text)) and lemma(one.group("verb")) in _ONE_WILL_ACTS:
        return Task("Verwaltung", ("owner",))
    if cues.ATTENDANCE.search(text) and not cues.COMPLIED.search(text):
        return None
    if (match := cues.PROMISED_PASSIVE.search(text)) or cues.APPOINTED.search(text):
        return Task(clean_owner(match.group("by"))) if match and match.group("by") else Task("Verwaltung", ("owner",))
    if match := cues.PROMISED.search(text) or cues.AWAITED.search(text):
        return Task(clean_owner(match.group("owner") or match.group("owner2")))
    if (match := cues.AGREED.search(text)) and not re.search(r"\b(?:nicht|kein\w*)\b", text):
        if owner := match.group("owner") or match.group("person") or match.group("named"):
            return Task(clean_owner(owner))
        if re.search(r"\b(?:zu)?künftig\b", text) or plans.FUTURE.search(text) or plans.SOON.search(text) or due_of(text):
            # an agreement on a later act, not on how the session goes on ("… die Seiten einzeln durchzugehen")
            return Task("Verwaltung", ("owner",))
    found = speakers.find(text)
    if (before := _given_before(text, found)) is not None:
        return before
    if (bare := _BARE_NAME.search(text)) and proper_name(bare.group("first")) and (
        _PERSON_SHALL.match(bare.group("rest")) or cues.PROMISE.search(bare.group("rest"))
    ):
        return Task(f"{bare.group('first')} {bare.group('last')}")  # "…; Mario Helmrich soll Kontakt … herstellen"
    if (inverted := _PERSON_INVERTED.match(text)) and (
        _PERSON_SHALL.match(acts := f"{inverted.group('aux')} {inverted.group('rest')}") or cues.PROMISE.search(acts)
    ):
        return Task(inverted.group("person"))  # "Weiterhin wird Frau Erfurt … kontaktieren" read as "Frau Erfurt wird …"
    if (event := plans.planned_event(ctx, text)) is not None:
        return event  # "weist auf die geplante Informationsveranstaltung des Sozialreferates am 06.04.2016 hin"
    if (
        measure := plans.scheduled(ctx, text) or plans.decided_elsewhere(_own_body(ctx), text) or plans.body_will(text)
    ) is not None:
        return measure  # "…, die Ausschreibung erfolge im Herbst", "Hierüber entscheide der Stadtrat in seiner Sitzung"
    if (
        (commission := cues.COMMISSIONED.match(text))
        and not re.match(cues.NO_ADDRESSEE, commission.group("owner"))
        and not (commission.group("request") and not re.search(rf"(?:{_ACTOR})$", commission.group("owner")))
    ):  # asked "um …" only an office: a member "um Verständnis gebeten" owes nothing
        return Task(clean_owner(commission.group("owner")))  # "Jürgensen wurde beauftragt, … zu schicken."
    # "bittet …, zu prüfen, ob … eingestellt wurden": the past tense is the matter asked, not the request's
    asked = _MATTER.sub("", text)
    narrative = bool(re.search(r"\b(?:wurde|wurden|worden|musste|mussten|war|waren|hatte|hatten)\b", asked))
    suggestion = bool(_SHOULD.search(asked)) and not in_resolution
    if suggestion or (narrative and not in_resolution):
        return None  # a suggestion nobody adopted yet, or a report of what was
    if _NO_TASK.search(text):
        return None
    if cues.WORK_PASSIVE.search(text):
        return plans.planned_owner(text, _own_body(ctx))
    if cues.DELIBERATION_PASSIVE.search(text) and plans.PLACE.search(text):
        return plans.planned_owner(text, _own_body(ctx))  # "Im Bauausschuss soll … gesprochen werden"
    if (match := cues.ADDRESSED.search(text)) or (match := cues.ADDRESSED_INVERTED.search(text)):
        return Task(clean_owner(match.group("owner")))
    if (
        (match := cues.ACTIVE.search(text))
        or (match := cues.ACTIVE_PERSON.search(text))
        or (match := cues.ACTIVE_MIT.search(text))
        or (match := cues.ACTIVE_INFINITIVE.search(text))
    ):
        if re.match(cues.NO_ADDRESSEE, match.group("owner")):
            return None  # the chair asking the room (a minute's silence, a question), or a thing, not a task
        if cues.FOR_ASSENT.search(text[match.end() :]):
            return None  # "bittet den BA um Zustimmung zu dem Budgetantrag": a vote asked now, no task
        if _REFRAIN.search(text[match.end() :]):
            return None  # "bittet die Gemeinde, die Satzung nicht aufzuheben": nothing to do
        return Task(clean_owner(match.group("owner")))
    if (match := cues.EXPECTS_OFFICE.search(text)) and speakers.find(text) is not None:
        return Task(clean_owner(match.group("owner")))
    if request := next((m for m in (p.search(text) for p in cues.REQUESTS) if m), None):
        return Task(clean_owner(request.group("owner"))) if request.groups() else Task("Verwaltung", ("owner",))
    if cues.ASKS_FOR_LATER.search(text) and speakers.find(text) is not None:
        return Task("Verwaltung", ("owner",))
    if cues.LATER_ANSWER.search(text):
        return plans.planned_owner(text, _own_body(ctx))
    if match := cues.SELF_COMMIT.search(text):
        return Task(clean_owner(match.group("owner")))
    if in_resolution and (match := _ACTOR_ACTS.match(text)) and not _reports(match.group("verb"), text):
        return Task(clean_owner(match.group("owner")))
    if (
        (match := _ACTOR_ACTS.match(text))
        and plans.later(ctx, text)
        and "," not in text  # "Der Bürgermeister teilt mit, der Bauhof werde …": the reported clause has the actor
        and _stance_of(match.group("verb"), text) in (None, Stance.INFORMS)
    ):
        return Task(clean_owner(match.group("owner")))  # "Die Verwaltung berichtet im Hauptausschuss im März."
    if found is not None and found.how == "opening" and _PERSON_SHALL.match(found.rest.strip()):
        return Task(found.speakers[0].person)  # "Herr Kunz soll die Angebote einholen."
    if (match := _ACTOR_MODAL.search(text)) and not re.search(r"\bnicht\b", text) and _subject(match, text):
        return Task(clean_owner(match.group("owner") or match.group("inv")))
    if (will := plans.announced(text, untimed=True)) is not None:
        return will  # "Der Landkreis wird … ins Verfahren einbringen", "…, dass die Fraktionen … besprechen werden"
    if in_resolution and (resolved := resolves_to(_REASON.sub("", unit.text))) is not None:
        return Task(clean_owner(resolved[0]), resolved[1])
    if (match := cues.OFFICE_PROMISE.match(text)) or (match := cues.INTENDS.match(text)) or (match := cues.WANTS.match(text)):
        return Task(clean_owner(match.group("owner") or match.group("owner2")))
    if found is not None and (match := cues.REPORTED_OFFICE_PROMISE.search(found.rest)):
        return Task(clean_owner(match.group("owner")))
    if (match := cues.RELATIVE_PROMISE.search(text)) or (match := cues.BY_LATER.search(text)):
        return Task(clean_owner(next(g for g in match.groups() if g)))  # "…, der ihm Auskunft geben wird", "seitens der Firma"
    if (replying := find_speaker(text)) is not None and (
        cues.REPORTED_OWN_PROMISE.search(replying.rest) or cues.REPORTED_FORWARD.search(replying.rest)
    ):
        return Task(replying.speakers[0].person)  # "antwortet Herr X, dass man den Kontakt suchen werde"
    if (announced := plans.announced(text)) is not None:
        return announced
    speaking = found or find_speaker(text) or known_names.known_speaker(ctx.document.text, text)
    if speaking is not None and cues.PROMISE.search(speaking.rest.strip()):
        return Task(speaking.speakers[0].person)
    if DEFERRED.search(text):
        return deferral(ctx, text)
    if match := plans.SCHEDULED.search(text):
        return Task(clean_owner(match.group("body")))
    if (later_on := plans.later_act(ctx, text, _own_body(ctx))) is not None:
        return later_on
    if (agenda := plans.put_on_agenda(text, found)) is not None:
        return agenda  # "Frau Wohmann möchte dies im nächsten Bauausschuss mit auf die Tagesordnung nehmen"
    if plans.ON_AGENDA_OF.search(text):
        return Task(_own_body(ctx) or "Verwaltung", ("owner",))
    if _NEXT_PAPER.search(text) or _ADOPTED_PROPOSAL.search(text):
        return Task("Verwaltung", ("owner",))
    decided = _DECIDED.search(text) and not (
        re.search(rf"{_DECIDED.pattern}\s+werden\b", text)
        and (plans.PLACE.search(text) or plans.FUTURE.search(text))
        and not re.search(r"\bmit\w+\s+werden\b", text)  # "soll … mitbeschlossen werden": now
    )  # "… soll … im Kreistag beraten und beschlossen werden" is still to do
    if in_resolution and GRANT.search(text):
        decided = None  # a grant the resolution makes: the administration pays it out
    if re.search(r"\bnicht\b(?!\s+nur\b|\s+[a-zäöüß]+(?:e|en|er|es|em),)|\bwerden\s+keine\b", text) or decided or _STATE.search(text):
        return None
    if (chance := _CHANCE.match(text)) and _DEADLINE.search(text):
        return Task(clean_owner(chance.group("owner")))  # "Die Gemeinde Köhn kann bis zum 30.06.2017 … abgeben"
    if re.search(r"(?<!\bzu )\b(?:kann|können|könnte|könnten|dürfen|darf)\b", asked) and not re.search(
        r"\bdass\b", text
    ):
        return None  # a possibility, not a task
    if (checked := follow_up(text)) is not None:
        if checked.derived and found is not None and found.speakers[0].office_only:
            return Task(found.speakers[0].person)  # "Der Bürgermeister teilt mit, dass … geprüft wird": his promise
        return checked
    timed = bool(plans.FUTURE.search(text) or CONDITION.search(text) or plans.later(ctx, text))
    deliberation = bool(plans.DELIBERATE.search(text) and plans.PLACE.search(text)) or bool(plans.SUBMITTED.search(text))
    modal = next((m for m in plans.MODAL.finditer(text) if not plans.in_side_clause(text, m)), None)
    required_first = (  # "muss zunächst …"; untimed "müssen … erst" states a need ("die man erst verdauen muss")
        modal is not None
        and not modal.group(0).startswith("sol")
        and bool(timed or in_resolution or re.search(r"\b(?:zunächst|zuerst|vorab|vorher|zuvor)\b", text))
    )
    said = _SAID_IN_SESSION.match(text)  # "Lobenswert erwähnt wird …", "Es werden … benannt": the session's own talk
    passive = any(not plans.in_side_clause(text, m) for m in plans.PASSIVE.finditer(text))
    planned = required_first or (
        bool(modal or (passive and not said) or plans.NEXT_TIME.search(text))
        and (timed or deliberation or in_resolution)
    )
    obliged = plans.GERUND.search(text) and (in_resolution or plans.AGENT.search(text) or timed)  # "ist durch das Amt vorzubereiten"
    if planned or obliged:
        if _STANDING.search(re.sub(r"\([^)]*\)", "", text)) and not timed:
            return None  # a standing rule ("ist weiterhin vorzuhalten", "Bei … ist … zu vereinbaren"), no task
        if (
            found is not None
            and found.how not in ("inverted", "cited")  # "Laut Amtsleiter X sollen …": a reported plan
            and not re.search(r"\bdass\b|,\s[^,]*\b(?:werde|würden)\b", found.rest)  # or a reported clause
        ):
            return None  # a speaker's own statement without a reported plan
        if (
            found is not None
            and not found.speakers[0].office_only
            and not (timed and cues.OFFICIAL.search(found.speakers[0].role))  # the administration's plan, dated
            and not (deliberation or plans.AGENT.search(text) or (timed and _REPORT_BACK.search(text)))
        ):
            return None  # a plan a member reports is no task unless a body deliberates or someone reports back
        return plans.planned_owner(text, _own_body(ctx))
    return None


def _given_before(text: str, found: speakers.Found | None) -> Task | None:
    """A task given or promised in the preterite or the perfect (:data:`cues.COMMISSIONED_BEFORE`,
    :data:`cues.PROMISED_BEFORE`), unless the sentence dates it to an earlier session; ``found``: the sentence's
    speaker, who owns a promise."""
    for cue in cues.COMMISSIONED_BEFORE:
        if match := cue.search(text):
            if re.match(cues.NO_ADDRESSEE, match.group("owner")) or cues.EARLIER.search(text[: match.start("owner")]):
                return None
            return Task(clean_owner(match.group("owner")))
    if (match := cues.ORDERED.search(text)) and not cues.EARLIER.search(text) and not _SHOULD.search(text):
        return Task(clean_owner(match.group("owner"))) if match.group("owner") else Task("Verwaltung", ("owner",))
    rest = found.rest.strip() if found is not None else text
    if (match := cues.PROMISED_BEFORE.search(rest)) and not cues.EARLIER.search(text):
        if office := match.group("office") or match.group("reported"):
            return Task(clean_owner(office))
        if found is not None:
            return Task(found.speakers[0].person)
    return None


def _own_body(ctx: ItemContext) -> str:
    """The body of the minutes without the annotator's remarks ("Ausschuss (Gremienname … nicht genannt)")."""
    body = re.sub(r"\s*\(.*$", "", ctx.document.meta.body or "").strip()
    return body if re.fullmatch(rf"(?:[\w-]+\s+){{0,4}}{BODY}\w*(?:\s+[\w-]+){{0,4}}", body) else ""


