package com.kamplanner.demo;

import java.util.List;

/** The forty accounts of the demo portfolio: plausible customers spread over industries, countries and KAMs. */
final class DemoAccounts {

    record Row(String name, String legalId, String industry, String country, long revenueMillions, String currency,
               long ourSalesThousands, String kam) {
    }

    static final List<Row> ROWS = List.of(
            new Row("Airbus Helicopters", "FR-352383715", "Aerospace", "FR", 7200, "EUR", 18400, "emma.kam"),
            new Row("Safran Electronics", "FR-480107413", "Aerospace", "FR", 1900, "EUR", 9600, "emma.kam"),
            new Row("Thales Alenia Space", "FR-414725101", "Aerospace", "FR", 2200, "EUR", 7300, "emma.kam"),
            new Row("Dassault Systèmes", "FR-322306440", "Software", "FR", 6000, "EUR", 4100, "emma.kam"),
            new Row("Leonardo Elicotteri", "IT-00881841001", "Aerospace", "IT", 5100, "EUR", 3900, "emma.kam"),
            new Row("Rolls-Royce Civil", "GB-01003142", "Aerospace", "GB", 9800, "GBP", 12600, "emma.kam"),
            new Row("MTU Aero Engines", "DE-HRB157206", "Aerospace", "DE", 6300, "EUR", 5200, "emma.kam"),
            new Row("Siemens Healthineers", "DE-HRB213821", "Healthcare", "DE", 21700, "EUR", 15800, "lucas.kam"),
            new Row("Philips Medical", "NL-17001910", "Healthcare", "NL", 18100, "EUR", 11200, "lucas.kam"),
            new Row("bioMérieux", "FR-673620399", "Healthcare", "FR", 3600, "EUR", 6400, "lucas.kam"),
            new Row("Sanofi Pasteur", "FR-349505370", "Pharmaceuticals", "FR", 7400, "EUR", 9100, "lucas.kam"),
            new Row("Novartis Technical Ops", "CH-105817428", "Pharmaceuticals", "CH", 12300, "CHF", 8800, "lucas.kam"),
            new Row("Roche Diagnostics", "CH-105930314", "Healthcare", "CH", 14800, "CHF", 10400, "lucas.kam"),
            new Row("Grifols", "ES-A58389123", "Pharmaceuticals", "ES", 6600, "EUR", 2700, "lucas.kam"),
            new Row("Schneider Electric", "FR-542048574", "Energy management", "FR", 35900, "EUR", 21300, "sofia.kam"),
            new Row("Legrand", "FR-421259615", "Electrical equipment", "FR", 8400, "EUR", 7700, "sofia.kam"),
            new Row("ABB Motion", "CH-101538431", "Electrical equipment", "CH", 7200, "USD", 6100, "sofia.kam"),
            new Row("Vestas Wind Systems", "DK-10403782", "Energy", "DK", 15400, "EUR", 9900, "sofia.kam"),
            new Row("Enel Green Power", "IT-10236451000", "Energy", "IT", 8900, "EUR", 5600, "sofia.kam"),
            new Row("Iberdrola Renovables", "ES-A48010615", "Energy", "ES", 11200, "EUR", 4800, "sofia.kam"),
            new Row("EDF Renewables", "FR-379677636", "Energy", "FR", 4300, "EUR", 3300, "sofia.kam"),
            new Row("Stellantis Powertrain", "NL-76070421", "Automotive", "NL", 41200, "EUR", 26700, "hugo.kam"),
            new Row("Renault Ampere", "FR-780129987", "Automotive", "FR", 9100, "EUR", 13100, "hugo.kam"),
            new Row("Valeo", "FR-552030967", "Automotive", "FR", 22000, "EUR", 16900, "hugo.kam"),
            new Row("Forvia Interiors", "FR-542005376", "Automotive", "FR", 27200, "EUR", 11800, "hugo.kam"),
            new Row("Bosch Mobility", "DE-HRB14000", "Automotive", "DE", 56200, "EUR", 19400, "hugo.kam"),
            new Row("Continental Automotive", "DE-HRB3527", "Automotive", "DE", 20500, "EUR", 8200, "hugo.kam"),
            new Row("Volvo Trucks", "SE-5560135018", "Automotive", "SE", 29000, "SEK", 7600, "hugo.kam"),
            new Row("Nestlé Waters", "FR-410059526", "Food and beverage", "FR", 3900, "EUR", 2200, null),
            new Row("Danone Specialized Nutrition", "FR-552032534", "Food and beverage", "FR", 7600, "EUR", 1900, null),
            new Row("Heineken Supply Chain", "NL-33011433", "Food and beverage", "NL", 9300, "EUR", 2500, null),
            new Row("L'Oréal Operations", "FR-632012100", "Cosmetics", "FR", 41200, "EUR", 3400, null),
            new Row("Michelin", "FR-855200887", "Automotive", "FR", 28300, "EUR", 6900, null),
            new Row("Saint-Gobain Glass", "FR-542039532", "Building materials", "FR", 7800, "EUR", 4300, null),
            new Row("Holcim Europe", "CH-100125561", "Building materials", "CH", 11500, "CHF", 1700, null),
            new Row("ArcelorMittal Flat Carbon", "LU-B82454", "Steel", "LU", 18600, "EUR", 2900, null),
            new Row("Alstom Rail", "FR-389058447", "Rail", "FR", 17600, "EUR", 8100, null),
            new Row("Capgemini Engineering", "FR-330703844", "Engineering services", "FR", 3400, "EUR", 1100, null),
            new Row("Orange Business", "FR-345039416", "Telecommunications", "FR", 7900, "EUR", 2300, null),
            new Row("Carrefour Supply", "FR-652014051", "Retail", "FR", 12100, "EUR", 900, null));

    private DemoAccounts() {
    }
}
