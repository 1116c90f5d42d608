package com.kamplanner.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditEntry;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.plan.PlanExports;
import com.kamplanner.plan.PlanService;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.platform.Download;
import com.kamplanner.situation.DatabaseExports;
import com.kamplanner.strategy.StrategyExports;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.web.i18n.Bundle;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every download takes one shape: the plan, the Key Account Database and the strategy deck, which used to leave no
 * trace, now leave an audit line {@code <feature>.<document>.exported} naming the exported record's id and move the
 * export counter, and they are served with their media type and a file name, whether by a servlet or the API.
 */
@ExtendWith(ArquillianExtension.class)
class DownloadsIT {

    private static final String PASSWORD = "demo1234";
    private static final String AIRBUS = "Airbus Helicopters";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(DownloadsIT.class);
    }

    @EJB
    AuditTrail audit;

    @EJB
    PlanService plans;

    @EJB
    StrategyService strategies;

    @EJB
    PlanExports planExports;

    @EJB
    DatabaseExports databaseExports;

    @EJB
    StrategyExports strategyExports;

    @PersistenceContext
    EntityManager em;

    @Inject
    AsKam asKam;

    @Inject
    AsAdministrator asAdministrator;

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void thePlanDatabaseAndDeckAreServedWithTheirTypeAndNameAndMoveTheExportCounter() throws Exception {
        Browserless emma = new Browserless(base);
        long airbus = accountId(emma);
        emma.login("emma.kam", PASSWORD);

        double pdfBefore = exports(emma, "pdf");
        HttpResponse<String> plan = emma.get("plan/export?account=" + airbus + "&n=1&format=pdf");
        assertEquals(200, plan.statusCode());
        assertTrue(plan.headers().firstValue("Content-Type").orElse("").startsWith(Download.PDF));
        assertEquals("attachment; filename=\"plan-" + airbus + "-v1.pdf\"",
                plan.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(pdfBefore + 1, exports(emma, "pdf"), "the plan export is counted");

        double xlsxBefore = exports(emma, "xlsx");
        HttpResponse<byte[]> database = emma.getBytesWithBasic("api/accounts/" + airbus + "/database/xlsx",
                "emma.kam", PASSWORD, "en");
        assertEquals(200, database.statusCode());
        assertTrue(database.headers().firstValue("Content-Type").orElse("").startsWith(Download.XLSX));
        assertEquals("attachment; filename=\"key-account-database-airbus-helicopters.xlsx\"",
                database.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(xlsxBefore + 1, exports(emma, "xlsx"), "the database export is counted");

        double pptxBefore = exports(emma, "pptx");
        HttpResponse<byte[]> deck = emma.getBytesWithBasic("api/accounts/" + airbus + "/strategy/deck",
                "emma.kam", PASSWORD, "en");
        assertEquals(200, deck.statusCode());
        assertTrue(deck.headers().firstValue("Content-Type").orElse("").startsWith(Download.PPTX));
        assertEquals("attachment; filename=\"strategy-airbus-helicopters.pptx\"",
                deck.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(pptxBefore + 1, exports(emma, "pptx"), "the deck export is counted");

        assertEquals(403, new Browserless(base).getBytesWithBasic("api/accounts/" + airbus + "/database/docx",
                "lucas.kam", PASSWORD, "en").statusCode(), "refused, as before");
    }

    @Test
    void thePlanDatabaseAndDeckExportsLeaveAnAuditLineNamingWhatLeft() throws Exception {
        long airbus = em.createQuery("select a.id from Account a where a.name = :name", Long.class)
                .setParameter("name", AIRBUS).getSingleResult();
        Function<String, String> french = key -> Bundle.text(Locale.FRENCH, key);
        PlanVersion version = asKam.call(() -> plans.version(airbus, 1));
        long strategy = asKam.call(() -> strategies.workspace(airbus)).getId();
        long planLines = exported("PlanVersion", version.getId(), AuditAction.PLAN_VERSION_EXPORTED);
        long databaseLines = exported("Account", airbus, AuditAction.SITUATION_DATABASE_EXPORTED);
        long deckLines = exported("Strategy", strategy, AuditAction.STRATEGY_DECK_EXPORTED);

        Download plan = asKam.call(() -> planExports.docx(airbus, 1, Locale.FRENCH, french));
        Download database = asKam.call(() -> databaseExports.docx(airbus, Locale.FRENCH, french));
        Download deck = asKam.call(() -> strategyExports.deck(airbus, Locale.FRENCH, french));

        assertEquals(List.of("plan-" + airbus + "-v1.docx", Download.DOCX), List.of(plan.fileName(), plan.mediaType()));
        assertEquals(Download.DOCX, database.mediaType());
        assertEquals(Download.PPTX, deck.mediaType());
        assertEquals(planLines + 1, exported("PlanVersion", version.getId(), AuditAction.PLAN_VERSION_EXPORTED));
        assertEquals(databaseLines + 1, exported("Account", airbus, AuditAction.SITUATION_DATABASE_EXPORTED));
        assertEquals(deckLines + 1, exported("Strategy", strategy, AuditAction.STRATEGY_DECK_EXPORTED));
        AuditEntry latest = asAdministrator.call(() -> audit.forSubject("PlanVersion", version.getId())).get(0);
        assertEquals("emma.kam", latest.getActor());
        assertEquals("docx, v1", latest.getDetail(), "the format first, then what else the line says");
    }

    /** How many audit lines of this subject say {@code action}: that one of its documents left the application. */
    private long exported(String subjectType, long id, AuditAction action) throws Exception {
        return asAdministrator.call(() -> audit.forSubject(subjectType, id)).stream()
                .filter(e -> e.getAction().equals(action.code())).count();
    }

    /** The export counter of one format, as IT's scraper reads it (zero before the first export). */
    private static double exports(Browserless client, String format) throws Exception {
        String body = client.get("metrics").body();
        Matcher value = Pattern.compile("(?m)^kam_exports_total\\{format=\"" + format + "\"\\} ([0-9.eE+]+)$")
                .matcher(body);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    private static long accountId(Browserless client) throws Exception {
        String body = client.getWithBasic("api/accounts?name=" + URLEncoder.encode(AIRBUS, StandardCharsets.UTF_8),
                "david.kad", PASSWORD).body();
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getJsonArray("items").stream().map(JsonObject.class::cast)
                    .filter(a -> AIRBUS.equals(a.getString("name"))).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
        }
    }
}
