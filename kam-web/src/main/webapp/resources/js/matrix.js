/* The selection matrix: every bubble is named beside it (or, where no name fits, numbered with its rank in the
   ranking and the chart's table), tooltips name the account, and the four quadrants are labelled in their
   corners. The common chart set-up (kamChart, charts.js) runs first. */
var kamBubbleNames = {
    id: 'kamBubbleNames',
    afterDatasetsDraw: function (chart) {
        var ctx = chart.ctx, area = chart.chartArea, taken = [], bubbles = [];
        chart.data.datasets.forEach(function (dataset, d) {
            var meta = chart.getDatasetMeta(d);
            if (meta.type !== 'bubble' || !chart.isDatasetVisible(d)) {
                return;
            }
            meta.data.forEach(function (element, i) {
                var point = dataset.data[i];
                if (point && point.name) {
                    bubbles.push({x: element.x, y: element.y, r: element.options.radius || point.r, point: point});
                }
            });
        });
        function free(box) {
            return box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom
                && !taken.some(function (other) {
                    return box.left < other.right && other.left < box.right && box.top < other.bottom
                        && other.top < box.bottom;
                });
        }
        ctx.save();
        var corners = chart.options.plugins.kamQuadrants && chart.options.plugins.kamQuadrants.labels;
        if (corners) {
            // The quadrants' names keep their corners.
            ctx.font = 'bold 13px sans-serif';
            [['STAR', 'left', 'top'], ['STRATEGIC', 'right', 'top'], ['STREAMLINE', 'left', 'bottom'],
                ['STATUS', 'right', 'bottom']].forEach(function (corner) {
                var width = ctx.measureText(corners[corner[0]] || '').width + 8;
                var left = corner[1] === 'left' ? area.left : area.right - width;
                var top = corner[2] === 'top' ? area.top : area.bottom - 22;
                taken.push({left: left, top: top, right: left + width, bottom: top + 22});
            });
        }
        ctx.font = '12px sans-serif';
        ctx.textBaseline = 'top';
        ctx.textAlign = 'left';
        ctx.lineJoin = 'round';
        ctx.lineWidth = 3;
        ctx.strokeStyle = 'rgba(255,255,255,0.9)';
        ctx.fillStyle = '#1f2933';
        var unnamed = [];
        bubbles.forEach(function (bubble) {
            var name = bubble.point.name.length > 24 ? bubble.point.name.slice(0, 23) + '\u2026' : bubble.point.name;
            var width = ctx.measureText(name).width, height = 14, gap = bubble.r + 3;
            var spots = [[bubble.x + gap, bubble.y - height / 2], [bubble.x - gap - width, bubble.y - height / 2],
                [bubble.x - width / 2, bubble.y - gap - height], [bubble.x - width / 2, bubble.y + gap]];
            for (var s = 0; s < spots.length; s++) {
                var box = {left: spots[s][0], top: spots[s][1], right: spots[s][0] + width, bottom: spots[s][1] + height};
                if (free(box)) {
                    taken.push(box);
                    ctx.strokeText(name, box.left, box.top);
                    ctx.fillText(name, box.left, box.top);
                    return;
                }
            }
            unnamed.push(bubble);
        });
        ctx.font = 'bold 12px sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        unnamed.forEach(function (bubble) {
            ctx.strokeText(String(bubble.point.rank), bubble.x, bubble.y);
            ctx.fillText(String(bubble.point.rank), bubble.x, bubble.y);
        });
        ctx.restore();
    }
};

var kamQuadrants = {
    id: 'kamQuadrants',
    beforeDraw: function (chart, args, options) {
        var x = chart.scales.x, y = chart.scales.y, ctx = chart.ctx;
        ctx.save();
        ctx.font = 'bold 13px sans-serif';
        ctx.fillStyle = 'rgba(60,60,60,0.55)';
        ctx.textAlign = 'right';
        ctx.fillText(options.labels.STRATEGIC, x.right - 6, y.top + 16);
        ctx.fillText(options.labels.STATUS, x.right - 6, y.bottom - 8);
        ctx.textAlign = 'left';
        ctx.fillText(options.labels.STAR, x.left + 6, y.top + 16);
        ctx.fillText(options.labels.STREAMLINE, x.left + 6, y.bottom - 8);
        ctx.restore();
    }
};

function kamMatrixExtender() {
    kamChart.call(this);
    var config = this.cfg.config;
    config.options.plugins.tooltip = {
        callbacks: {
            label: function (context) {
                var point = context.raw;
                return point.name ? point.rank + '. ' + point.name + ' (' + point.x + ' ; ' + point.y + ')'
                    : context.dataset.label;
            }
        }
    };
    config.plugins = config.plugins.concat([kamQuadrants, kamBubbleNames]);
}

/* The customer's purchasing portfolio (Kraljic) at the strategy's orientation step: the cells named in the same
   corners and each offering named beside its bubble; the tooltip names the offering and its cell only, since a
   bubble's place inside its cell carries no figure. */
function kamKraljicExtender() {
    kamChart.call(this);
    var config = this.cfg.config;
    config.options.plugins.tooltip = {
        callbacks: {
            label: function (context) {
                return context.raw.name ? context.raw.name + ' \u00b7 ' + context.dataset.label : context.dataset.label;
            }
        }
    };
    config.plugins = config.plugins.concat([kamQuadrants, kamBubbleNames]);
}
