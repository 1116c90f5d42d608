package com.kamplanner.web.operations;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * {@code /metrics}: the application's counters (logins, failed logins, imports, exports, plan submissions, mails
 * sent and failed) and gauges (mails waiting) in the Prometheus text format, for IT to scrape. Served by the application because, at the context root
 * {@code /}, it shadows the server's own {@code /metrics}. Counts only: no names, no ids.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    transient Instance<MetricRegistry> registries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; version=0.0.4");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        if (!registries.isResolvable()) {
            out.println("# MicroProfile Metrics is not available on this server");
            return;
        }
        Map<String, Map<MetricID, Counter>> byName = new TreeMap<>();
        registries.get().getCounters().forEach((id, counter) ->
                byName.computeIfAbsent(id.getName(), name -> new TreeMap<>()).put(id, counter));
        byName.forEach((name, counters) -> {
            out.println("# TYPE " + name + " counter");
            counters.forEach((id, counter) -> out.println(name + labels(id) + " " + counter.getCount()));
        });
        Map<String, Map<MetricID, Gauge<?>>> gaugesByName = new TreeMap<>();
        registries.get().getGauges().forEach((id, gauge) ->
                gaugesByName.computeIfAbsent(id.getName(), name -> new TreeMap<>()).put(id, gauge));
        gaugesByName.forEach((name, gauges) -> {
            out.println("# TYPE " + name + " gauge");
            gauges.forEach((id, gauge) -> out.println(name + labels(id) + " " + value(gauge.getValue())));
        });
    }

    /** A whole number without a decimal point, as Prometheus writes counts. */
    private static String value(Number value) {
        double number = value == null ? Double.NaN : value.doubleValue();
        return number == Math.rint(number) && !Double.isInfinite(number) ? String.valueOf((long) number)
                : String.valueOf(number);
    }

    private static String labels(MetricID id) {
        if (id.getTags().isEmpty()) {
            return "";
        }
        return id.getTags().entrySet().stream()
                .map(tag -> tag.getKey() + "=\"" + tag.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
