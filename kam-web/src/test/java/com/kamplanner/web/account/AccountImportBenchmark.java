package com.kamplanner.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.demo.DemoCompany;
import com.kamplanner.web.it.Deployments;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not part of the default suite (its name does not end in IT): imports a generated 20,000-row
 * Salesforce export into the real WAR on Payara Micro through {@code POST /api/accounts/import}, as the KA
 * Director, and prints how long the dry run and the commit took. The figures go to
 * {@code kam-web/target/account-import-benchmark.txt}. Run it with
 * {@code ./mvnw -o -B verify -Dit.test=AccountImportBenchmark -Dsurefire.skip=true}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountImportBenchmark {

    private static final int ROWS = Integer.getInteger("kam.benchmark.rows", 20_000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void import20000Accounts() throws Exception {
        String tag = "BENCH" + Long.toString(System.currentTimeMillis(), 36);
        byte[] csv = LargeAccountFile.salesforce(tag, ROWS);
        warmUp();

        long start = System.nanoTime();
        HttpResponse<String> dryRun = post("preset=salesforce&mode=allOrNothing&dryRun=true", csv);
        long dryRunMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, dryRun.statusCode(), dryRun.body());

        start = System.nanoTime();
        HttpResponse<String> commit = post("preset=salesforce&mode=allOrNothing", csv);
        long commitMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, commit.statusCode(), commit.body());
        assertTrue(commit.body().contains("\"created\":" + ROWS), "every row imported");

        start = System.nanoTime();
        HttpResponse<String> again = post("preset=salesforce&mode=allOrNothing", csv);
        long updateMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(again.body().contains("\"updated\":" + ROWS), "the same file again updates every account");

        String result = String.format("Account import of %,d rows (%,d KB), %d cores:%n"
                        + "  dry run (read, check against the portfolio): %,d ms%n"
                        + "  commit, all new accounts:                    %,d ms%n"
                        + "  commit again, every row an update:           %,d ms%n",
                ROWS, csv.length / 1024, Runtime.getRuntime().availableProcessors(), dryRunMillis, commitMillis,
                updateMillis);
        System.out.println(result);
        Files.writeString(Path.of("target/account-import-benchmark.txt"), result);
    }

    /** A small import first, so that the figures do not include class loading and JIT warm-up. */
    private void warmUp() throws IOException, InterruptedException {
        byte[] small = LargeAccountFile.salesforce("WARM" + Long.toString(System.currentTimeMillis(), 36), 500);
        assertEquals(200, post("preset=salesforce&mode=validOnly", small).statusCode());
    }

    private HttpResponse<String> post(String query, byte[] csv) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString(("david.kad:" + DemoCompany.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(
                        base.toExternalForm().replaceAll("/$", "") + "/api/accounts/import?" + query))
                .header("Authorization", "Basic " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
