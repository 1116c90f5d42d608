package com.kamplanner.load;

import static com.kamplanner.load.Jsf.accountPage;
import static com.kamplanner.load.Jsf.ajax;
import static com.kamplanner.load.Jsf.formPage;
import static com.kamplanner.load.Jsf.page;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A KAM's round: home, one of their Key Account Plans (found on the plans page, so the KAM's own accounts are
 * used whatever the data), the account, the plan, and the update of one of its action plans through the
 * team page's one-line editor: open it (AJAX), save a status and progress (AJAX), and see "saved".
 */
final class KamJourney {

    private static final List<String> STATUSES = List.of("NOT_STARTED", "ON_TRACK", "AT_RISK");

    private KamJourney() {
    }

    static ChainBuilder round(Duration think) {
        String team = "/plan/team.xhtml?account=#{account}";
        return exec(page("KAM: home", "/index.xhtml", "Home")).pause(think)
                // What the last round found must not stand in for what this one does not: a KAM who is only on
                // the KA team of this round's account (generated teams mix KAMs) has no action plan to update, and
                // a stale "edit" from the previous round would post the update of a row this page does not have.
                .exec(session -> session.remove("plan").remove("row").remove("edit"))
                .exec(http("KAM: plans").get("/plan/index.xhtml")
                        .check(status().is(200), css("h1.kam-title").is("Key Account Plans"),
                                css("#main a[href^='/plan/plan.xhtml?account=']", "href").findRandom().optional()
                                        .saveAs("plan")))
                .pause(think)
                // A KAM without a Key Account Plan (a few generated ones have no key account) stops at the list.
                .doIf(session -> session.contains("plan")).then(
                        exec(session -> session.set("account", account(session.getString("plan"))))
                                .exec(accountPage("KAM: account", "/accounts/account.xhtml?id=#{account}"))
                                .pause(think)
                                .exec(accountPage("KAM: plan", "#{plan}")).pause(think)
                                .exec(formPage(accountPage("KAM: action plans", team))
                                        .check(css("button[id$=':edit']", "id").findRandom().optional()
                                                .saveAs("edit")))
                                .pause(think)
                                .doIf(session -> session.contains("edit")).then(update(team, think)));
    }

    /** Opens the update of one action plan of the team page (AJAX), then saves a status and a progress (AJAX). */
    private static ChainBuilder update(String team, Duration think) {
        return exec(session -> session.set("row", row(session.getString("edit")))
                .set("status", STATUSES.get(ThreadLocalRandom.current().nextInt(STATUSES.size())))
                .set("progress", ThreadLocalRandom.current().nextInt(101)))
                .exec(ajax("KAM: open an action plan's update", team, "team", "#{edit}", "#{edit}", "team")
                        .formParam("#{edit}", "#{edit}")
                        .check(substring("#{row}:saveUpdate").exists()))
                .pause(think)
                .exec(ajax("KAM: save an action plan's update", team, "team", "#{row}:saveUpdate", "#{row}:editor",
                        "team")
                        .formParam("#{row}:saveUpdate", "#{row}:saveUpdate")
                        .formParam("#{row}:status", "#{status}")
                        .formParam("#{row}:progress", "#{progress}")
                        .formParam("#{row}:updateComment", "Load test update")
                        .check(substring("\u201d saved.").exists()))
                .pause(think);
    }

    /** "/plan/plan.xhtml?account=12" gives "12". */
    private static String account(String planHref) {
        return planHref.substring(planHref.indexOf('=') + 1);
    }

    /** "team:actions:3:edit" gives "team:actions:3", the prefix of the row's editor fields. */
    private static String row(String editButton) {
        return editButton.substring(0, editButton.length() - ":edit".length());
    }
}
