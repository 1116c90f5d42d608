/* The selection matrix: bubble tooltips name the account, and the four quadrants are labelled in their corners. */
function kamMatrixExtender() {
    var config = this.cfg.config;
    config.options.plugins.tooltip = {
        callbacks: {
            label: function (context) {
                var point = context.raw;
                return point.name ? point.name + ' (' + point.x + ' ; ' + point.y + ')' : context.dataset.label;
            }
        }
    };
    config.plugins = [{
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
    }];
}
