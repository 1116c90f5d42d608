package com.kamplanner.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/**
 * The yardsticks the pages are compared with, on the same server in the same run: the readiness check (one
 * trivial database query, no page) and the anonymous login page (a JSF page with no data).
 */
final class ReferenceJourney {

    private ReferenceJourney() {
    }

    static ChainBuilder round(Duration think) {
        return exec(http("reference: /health/ready").get("/health/ready")
                .check(status().is(200), jsonPath("$.status").is("UP")))
                .pause(think)
                .exec(http("reference: login page").get("/login.xhtml")
                        .check(status().is(200), css("h1").is("Sign in")))
                .pause(think);
    }
}
