/* Every chart of the product (WEB-INF/templates/chart.xhtml): the canvas is described by the table beside it, each
   bar and point shows its value (formatted on the server, in the dataset's kamValues), and amount axes read
   "€250M". Chart.js has no data-label plugin here, so a small inline one draws the values. */
/* Ink that reads on a bar: white on a dark solid colour, the page's ink on a light one or a tint. */
function onColour(background) {
    var hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background || '');
    if (!hex) {
        return '#1f2933';
    }
    var channel = function (h) {
        var c = parseInt(h, 16) / 255;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    var luminance = 0.2126 * channel(hex[1]) + 0.7152 * channel(hex[2]) + 0.0722 * channel(hex[3]);
    return luminance < 0.18 ? '#ffffff' : '#1f2933';
}

var kamValueLabels = {
    id: 'kamValueLabels',
    afterDatasetsDraw: function (chart) {
        var ctx = chart.ctx, horizontal = chart.options.indexAxis === 'y';
        ctx.save();
        ctx.font = '12px sans-serif';
        chart.data.datasets.forEach(function (dataset, d) {
            var meta = chart.getDatasetMeta(d);
            if (!dataset.kamValues || meta.hidden) {
                return;
            }
            var stacked = meta.type === 'bar' && (chart.options.scales[horizontal ? 'x' : 'y'] || {}).stacked;
            meta.data.forEach(function (element, i) {
                var text = dataset.kamValues[i];
                if (text === null || text === undefined) {
                    return;
                }
                var width = ctx.measureText(text).width;
                if (stacked) {
                    var props = element.getProps(['x', 'y', 'base', 'width', 'height'], true);
                    var room = horizontal ? Math.abs(props.x - props.base) : Math.abs(props.y - props.base);
                    if (room < (horizontal ? width + 6 : 16)) {
                        return;
                    }
                    ctx.fillStyle = onColour(dataset.backgroundColor);
                    ctx.textAlign = 'center';
                    ctx.textBaseline = 'middle';
                    ctx.fillText(text, horizontal ? (props.x + props.base) / 2 : props.x,
                        horizontal ? props.y : (props.y + props.base) / 2);
                    return;
                }
                ctx.fillStyle = '#1f2933';
                if (meta.type === 'bar' && horizontal) {
                    ctx.textAlign = 'left';
                    ctx.textBaseline = 'middle';
                    ctx.fillText(text, element.x + 4, element.y);
                } else {
                    var gap = meta.type === 'bar' ? 3 : 7;
                    ctx.textAlign = 'center';
                    if (element.y - gap - 14 >= chart.chartArea.top) {
                        ctx.textBaseline = 'bottom';
                        ctx.fillText(text, element.x, element.y - gap);
                    } else {
                        // No room above (a bar or point at the top of the axis): inside the bar, under the point.
                        ctx.textBaseline = 'top';
                        ctx.fillStyle = meta.type === 'bar' ? onColour(dataset.backgroundColor) : '#1f2933';
                        ctx.fillText(text, element.x, element.y + gap);
                    }
                }
            });
        });
        ctx.restore();
    }
};

function kamChart() {
    var config = this.cfg.config, options = config.options || {};
    config.plugins = (config.plugins || []).concat([kamValueLabels]);
    Object.keys(options.scales || {}).forEach(function (name) {
        var scale = options.scales[name];
        if (scale.kamCurrency) {
            var compact = new Intl.NumberFormat(options.locale || 'en', {
                style: 'currency', currency: scale.kamCurrency, notation: 'compact', maximumFractionDigits: 1
            });
            scale.ticks = scale.ticks || {};
            scale.ticks.callback = function (value) {
                return compact.format(value);
            };
        }
    });
    var canvas = this.canvas[0];
    var figure = this.jq.closest('.kam-chart');
    var table = figure.length ? figure.find('table.kam-chart-data')[0] : null;
    if (canvas && table) {
        canvas.setAttribute('aria-describedby', table.id);
    }
}
