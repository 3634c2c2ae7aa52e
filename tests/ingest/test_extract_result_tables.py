"""Decisions listed in a results table, one per row (own tables in the layouts portals export)."""

from __future__ import annotations

from tests.ingest.extract_helpers import minutes

_FIXED = """TOP 2 Beschlussübersicht

Nr.  Vorlage      Betreff                                   Ergebnis                Ja  Nein  Enth.
2.1  BV/07/2024   Neufassung der Friedhofssatzung           beschlossen             21     3     1
2.2  A/12/2024    Antrag der Grünen: Baumschutzsatzung      abgelehnt                9    15     1
                  für das Stadtgebiet
2.3  BV/09/2024   Sanierung Turnhalle Ost                   verwiesen in den BA      –     –     –
2.4  IV/03/2024   Sachstand Kita-Ausbau                     zur Kenntnis genommen    –     –     –
2.5  BV/11/2024   Wahl der Schiedsperson                    gewählt: Frau Lenz      einstimmig

Ergänzende Hinweise folgen.
"""

_PIPES = """TOP 1 Bauanträge

Nr. | Vorhaben                      | Lage              | Ergebnis                    | Abst.
1.1 | Neubau Doppelhaus             | Fl.Nr. 12/3       | Einvernehmen erteilt        | 7:0
1.2 | Werbeanlage an der B 12       | Fl.Nr. 401        | Einvernehmen nicht erteilt  | 2:5
"""


def test_a_fixed_width_results_table_gives_one_decision_a_row() -> None:
    found = minutes(_FIXED).decisions
    rows = [(d.outcome, d.yes, d.no, d.abstain) for d in found]
    assert rows == [
        ("angenommen", 21, 3, 1),
        ("abgelehnt", 9, 15, 1),
        ("verwiesen", None, None, None),
        ("zur Kenntnis genommen", None, None, None),
        ("angenommen", None, None, None),
    ]
    assert found[0].quote.startswith("2.1") and found[0].quote.endswith("1")
    assert found[4].unanimous is True
    assert found[0].unanimous is False


def test_a_table_with_cells_divided_by_bars_and_counts_as_ratio() -> None:
    found = minutes(_PIPES).decisions
    assert [(d.outcome, d.yes, d.no, d.unanimous) for d in found] == [
        ("angenommen", 7, 0, True),
        ("abgelehnt", 2, 5, False),
    ]


def test_a_single_result_line_is_no_table() -> None:
    text = "TOP 3 Spielplatz\n\nBeschluss: Der Rat stimmt dem Neubau zu. Ja 12 Nein 0\n\nHerr Kern dankt.\n"
    found = minutes(text).decisions
    assert len(found) == 1
    assert found[0].quote.startswith("Beschluss")
