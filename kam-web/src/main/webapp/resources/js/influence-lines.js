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

    function pt(x, y) {
        return x.toFixed(1) + ' ' + y.toFixed(1);
    }

    function same(one, other) {
        return Math.abs(one.left - other.left) < 1 && Math.abs(one.top - other.top) < 1;
    }

    /* How far out a line must pass, on one side (+1 right, -1 left), to go round every other node standing in the
       band between the two nodes' centres. */
    function beyond(boxes, a, b, side, top, bottom) {
        var x = side > 0 ? Math.max(a.right, b.right) : Math.min(a.left, b.left), moved = true;
        while (moved) {
            moved = false;
            boxes.forEach(function (other) {
                var inBand = !same(other, a) && !same(other, b) && other.top < bottom && top < other.bottom;
                var between = side > 0 ? other.right > x && other.left < x + 28 : other.left < x && other.right > x - 28;
                if (inBand && between) {
                    x = side > 0 ? other.right : other.left;
                    moved = true;
                }
            });
        }
        return x + side * 28;
    }

    /* The path of one line between two node boxes, through the chart's free space: one above the other, it goes
       round their side (the right one unless another node stands there); side by side, it arcs over their tops;
       otherwise a slight curve from edge to edge. */
    function route(a, b, boxes, height) {
        var GAP = 28;
        var overlapX = a.left < b.right && b.left < a.right, overlapY = a.top < b.bottom && b.top < a.bottom;
        if (overlapX) {
            var top = Math.min(a.y, b.y), bottom = Math.max(a.y, b.y);
            var rightX = beyond(boxes, a, b, 1, top, bottom), leftX = beyond(boxes, a, b, -1, top, bottom);
            var right = leftX < 4 || rightX - Math.max(a.right, b.right) <= Math.min(a.left, b.left) - leftX;
            var x = right ? rightX : leftX, side = right ? 1 : -1;
            var ends = [a, b].map(function (end) {
                // A node with a neighbour on that side lets its line out through its top, not through the neighbour.
                var lower = end.y > (end === a ? b.y : a.y);
                var blocked = lower && (right ? rightX - GAP > end.right + GAP : leftX + GAP < end.left - GAP);
                var ex = blocked ? end.x + side * (end.right - end.left) / 4 : (right ? end.right : end.left);
                return blocked ? {x: ex, y: end.top, cx: ex, cy: end.top - GAP}
                    : {x: ex, y: end.y, cx: x, cy: end.y};
            });
            return 'M' + pt(ends[0].x, ends[0].y) + ' C' + pt(ends[0].cx, ends[0].cy) + ' ' + pt(ends[1].cx, ends[1].cy)
                + ' ' + pt(ends[1].x, ends[1].y);
        }
        if (overlapY) {
            var y = Math.max(Math.min(a.top, b.top) - GAP, 4), toward = b.x > a.x ? 1 : -1;
            var sx = a.x + toward * (a.right - a.left) / 4, ex = b.x - toward * (b.right - b.left) / 4;
            return 'M' + pt(sx, a.top) + ' C' + pt(sx, y) + ' ' + pt(ex, y) + ' ' + pt(ex, b.top);
        }
        var dx = b.x - a.x, dy = b.y - a.y, length = Math.sqrt(dx * dx + dy * dy), bend = Math.min(60, length * 0.15);
        var cx = (a.x + b.x) / 2 - dy / length * bend, cy = Math.min(Math.max((a.y + b.y) / 2 + dx / length * bend, 4),
            height - 4);
        var start = edge(a, cx, cy), end = edge(b, cx, cy);
        return 'M' + pt(start.x, start.y) + ' Q' + pt(cx, cy) + ' ' + pt(end.x, end.y);
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
        var boxes = Array.prototype.map.call(target.querySelectorAll('.ui-organigram-node'), function (node) {
            return box(node, origin, target);
        });
        var width = target.scrollWidth, height = target.scrollHeight;
        var svg = document.createElementNS(SVG, 'svg');
        svg.setAttribute('class', 'kam-influence-lines');
        svg.setAttribute('aria-hidden', 'true');
        svg.setAttribute('focusable', 'false');
        svg.setAttribute('width', width);
        svg.setAttribute('height', height);
        svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
        marks.forEach(function (mark) {
            var fromId = mark.getAttribute('data-from-id'), toId = mark.getAttribute('data-to-id');
            var from = nodes[fromId], to = nodes[toId], kind = mark.getAttribute('data-influence');
            if (!from || !to || from === to) {
                return;
            }
            var d = route(box(from, origin, target), box(to, origin, target), boxes, height);
            var path = document.createElementNS(SVG, 'path');
            path.setAttribute('d', d);
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
