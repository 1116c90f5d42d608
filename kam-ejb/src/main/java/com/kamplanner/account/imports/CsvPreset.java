package com.kamplanner.account.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The column headers of the account exports of the CRMs our customers use, so that the KA Director drops the
 * file in without mapping anything. Each field lists the header of the UI export first, then the API name some
 * tools (Data Loader, for Salesforce) write instead. CUSTOM has no headers: the user maps column by column.
 */
public enum CsvPreset {
    SALESFORCE(Map.of(
            AccountField.CRM_ID, List.of("Account ID", "Id"),
            AccountField.NAME, List.of("Account Name", "Name"),
            AccountField.LEGAL_ID, List.of("D-U-N-S Number", "DunsNumber"),
            AccountField.INDUSTRY, List.of("Industry"),
            AccountField.COUNTRY, List.of("Billing Country", "BillingCountry"),
            AccountField.ANNUAL_REVENUE, List.of("Annual Revenue", "AnnualRevenue"),
            AccountField.CURRENCY, List.of("Account Currency", "CurrencyIsoCode"),
            AccountField.PARENT, List.of("Parent Account ID", "ParentId"),
            AccountField.NOTES, List.of("Description"))),
    DYNAMICS(Map.of(
            AccountField.CRM_ID, List.of("(Do Not Modify) Account"),
            AccountField.NAME, List.of("Account Name"),
            AccountField.INDUSTRY, List.of("Industry"),
            AccountField.COUNTRY, List.of("Address 1: Country/Region", "Address 1: Country"),
            AccountField.ANNUAL_REVENUE, List.of("Annual Revenue"),
            AccountField.CURRENCY, List.of("Currency"),
            AccountField.PARENT, List.of("Parent Account"),
            AccountField.NOTES, List.of("Description"))),
    SUITECRM(Map.of(
            AccountField.CRM_ID, List.of("ID", "id"),
            AccountField.NAME, List.of("Name", "name"),
            AccountField.INDUSTRY, List.of("Industry", "industry"),
            AccountField.COUNTRY, List.of("Billing Country", "billing_address_country"),
            AccountField.ANNUAL_REVENUE, List.of("Annual Revenue", "annual_revenue"),
            AccountField.PARENT, List.of("Member Of", "parent_id"),
            AccountField.NOTES, List.of("Description", "description"))),
    CUSTOM(Map.of());

    private final Map<AccountField, List<String>> headers;

    CsvPreset(Map<AccountField, List<String>> headers) {
        this.headers = headers.isEmpty() ? Map.of() : new EnumMap<>(headers);
    }

    /** The headers this export may give the field, best known first; empty when the export has no such column. */
    public List<String> headersOf(AccountField field) {
        return headers.getOrDefault(field, List.of());
    }

    /** The preset named in an API call ({@code salesforce}, {@code dynamics}, {@code suitecrm}), any case. */
    public static CsvPreset named(String name) {
        for (CsvPreset preset : values()) {
            if (preset.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return preset;
            }
        }
        throw new IllegalArgumentException(name);
    }

    public String getName() {
        return name();
    }
}
