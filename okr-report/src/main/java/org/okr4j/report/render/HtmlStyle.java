package org.okr4j.report.render;

/**
 * The page's inline style sheet: system fonts, a centred column on wide screens, key result cards
 * in a grid that stacks on a phone, tables that become stacks of labelled rows on narrow screens,
 * and a print layout. It refers to nothing outside the page.
 */
final class HtmlStyle {
  static final String CSS =
      """
      :root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--paper:#fff;--ground:#f4f6f8;\
      --accent:#0b57d0;--pace:#9a6700;--red:#b3261e;--red-bg:#fde7e5;--yellow:#7a5200;\
      --yellow-bg:#fff1c2;--green:#146c2e;--green-bg:#d9f2df;--grey:#4b535c;--grey-bg:#e8ebef;\
      --blue:#0a4b9e;--blue-bg:#dde9fb}
      *,*::before,*::after{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%}
      body{margin:0;background:var(--ground);color:var(--ink);font:16px/1.5 system-ui,\
      -apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;\
      overflow-wrap:break-word}
      .wrap{max-width:76rem;margin:0 auto;padding:0 1.25rem}
      h1,h2,h3,h4,h5,h6{line-height:1.25;margin:0;font-weight:650}
      h1{font-size:2rem;letter-spacing:-.01em}
      h2{font-size:1.35rem}
      h3,h4,h5,h6{font-size:1.05rem}
      code{font:.85em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;\
      overflow-wrap:anywhere}
      a{color:var(--accent)}
      q{quotes:"\\201C" "\\201D"}
      .muted{color:var(--muted)}
      .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);\
      white-space:nowrap}
      .eyebrow{margin:0 0 .25rem;color:var(--muted);font-size:.8rem;letter-spacing:.02em}
      .lead{color:var(--muted);max-width:60rem}
      .page-head{background:var(--paper);border-bottom:1px solid var(--line);padding:2rem 0 1.5rem;\
      margin-bottom:1.5rem}
      .page-head .lead{margin:.5rem 0 1rem}
      .summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1rem;padding:0;list-style:none}
      .summary li{background:var(--ground);border:1px solid var(--line);border-radius:999px;\
      padding:.15rem .75rem;font-size:.9rem}
      .contents summary{cursor:pointer;color:var(--accent);font-weight:600}
      .contents ol{margin:.5rem 0 0;padding-left:1.5rem;columns:2 24rem;column-gap:2rem}
      .contents li{break-inside:avoid;margin-bottom:.2rem}
      .contents .sub{list-style:circle}
      .badge{display:inline-block;border-radius:4px;padding:.05rem .45rem;font-size:.75rem;\
      font-weight:700;letter-spacing:.04em;border:1px solid currentColor;white-space:nowrap;\
      vertical-align:.05em;print-color-adjust:exact;-webkit-print-color-adjust:exact}
      .c-red,.v-inconsistent{color:var(--red);background:var(--red-bg)}
      .c-yellow,.v-consistent-under-rounding{color:var(--yellow);background:var(--yellow-bg)}
      .c-green,.v-consistent{color:var(--green);background:var(--green-bg)}
      .c-none,.c-unknown,.v-not-auditable{color:var(--grey);background:var(--grey-bg)}
      .v-consistent-under-other-basis{color:var(--blue);background:var(--blue-bg)}
      .v-consistent,.v-consistent-under-rounding,.v-consistent-under-other-basis,\
      .v-inconsistent,.v-not-auditable{text-transform:uppercase;font-size:.68rem}
      .mark{font-weight:700}
      .agree{color:var(--green)}
      .disagree{color:var(--red)}
      .objective{background:var(--paper);border:1px solid var(--line);border-radius:12px;\
      padding:1.25rem;margin:0 0 1.5rem}
      .objective.depth-1,.objective.depth-2,.objective.depth-3{margin-left:1.5rem;\
      border-left:4px solid var(--line)}
      .objective-head{margin-bottom:1rem}
      .description{color:var(--muted);margin:.4rem 0 0;max-width:60rem}
      .colours{display:flex;flex-wrap:wrap;gap:.75rem 1.5rem;align-items:flex-start;margin-top:.9rem}
      .colours .progress{flex:1 1 14rem;max-width:24rem}
      .status{margin:0;display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .5rem}
      .who{font-size:.8rem;color:var(--muted);min-width:3.5rem}
      .why{font-size:.85rem;color:var(--muted)}
      table{border-collapse:collapse}
      .derived th,.derived td{padding:.2rem .6rem .2rem 0;text-align:left;vertical-align:top}
      .derived thead th{font-size:.75rem;color:var(--muted);font-weight:600}
      .derived tbody th{font-size:.8rem;color:var(--muted);font-weight:500}
      .derived .why{display:block;font-size:.75rem}
      .krs{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,30rem),1fr));gap:1rem}
      .kr{border:1px solid var(--line);border-radius:10px;padding:1rem;background:var(--paper);\
      display:flex;flex-direction:column;gap:.75rem;min-width:0}
      .kr header{display:block}
      .statement{font-size:1rem}
      .statuses{list-style:none;margin:0;padding:0;display:grid;gap:.3rem}
      .progress{min-width:0}
      .bar{position:relative;height:.7rem;border-radius:999px;background:var(--grey-bg);\
      margin:.55rem 0 .35rem;print-color-adjust:exact;-webkit-print-color-adjust:exact}
      .bar .fill{position:absolute;left:0;top:0;bottom:0;border-radius:999px;\
      background:var(--accent)}
      .bar.over .fill{background:linear-gradient(90deg,var(--accent) 85%,#2e8b57)}
      .bar.away{background:var(--red-bg)}
      .bar.undefined{background:repeating-linear-gradient(135deg,var(--grey-bg) 0 6px,\
      #f7f8fa 6px 12px)}
      .bar .pace{position:absolute;top:-.3rem;bottom:-.3rem;width:3px;margin-left:-1.5px;\
      background:var(--pace);border-radius:2px}
      .legend{margin:0;font-size:.85rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:0 .75rem}
      .legend strong{color:var(--ink);font-size:1rem}
      .pace-key{display:inline-block;width:3px;height:.8rem;background:var(--pace);\
      margin-right:.35rem;vertical-align:-.1rem;border-radius:2px}
      .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,11rem),1fr));\
      gap:.5rem 1rem;margin:0}
      .figures div{min-width:0}
      .figures dt{font-size:.75rem;color:var(--muted)}
      .figures dd{margin:0;font-size:.9rem}
      .chart{margin:0}
      .chart figcaption{font-size:.75rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:0 .9rem}
      .key::before{content:"";display:inline-block;width:1.1rem;height:0;margin-right:.3rem;\
      vertical-align:.25rem;border-top:2px solid}
      .key.actual::before{border-color:var(--accent)}
      .key.pace::before{border-top-style:dashed;border-color:var(--pace)}
      .key.target::before{border-top-style:dashed;border-color:var(--green)}
      .key.asof::before{border-top-style:dotted;border-color:var(--red)}
      .key.projection::before{border-top-style:dashed;border-color:var(--ink)}
      .trajectory{display:block;width:100%;height:auto;background:#fbfcfd;\
      border:1px solid var(--line);border-radius:8px}
      .trajectory .goal{fill:#eef3fb}
      .trajectory .axis{stroke:#aeb7c0;stroke-width:1}
      .trajectory .baseline{stroke:#8c959f;stroke-width:1;stroke-dasharray:4 3}
      .trajectory .target{stroke:var(--green);stroke-width:1.2;stroke-dasharray:4 3}
      .trajectory .pace{stroke:var(--pace);stroke-width:1.5;stroke-dasharray:5 3}
      .trajectory .asof{stroke:var(--red);stroke-width:1;stroke-dasharray:2 2}
      .trajectory .projection{stroke:var(--ink);stroke-width:1.3;stroke-dasharray:3 2}
      .trajectory .projection-range{stroke:var(--ink);stroke-width:2}
      .trajectory .actual{fill:none;stroke:var(--accent);stroke-width:2}
      .trajectory .checkin{fill:var(--accent);stroke:#fff;stroke-width:1.5}
      .trajectory .checkin.judged{stroke:var(--ink)}
      .trajectory text{font-size:10px;fill:var(--muted);font-family:inherit}
      .trajectory .target-label{fill:var(--green)}
      .trajectory .asof-label{fill:var(--red)}
      .nochart{margin:0;font-size:.85rem;color:var(--muted);padding:.75rem;border:1px dashed \
      var(--line);border-radius:8px;text-align:center}
      details>summary{cursor:pointer}
      .checkins summary,.explain summary{font-size:.85rem;color:var(--accent)}
      .checkins table{margin-top:.4rem;font-size:.85rem;width:100%}
      .checkins th,.checkins td{text-align:left;padding:.2rem .5rem .2rem 0;vertical-align:top;\
      border-bottom:1px solid var(--ground)}
      .checkins thead th{color:var(--muted);font-weight:600;font-size:.75rem}
      .checkins tbody th{font-weight:500;white-space:nowrap}
      .judged{background:#f5f8ff}
      .tag{font-size:.7rem;color:var(--accent);border:1px solid;border-radius:4px;padding:0 .3rem}
      .explain dl{margin:.4rem 0 0;display:grid;gap:.5rem}
      .explain dt{font-size:.75rem;color:var(--muted)}
      .explain dd{margin:0;font-size:.85rem}
      .brief{display:block}
      .formula{display:block;color:var(--muted);font-size:.75rem;margin-top:.15rem}
      .flags{list-style:none;margin:0;padding:0;display:grid;gap:.35rem}
      .flag{border:1px solid var(--line);border-radius:8px;padding:.35rem .6rem;font-size:.85rem}
      .flag[open]{background:#fafbfc}
      .flag .brief{margin:.4rem 0 0}
      .objective>.flags{margin-bottom:1rem}
      .audit,.agreements{background:var(--paper);border:1px solid var(--line);border-radius:12px;\
      padding:1.25rem;margin:0 0 1.5rem}
      .scroll{overflow-x:auto}
      .findings,.colours-table{width:100%;font-size:.88rem}
      .findings th,.findings td,.colours-table th,.colours-table td{text-align:left;\
      vertical-align:top;padding:.45rem .6rem .45rem 0;border-bottom:1px solid var(--line)}
      .findings thead th,.colours-table thead th{font-size:.75rem;color:var(--muted);\
      font-weight:600}
      .findings tbody th,.colours-table tbody th{font-weight:500}
      .findings summary{color:var(--ink)}
      .agreement-list{margin:1rem 0 0;padding-left:1.25rem;color:var(--muted)}
      .page-foot{color:var(--muted);font-size:.8rem;padding:0 1.25rem 2rem}
      @media (max-width:40rem){
      .wrap{padding:0 .75rem}
      h1{font-size:1.5rem}
      h2{font-size:1.15rem}
      .figures{grid-template-columns:repeat(auto-fit,minmax(min(100%,8.5rem),1fr))}
      .objective,.audit,.agreements{padding:.9rem;border-radius:10px}
      .objective.depth-1,.objective.depth-2,.objective.depth-3{margin-left:.5rem}
      .kr{padding:.8rem}
      .findings thead,.colours-table thead{position:absolute;width:1px;height:1px;overflow:hidden;\
      clip:rect(0 0 0 0)}
      .findings tr,.colours-table tr{display:block;padding:.5rem 0;border-bottom:1px solid \
      var(--line)}
      .findings th,.findings td,.colours-table th,.colours-table td{display:block;border:0;\
      padding:.1rem 0}
      .findings td[data-label]::before,.colours-table td[data-label]::before{\
      content:attr(data-label);display:inline-block;min-width:6.5rem;font-size:.75rem;\
      color:var(--muted)}
      }
      @media print{
      @page{margin:1.5cm}
      html{font-size:9.5pt}
      body{background:#fff}
      .page-head{border:0;padding-top:0}
      .contents{display:none}
      .objective,.audit,.agreements{border:0;padding:0;margin-bottom:1rem}
      .krs{grid-template-columns:1fr 1fr;gap:.5rem}
      .kr{break-inside:avoid}
      .explain{display:none}
      details::details-content{content-visibility:visible;display:block}
      a{color:inherit;text-decoration:none}
      }
      """;

  private HtmlStyle() {}
}
