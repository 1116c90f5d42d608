package com.kamplanner.account.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the exports of each CRM, in each encoding and layout, into account rows, without a database. */
class AccountFileTest {

    @Test
    void aSalesforceExportMapsEveryColumnItHasAndKeepsAQuotedDescriptionOverTwoLines() throws IOException {
        AccountFile file = read("salesforce-accounts.csv", CsvPreset.SALESFORCE);
        assertEquals(',', file.delimiter());
        assertEquals(4, file.rows().size());
        AccountRow airbus = file.rows().get(0);
        assertEquals(2, airbus.getLine());
        assertEquals("0015g00000Kq7XhAAJ", airbus.getCrmId());
        assertEquals("Airbus Defence and Space", airbus.getName());
        assertEquals("FR", airbus.getCountry());
        assertEquals("Aerospace", airbus.getIndustry());
        assertEquals("275187463", airbus.getLegalId());
        assertAmount("10870000000.00", airbus.getAnnualRevenue());
        assertEquals("EUR", airbus.getCurrency());
        assertEquals("0015g00000Kq7XbAAJ", airbus.getParentReference());
        assertEquals("Satellites and military aircraft.\r\nFramework contract renewed in 2025.", airbus.getNotes());
        assertNull(airbus.getOurSales(), "a CRM export has no figure of our own sales");
        assertEquals(4, file.rows().get(1).getLine(), "the description's second line is counted");
        assertEquals("NL", file.rows().get(1).getCountry());
        assertEquals("DE", file.rows().get(2).getCountry());
        assertEquals("GB", file.rows().get(3).getCountry());
        assertEquals("GBP", file.rows().get(3).getCurrency());
        assertTrue(file.rows().stream().allMatch(AccountRow::isValid));
    }

    @Test
    void aDynamicsExportWithAByteOrderMarkGivesCurrencyNamesAndParentsByName() throws IOException {
        AccountFile file = read("dynamics-accounts.csv", CsvPreset.DYNAMICS);
        assertEquals("(Do Not Modify) Account", file.headers().get(0), "the BOM is not part of the first header");
        assertEquals(4, file.rows().size());
        AccountRow industries = file.rows().get(1);
        assertEquals("6c1d2f7b-4a1f-ef11-9f89-000d3a2b4c12", industries.getCrmId());
        assertEquals("Schneider Electric Industries", industries.getName());
        assertEquals("Schneider Electric Group", industries.getParentReference());
        assertEquals("EUR", industries.getCurrency());
        assertAmount("12400000000.00", industries.getAnnualRevenue());
        assertEquals("Grupo Antolín", file.rows().get(2).getName());
        assertEquals("ES", file.rows().get(2).getCountry());
        assertEquals("USD", file.rows().get(3).getCurrency());
        assertEquals("CH", file.rows().get(3).getCountry());
        assertTrue(file.rows().stream().allMatch(AccountRow::isValid));
    }

    @Test
    void aSuiteCrmExportGivesTheParentByItsIdAndTheDefaultCurrencyForItsRevenue() throws IOException {
        AccountFile file = read("suitecrm-accounts.csv", CsvPreset.SUITECRM);
        assertEquals(3, file.rows().size());
        AccountRow france = file.rows().get(1);
        assertEquals("2f6c3a1b-8d4e-4f90-8b2c-3d4e5f6a7b81", france.getCrmId());
        assertEquals("1e5b2f0a-7c3d-4e8f-9a1b-2c3d4e5f6a70", france.getParentReference());
        assertEquals("FR", france.getCountry(), "an ISO code is taken as it is");
        assertAmount("2400000000.00", france.getAnnualRevenue());
        assertEquals("EUR", france.getCurrency(), "SuiteCRM has no currency column: the import's default");
        assertEquals("GB", file.rows().get(2).getCountry(), "UK is the United Kingdom");
    }

    @Test
    void anExcelFileInWindows1252WithSemicolonsDecimalCommasAndEmptyLinesIsDetectedAndRead() throws IOException {
        byte[] bytes = bytes("salesforce-excel-fr-cp1252.csv");
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("Société"), "really Windows-1252");
        AccountFile file = read("salesforce-excel-fr-cp1252.csv", CsvPreset.SALESFORCE);
        assertEquals(';', file.delimiter());
        assertEquals(3, file.rows().size(), "empty lines and a line of empty cells are skipped");
        AccountRow societe = file.rows().get(0);
        assertEquals("Société Générale Securities", societe.getName());
        assertAmount("25100000000.50", societe.getAnnualRevenue());
        assertEquals("Compte clé depuis 2019", societe.getNotes());
        AccountRow nestle = file.rows().get(1);
        assertEquals(4, nestle.getLine());
        assertEquals("Nestlé Suisse", nestle.getName());
        assertEquals("CH", nestle.getCountry(), "the French name of Switzerland");
        assertAmount("3200000.75", nestle.getAnnualRevenue());
        assertEquals("Siège à Vevey – contrat cadre", nestle.getNotes());
        AccountRow credit = file.rows().get(2);
        assertEquals(6, credit.getLine());
        assertAmount("6200000000.00", credit.getAnnualRevenue());
        assertEquals("«Grand compte»", credit.getNotes());
    }

    @Test
    void theUserCanForceTheEncodingWhenTheGuessIsWrong() throws IOException {
        ImportSettings utf8 = new ImportSettings(CsvPreset.SALESFORCE, Map.of(), CsvEncoding.UTF_8,
                ImportMode.VALID_ONLY, "EUR");
        AccountRow misread = AccountFile.read(bytes("salesforce-excel-fr-cp1252.csv"), utf8).rows().get(0);
        assertTrue(misread.getName().contains("\uFFFD"), "forced UTF-8 shows the replacement character");
        ImportSettings cp1252 = new ImportSettings(CsvPreset.SALESFORCE, Map.of(), CsvEncoding.WINDOWS_1252,
                ImportMode.VALID_ONLY, "EUR");
        assertEquals("Société Générale Securities",
                AccountFile.read(bytes("salesforce-excel-fr-cp1252.csv"), cp1252).rows().get(0).getName());
    }

    @Test
    void everyBadRowIsReportedWithItsLineColumnAndReason() throws IOException {
        AccountFile file = read("salesforce-bad-rows.csv", CsvPreset.SALESFORCE);
        assertEquals(7, file.rows().size());
        assertTrue(file.rows().get(0).isValid());
        assertProblem(file.rows().get(1), 3, "Account Name", RowProblem.NAME_MISSING);
        assertProblem(file.rows().get(2), 4, "Annual Revenue", RowProblem.NOT_A_NUMBER);
        assertEquals("about 4 billion", file.rows().get(2).getProblems().get(0).getValue());
        assertProblem(file.rows().get(3), 5, "Billing Country", RowProblem.UNKNOWN_COUNTRY);
        assertProblem(file.rows().get(4), 6, "Annual Revenue", RowProblem.NEGATIVE);
        assertTrue(file.rows().get(5).isValid(), "the same CRM id again is an update, checked with the portfolio");
        assertTrue(file.rows().get(6).isValid(), "a name in the portfolio is a duplicate only the service can see");
    }

    @Test
    void aCustomMappingReadsOurSalesAndTheCategorySpendFromAnyColumns() throws IOException {
        Map<AccountField, String> columns = new EnumMap<>(AccountField.class);
        columns.put(AccountField.NAME, "Client");
        columns.put(AccountField.LEGAL_ID, "SIREN");
        columns.put(AccountField.COUNTRY, "Pays");
        columns.put(AccountField.INDUSTRY, "Secteur");
        columns.put(AccountField.ANNUAL_REVENUE, "CA annuel");
        columns.put(AccountField.CURRENCY, "Devise");
        columns.put(AccountField.OUR_SALES, "Nos ventes 12 mois");
        columns.put(AccountField.CATEGORY_SPEND, "Dépense catégorie");
        columns.put(AccountField.CRM_ID, "Réf CRM");
        columns.put(AccountField.PARENT, "Groupe");
        columns.put(AccountField.NOTES, "Remarques");
        ImportSettings settings = new ImportSettings(CsvPreset.CUSTOM, columns, CsvEncoding.AUTO,
                ImportMode.ALL_OR_NOTHING, "EUR");
        List<AccountRow> rows = AccountFile.read(bytes("custom-mapping.csv"), settings).rows();
        AccountRow deutschland = rows.get(1);
        assertEquals("Vallourec Deutschland", deutschland.getName());
        assertEquals("HRB 12345", deutschland.getLegalId());
        assertEquals("DE", deutschland.getCountry());
        assertAmount("310500.50", deutschland.getOurSales());
        assertAmount("4000000.00", deutschland.getCategorySpend());
        assertAmount("900000000.00", deutschland.getAnnualRevenue());
        assertEquals("VLR-001", deutschland.getParentReference());
        assertEquals(List.of("Client", "SIREN", "Pays", "Secteur", "CA annuel", "Devise", "Nos ventes 12 mois",
                "Dépense catégorie", "Réf CRM", "Groupe", "Remarques"),
                AccountFile.headers(bytes("custom-mapping.csv"), CsvEncoding.AUTO));
    }

    @Test
    void aCustomMappingWithoutTheNameColumnIsRefused() throws IOException {
        ImportSettings settings = new ImportSettings(CsvPreset.CUSTOM, Map.of(AccountField.CRM_ID, "Réf CRM"),
                CsvEncoding.AUTO, ImportMode.VALID_ONLY, "EUR");
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> AccountFile.read(bytes("custom-mapping.csv"), settings));
        assertEquals(ColumnMapping.NAME_NOT_MAPPED, refused.messageKey());
    }

    @Test
    void aFileOfAnotherCrmIsRefusedNamingTheMissingColumn() throws IOException {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> read("suitecrm-accounts.csv", CsvPreset.DYNAMICS));
        assertEquals(ColumnMapping.COLUMN_MISSING, refused.messageKey());
        assertEquals("(Do Not Modify) Account", refused.arguments()[0]);
    }

    @Test
    void anEmptyFileAndAnUnclosedQuoteAreRefusedAsAWhole() {
        ImportSettings settings = ImportSettings.of(CsvPreset.SALESFORCE, ImportMode.VALID_ONLY);
        assertEquals(AccountFile.EMPTY, assertThrows(BusinessRuleException.class, () -> AccountFile.read(
                "\"Account ID\",\"Account Name\"\r\n\r\n".getBytes(StandardCharsets.UTF_8), settings)).messageKey());
        assertEquals(AccountFile.UNREADABLE, assertThrows(BusinessRuleException.class, () -> AccountFile.read(
                "Account ID,Account Name\n1,\"Never closed\n2,Other\n".getBytes(StandardCharsets.UTF_8), settings))
                .messageKey());
    }

    @Test
    void aLongNameIsRefusedRatherThanCut() {
        String csv = "Account ID,Account Name\n001,\"" + "x".repeat(201) + "\"\n";
        AccountRow row = AccountFile.read(csv.getBytes(StandardCharsets.UTF_8),
                ImportSettings.of(CsvPreset.SALESFORCE, ImportMode.VALID_ONLY)).rows().get(0);
        assertProblem(row, 2, "Account Name", RowProblem.TOO_LONG);
    }

    private static void assertProblem(AccountRow row, int line, String column, String reason) {
        assertFalse(row.isValid(), "line " + line + " is refused");
        RowProblem problem = row.getProblems().get(0);
        assertEquals(line, problem.getLine());
        assertEquals(column, problem.getColumn());
        assertEquals(reason, problem.getReasonKey());
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    private static AccountFile read(String name, CsvPreset preset) throws IOException {
        return AccountFile.read(bytes(name), ImportSettings.of(preset, ImportMode.VALID_ONLY));
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = AccountFileTest.class.getResourceAsStream("/csv/" + name)) {
            return in.readAllBytes();
        }
    }
}
