/// The page's stylesheet, inline: system fonts only, nothing fetched.
enum HTMLStyle {
  static let css = """
    :root { --error: #c62828; --warning: #a65f00; --info: #1565c0; --ink: #1d2330; --muted: #5f6b7a;
      --line: #d8dde4; --paper: #ffffff; --wash: #f5f7fa; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
      color: var(--ink); background: var(--wash); }
    header, main { max-width: 1400px; margin: 0 auto; padding: 0 20px; }
    header { padding-top: 18px; }
    h1 { font-size: 22px; margin: 0 0 4px; }
    h2 { font-size: 19px; margin: 26px 0 10px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
    h2 .reports-list { font-weight: normal; color: var(--muted); font-size: 15px; margin-left: 8px; }
    h3 { font-size: 16px; margin: 20px 0 8px; }
    h4.slot { font-size: 14px; margin: 14px 0 6px; color: var(--muted); text-transform: uppercase;
      letter-spacing: .04em; }
    .summary { font-weight: 600; margin: 0 0 8px; }
    .quiet { color: var(--muted); font-style: italic; }
    .input-errors { color: var(--error); }
    figure.timeline { margin: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 6px;
      padding: 8px 8px 4px; }
    figure.timeline svg { width: 100%; height: auto; display: block; font-size: 12px; }
    svg .tick { stroke: #e3e7ec; stroke-width: 1; }
    svg .tick-label { fill: var(--muted); text-anchor: middle; font-size: 11px; }
    svg .source { fill: var(--ink); font-weight: 600; }
    svg .conflict .source { fill: var(--error); }
    svg .row-bg { fill: #fdecea; }
    svg .hedge { fill: #4a78c2; opacity: .18; }
    svg .span { fill: #4a78c2; }
    svg .conflict .span { fill: #d9534f; }
    svg .point { fill: #4a78c2; }
    svg .conflict .point { fill: #d9534f; }
    svg .backwards { stroke: #d9534f; stroke-width: 2; stroke-dasharray: 5 3; }
    svg .duration { fill: #f0a030; }
    svg .duration.borrowed { fill: none; stroke: #f0a030; stroke-width: 1.5; stroke-dasharray: 4 3; }
    svg .whisker { stroke: #b0700a; stroke-width: 1.5; }
    svg .says { fill: var(--ink); }
    svg .flag { fill: var(--error); font-weight: 700; }
    .legend { color: var(--muted); font-size: 12px; margin: 4px 4px 2px; }
    .key { display: inline-block; width: 18px; height: 8px; margin: 0 4px 0 12px; vertical-align: middle; }
    .key-span { background: #4a78c2; }
    .key-duration { background: #f0a030; height: 5px; }
    .key-borrowed { border: 1.5px dashed #f0a030; height: 6px; }
    .key-hedge { background: rgba(74, 120, 194, .18); height: 12px; }
    .key-conflict { background: #fdecea; border: 1px solid #d9534f; height: 12px; }
    .finding { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--info);
      border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
    .finding.sev-error { border-left-color: var(--error); }
    .finding.sev-warning { border-left-color: var(--warning); }
    .finding:target { box-shadow: 0 0 0 3px #ffd54f; }
    .finding .head { margin: 0 0 4px; }
    .finding .sev { font-weight: 700; text-transform: uppercase; font-size: 12px; letter-spacing: .05em; }
    .sev-error .sev { color: var(--error); }
    .sev-warning .sev { color: var(--warning); }
    .sev-info .sev { color: var(--info); }
    .finding .fid { color: var(--muted); font-size: 12px; margin-left: 6px; }
    .finding .message { margin: 0 0 6px; }
    .finding table { border-collapse: collapse; font-size: 14px; margin: 4px 0; }
    .finding th, .finding td { text-align: left; padding: 3px 14px 3px 0; border-bottom: 1px solid #eef0f3;
      vertical-align: top; unicode-bidi: isolate; }
    .finding th { color: var(--muted); font-weight: 600; font-size: 12px; }
    .finding .cause { margin: 6px 0 0; color: var(--muted); }
    .reports { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px;
      margin-bottom: 30px; }
    .report { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px;
      min-width: 0; }
    .report h4 { margin: 0; font-size: 15px; }
    .report .meta { margin: 0 0 6px; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
    .report .text { white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.5 ui-monospace, "SFMono-Regular",
      "DejaVu Sans Mono", Menlo, Consolas, monospace; margin: 0; }
    mark { background: #e8eefb; color: inherit; border-radius: 2px; padding: 0 1px; }
    mark mark { background: #d4e0f7; }
    mark.conflict.sev-info { background: #dbeafe; outline: 1px solid var(--info); }
    mark.conflict.sev-warning { background: #ffe8b3; outline: 1px solid var(--warning); }
    mark.conflict.sev-error { background: #ffd6d3; outline: 1px solid var(--error); }
    mark:target { box-shadow: 0 0 0 3px #ffd54f; }
    sup.refs a { color: var(--error); font-weight: 700; text-decoration: none; font-family: system-ui, sans-serif;
      font-size: 10px; margin-left: 1px; }
    .hidden-char { color: #fff; background: var(--error); font-size: 10px; border-radius: 3px; padding: 0 2px; }

    """
}
