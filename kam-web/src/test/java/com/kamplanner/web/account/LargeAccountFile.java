package com.kamplanner.web.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes a Salesforce account export of any size, for the benchmark and the background-import test: real
 * headers, quoted fields, a description over two lines every 50 rows, and every 10th account in the group of an
 * account seven rows earlier (every 25th, three rows later), so that parents cross batch boundaries both ways.
 */
public final class LargeAccountFile {

    private static final String[] COUNTRIES = {"France", "Germany", "United Kingdom", "Italy", "Spain", "Belgium",
            "Netherlands", "Switzerland", "Sweden", "Poland"};
    private static final String[] INDUSTRIES = {"Aerospace", "Automotive", "Healthcare", "Energy", "Retail",
            "Chemicals", "Food and beverage", "Telecommunications"};

    private LargeAccountFile() {
    }

    /** The CRM id of row {@code i} (from 0) of the file tagged {@code tag}. */
    public static String crmId(String tag, int i) {
        return tag + "-" + i;
    }

    public static byte[] salesforce(String tag, int rows) {
        StringBuilder csv = new StringBuilder(rows * 160);
        csv.append("\"Account ID\",\"Account Name\",\"Parent Account ID\",\"Industry\",\"Billing Country\","
                + "\"Annual Revenue\",\"Account Currency\",\"D-U-N-S Number\",\"Description\"\r\n");
        for (int i = 0; i < rows; i++) {
            String parent = i % 25 == 0 && i + 3 < rows ? crmId(tag, i + 3)
                    : i % 10 == 0 && i >= 7 ? crmId(tag, i - 7) : "";
            String description = i % 50 == 0 ? "Key supplier review\r\nnext in Q" + (i % 4 + 1) : "";
            csv.append('"').append(crmId(tag, i)).append("\",\"Benchmark Account ").append(tag).append(' ').append(i)
                    .append("\",\"").append(parent)
                    .append("\",\"").append(INDUSTRIES[i % INDUSTRIES.length])
                    .append("\",\"").append(COUNTRIES[i % COUNTRIES.length])
                    .append("\",\"").append(String.format(Locale.ROOT, "%,d.%02d", 1_000_000L + i * 7919L, i % 100))
                    .append("\",\"EUR\",\"").append(100_000_000 + i)
                    .append("\",\"").append(description).append("\"\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
