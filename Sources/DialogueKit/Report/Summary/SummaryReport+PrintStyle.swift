extension SummaryReport {
    /// The HTML report's inline style: black on white, A4 pages with margins, headings kept with what follows,
    /// tables whose header row repeats on each page and whose rows are not split; borders and weight, not
    /// colour, carry the structure.
    static let printStyle = """
        @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
        html { color: #000; background: #fff; }
        body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.4; margin: 0 auto; max-width: 48em; padding: 1em; }
        h1, h2, h3, h4 { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; line-height: 1.2; break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
        h1 { font-size: 20pt; margin: 0 0 8pt; }
        h2 { font-size: 15pt; margin: 18pt 0 6pt; border-bottom: 1.5pt solid #000; padding-bottom: 2pt; }
        h3 { font-size: 12.5pt; margin: 12pt 0 4pt; }
        h4 { font-size: 11pt; margin: 10pt 0 4pt; }
        p, li, dd { orphans: 3; widows: 3; }
        p { margin: 0 0 6pt; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 12pt; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 10pt; break-inside: auto; }
        caption { caption-side: top; text-align: left; font-weight: bold; font-style: italic; padding: 0 0 3pt; break-after: avoid; page-break-after: avoid; }
        thead { display: table-header-group; }
        tr, th, td { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 0.75pt solid #000; padding: 3pt 5pt; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
        td.date { white-space: nowrap; }
        thead th { border-bottom-width: 2pt; }
        th { font-weight: bold; }
        tbody th { font-weight: normal; font-style: italic; }
        @media print { body { max-width: none; padding: 0; } }
        """
}
