package com.kamplanner.account.imports;

import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the currency a CRM writes into its ISO 4217 code: Salesforce writes the code ("EUR"), Dynamics 365 the
 * currency record's name ("Euro", "US Dollar", "Pound Sterling").
 */
public final class CurrencyNames {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (Currency currency : Currency.getAvailableCurrencies()) {
            String code = currency.getCurrencyCode();
            CODES.put(code.toLowerCase(Locale.ROOT), code);
            CODES.put(currency.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            CODES.put(currency.getDisplayName(Locale.FRENCH).toLowerCase(Locale.ROOT), code);
        }
        CODES.put("pound sterling", "GBP");
        CODES.put("us dollar", "USD");
        CODES.put("€", "EUR");
        CODES.put("£", "GBP");
        CODES.put("$", "USD");
    }

    private CurrencyNames() {
    }

    public static Optional<String> code(String currency) {
        return Optional.ofNullable(CODES.get(currency.trim().toLowerCase(Locale.ROOT)));
    }
}
