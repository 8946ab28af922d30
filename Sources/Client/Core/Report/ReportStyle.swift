/// The report's one stylesheet, inline so the file opens from a USB stick with nothing to fetch. Fonts are the ones
/// office PCs have (YaHei and SimSun on Windows, Noto CJK on Linux, PingFang on a Mac); print is A4 with each part on
/// a new page, and nothing depends on colour alone (verdicts carry a sign and a border style, bars a pattern).
enum ReportStyle {
    static let css = """
    :root { font-family: "Microsoft YaHei", "SimSun", "Noto Sans CJK SC", "PingFang SC", sans-serif; color: #111; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 920px; padding: 16px 20px; font-size: 14px; line-height: 1.6; background: #fff; }
    h1 { font-size: 22px; margin: 0 0 4px; }
    h2 { font-size: 18px; border-bottom: 2px solid #111; padding-bottom: 2px; margin: 18px 0 8px; }
    h3 { font-size: 15px; margin: 12px 0 4px; }
    p, li, td, th, h1, h2, h3, h4 { overflow-wrap: anywhere; word-break: break-word; }
    .meta { color: #333; margin: 0 0 8px; }
    table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 6px 0 12px; }
    th, td { border: 1px solid #555; padding: 3px 6px; vertical-align: top; text-align: left; }
    th { background: #e8e8e8; }
    td.num { text-align: right; }
    figure.indicator { margin: 10px 0 16px; break-inside: avoid; page-break-inside: avoid; }
    figure.indicator figcaption { font-weight: bold; margin-bottom: 2px; }
    .result { margin: 0 0 4px; }
    svg.chart { display: block; width: 100%; max-width: 700px; height: auto; }
    .verdict { display: inline-block; max-width: 100%; padding: 0 4px; border: 1px solid #111; font-weight: bold; }
    .verdict.notMet { border-width: 2px; }
    .verdict.incomplete { border-style: dashed; }
    .verdict.noTarget { border-style: dotted; font-weight: normal; }
    .flag { font-weight: bold; }
    .flag.missing::before { content: "［缺］"; }
    .flag.placeholder::before { content: "［待填］"; }
    .warn::before { content: "⚠ "; }
    .outline .section { margin: 8px 0 2px; font-weight: bold; }
    .outline .body { margin: 0 0 4px; white-space: pre-wrap; }
    .outline .item { margin: 0 0 2px; }
    .outline .d1 { margin-left: 1.5em; } .outline .d2 { margin-left: 3em; } .outline .d3 { margin-left: 4.5em; } .outline .d4 { margin-left: 6em; }
    .legend { font-size: 12px; color: #333; }
    @page { size: A4; margin: 15mm 14mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      section.part + section.part { break-before: page; page-break-before: always; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
    }
    """
}
