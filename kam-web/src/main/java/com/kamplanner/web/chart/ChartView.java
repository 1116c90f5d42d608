package com.kamplanner.web.chart;

import java.io.Serializable;

/**
 * A chart as a page shows it: its finished Chart.js configuration for {@code p:chart}, and the same figures as a
 * table for whoever cannot see the canvas. {@code WEB-INF/templates/chart.xhtml} renders both and links them.
 */
public record ChartView(String json, ChartTable table) implements Serializable {

    public String getJson() {
        return json;
    }

    public ChartTable getTable() {
        return table;
    }
}
