/** The page's CSS: readable on screen and in print, no external font or image. */
export const pageStyle = `
:root{color-scheme:light;font-family:Georgia,'Times New Roman',serif;line-height:1.55;color:#1a1a1a;background:#fafaf7}
.nutgraf{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:2rem;max-width:78rem;margin:0 auto;padding:1.5rem}
@media (max-width:60rem){.nutgraf{grid-template-columns:1fr}}
.article{background:#fff;padding:1.5rem 2rem;border:1px solid #e3e3dc;border-radius:6px}
.panel{font-family:system-ui,sans-serif;font-size:.92rem}
.panel h2{font-size:1.05rem;margin:1.2rem 0 .4rem;border-bottom:1px solid #ddd}
.panel h3{font-size:.95rem;margin:.8rem 0 .2rem}
.panel ul{padding-left:1.1rem;margin:.2rem 0}
.panel .kind,.panel .count,.panel .roles{color:#555;font-size:.85em}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.4em;border:1px solid #999}
.block{margin:.6rem 0}
.block-headline{font-size:1.6rem;line-height:1.25}
.block-byline,.block-credit{font-family:system-ui,sans-serif;font-size:.8rem;color:#666;text-transform:none}
.block-standfirst{font-size:1.1rem;font-style:italic;color:#333}
.block-caption{font-family:system-ui,sans-serif;font-size:.85rem;color:#555;border-left:3px solid #ccc;padding-left:.6rem}
.block-other{font-family:system-ui,sans-serif;font-size:.75rem;color:#999}
mark.quote{padding:0 .1em;border-radius:3px;color:inherit}
mark.quote-partial{outline:1px dashed #888}
mark.quote-indirect{background-image:linear-gradient(transparent 85%,rgba(0,0,0,.25) 85%)}
.person{border-bottom:2px solid #3a6ea5;font-weight:600}
.person-pronoun{border-bottom-style:dotted;font-weight:inherit}
.amount{border:1px solid #2e7d32;border-radius:3px;padding:0 .15em;background:#e8f5e9}
.summary{text-decoration:underline;text-decoration-color:#c62828;text-decoration-thickness:2px;text-underline-offset:3px}
[title]:hover{outline:2px solid #333;cursor:help}
`
