package com.kamplanner.account.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the country a CRM writes ("France", "Allemagne", "United Kingdom", "DE", "USA") into the ISO 3166 two-letter
 * code the account keeps. Built from the JDK's English and French country names and three-letter codes, plus
 * the usual short forms people type.
 */
public final class CountryNames {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            CODES.put(key(code), code);
            CODES.put(key(country.getISO3Country()), code);
            CODES.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            CODES.put(key(country.getDisplayCountry(Locale.FRENCH)), code);
            CODES.put(key(country.getDisplayCountry(Locale.GERMAN)), code);
        }
        Map.of("uk", "GB", "great britain", "GB", "england", "GB", "scotland", "GB", "usa", "US",
                "united states of america", "US", "the netherlands", "NL", "holland", "NL", "czech republic", "CZ",
                "russia", "RU").forEach(CODES::put);
        Map.of("south korea", "KR", "korea", "KR", "turkey", "TR", "ivory coast", "CI", "vietnam", "VN",
                "grande-bretagne", "GB", "angleterre", "GB", "etats-unis d'amerique", "US", "hollande", "NL")
                .forEach(CODES::put);
    }

    private CountryNames() {
    }

    public static Optional<String> code(String country) {
        return Optional.ofNullable(CODES.get(key(country)));
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }
}
