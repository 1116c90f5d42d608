// What a person would see as broken on a page, measured in the browser. Called with the application's enum codes;
// returns a list of findings, each "kind: where: what".
const codes = new Set(arguments[0]);
const findings = [];

function visible(el) {
  if (!el) return false;
  // Content of a closed <details> keeps a box in some layouts but is not shown.
  if (el.checkVisibility && !el.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})) return false;
  const r = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  return r.width > 1 && r.height > 1 && style.visibility !== 'hidden' && style.display !== 'none';
}

function where(el) {
  const id = el.id || (el.closest('[id]') ? el.closest('[id]').id : '');
  return el.tagName.toLowerCase() + (id ? '#' + id : '') + (el.className && typeof el.className === 'string'
      ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : '');
}

function snippet(el) {
  return (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60);
}

// 1. Content that overflows its box: cards, key-figure tiles and table cells clip or spill what they hold.
document.querySelectorAll('.kam-card, .kam-tile, .ui-card, td, th').forEach(el => {
  if (!visible(el)) return;
  const style = getComputedStyle(el);
  if (style.overflowX === 'auto' || style.overflowX === 'scroll') return;
  if (el.scrollWidth > el.clientWidth + 1) {
    findings.push('overflow: ' + where(el) + ': ' + el.scrollWidth + ' > ' + el.clientWidth + ' px "' + snippet(el) + '"');
  }
});

// 1b. Content squeezed into a sliver: a value or cell so narrow its words break letter by letter.
document.querySelectorAll('main dd, main td, main th').forEach(el => {
  if (!visible(el)) return;
  const text = (el.innerText || '').trim();
  if (text.length > 6 && el.clientWidth < 48) {
    findings.push('squeezed: ' + where(el) + ': ' + el.clientWidth + ' px wide for "' + snippet(el) + '"');
  }
});

// 2. A label that does not sit with its field: above it and left-aligned, before it on the same line, or after a box.
const widget = '.ui-selectonemenu, .ui-selectcheckboxmenu, .ui-selectmanymenu, .ui-autocomplete, .ui-calendar, '
    + '.ui-datepicker-trigger, .ui-chkbox, .ui-radiobutton, .ui-inputnumber, .ui-spinner, .ui-inputswitch, '
    + '.ui-password, .ui-chips, .ui-fileupload, .ui-rating, .ui-slider, .ui-selectonelistbox, .ui-inputgroup';
document.querySelectorAll('main label[for]').forEach(label => {
  if (!visible(label) || label.offsetWidth <= 2) return;
  let field = document.getElementById(label.htmlFor);
  if (!field) return;
  field = field.closest(widget) || field;
  if (!visible(field)) return;
  const l = label.getBoundingClientRect();
  const f = field.getBoundingClientRect();
  const middle = r => (r.top + r.bottom) / 2;
  const above = Math.abs(l.left - f.left) <= 6 && l.bottom <= f.top + 4 && f.top - l.bottom <= 48;
  const before = l.right <= f.left + 4 && Math.abs(middle(l) - middle(f)) <= 14 && f.left - l.right <= 400;
  const after = f.right <= l.left + 4 && Math.abs(middle(l) - middle(f)) <= 14 && l.left - f.right <= 40;
  if (!(above || before || after)) {
    findings.push('label: ' + where(label) + ': "' + snippet(label) + '" is not with its field ' + where(field)
        + ' (label at ' + Math.round(l.left) + ',' + Math.round(l.top) + ', field at ' + Math.round(f.left) + ','
        + Math.round(f.top) + ')');
  }
});

// 3. A code of the application shown as it is, where a translated label belongs.
const seen = new Set();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
  acceptNode(node) {
    const parent = node.parentElement;
    // .kam-record: a record kept as it was written (the audit trail's details), not a label the product chose.
    if (!parent || parent.closest('script, style, noscript, textarea, [aria-hidden="true"], .kam-record')) return NodeFilter.FILTER_REJECT;
    return visible(parent) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
  }
});
while (walker.nextNode()) {
  const text = walker.currentNode.nodeValue;
  const tokens = text.match(/[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*/g) || [];
  tokens.filter(token => codes.has(token) && !seen.has(token)).forEach(token => {
    seen.add(token);
    findings.push('code: ' + where(walker.currentNode.parentElement) + ': ' + token + ' in "'
        + text.replace(/\s+/g, ' ').trim().slice(0, 60) + '"');
  });
}

// 4. Values shown as the machine stores them: raw instants and unformatted decimals ("2026-12-03T22:05:03Z",
//    "15200000.0000").
const raw = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\b\d{5,}\.\d{2,}\b|\b\d+\.0000\b/;
const rawSeen = new Set();
const values = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT, {
  acceptNode(node) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript, textarea, input, [aria-hidden="true"]')) return NodeFilter.FILTER_REJECT;
    return visible(parent) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
  }
});
while (values.nextNode()) {
  const match = values.currentNode.nodeValue.match(raw);
  if (match && !rawSeen.has(match[0]) && rawSeen.size < 5) {
    rawSeen.add(match[0]);
    findings.push('format: ' + where(values.currentNode.parentElement) + ': ' + match[0] + ' in "'
        + values.currentNode.nodeValue.replace(/\s+/g, ' ').trim().slice(0, 60) + '"');
  }
}

// 5. An icon-only button or link with no name for a screen reader.
document.querySelectorAll('button, a[href]').forEach(el => {
  if (!visible(el)) return;
  const iconOnly = el.classList.contains('ui-button-icon-only') || !(el.textContent || '').trim();
  const named = el.getAttribute('aria-label') || el.getAttribute('title') || el.getAttribute('aria-labelledby')
      || (el.querySelector('img[alt]') && el.querySelector('img[alt]').alt);
  if (iconOnly && !named) {
    findings.push('name: ' + where(el) + ': an icon-only control without an accessible name');
  }
});

// 6. The page itself scrolls sideways.
if (document.documentElement.scrollWidth > window.innerWidth + 1) {
  findings.push('sideways: page: ' + document.documentElement.scrollWidth + ' px wide at ' + window.innerWidth + ' px');
}
// 7. A chart a screen reader cannot read: every canvas is described (aria-describedby) by a table with a caption
//    and rows (WEB-INF/templates/chart.xhtml), and that table, though folded away, holds no code or raw value.
document.querySelectorAll('main canvas').forEach(canvas => {
  const described = canvas.getAttribute('aria-describedby');
  const table = described && document.getElementById(described);
  if (!table || table.tagName !== 'TABLE' || !table.caption || !(table.caption.textContent || '').trim()
      || !table.querySelector('tbody tr')) {
    findings.push('chart: ' + where(canvas) + ': a chart without a table alternative (aria-describedby="'
        + (described || '') + '")');
    return;
  }
  const text = Array.from(table.querySelectorAll('caption, th, td')).map(cell => cell.textContent).join(' | ')
      .replace(/\s+/g, ' ');
  const rawValue = text.match(raw);
  if (rawValue) {
    findings.push('format: ' + where(table) + ': ' + rawValue[0] + ' in the table of a chart');
  }
  const code = (text.match(/[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*/g) || []).find(token => codes.has(token));
  if (code) {
    findings.push('code: ' + where(table) + ': ' + code + ' in the table of a chart');
  }
});
return findings;
