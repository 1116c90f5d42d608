package com.kamplanner.web.operations;

import com.kamplanner.platform.MetricKey;
import com.kamplanner.platform.MetricSample;
import com.kamplanner.platform.ProgrammeMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code /metrics}: the application's counters (logins, failed logins, imports, exports, plan submissions, mails
 * sent and failed) and gauges (mails waiting) in the Prometheus text format, for IT to scrape. Served by the
 * application from its own counts, so it answers the same on every server, with or without MicroProfile Metrics
 * (and, at the context root {@code /}, it shadows a server's own {@code /metrics}). Counts only: no names, no ids.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgrammeMetrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; version=0.0.4");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        print(out, "counter", metrics.counters());
        print(out, "gauge", metrics.gauges());
    }

    /** One {@code # TYPE} line per name, then its samples; the samples come sorted by name and label. */
    private static void print(PrintWriter out, String type, List<MetricSample> samples) {
        String previous = null;
        for (MetricSample sample : samples) {
            MetricKey key = sample.key();
            if (!key.name().equals(previous)) {
                out.println("# TYPE " + key.name() + " " + type);
                previous = key.name();
            }
            out.println(key.name() + labels(key) + " " + sample.value());
        }
    }

    private static String labels(MetricKey key) {
        if (!key.hasLabel()) {
            return "";
        }
        return "{" + key.label() + "=\"" + String.valueOf(key.value()).replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
