// What breaks on a narrow screen (a phone at 390 px, a tablet at 768 px), measured after the window was narrowed.
// Called with the screen's width and whether it is a phone; returns a list of findings, each "kind: where: what".
const width = arguments[0];
const phone = arguments[1];
// The width the page may take: the screen's, less a vertical scroll bar where one shows.
const room = Math.min(width, document.documentElement.clientWidth);
const findings = [];

function visible(el) {
  if (el.checkVisibility && !el.checkVisibility({visibilityProperty: true, opacityProperty: true,
      contentVisibilityAuto: true})) return false;
  const r = el.getBoundingClientRect();
  return r.width > 1 && r.height > 1;
}

function where(el) {
  const id = el.id || (el.closest('[id]') ? el.closest('[id]').id : '');
  return el.tagName.toLowerCase() + (id ? '#' + id : '') + (el.className && typeof el.className === 'string'
      ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : '') + ' '
      + Math.round(el.getBoundingClientRect().left) + '..' + Math.round(el.getBoundingClientRect().right) + ' px';
}

// The nearest ancestor that scrolls sideways on its own (a wide table's wrapper): what it holds may be wider.
function scroller(el) {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const x = getComputedStyle(p).overflowX;
    if (x === 'auto' || x === 'scroll') return p;
  }
  return null;
}

// 1. The page scrolls sideways: named by the innermost shown elements that stick out and do not sit in a scroller.
if (document.documentElement.scrollWidth > room + 1) {
  // Shown, however small: a visually hidden 1 px label placed past the edge widens the page as much as a table.
  const shown = e => !e.checkVisibility || e.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true});
  const out = e => shown(e) && e.getBoundingClientRect().right > room + 1 && !scroller(e);
  const culprits = Array.from(document.querySelectorAll('body *'))
      .filter(e => out(e) && !Array.from(e.children).some(out)).slice(0, 3).map(where);
  findings.push('sideways: ' + document.documentElement.scrollWidth + ' px wide on a ' + width + ' px screen ('
      + culprits.join(', ') + ')');
}

// 2. A control cut off: past the screen's edge outside a scroller, cut by a box that hides its overflow, or its
//    own text cut by its box.
const controls = 'main button, main a.ui-button, main input:not([type=hidden]), main select, main textarea, '
    + 'main .ui-selectonemenu, main .ui-selectcheckboxmenu, main .ui-datepicker-trigger, main .ui-chkbox-box';
document.querySelectorAll(controls).forEach(el => {
  if (!visible(el) || el.closest('.ui-helper-hidden-accessible, .kam-sr-only, .kam-sr')) return;
  const r = el.getBoundingClientRect();
  if (!scroller(el) && (r.right > room + 1 || r.left < -1)) {
    findings.push('clipped: ' + where(el) + ': past the ' + width + ' px screen');
    return;
  }
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (style.overflowX === 'auto' || style.overflowX === 'scroll') break;
    if (style.overflowX === 'hidden' || style.overflowX === 'clip') {
      const box = p.getBoundingClientRect();
      if (r.right > box.right + 1 || r.left < box.left - 1) {
        findings.push('clipped: ' + where(el) + ': cut by ' + where(p));
      }
      break;
    }
  }
  if (el.tagName === 'BUTTON' || el.classList.contains('ui-button')) {
    const text = el.querySelector('.ui-button-text') || el;
    if (text.scrollWidth > text.clientWidth + 1 && getComputedStyle(text).overflowX !== 'visible') {
      findings.push('clipped: ' + where(el) + ': its text "' + (el.innerText || '').trim().slice(0, 40) + '" is cut');
    }
  }
});
// 3. On a phone the menu is one button: none of its groups or links shows until it is opened; opened, each group
//    and each of its links fits the screen. The disclosures are left closed, as they were.
if (phone) {
  const header = document.querySelector('.kam-header');
  const toggle = header && header.querySelector('details.kam-nav-toggle');
  const button = toggle && toggle.querySelector(':scope > summary');
  const shown = header ? Array.from(header.querySelectorAll('.kam-nav summary, .kam-nav a')).filter(visible) : [];
  if (!button || !visible(button) || toggle.open || shown.length) {
    findings.push('menu: not one button on a phone (' + (button && visible(button) ? 'the button and ' : 'no button, ')
        + shown.length + ' menu entries shown)');
  } else {
    toggle.open = true;
    toggle.querySelectorAll('details.kam-nav-group').forEach(group => {
      group.open = true;
      [group.querySelector('summary')].concat(Array.from(group.querySelectorAll('a'))).forEach(entry => {
        const r = entry.getBoundingClientRect();
        if (!visible(entry) || r.left < -1 || r.right > width + 1) {
          findings.push('menu: ' + where(entry) + ' "' + (entry.textContent || '').trim().slice(0, 40)
              + '" does not fit the opened menu');
        }
      });
      group.open = false;
    });
    toggle.open = false;
  }
}
return findings;
