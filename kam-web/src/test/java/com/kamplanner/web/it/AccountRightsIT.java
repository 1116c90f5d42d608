package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.runAs;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountService;
import com.kamplanner.plan.PlanService;
import com.kamplanner.segmentation.SegmentationService;
import com.kamplanner.selection.ScoringService;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.SectionInput;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product's central promise as one table: every kind of caller × every document of Emma's Airbus Helicopters
 * (the demo account with the whole grid) × read and write, allowed or refused, checked over the services (through
 * the run-as beans) and over the API where the API has the document. A write probe that passes the access check
 * is stopped by a business rule (a stale version, nothing to score), so the table changes no data.
 */
@ExtendWith(ArquillianExtension.class)
class AccountRightsIT {

    private static final String ACCOUNT = "Airbus Helicopters";

    /** Who asks: a run-as bean inside the server, a demo login over HTTP. */
    enum Who {
        EXECUTIVE("claire.exec"), DIRECTOR("david.kad"), KAM("emma.kam"), OTHER_KAM("lucas.kam"),
        TEAM_MEMBER("tom.team"), EXTERNAL("paul.partner"), HR("hana.hr"), ADMIN("admin");

        final String login;

        Who(String login) {
            this.login = login;
        }
    }

    /** The documents of one account, in the columns' order of {@link #EXPECTED}. */
    enum Document { DATABASE, STRATEGY, PLAN, SCORES, ACCOUNT }

    /** R: reads, W: writes, -: refused; one pair per document, in {@link Document} order. */
    private static final Map<Who, String> EXPECTED = new EnumMap<>(Who.class);

    static {
        //                             database strategy plan scores account
        EXPECTED.put(Who.EXECUTIVE,   "R-       R-       R-   R-     R-");
        EXPECTED.put(Who.DIRECTOR,    "R-       R-       R-   RW     RW");
        EXPECTED.put(Who.KAM,         "RW       RW       RW   RW     RW");
        EXPECTED.put(Who.OTHER_KAM,   "--       --       --   --     --");
        EXPECTED.put(Who.TEAM_MEMBER, "R-       R-       R-   RW     R-");
        EXPECTED.put(Who.EXTERNAL,    "R-       R-       R-   RW     R-");
        EXPECTED.put(Who.HR,          "--       --       --   --     --");
        EXPECTED.put(Who.ADMIN,       "--       --       --   --     --");
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(AccountRightsIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    KeyAccountDatabaseService databases;

    @Inject
    StrategyService strategies;

    @Inject
    PlanService plans;

    @Inject
    ScoringService scoring;

    @Inject
    AccountService accounts;

    @Inject
    SegmentationService segmentation;

    @EJB
    AsExecutive asExecutive;

    @EJB
    AsDirector asDirector;

    @EJB
    AsKam asKam;

    @EJB
    AsOtherKam asOtherKam;

    @EJB
    AsTeamMember asTeamMember;

    @EJB
    AsPartner asPartner;

    @EJB
    AsHr asHr;

    @EJB
    AsAdministrator asAdministrator;

    @ArquillianResource
    URL base;

    @Test
    void everyCallerReadsAndWritesEachDocumentOfAnAccountExactlyAsTheTableSays() {
        long id = ContainerTests.accountId(em, ACCOUNT);
        List<Executable> cells = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Document document : Document.values()) {
                cells.add(() -> assertEquals(expected(who, document, 0), allowed(who, read(document, id)),
                        who + " reading the " + document));
                cells.add(() -> assertEquals(expected(who, document, 1), allowed(who, write(document, id)),
                        who + " writing the " + document));
            }
        }
        assertAll(cells);
    }

    @Test
    @RunAsClient
    void theApiAnswersEachCallerAsTheTableSays() throws Exception {
        long id = accountId(base, ACCOUNT);
        Map<Document, String> paths = Map.of(Document.ACCOUNT, "api/accounts/" + id,
                Document.DATABASE, "api/accounts/" + id + "/database",
                Document.STRATEGY, "api/accounts/" + id + "/strategy",
                Document.PLAN, "api/accounts/" + id + "/plan");
        List<Executable> cells = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Map.Entry<Document, String> path : paths.entrySet()) {
                HttpResponse<String> read = api(base, who.login, path.getValue());
                cells.add(() -> assertEquals(expected(who, path.getKey(), 0) ? 200 : 403, read.statusCode(),
                        who + " GET " + path.getValue() + ": " + read.body()));
            }
            // The API's one write: a plan version, sent at a version nobody loaded (409 once past the check).
            HttpResponse<String> write = put(who.login, "api/accounts/" + id + "/plan/versions/2",
                    "{\"summary\":\"probe\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\","
                            + "\"version\":-1}");
            if (expected(who, Document.PLAN, 1)) {
                cells.add(() -> assertNotEquals(403, write.statusCode(), who + " PUT the plan: " + write.body()));
            } else {
                cells.add(() -> assertEquals(403, write.statusCode(), who + " PUT the plan: " + write.body()));
            }
        }
        assertAll(cells);
    }

    // ---- the probes ----

    private Callable<?> read(Document document, long id) {
        return switch (document) {
            case DATABASE -> () -> databases.open(id);
            case STRATEGY -> () -> strategies.workspace(id);
            case PLAN -> () -> plans.versions(id);
            case SCORES -> () -> scoring.scoresOf(id);
            case ACCOUNT -> () -> accounts.find(id);
        };
    }

    /** Each write, stopped after the access check by a stale version or an empty entry, except the stages. */
    private Callable<?> write(Document document, long id) {
        return switch (document) {
            case DATABASE -> () -> databases.saveSection(id, DefaultDatabaseTemplate.CUSTOMER, Long.MIN_VALUE,
                    new SectionInput());
            case STRATEGY -> () -> strategies.saveVisionAndMission(id, -1, "probe", "probe");
            case PLAN -> () -> plans.saveWorking(id, 2, -1, "probe", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31));
            case SCORES -> () -> scoring.score(id, List.of());
            case ACCOUNT -> () -> {
                // The stages set to what they are: the rule checks who sets them, not what changes.
                Account account = em.find(Account.class, id);
                return segmentation.setStages(id, account.getVersion(), account.getCurrentStage(),
                        account.getTargetStage());
            };
        };
    }

    /** True when the work passed the access check: it ran, or a business rule other than a refusal stopped it. */
    private boolean allowed(Who who, Callable<?> work) throws Exception {
        try {
            runAs(bean(who), work);
            return true;
        } catch (Exception e) {
            if (BusinessErrors.isAccessDenied(e)) {
                return false;
            }
            if (BusinessErrors.find(e).isPresent()) {
                return true;
            }
            throw e;
        }
    }

    private Object bean(Who who) {
        return switch (who) {
            case EXECUTIVE -> asExecutive;
            case DIRECTOR -> asDirector;
            case KAM -> asKam;
            case OTHER_KAM -> asOtherKam;
            case TEAM_MEMBER -> asTeamMember;
            case EXTERNAL -> asPartner;
            case HR -> asHr;
            case ADMIN -> asAdministrator;
        };
    }

    private static boolean expected(Who who, Document document, int readOrWrite) {
        String pair = EXPECTED.get(who).split("\\s+")[document.ordinal()];
        return pair.charAt(readOrWrite) != '-';
    }

    private HttpResponse<String> put(String user, String path, String json) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(new Browserless(base).uri(path))
                        .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
                        .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
