package com.kamplanner.load;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * KAM Planner under load over HTTP, as its users use it: KAMs, KA Directors and executives log in through the
 * login form and go round their pages for the run's duration (one session each, as a person keeps a browser tab),
 * an API client reads with a token, and a reference user times the trivial endpoint and the login page beside
 * them. Half the virtual users are KAMs, a fifth directors, a tenth each executives, API clients and the
 * reference (never more KAM users than KAM logins). Any failed check fails the run: errors are counted, not hidden. See docs/performance.md.
 */
public class KamPlannerSimulation extends Simulation {

    private final LoadSettings settings = LoadSettings.read();

    {
        HttpProtocolBuilder protocol = http.baseUrl(settings.url)
                .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en")
                .userAgentHeader("KAM Planner load test (Gatling)");
        Duration think = settings.think;
        List<PopulationBuilder> populations = new ArrayList<>();
        // One virtual user per KAM at most: two sessions of one KAM would update the same action plans at once, and
        // the optimistic lock would (rightly) refuse one of them.
        populations.add(people("KAM", settings.kams, Math.min(share(5), settings.kams.size()),
                KamJourney.round(think)));
        populations.add(people("KA Director", settings.directors, share(2), DirectorJourney.round(think)));
        populations.add(people("executive", settings.executives, share(1), exec(Jsf.page("executive: glance",
                "/executive/portfolio.xhtml", "Portfolio at a glance")).pause(think)
                .exec(Jsf.page("executive: home", "/index.xhtml", "Home")).pause(think)));
        populations.add(inject(scenario("API client").feed(feeder(settings.apiClients))
                .exec(ApiClientJourney.createToken())
                .during(settings.duration).on(ApiClientJourney.round(think))
                .exec(ApiClientJourney.revokeToken()), share(1)));
        populations.add(inject(scenario("reference").during(settings.duration).on(ReferenceJourney.round(think)),
                share(1)));
        setUp(populations).protocols(protocol)
                .maxDuration(settings.rampUp.plus(settings.duration).plusMinutes(2))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** Users of one role: each logs in once, then goes round the role's pages until the run ends. */
    private PopulationBuilder people(String role, List<String> names, int users, ChainBuilder round) {
        ScenarioBuilder scenario = scenario(role).feed(feeder(names))
                .exec(Jsf.login())
                .during(settings.duration).on(round);
        return inject(scenario, users);
    }

    private PopulationBuilder inject(ScenarioBuilder scenario, int users) {
        return scenario.injectOpen(rampUsers(users).during(settings.rampUp));
    }

    /** The logins, each virtual user taking the next one, so that users of one role are different people. */
    private io.gatling.javaapi.core.FeederBuilder<Object> feeder(List<String> names) {
        List<Map<String, Object>> records = names.stream()
                .map(name -> Map.<String, Object>of("username", name, "password", settings.password)).toList();
        return listFeeder(records).circular();
    }

    /** This many tenths of the virtual users, at least one. */
    private int share(int tenths) {
        return Math.max(1, settings.users * tenths / 10);
    }
}
