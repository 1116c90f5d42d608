/* Influence lines drawn on the stakeholder org chart (situation/database.xhtml): an SVG laid over the chart joins the
   two nodes of every line named by the textual marks (data-from-id, data-to-id, data-influence). Each kind has its
   own dash pattern and arrow head (markers defined once in the chart's legend), so colour is never the only cue. The
   marks stay in the nodes as the text alternative; the overlay is hidden from screen readers. Redrawn on load, on
   resize and after every AJAX update. */
(function () {
    var SVG = 'http://www.w3.org/2000/svg';

    function box(node, origin, target) {
        var r = node.getBoundingClientRect();
        var left = r.left - origin.left + target.scrollLeft, top = r.top - origin.top + target.scrollTop;
        return {left: left, top: top, right: left + r.width, bottom: top + r.height,
            x: left + r.width / 2, y: top + r.height / 2};
    }

    /* Where the segment from the box's centre towards (x, y) leaves the box. */
    function edge(b, x, y) {
        var dx = x - b.x, dy = y - b.y;
        if (dx === 0 && dy === 0) {
            return {x: b.x, y: b.y};
        }
        var sx = dx === 0 ? Infinity : (b.right - b.x) / Math.abs(dx);
        var sy = dy === 0 ? Infinity : (b.bottom - b.y) / Math.abs(dy);
        var s = Math.min(sx, sy, 1);
        return {x: b.x + dx * s, y: b.y + dy * s};
    }

    function draw(chart) {
        var target = chart.querySelector('.target');
        if (!target) {
            return;
        }
        var old = target.querySelector('svg.kam-influence-lines');
        if (old) {
            old.parentNode.removeChild(old);
        }
        var nodes = {};
        target.querySelectorAll('.kam-org-node[data-contact-id]').forEach(function (node) {
            nodes[node.getAttribute('data-contact-id')] = node.closest('.ui-organigram-node') || node;
        });
        var marks = target.querySelectorAll('.kam-influence[data-from-id][data-to-id]');
        if (!marks.length) {
            return;
        }
        var origin = target.getBoundingClientRect();
        var width = target.scrollWidth, height = target.scrollHeight;
        var svg = document.createElementNS(SVG, 'svg');
        svg.setAttribute('class', 'kam-influence-lines');
        svg.setAttribute('aria-hidden', 'true');
        svg.setAttribute('focusable', 'false');
        svg.setAttribute('width', width);
        svg.setAttribute('height', height);
        svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
        marks.forEach(function (mark, i) {
            var fromId = mark.getAttribute('data-from-id'), toId = mark.getAttribute('data-to-id');
            var from = nodes[fromId], to = nodes[toId], kind = mark.getAttribute('data-influence');
            if (!from || !to || from === to) {
                return;
            }
            var a = box(from, origin, target), b = box(to, origin, target);
            // A curve bent to one side, more for lines further apart, so lines between neighbours on one level
            // arc over the nodes between them instead of crossing them; alternating sides keeps pairs apart.
            var dx = b.x - a.x, dy = b.y - a.y, length = Math.sqrt(dx * dx + dy * dy);
            var bend = Math.min(120, 24 + length * 0.2) * (i % 2 === 0 ? 1 : -1);
            var cx = (a.x + b.x) / 2 - dy / length * bend, cy = (a.y + b.y) / 2 + dx / length * bend;
            if (Math.abs(dy) < 10) {
                cy = Math.min(a.top, b.top) - Math.abs(bend);
                cx = (a.x + b.x) / 2;
            }
            cy = Math.max(cy, 4);
            var start = edge(a, cx, cy), end = edge(b, cx, cy);
            var path = document.createElementNS(SVG, 'path');
            path.setAttribute('d', 'M' + start.x.toFixed(1) + ' ' + start.y.toFixed(1) + ' Q' + cx.toFixed(1) + ' '
                + cy.toFixed(1) + ' ' + end.x.toFixed(1) + ' ' + end.y.toFixed(1));
            path.setAttribute('class', 'kam-line kam-line-' + kind);
            path.setAttribute('data-from', fromId);
            path.setAttribute('data-to', toId);
            path.setAttribute('data-influence', kind);
            path.setAttribute('marker-end', 'url(#kam-arrow-' + kind + ')');
            if (kind !== 'INFLUENCES') {
                path.setAttribute('marker-start', 'url(#kam-arrow-' + kind + ')');
            }
            svg.appendChild(path);
        });
        target.appendChild(svg);
    }

    function drawAll() {
        document.querySelectorAll('.ui-organigram').forEach(draw);
    }

    var pending = null;
    function later() {
        if (pending) {
            window.cancelAnimationFrame(pending);
        }
        pending = window.requestAnimationFrame(function () {
            pending = null;
            drawAll();
        });
    }

    window.addEventListener('load', later);
    window.addEventListener('resize', later);
    document.addEventListener('DOMContentLoaded', function () {
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', later);
        }
    });
})();
