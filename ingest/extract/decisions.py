"""Decisions of one agenda item: resolution text + vote result → :class:`Decision`.

A vote result ("Abstimmungsergebnis: …", "Beschluss: einstimmig angenommen", "… stimmen einstimmig
zu") closes the resolution text collected before it: the block after a "Beschluss:" label, or
sentences in which the body resolves ("Der Stadtrat beschließt …", "… wird vertagt"). A vote that
comes first (portal header) takes the resolution block that follows. Resolutions without a
vote result become decisions with unknown counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.language.votes import NO_MAJORITY, RECEIVED, Votes, parse_votes
from assistant.models import Decision
from ingest.extract.body_acts import REFERENCED_DATE, body_resolves
from ingest.extract.chairing import ANNOUNCED_RESULT
from ingest.extract.common import (
    DOT,
    NOTE_LABEL,
    SECTION_HEAD,
    ItemContext,
    Unit,
    cut_off,
    is_heading_line,
    unmask,
)
from ingest.extract.matters import (
    MOTION_SENTENCE,
    NUMBERED,
    REFERS_BACK,
    RESTATING_SUBJECT,
    new_resolution,
    other_result,
    reported,
    resolved,
)
from ingest.extract.outcomes import completed_counts, derived_fields, outcome_of
from ingest.extract.resolution_cues import SETTLED, resolves, resolves_alone
from ingest.extract.speech_reading import is_speaker as _names_speaker
from ingest.extract.vote_blocks import (
    FURTHER_RESOLUTION,
    HEADER,
    OWN_MOTION,
    OWN_RESOLUTION,
    PUT_TO_VOTE,
    STATUS,
    STATUS_INLINE,
    WITHDRAWN,
    completes,
    joined,
    quote_start,
    repeats,
    same_counts,
    settled,
    tally_before,
    without_page_header,
    without_restatements,
)

_VOTE_LABEL = re.compile(r"^(?:Abstimmung(?:sergebnis)?|Ergebnis der Abstimmung)\s*:\s*$")
_COUNT_LABEL = re.compile(
    r"^(?:Beschluss|Abstimmung(?:sergebnis)?|Ergebnis)\b[^:\d]{0,20}\d{1,3}\s*:\s*\d{1,3}(?:\s*:\s*\d{1,3})?\s*:$"
)
"""Counts as a label over the resolution they belong to ("Beschluss 19:4:")."""
_VOTE_CUE = re.compile(
    r"^Abstimmung(?:sergebnis)?(?:\s+[\w-]+){0,5}\s*:|\beinstimmig|\beinmütig|\beinvernehmlich|\beinhellig|"
    r"^(?:Beschluss|Abstimmung(?:sergebnis)?|Ergebnis)\b[^:\d]{0,20}:?\s*\d{1,3}\s*:\s*\d{1,3}\b|\bmehrheitlich|\bstimmenmehrheit|"
    r"\bStimmenverhältnis|\bmit \d{1,3}\s*:\s*\d{1,3}|\bmit \d{1,3} (?:gegen|zu) \d{1,3} Stimmen|\bJa[:\s]+\d|\bdafür:?\s*\d|\bdagegen:?\s*\d|\bEnth\.?:?\s*\d|"
    r"Ja-Stimmen|Gegenstimme|Nein-Stimmen|\|\s*(?:Ja|Nein|Enthaltung|enthalten)\s*\||"
    r"\bbei\s+(?:\d{1,3}|einer|zwei|drei|vier|fünf|sechs)\s+(?:Stimm)?[Ee]nthaltung|\(\s*\d{1,3}\s+(?:Ja|Nein)\b|"
    r"\bJa(?:-Stimmen)?\s+Nein(?:-Stimmen)?\s+(?:(?:Stimm)?[Ee]nthaltung(?:en)?\s+)?\d"
    r"|^\d{1,3}\s+(?:Stimm)?[Ee]nthaltungen?\b|^(?:Stimm)?[Ee]nthaltung(?:en)?\s*:\s*\d|^Abst\.?-?\s*Ergebnis\s*:|"
    rf"\b(?:findet|fand|erhält|erhielt|bekommt|bekam)\s+(?:(?:(?!\b(?:damals|bereits|zuvor|seinerzeit)\b)[^.;]){{0,60}}?\s)?"
    rf"{NO_MAJORITY}",
    re.IGNORECASE,
)
_RESULT_NOTE = re.compile(
    r"^(?:(?:Der|Die|Das) (?:Antrag|Änderungsantrag|Beschluss|Beschlussvorschlag|Vorlage)|Damit|Somit)\b[^.]*"
    r"\b(?:abgelehnt|angenommen|gefasst|beschlossen)\b|^[^.]{0,80}\b(?:damit|somit)\b[^.]{0,60}\bgewählt\b"
)
"""A sentence right after a vote that restates its result ("Der Antrag wird abgelehnt.", "Herr Müller ist damit
gewählt.")."""
_RETRO = re.compile(
    r"\b(?:war|waren)\b[^.]*\bworden\b|\bin der (?:letzten |vorigen )?Sitzung (?:am|vom)\b|"
    r"\bhatten?\b[^.]*\b(?:beschlossen|zugestimmt|abgelehnt)\b|\bbereits\b[^.]*\b(?:beschlossen|zugestimmt)\b|"
    rf"\b(?:am|vom)\s+\d{{1,2}}{DOT}\d{{1,2}}{DOT}\d{{2,4}}\b[^.]*\b(?:beschlossen|gefasst)\b|"
    r"\b(?:beschlossen|zugestimmt|abgelehnt|vertagt)\s+(?:worden\s+)?(?:sei|seien|habe|hätte)\b|"
    r"^[^,;:]{0,80}?\b(?:sei|seien)\b[^.;,]*\bworden\b|"
    r"\b[Ll]aut\s+(?:dem\s+)?(?:Protokoll|Niederschrift)\b|\bheiße es\b|"
    r"\b(?:[Ll]aut|[Gg]emäß|[Nn]ach)\s+(?:dem\s+|der\s+)?[A-ZÄÖÜ]\w*(?:gesetz|ordnung|satzung)\w*\b[^.,]*\b(?:werden|wird)\b|"
    r"^(?:Das|Der|Die)\s+(?:Land|Bund|Freistaat|Bundesregierung|Landesregierung|Bundestag|Landtag|Bundesrat|Kabinett|"
    r"[A-ZÄÖÜ]\w*ministerium)\b(?:\s+[A-ZÄÖÜ][\w-]*)?\s+(?:hat|hatte|haben|beschloss|beschließt)\b"
)
"""A report of an earlier session's decision ("Laut Protokoll heiße es nur: …"), a speaker's report of a step
taken before in the subjunctive passive ("Die Sanierung sei zunächst zurückgestellt worden."), what a law prescribes ("Laut
Brandschutzgesetz werden Ortswehrleiter … gewählt"), or what the state resolved ("Das Land Baden-Württemberg hat
beschlossen, dass die Forstverwaltung … neu organisiert wird"), not a resolution of this council."""
_READ_OUT = re.compile(r"\b(?:verliest|verlas|verlesen|lautet|lauten|lautete)\b[^.]*:\s*(?:[„\"»]\s*)?$")
"""A wording read out or proposed ("Er verliest den geänderten Beschluss:", "Der 1. Absatz lautet dann: „Der Rat
beschließt …“"): the quoted resolution is a proposal's text, not a decision taken."""
_LATER = re.compile(
    r"\b(?:in|auf|zu[mr]?|bei)\s+(?:de[mnr]|einer?|seiner|ihrer)\s+(?:nächsten|kommenden|folgenden|späteren)\b"
    r"|\b(?:im|ab)\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Frühjahr|"
    r"Sommer|Herbst|Winter)\b|\b(?:demnächst|später|zu\s+einem\s+späteren\s+Zeitpunkt)\b"
)
"""A time after the session in a present-tense passive: the act is announced for then."""
_MAY = re.compile(
    r"\b(?:muss|muß|müssen|müsse|müsste|müssten|müßte|müßten|kann|können|könne|könnte|könnten|würde|würden|wolle|möchte|möchten)\b"
)
"""A modal of the main clause: what a body must, can or would do (a modal in a relative clause is that clause's)."""
_HYPOTHETICAL = re.compile(
    r"\b(?:soll|sollen|solle|wird|werden)\b[^.]*\b(?:beschließen|entscheiden)\b|\bzu\s+(?:beschließen|entscheiden)\b|"
    rf"\b(?:wird|werden)\b(?=[^.]*(?:{_LATER.pattern}))[^.]*\b(?:beschlossen|entschieden|abgestimmt)\b|"
    r"^(?:Er|Sie)\s+(?:schlägt|schlug|regt|regte|empfiehlt|empfahl)\b"
    r"|\b(?:schlägt|schlug|regt|regte|empfiehlt|empfahl)\s+(?:er|sie)\b"
)
"""What a body shall or will resolve later ("Über die Satzung soll der Gemeinderat im März entscheiden", "Darüber
wird in der nächsten Sitzung beschlossen"), what is to be resolved ("… zu beschließen habe") or what a speaker proposes
("Er schlug vor, erst im April … zu beschließen") is no resolution of this session; nor what a main clause's modal
weighs (:data:`_MAY`: "Man müsse überlegen, ob man … beschließen wolle")."""
_SUBORDINATE = re.compile(
    r",\s*(?:dass|ob|(?:in|an|auf|mit|bei|von|zu|für|über|nach)\s+(?:dem|der|denen|welche\w*)|der|die|das|dem|den|deren|dessen"
    r"|welche\w*|wenn|weil|damit|sodass|so\s+dass|sofern|falls|nachdem)\b[^,.;:]*"
)
"""A subordinate or relative clause: a modal in it ("… verwiesen ist ein Antrag, in dem geprüft werden soll, ob …")
is no hypothetical of the resolution it belongs to."""
_SUBHEAD = re.compile(
    r"^(?:Sachdarstellung|Sachverhalt|Begründung|Rechtsgrundlage|Protokollvermerk|Protokoll|Beratungsinhalt"
    r"|Sach-\s*und\s*Rechtslage|Sachlage|Rechtslage|Ausgangslage)\b"
)
"""Labels of the parts of an agenda item that are not resolution text."""
_MOTION = re.compile(r"antrag|abstimmen", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\s*[„\"»]?\s*(?:Ich|Wir|Meine|Unsere)\s")
"""A member speaking in the first person ("Wir stimmen der Vorlage zu.", direct speech) resolves nothing."""


_ELECTED = re.compile(
    r"\b(?:wird|werden|wurde|wurden|ist|sind)\b[^.]{0,80}\b(?:bestätigt|bestellt|ernannt|berufen|entlastet|entsandt)\s*[.;]?$"
    r"|\b(?:wird|werden|wurde|wurden|ist|sind)\b[^.]{0,80}\bgewählt\b|\bgewählt\s+(?:ist|sind|sei|wurde)\b"
)
"""A person as the subject of an election or appointment ("Herr Müller wird einstimmig … gewählt", "Die Ortsvorsteher
wurden bestätigt", "setzte sich Frau Albers mit sechs zu drei Stimmen durch") does not speak."""


_VOTING_GROUPS = re.compile(
    r"\b(?:[Gg]egen|[Mm]it)\s+(?:die|den)\s+Stimmen\s+(?:der|des|von)\b[^.;:,]{0,160}?(?=\s+(?:hat|haben|hatte|hatten"
    r"|wurde|wurden|ist|sind|lehnte|lehnten|stimmte|stimmten|beschloss|beschlossen|billigte|billigten)\b)"
)
"""Those who voted one way ("Gegen die Stimmen … des Ratsherrn Peter Lamm hat der Rat …"): a person named there
casts a vote, and does not speak."""


def _speaks(text: str, persons_only: bool = False) -> bool:
    elected = _ELECTED.search(text) or SETTLED.search(text) or RECEIVED.search(text) or ANNOUNCED_RESULT.search(text)
    return _names_speaker(_VOTING_GROUPS.sub(" ", text), persons_only) and not elected


_QUORUM = re.compile(
    r"\b[Bb]eschlussfähig\w*\b[^.]{0,80}\bfestgestellt|\bfestgestellt\b[^.]{0,80}\b[Bb]eschlussfähig"
)
"""The chair finding the summons and the quorum ("Die ordnungsgemäße Ladung und Beschlussfähigkeit … wird festgestellt
– mehrheitlich Mitglieder der Bürgerschaft"): no vote, whatever count or majority it mentions."""


_REGISTER_RESULT = re.compile(
    r"\s[–-]\s+(?:einstimmig\s+|mehrheitlich\s+)?(?:beschlossen|genehmigt|angenommen|abgelehnt|zurückgestellt|vertagt|"
    r"zur Kenntnis genommen|verwiesen\b[^–]*|(?:vom Antragsteller\s+)?zurückgezogen|gewählt)(?:\s+[–-]\s|\s*$)"
)
"""The result field of a decision register's line ("Nr. AA/2025/004 – Beschaffung … – zurückgestellt", "… – abgelehnt –
Ja 5 / Nein 9 / Enth. 1"): a decision of its own."""


_NOTE = re.compile(NOTE_LABEL)


def is_vote(text: str) -> bool:
    """True for a sentence that reports a vote result (not one that merely mentions a vote): a vote cue, or counts
    of two sides in any wording the vote reader knows ("mit 12 Stimmen dafür, 3 Stimmen dagegen und 1
    Stimmenthaltung"); a named speaker's sentence never is: speakers report votes, bodies cast them."""
    if STATUS.match(text) or STATUS_INLINE.search(text) or _REGISTER_RESULT.search(text):
        return True
    votes = parse_votes(text)
    counted = sum(count is not None for count in (votes.yes, votes.no, votes.abstain)) >= 2
    cued = _VOTE_CUE.search(text) or counted or RECEIVED.search(text)
    if not cued or _speaks(text, persons_only=True) or _QUORUM.search(text):
        return False
    return votes.found or bool(re.search(rf"angenommen|beschlossen|abgelehnt|zugestimmt|Kenntnis|{NO_MAJORITY}", text))


@dataclass
class _State:
    text: list[Unit] = field(default_factory=list)
    vote: list[Unit] = field(default_factory=list)
    in_block: bool = False
    motion: Unit | None = None


_REFERENCE_ONLY = re.compile(r"^[A-Z]{0,4}[-/ ]?\d{2,5}(?:/\d{2,4})+(?:/\d{1,2})?$")
"""A line that is only a paper's number ("A0221/19", "BV/118/2021")."""


def _decision(ctx: ItemContext, text_units: list[Unit], vote_units: list[Unit], span: list[Unit]) -> Decision:
    units = sorted(set(span), key=lambda u: u.start)
    while len(units) > 1 and _REFERENCE_ONLY.match(units[-1].text.strip()):
        units.pop()  # "A0221/19" closing the item: the next item's paper, printed before its heading
    start, end = units[0].start, units[-1].end
    if len(units) == 1 and not text_units:
        start = quote_start(ctx, start, units[0].text)  # "Beschluss: ungeändert beschlossen" under its heading
    vote_text = " ".join(u.text for u in vote_units)
    resolution = " ".join(HEADER.sub("", u.text) for u in text_units) or vote_text
    votes = parse_votes(vote_text) if vote_units else parse_votes(resolution)
    if not vote_units and parse_votes(resolution).unanimous is None:
        votes = tally_before(ctx.units, units[0]) or Votes()  # "12 Stimmen für X / 3 dagegen / Somit ist X gewählt."
    derived: list[str] = []
    if vote_units and text_units:
        counted = " ".join(u.text for u in text_units if _VOTE_CUE.search(u.text))
        votes, completed = completed_counts(votes, parse_votes(counted))
        derived += completed
    return Decision(
        **ctx.base("decision", start, end),  # type: ignore[arg-type]
        outcome=outcome_of(vote_text, resolution, votes),
        unanimous=votes.unanimous,
        yes=votes.yes,
        no=votes.no,
        abstain=votes.abstain,
        by_faction=votes.by_faction,
        text=unmask(resolution.strip()),
        derived=tuple(derived + derived_fields(vote_text, resolution, votes)),
    )


_EXCLUSION_NOTE = re.compile(r"\b(?:ausgeschlossen|[Bb]efangen\w*|Mitwirkungsverbot|Sonderinteresse)\b")
"""The note on members excluded for a conflict of interest that some councils print between the counts and the
result ("Aufgrund von § 38 ThürKO war kein Mitglied … ausgeschlossen.")."""


def _read_out(units: list[Unit], index: int) -> bool:
    text, before = units[index].text, units[index - 1].text if index else ""
    quoted = text.lstrip().startswith(("„", '"', "»"))
    return (quoted and bool(_READ_OUT.search(before))) or ("„" in text and bool(_READ_OUT.search(text.split("„")[0])))


def _after_vote(units: list[Unit], index: int, vote: list[Unit]) -> bool:
    """True when ``units[index]`` follows the vote directly or after a note on excluded members, and does not state
    another result than a vote that set its matter aside ("… wurde in die 2. Lesung verwiesen." / "Der Antrag unserer
    Fraktion … wurde … abgelehnt.": two decisions)."""
    if other_result(vote, units[index]):
        return False
    if units[index - 1] in vote:
        return True
    return index >= 2 and units[index - 2] in vote and bool(_EXCLUSION_NOTE.search(units[index - 1].text))



def _restates(units: list[Unit], index: int, vote: list[Unit]) -> bool:
    """True when the vote ``units[index]`` may restate ``vote``: right after it, or in another paragraph (a status at
    the top, the vote below the discussion); a report's paragraph that moved on to other matters votes anew."""
    if OWN_RESOLUTION.match(units[index].text):
        return False  # "Der Ortschaftsrat … fassten den einstimmigen Beschluss, den Wasserzins …": a matter of its own
    if _after_vote(units, index, vote):
        return True
    return units[index].paragraph != vote[-1].paragraph and not (reported(vote[-1].text) and reported(units[index].text))



def extract_decisions(ctx: ItemContext) -> list[Decision]:
    found: list[tuple[list[Unit], list[Unit]]] = []
    state = _State()
    header_vote: list[Unit] = []

    def close_block() -> None:
        nonlocal header_vote
        if header_vote and state.text:
            found.append((state.text, header_vote))
        elif header_vote:
            found.append(([], header_vote))
        elif state.text and (
            resolved(state.text) or (state.in_block and is_vote(" ".join(u.text for u in state.text)))
        ):
            found.append((state.text, []))  # "Beschluss: Aus den Verfügungsmitteln erhalten … / Ja | Nein / 8 | 0"
        header_vote, state.text, state.in_block = [], [], False

    units = joined(ctx.units)
    votes_in_item = sum(1 for u in units if is_vote(u.text))
    barrier = 0  # decisions before a heading line inside the item: no later vote restates them
    for index, unit in enumerate(units):
        text = unit.text
        if cut_off(ctx, unit) and not (is_vote(text.split(",", 1)[0]) or (is_vote(text) and parse_votes(text).has_counts)):
            break  # cut off mid-sentence, unless its main clause states the vote ("… fassten den einstimmigen Beschluss, den")
            # or the counts stand before the cut ("16 stimmten dafür, drei dagegen (S")
        if not HEADER.match(text) and not STATUS.match(text) and is_heading_line(ctx, unit):
            close_block()
            barrier, state.motion = len(found), None
            continue
        recent = found[barrier:]
        if _REGISTER_RESULT.search(text):
            close_block()
            found.append(([], [unit]))  # a register's line: its title, result and counts in one
            continue
        if recent and _REGISTER_RESULT.search(recent[-1][1][-1].text if recent[-1][1] else "") and _NOTE.match(text):
            continue  # "Auftrag: …", "Vermerk: …" under a register's line: its notes
        if is_vote(text):
            previous = units[index - 1] if index else None
            if _COUNT_LABEL.match(text):
                close_block()
                header_vote = [unit]  # "Beschluss 19:4:" heads the resolution that follows
            elif header_vote and not state.text and same_counts(header_vote, unit):
                header_vote.append(unit)
            elif (
                recent
                and not state.text
                and (
                    (same_counts(found[-1][1], unit) and _restates(units, index, found[-1][1]))
                    or (previous in found[-1][1] and completes(found[-1][1], unit) and not reported(text))
                )
            ):
                found[-1][1].append(unit)
            elif recent and not state.text and _after_vote(units, index, found[-1][1]) and _RESULT_NOTE.match(text):
                found[-1][1].append(unit)  # "Der Beschluss wird damit mehrheitlich angenommen." restates it
            elif header_vote and previous is not None and previous in header_vote:
                header_vote.append(unit)
            elif state.text and not header_vote and repeats(recent, unit, votes_in_item <= 2):
                found[-1] = ([*found[-1][0], *state.text], [*found[-1][1], unit])
                state.text, state.in_block = [], False
            elif state.text and (not (state.in_block or header_vote) or FURTHER_RESOLUTION.match(text)) and resolved(state.text) and (
                body_resolves(text) and not _RESULT_NOTE.match(text)
            ):
                close_block()  # a report resolves one matter, then the next with its vote ("Anschließend wurde … genehmigt")
                found.append(([unit], [unit]))
            elif state.text:
                found.append((state.text, [*header_vote, unit]))
                state.text, state.in_block, header_vote = [], False, []
            elif (
                recent and previous is not None and found[-1][1] == [previous] and STATUS.match(previous.text)
            ):
                header_vote = [previous, unit]
                found.pop()
            elif (resolves(text) or OWN_MOTION.match(text)) and not _speaks(text) and not HEADER.match(text) and not (
                state.motion is not None and _MOTION.search(state.motion.text) and RESTATING_SUBJECT.match(text)
            ):
                found.append(([unit], [unit]))
            elif state.motion is not None and _MOTION.search(state.motion.text):  # "Der Antrag wird … angenommen."
                found.append(([state.motion], [unit]))
            elif HEADER.match(text) or STATUS.match(text):
                header_vote = [unit]
                state.in_block = text.rstrip().endswith(":")  # "… beschließt einstimmig folgendes:" leads the text
            else:
                found.append(([], [unit]))
            state.motion = None
            continue
        if recent and index and _after_vote(units, index, found[-1][1]) and _RESULT_NOTE.match(text):
            found[-1][1].append(unit)
            continue
        if (
            recent
            and found[-1][1]
            and not state.text
            and re.match(r"(?:Damit|Somit)\b", text)
            and _RESULT_NOTE.match(text)
        ):
            found[-1][1].append(unit)  # "Damit ist der Antrag abgelehnt." restates the vote before it
            continue
        if (
            not state.in_block
            and NUMBERED.match(text)
            and recent
            and found[-1][0]
            and NUMBERED.match(found[-1][0][0].text)
            and index
            and units[index - 1] in found[-1][1]
        ):
            state.in_block, state.text = (
                True,
                [unit],
            )  # "1. …" voted, then "2. …": the next point of the resolution
            continue
        if HEADER.match(text):
            if state.text and _VOTE_LABEL.match(text) and not header_vote:
                continue  # "Abstimmung:" under the resolution: the counts that follow are its vote
            if state.text:
                close_block()
            state.in_block = True
            if HEADER.sub("", text).strip():
                state.text.append(unit)
            continue
        if state.in_block and (
            _speaks(text, persons_only=True) or _SUBHEAD.match(text) or SECTION_HEAD.match(text)
        ):
            close_block()
        if state.in_block and resolves_alone(text) and new_resolution(ctx, state.text, unit):
            close_block()
            state.text = [unit]
            continue
        if state.in_block:
            state.text.append(unit)
            continue
        if WITHDRAWN.search(text) and not header_vote:
            found.append(([unit], []))
        elif MOTION_SENTENCE.search(text) and not _speaks(text):
            close_block()  # a resolution before it stands on its own ("Die Niederschrift gilt somit als genehmigt.")
            state.text = [unit]
        elif (
            resolves(text)
            and not _speaks(text)
            and not _FIRST_PERSON.match(text)
            and not _RETRO.search(REFERENCED_DATE.sub(" ", text))
            and not _HYPOTHETICAL.search(text)
            and not _MAY.search(_SUBORDINATE.sub(" ", text))
            and not _read_out(units, index)
        ):
            if state.motion is not None and not state.text and REFERS_BACK.search(text):
                state.text = [state.motion]
            if not header_vote and new_resolution(ctx, state.text, unit):
                close_block()
            state.text.append(unit)
        elif PUT_TO_VOTE.search(text):
            state.text = [unit]
        elif _speaks(text) or _MOTION.search(text):
            if _speaks(text) and resolved(state.text):
                close_block()
            elif _speaks(text):
                state.text = []
            if header_vote:
                close_block()
            state.motion = unit
    close_block()
    top = units[min(1, len(units) - 1)].start if units else 0  # the first two units: a label and its value
    return without_restatements(
        [
            _decision(ctx, text_units, vote_units, span)
            for text_units, vote_units, span in settled(
                without_page_header(found), units, top, resolves
            )
        ]
    )
