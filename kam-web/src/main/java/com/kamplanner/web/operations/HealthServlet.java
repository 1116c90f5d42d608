package com.kamplanner.web.operations;

import com.kamplanner.platform.ApplicationLiveness;
import com.kamplanner.platform.HealthStatus;
import com.kamplanner.platform.JsonBuilders;
import com.kamplanner.platform.SchemaReadiness;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /health}, {@code /health/live} and {@code /health/ready} in the MicroProfile Health JSON format, from the
 * application's own liveness and readiness checks. The application serves them itself, with nothing beyond
 * Jakarta EE, because they are the load balancer's checks on every server (and, deployed at the context root
 * {@code /}, it shadows a server's own {@code /health}). UP is 200, DOWN is 503; no login, and nothing but states
 * and the schema version.
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApplicationLiveness liveness;

    @Inject
    transient SchemaReadiness readiness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<HealthStatus> results = new ArrayList<>();
        switch (kind) {
            case "/live" -> results.add(safely(ApplicationLiveness.NAME, liveness::check));
            case "/ready" -> results.add(safely(SchemaReadiness.NAME, readiness::check));
            case "", "/" -> {
                results.add(safely(ApplicationLiveness.NAME, liveness::check));
                results.add(safely(SchemaReadiness.NAME, readiness::check));
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        boolean up = results.stream().allMatch(HealthStatus::up);
        JsonArrayBuilder checks = JsonBuilders.array();
        for (HealthStatus result : results) {
            JsonObjectBuilder json = JsonBuilders.object().add("name", result.name())
                    .add("status", result.up() ? "UP" : "DOWN");
            if (!result.data().isEmpty()) {
                JsonObjectBuilder values = JsonBuilders.object();
                result.data().forEach(values::add);
                json.add("data", values);
            }
            checks.add(json);
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JsonBuilders.object().add("status", up ? "UP" : "DOWN")
                .add("checks", checks).build().toString());
    }

    /** A check that throws is reported DOWN, with its name, rather than failing the whole endpoint. */
    private static HealthStatus safely(String name, Supplier<HealthStatus> check) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            return HealthStatus.down(name);
        }
    }
}
