package com.kamplanner.web.account;

import com.kamplanner.account.AccountService;
import com.kamplanner.account.AccountSummary;
import com.kamplanner.account.PortfolioQuery;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Feeds the portfolio DataTable one page at a time: the table's filters and sort become a
 * {@link PortfolioQuery}, and the database does the paging, sorting and filtering.
 */
public class PortfolioLazyModel extends LazyDataModel<AccountSummary> {

    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;
    private final PortfolioFilters filters;

    PortfolioLazyModel(AccountService accounts, PortfolioFilters filters) {
        this.accounts = accounts;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, accounts.count(query(filterBy)));
    }

    @Override
    public List<AccountSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
        PortfolioQuery query = query(filterBy).page(first, pageSize);
        sortBy.values().stream().findFirst().ifPresent(sort -> query.sortBy(column(sort.getField()),
                sort.getOrder() == SortOrder.DESCENDING));
        return accounts.page(query);
    }

    @Override
    public String getRowKey(AccountSummary account) {
        return String.valueOf(account.getId());
    }

    @Override
    public AccountSummary getRowData(String rowKey) {
        List<AccountSummary> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(a -> String.valueOf(a.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    private PortfolioQuery query(Map<String, FilterMeta> filterBy) {
        PortfolioQuery query = new PortfolioQuery()
                .industry(filters.getIndustry())
                .country(filters.getCountry())
                .segment(filters.getSegment())
                .kamId(filters.getKamId())
                .keyAccount(filters.getKeyAccount())
                .healthBelow(filters.getHealthBelow());
        FilterMeta name = filterBy == null ? null : filterBy.get("name");
        if (name != null && name.getFilterValue() != null) {
            query.nameContains(name.getFilterValue().toString());
        }
        return query;
    }

    static PortfolioQuery.SortColumn column(String field) {
        return switch (field == null ? "" : field) {
            case "industry" -> PortfolioQuery.SortColumn.INDUSTRY;
            case "country" -> PortfolioQuery.SortColumn.COUNTRY;
            case "annualRevenue" -> PortfolioQuery.SortColumn.ANNUAL_REVENUE;
            case "ourSalesLast12Months" -> PortfolioQuery.SortColumn.OUR_SALES;
            case "kamName" -> PortfolioQuery.SortColumn.KAM;
            case "segment" -> PortfolioQuery.SortColumn.SEGMENT;
            case "health" -> PortfolioQuery.SortColumn.HEALTH;
            default -> PortfolioQuery.SortColumn.NAME;
        };
    }
}
