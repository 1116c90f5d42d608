package com.kamplanner.web.operations;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health}, {@code /health/live} and {@code /health/ready} in the MicroProfile Health JSON format, from the
 * application's {@code @Liveness} and {@code @Readiness} checks. The application serves them itself because,
 * deployed at the context root {@code /}, it shadows the server's own {@code /health}; this also makes them work
 * the same on every server. UP is 200, DOWN is 503; no login, and nothing but states and the schema version.
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    transient Instance<HealthCheck> checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<HealthCheck> selected = new ArrayList<>();
        switch (kind) {
            case "/live" -> add(selected, Liveness.Literal.INSTANCE);
            case "/ready" -> add(selected, Readiness.Literal.INSTANCE);
            case "", "/" -> {
                add(selected, Liveness.Literal.INSTANCE);
                add(selected, Readiness.Literal.INSTANCE);
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        boolean up = true;
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (HealthCheck check : selected) {
            HealthCheckResponse result = safely(check);
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            JsonObjectBuilder json = Json.createObjectBuilder().add("name", result.getName())
                    .add("status", result.getStatus().name());
            result.getData().ifPresent(data -> {
                JsonObjectBuilder values = Json.createObjectBuilder();
                data.forEach((key, value) -> values.add(key, String.valueOf(value)));
                json.add("data", values);
            });
            results.add(json);
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN")
                .add("checks", results).build().toString());
    }

    private void add(List<HealthCheck> selected, Annotation qualifier) {
        checks.select(qualifier).forEach(selected::add);
    }

    /** A check that throws is reported DOWN, with its name, rather than failing the whole endpoint. */
    private static HealthCheckResponse safely(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(check.getClass().getSimpleName().replaceAll("\\$.*", "")).down().build();
        }
    }
}
