package com.kamplanner.load;

import static com.kamplanner.load.Jsf.accountPage;
import static com.kamplanner.load.Jsf.ajax;
import static com.kamplanner.load.Jsf.formPage;
import static com.kamplanner.load.Jsf.page;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A KA Director's round: the account portfolio, filtered by industry and sorted by one of its columns (the
 * PrimeFaces table's own AJAX requests), the selection matrix, the congruence board, and the plan review queue
 * with one submitted plan opened from it (when the queue has one).
 */
final class DirectorJourney {

    /** Industries both the demo company and the generated portfolio have. */
    private static final List<String> INDUSTRIES = List.of("Aerospace", "Automotive", "Energy");

    private DirectorJourney() {
    }

    static ChainBuilder round(Duration think) {
        String portfolio = "/accounts/index.xhtml";
        return exec(formPage(page("director: portfolio", portfolio, "Account portfolio"))
                        .check(css("th.ui-sortable-column", "id").findRandom().saveAs("sortColumn")))
                .exec(session -> session.set("industry",
                        INDUSTRIES.get(ThreadLocalRandom.current().nextInt(INDUSTRIES.size())))
                        .set("sortDir", ThreadLocalRandom.current().nextBoolean() ? "1" : "-1"))
                .pause(think)
                .exec(ajax("director: portfolio filtered", portfolio, "portfolio", "portfolio:industry",
                        "portfolio:industry", "portfolio:accounts")
                        .formParam("jakarta.faces.behavior.event", "change")
                        .formParam("jakarta.faces.partial.event", "change")
                        .formParam("portfolio:industry_input", "#{industry}")
                        .check(substring("<update id=\"portfolio:accounts\"").exists()))
                .pause(think)
                .exec(ajax("director: portfolio sorted", portfolio, "portfolio", "portfolio:accounts",
                        "portfolio:accounts", "portfolio:accounts")
                        .formParam("portfolio:industry_input", "#{industry}")
                        .formParam("portfolio:accounts_sorting", "true")
                        .formParam("portfolio:accounts_skipChildren", "true")
                        .formParam("portfolio:accounts_encodeFeature", "true")
                        .formParam("portfolio:accounts_sortKey", "#{sortColumn}")
                        .formParam("portfolio:accounts_sortDir", "#{sortDir}")
                        .check(substring("<update id=\"portfolio:accounts\"").exists()))
                .pause(think)
                .exec(page("director: selection matrix", "/selection/matrix.xhtml", "Key account selection matrix"))
                .pause(think)
                .exec(page("director: congruence board", "/programme/congruence.xhtml", "Congruence board"))
                .pause(think)
                .exec(page("director: review queue", "/plan/review.xhtml", "Plan review queue")
                        .check(css("#main a[href^='/plan/plan.xhtml?account=']", "href").findRandom().optional()
                                .saveAs("underReview")))
                .pause(think)
                .doIf(session -> session.contains("underReview")).then(
                        exec(accountPage("director: plan under review", "#{underReview}"))
                                .exec(session -> session.remove("underReview"))
                                .pause(think));
    }
}
