package com.kamplanner.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/**
 * A corporate-IT client of the REST API with a personal API token (issue 16): it creates a read-only token with
 * its password (HTTP Basic, as a person does once), reads with the token, and revokes it at the end.
 */
final class ApiClientJourney {

    private ApiClientJourney() {
    }

    static ChainBuilder createToken() {
        return exec(http("API: create a token (Basic)").post("/api/me/tokens")
                .basicAuth("#{username}", "#{password}")
                .body(StringBody("{\"name\":\"Load test\",\"readOnly\":true,\"expiresInDays\":1}")).asJson()
                .check(status().is(201), jsonPath("$.token").saveAs("token"), jsonPath("$.id").saveAs("tokenId")));
    }

    static ChainBuilder round(Duration think) {
        return exec(http("API: accounts").get("/api/accounts")
                .header("Authorization", "Bearer #{token}")
                .check(status().is(200), jsonPath("$.items[*].id").findRandom().saveAs("apiAccount")))
                .pause(think)
                .exec(http("API: one account").get("/api/accounts/#{apiAccount}")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200), jsonPath("$.name").exists()))
                .pause(think)
                .exec(http("API: my work").get("/api/me/work")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200), jsonPath("$.items").exists()))
                .pause(think);
    }

    static ChainBuilder revokeToken() {
        return exec(http("API: revoke the token (Basic)").delete("/api/me/tokens/#{tokenId}")
                .basicAuth("#{username}", "#{password}")
                .check(status().in(200, 204)));
    }
}
