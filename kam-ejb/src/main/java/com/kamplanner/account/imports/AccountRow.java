package com.kamplanner.account.imports;

import com.kamplanner.platform.ControlCharacters;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of the file as the account it would become, with the problems found reading it. Checks here need no
 * database (missing name, bad number, unknown country, ...); the service adds the ones that do (duplicates,
 * parents). An empty cell leaves the account's current value alone on an update.
 */
public class AccountRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What committing the row does to the portfolio. */
    public enum Action { CREATE, UPDATE }

    private static final BigDecimal LARGEST = new BigDecimal("99999999999999999.99");

    private final int line;
    private String crmId;
    private String name;
    private String legalId;
    private String industry;
    private String country;
    private String parentReference;
    private BigDecimal annualRevenue;
    private String currency;
    private BigDecimal ourSales;
    private BigDecimal categorySpend;
    private String notes;
    private Action action;
    private final List<RowProblem> problems = new ArrayList<>();

    AccountRow(int line) {
        this.line = line;
    }

    /** Maps and checks the cells of one record. */
    static AccountRow read(int line, List<String> cells, ColumnMapping mapping, DecimalText decimals,
                           String defaultCurrency) {
        AccountRow row = new AccountRow(line);
        Cells in = new Cells(line, cells, mapping, row.problems);
        row.crmId = in.text(AccountField.CRM_ID);
        row.name = in.text(AccountField.NAME);
        if (row.name == null) {
            row.problems.add(new RowProblem(line, mapping.headerOf(AccountField.NAME), "", RowProblem.NAME_MISSING));
        }
        row.legalId = in.text(AccountField.LEGAL_ID);
        row.industry = in.text(AccountField.INDUSTRY);
        row.parentReference = in.text(AccountField.PARENT);
        row.notes = in.text(AccountField.NOTES);
        String countryText = in.raw(AccountField.COUNTRY);
        if (countryText != null) {
            row.country = CountryNames.code(countryText).orElse(null);
            if (row.country == null) {
                in.problem(AccountField.COUNTRY, countryText, RowProblem.UNKNOWN_COUNTRY, countryText);
            }
        }
        List<String> currencies = new ArrayList<>();
        row.annualRevenue = in.amount(AccountField.ANNUAL_REVENUE, decimals, currencies);
        row.ourSales = in.amount(AccountField.OUR_SALES, decimals, currencies);
        row.categorySpend = in.amount(AccountField.CATEGORY_SPEND, decimals, currencies);
        String currencyText = in.raw(AccountField.CURRENCY);
        if (currencyText != null) {
            row.currency = CurrencyNames.code(currencyText).orElse(null);
            if (row.currency == null) {
                in.problem(AccountField.CURRENCY, currencyText, RowProblem.UNKNOWN_CURRENCY, currencyText);
            }
        } else if (!currencies.isEmpty()) {
            row.currency = currencies.get(0);
        } else if (row.annualRevenue != null || row.ourSales != null || row.categorySpend != null) {
            row.currency = defaultCurrency;
        }
        if (row.parentReference != null && row.parentReference.equals(row.crmId)) {
            in.problem(AccountField.PARENT, row.parentReference, RowProblem.OWN_PARENT);
        }
        return row;
    }

    /** The cells of one record, read through the mapping, reporting what does not fit. */
    private record Cells(int line, List<String> cells, ColumnMapping mapping, List<RowProblem> problems) {

        String raw(AccountField field) {
            int index = mapping.indexOf(field);
            if (index < 0 || index >= cells.size()) {
                return null;
            }
            String value = cells.get(index).strip();
            if (value.isEmpty()) {
                return null;
            }
            OptionalInt refused = ControlCharacters.firstRefused(value, field == AccountField.NOTES);
            if (refused.isPresent()) {
                problem(field, visible(value), RowProblem.CONTROL_CHARACTER,
                        ControlCharacters.code(refused.getAsInt()));
                return null;
            }
            return value;
        }

        /** The cell as the report shows it: each control character as the replacement character. */
        private static String visible(String value) {
            String shown = value.replaceAll("[[\\p{Cntrl}\\x{80}-\\x{9F}]&&[^\\t]]", "\uFFFD");
            return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
        }

        String text(AccountField field) {
            String value = raw(field);
            if (value != null && value.length() > field.maxLength()) {
                problem(field, value.substring(0, 40) + "…", RowProblem.TOO_LONG, field.maxLength());
                return null;
            }
            return value;
        }

        BigDecimal amount(AccountField field, DecimalText decimals, List<String> currencies) {
            String value = raw(field);
            if (value == null) {
                return null;
            }
            Optional<DecimalText.Amount> amount = decimals.parse(value);
            if (amount.isEmpty()) {
                problem(field, value, RowProblem.NOT_A_NUMBER, value);
                return null;
            }
            BigDecimal number = amount.get().value();
            if (number.signum() < 0) {
                problem(field, value, RowProblem.NEGATIVE, value);
                return null;
            }
            if (number.compareTo(LARGEST) > 0) {
                problem(field, value, RowProblem.TOO_LARGE, value);
                return null;
            }
            if (amount.get().currency() != null) {
                currencies.add(amount.get().currency());
            }
            return number;
        }

        void problem(AccountField field, String value, String key, Object... arguments) {
            problems.add(new RowProblem(line, mapping.headerOf(field), value, key, arguments));
        }
    }

    void reject(RowProblem problem) {
        problems.add(problem);
        action = null;
    }

    void plan(Action action) {
        this.action = action;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public int getLine() {
        return line;
    }

    public String getCrmId() {
        return crmId;
    }

    public String getName() {
        return name;
    }

    public String getLegalId() {
        return legalId;
    }

    public String getIndustry() {
        return industry;
    }

    public String getCountry() {
        return country;
    }

    /** The parent's CRM id (or, for Dynamics 365, its name), resolved against the file and the portfolio. */
    public String getParentReference() {
        return parentReference;
    }

    public BigDecimal getAnnualRevenue() {
        return annualRevenue;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getOurSales() {
        return ourSales;
    }

    public BigDecimal getCategorySpend() {
        return categorySpend;
    }

    public String getNotes() {
        return notes;
    }

    /** CREATE or UPDATE once the service has compared the row with the portfolio; null before, or if refused. */
    public Action getAction() {
        return action;
    }

    public List<RowProblem> getProblems() {
        return List.copyOf(problems);
    }
}
