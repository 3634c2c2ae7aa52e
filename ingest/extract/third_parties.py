"""Parties outside the council and its administration as the doer of a task: "vom Antragsteller zu klären", "Der
Antragsteller soll Auskunft geben". Such a party owns the task in place of an owner the text did not state."""

from __future__ import annotations

import re

from ingest.extract.referrals import Task, clean_owner

_THIRD_PARTY = (
    r"(?:Antragsteller(?:in|innen)?|Bauherr(?:in|en|schaft)?|Vorhabenträger(?:in)?|Investor(?:in|en)?|Eigentümer(?:in|innen)?|"
    r"Bauwerber(?:in)?|Erschließungsträger(?:in)?|Betreiber(?:in)?|Planungsbüro|Ingenieurbüro|Architekt(?:in|en)?)"
)
"""Parties outside the council and its administration that minutes give work to: an applicant, a builder, an
investor, an owner, their planners."""
_BY_THIRD_PARTY = re.compile(
    rf"(?:\b(?:vom|von\s+(?:der|dem|den)|durch\s+(?:den|die|das)|seitens\s+(?:des|der))\s+(?P<by>{_THIRD_PARTY})n?\b"
    rf"|^(?:Der|Die|Das)\s+(?P<subject>{_THIRD_PARTY})\s+(?:soll|sollen|solle|muss|müssen|hat|haben)\b)"
)
"""A task whose doer is named as such a party: the agent of a passive ("vom Antragsteller zu klären", "durch den
Antragsteller durchgeführt werden") or the subject of "soll"/"hat … zu" ("Der Antragsteller soll Auskunft geben")."""


def by_third_party(task: Task | None, text: str) -> Task | None:
    """``task`` with the outside party the sentence names as its doer in place of an owner the text did not state."""
    if task is None or "owner" not in task.derived or (match := _BY_THIRD_PARTY.search(text)) is None:
        return task
    return Task(clean_owner(match.group("by") or match.group("subject")), tuple(f for f in task.derived if f != "owner"))
