"""Build corpus/musterstadt-2024-04-04-vorlage-grundschule-nord.pdf (fictional Beschlussvorlage).

Run from the repository root:  .venv/bin/python corpus/tools/make_pdf.py
Uses fpdf2 core fonts (Helvetica, cp1252), so umlauts, ß, „“ and € need no external font file.
The PDF metadata dates are fixed so that rebuilding gives a stable file.
"""

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "musterstadt-2024-04-04-vorlage-grundschule-nord.pdf"

HEAD = [
    ("Vorlage-Nr.:", "2024/BV/031"),
    ("Vorlageart:", "Beschlussvorlage"),
    ("Datum:", "04.04.2024"),
    ("Gremium:", "Stadtrat der Stadt Musterstadt (Entscheidung am 25.04.2024)"),
    ("Federführung:", "Fachbereich 2 – Bauen und Stadtentwicklung, Herr Petersen"),
    ("Beteiligt:", "Fachbereich 1 – Finanzen (Kämmerei); Fachbereich 3 – Schulen, Jugend und Soziales"),
    ("Status:", "öffentlich"),
]

BERATUNGSFOLGE = [
    ("09.04.2024", "Ausschuss für Bildung und Soziales", "Vorberatung"),
    ("16.04.2024", "Haupt- und Finanzausschuss", "Vorberatung"),
    ("25.04.2024", "Stadtrat", "Entscheidung"),
]

SECTIONS = [
    (
        "Betreff",
        [
            "Neubau der Grundschule Nord an der Schillerwiese – Grundsatz- und Projektbeschluss (Variante B)",
        ],
    ),
    (
        "Beschlussvorschlag",
        [
            "1. Der Stadtrat beschließt den Neubau einer dreizügigen Grundschule mit Ganztagsbereich und "
            "Einfeld-Sporthalle auf der städtischen Fläche an der Schillerwiese (Variante B der "
            "Variantenuntersuchung, Vorlage 2024/BV/008).",
            "2. Der Neubau wird im Passivhausstandard errichtet.",
            "3. Der Kostenrahmen wird auf 11,88 Mio. Euro brutto (Kostengruppen 200 bis 700 nach DIN 276) "
            "festgelegt.",
            "4. Die Verwaltung wird beauftragt, einen Förderantrag im Landesprogramm Schulbau zu stellen und "
            "die Planungsleistungen europaweit auszuschreiben.",
            "5. Das Bestandsgebäude am Eichenweg 12 wird bis zum Umzug in den Neubau weiter als Schulgebäude "
            "genutzt. Über die Nachnutzung entscheidet der Stadtrat gesondert.",
        ],
    ),
    (
        "Sachverhalt",
        [
            "1. Ausgangslage",
            "Die Grundschule Nord wird im Schuljahr 2023/24 von 231 Schülerinnen und Schülern in zehn Klassen "
            "besucht. Nach der Schulentwicklungsplanung des Landkreises steigt die Zahl bis zum Schuljahr "
            "2028/29 auf voraussichtlich 275 Kinder, vor allem wegen der Neubaugebiete im Norden der Stadt, "
            "darunter das geplante Baugebiet „Am Mühlbach“ (Bebauungsplan Nr. 47). Ab dem Schuljahr 2026/27 "
            "besteht zudem der Rechtsanspruch auf Ganztagsbetreuung für Kinder im Grundschulalter, der "
            "schrittweise auf alle vier Klassenstufen ausgeweitet wird.",
            "Das Schulgebäude am Eichenweg 12 wurde 1968 errichtet. Das Brandschutzgutachten vom 14.09.2023 "
            "stellt fest, dass der zweite Rettungsweg im Obergeschoss nur mit Übergangsmaßnahmen gesichert "
            "ist. Heizung, Lüftung und Elektroinstallation haben das Ende ihrer Nutzungsdauer erreicht. Ein "
            "Aufzug ist nicht vorhanden.",
            "2. Ergebnis der Variantenuntersuchung",
            "Der Stadtrat hat in seiner Sitzung am 20.02.2024 das Ergebnis der Variantenuntersuchung des Büros "
            "Lenz + Partner zur Kenntnis genommen und die Verwaltung beauftragt, eine Beschlussvorlage zur "
            "Umsetzung der Variante B zu erarbeiten. Die Varianten im Überblick: Variante A (Generalsanierung "
            "im Bestand) 6,8 Mio. Euro; Variante B (Neubau an der Schillerwiese) 11,2 Mio. Euro; Variante C "
            "(modularer Ersatzneubau am bisherigen Standort) 9,4 Mio. Euro.",
            "Für die Variante B sprechen insbesondere der ungestörte Schulbetrieb während der Bauzeit, der "
            "Verzicht auf eine Containeranlage (Mietkosten bei Variante C rund 540.000 Euro) sowie die "
            "Förderquote von 40 Prozent. Bei einer Betrachtung über 30 Jahre einschließlich Energie-, "
            "Unterhaltungs- und Reinigungskosten liegt die Variante B nach dem Gutachten nur noch rund "
            "1,1 Mio. Euro über der Variante A.",
            "3. Passivhausstandard",
            "In der Sitzung am 20.02.2024 wurde um Darstellung der Mehrkosten eines Passivhausstandards "
            "gebeten. Das Büro Lenz + Partner beziffert die Mehrkosten gegenüber dem gesetzlichen "
            "Mindeststandard (GEG) auf rund 680.000 Euro. Dem stehen jährliche Einsparungen bei den "
            "Energiekosten von etwa 38.000 Euro gegenüber. Zusätzlich kann eine Bundesförderung für "
            "effiziente Gebäude von bis zu 150.000 Euro beantragt werden.",
            "4. Schulweg",
            "Der neue Standort an der Schillerwiese liegt rund 600 Meter westlich des bisherigen Standorts. "
            "Für die Kinder aus dem Wohngebiet Am Nordring verlängert sich der Schulweg um bis zu 450 Meter. "
            "Die Verwaltung schlägt vor, an der Kreuzung Nordring/Schillerstraße eine Fußgängerampel zu "
            "errichten (geschätzte Kosten 95.000 Euro, nicht im Kostenrahmen enthalten).",
            "5. Zeitplan",
            "Europaweite Ausschreibung der Planungsleistungen: Mai bis August 2024; Entwurfsplanung bis "
            "Januar 2025; Baubeginn: Frühjahr 2025; Fertigstellung und Bezug: zum Schuljahr 2027/28.",
        ],
    ),
    (
        "Finanzielle Auswirkungen",
        [
            "Gesamtkosten (Kostenrahmen, brutto): 11.880.000 Euro",
            "davon Mehrkosten Passivhausstandard: 680.000 Euro",
            "Erwartete Zuwendung Landesprogramm Schulbau (40 % der förderfähigen Kosten): 4.150.000 Euro",
            "Erwartete Bundesförderung effiziente Gebäude: 150.000 Euro",
            "Eigenanteil der Stadt Musterstadt: 7.580.000 Euro",
            "Haushaltsjahr 2024: Planungsmittel 450.000 Euro (Produkt 21.10.01, Investitionsnummer I-2024-017) "
            "sind im Haushaltsplan 2024 veranschlagt. Die weiteren Mittel sind in der mittelfristigen "
            "Finanzplanung 2025 bis 2027 mit 3,9 Mio. Euro (2025), 4,6 Mio. Euro (2026) und 2,93 Mio. Euro "
            "(2027) einzuplanen. Die Finanzierung des Eigenanteils erfolgt voraussichtlich zu rund "
            "5 Mio. Euro über Kredite. Die jährlichen Folgekosten (Abschreibung, Zinsen, Bewirtschaftung) "
            "werden auf 412.000 Euro geschätzt.",
        ],
    ),
    (
        "Auswirkungen auf den Klimaschutz",
        [
            "positiv: Der Passivhausstandard und eine Photovoltaikanlage auf dem Dach (ca. 90 kWp) senken "
            "den CO2-Ausstoß gegenüber dem Bestandsgebäude um rund 85 Prozent.",
        ],
    ),
    (
        "Anlagen",
        [
            "Anlage 1: Variantenuntersuchung Lenz + Partner Architekten (Kurzfassung)",
            "Anlage 2: Lageplan Schillerwiese",
            "Anlage 3: Kostenschätzung Passivhausstandard",
        ],
    ),
]


class Vorlage(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 10)
        self.cell(0, 6, "Stadt Musterstadt – Die Bürgermeisterin", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(
            0,
            4,
            "Rathausplatz 1 · Ratsinformationssystem Musterstadt (fiktiv)",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 10, f"Vorlage 2024/BV/031 – Seite {self.page_no()} von {{nb}}", align="C")


def build() -> Path:
    pdf = Vorlage(format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # WinAnsi: umlauts, ß, „“, –, € with core fonts
    pdf.set_creation_date(datetime(2024, 4, 4, 10, 0, tzinfo=UTC))
    pdf.set_title("Beschlussvorlage 2024/BV/031 – Neubau der Grundschule Nord")
    pdf.set_author("Stadt Musterstadt (fiktiv)")
    pdf.set_subject("Stadt Musterstadt, Stadtrat, Beschlussvorlage vom 04.04.2024")
    pdf.set_keywords("Grundschule Nord, Schillerwiese, Variante B, Passivhaus, 2024/BV/031")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Beschlussvorlage", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for key, val in HEAD:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(35, 6, key)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Beratungsfolge", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for date, body, role in BERATUNGSFOLGE:
        pdf.cell(30, 6, date)
        pdf.cell(90, 6, body)
        pdf.cell(0, 6, role, new_x="LMARGIN", new_y="NEXT")
    for title, paras in SECTIONS:
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        for para in paras:
            is_sub = len(para) < 40 and para[:1].isdigit() and para[1:3] == ". "
            pdf.set_font("Helvetica", "B" if is_sub else "", 10)
            pdf.multi_cell(0, 5.5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.ln(6)
    if pdf.get_y() > pdf.h - 50:  # keep the signature block on one page
        pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0, 5.5, "Musterstadt, den 04.04.2024\n\ngez. Keller\nBürgermeisterin", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.output(str(OUT))
    return OUT


if __name__ == "__main__":
    print(build())
