// Runs the vendored axe-core (axe/axe.min.js, injected before) on the page as it is, with the WCAG 2.0 and 2.1
// A and AA rules, and calls back with the serious and critical violations: "rule (impact) xN: first targets".
// Called asynchronously: the last argument is the callback.
const done = arguments[arguments.length - 1];
axe.run(document, {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
  resultTypes: ['violations']
}).then(results => done(results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => v.id + ' (' + v.impact + ') x' + v.nodes.length + ': '
        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
  .catch(error => done(['axe-failed (critical) x1: ' + error]));
