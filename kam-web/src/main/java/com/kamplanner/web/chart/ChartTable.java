package com.kamplanner.web.chart;

import java.io.Serializable;
import java.util.List;

/**
 * A chart's figures as a table, already formatted for the reader: what a screen reader reads instead of the canvas,
 * and what anyone opens under "Show as table". One row per category (a bar group, a point on the time axis, an
 * account), one column per series.
 *
 * @param caption what the chart shows, the table's caption
 * @param corner the header of the first column, which names the rows (the category axis)
 * @param columns the series' names
 * @param rows the categories, each with one formatted cell per column
 */
public record ChartTable(String caption, String corner, List<String> columns, List<Row> rows) implements Serializable {

    public ChartTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.label() + " has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }

    public String getCaption() {
        return caption;
    }

    public String getCorner() {
        return corner;
    }

    public List<String> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One category: its name and its formatted values, in the columns' order. */
    public record Row(String label, List<String> cells) implements Serializable {

        public Row {
            cells = List.copyOf(cells);
        }

        public String getLabel() {
            return label;
        }

        public List<String> getCells() {
            return cells;
        }
    }
}
