"""Decisions a portal page lists as the steps of a matter's consultation (ALLRIS "Beratungsfolge").

The page of a motion or proposal on an ALLRIS portal lists each session that dealt with it, one line each, with what
that session did:

    38. Sitzung in der V. Wahlperiode der Bezirksverordnetenversammlung Lichtenberg von Berlin ohne Änderungen in der BVV beschlossen
    30. Öffentliche Sitzung des Ausschusses für Haushalt und Verwaltungsreform vertagt

Each such line is one decision of that body, quoted whole; its outcome is the status word that ends the line, and no
counts are given. A line without a status ("7. nichtöffentliche Sitzung des Geschäftsordnungsausschusses") is a step
still to come and yields nothing.
"""

from __future__ import annotations

import re

from assistant.models import Decision
from assistant.vocab import DecisionOutcome
from ingest.extract.common import ItemContext

_STATUS = {
    "beschlossen": DecisionOutcome.ADOPTED,
    "abgelehnt": DecisionOutcome.REJECTED,
    "vertagt": DecisionOutcome.ADJOURNED,
    "zurückgestellt": DecisionOutcome.DEFERRED,
    "überwiesen": DecisionOutcome.REFERRED,
    "verwiesen": DecisionOutcome.REFERRED,
    "genommen": DecisionOutcome.NOTED,
    "zurückgezogen": DecisionOutcome.WITHDRAWN,
}
_STEP = re.compile(
    r"^[ \t]*(?:\d{1,2}\.\d{1,2}\.\d{4}[ \t]+)?\d{1,3}\.[ \t]+(?:[Öö]ffentliche[ \t]+|[Nn]ichtöffentliche[ \t]+)?Sitzung\b"
    r"[^\n]{5,200}?[ \t](?:(?:ohne|mit)[ \t]+\w+[ \t]+)?(?:(?:im|in[ \t]+der|in[ \t]+den)[ \t]+[\w-]+[ \t]+)?"
    r"(?P<status>beschlossen|abgelehnt|vertagt|zurückgestellt|überwiesen|verwiesen|zur[ \t]+Kenntnis[ \t]+genommen|zurückgezogen)"
    r"[ \t]*$",
    re.MULTILINE,
)
"""A numbered session, the body that held it, and the status that ends the line ("… mit Änderungen im Ausschuss
beschlossen", "… mit Zwischenbericht zur Kenntnis genommen", "… in der BVV abgelehnt")."""


def step_decisions(ctx: ItemContext) -> list[Decision]:
    """One decision per line of a consultation sequence that ends in the status of the session's decision."""
    text, start, end = ctx.document.text, ctx.section.char_start, ctx.section.char_end
    found = []
    for match in _STEP.finditer(text, start, end):
        begin = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        outcome = _STATUS[match.group("status").split()[-1]]
        found.append(
            Decision(
                **ctx.base("decision", begin, match.end()),  # type: ignore[arg-type]
                outcome=outcome.value,
                text=" ".join(text[begin : match.end()].split()),
                derived=(),
            )
        )
    return found


def steps_taken(text: str) -> bool:
    """True when ``text`` lists a consultation step with its status: a page of a matter some body has decided on."""
    return bool(_STEP.search(text))
