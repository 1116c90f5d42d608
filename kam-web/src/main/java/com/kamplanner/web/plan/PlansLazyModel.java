package com.kamplanner.web.plan;

import com.kamplanner.plan.AccountPlan;
import com.kamplanner.plan.PlanOverview;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Feeds the plans page's table one page at a time, as the portfolio does: the account-name filter goes to the
 * database, which sorts (by name, an executive's sponsored accounts first) and pages, so no account is left out
 * however many there are.
 */
public class PlansLazyModel extends LazyDataModel<AccountPlan> {

    private static final long serialVersionUID = 1L;

    private final transient PlanOverview overview;

    PlansLazyModel(PlanOverview overview) {
        this.overview = overview;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, overview.keyAccountCount(name(filterBy)));
    }

    @Override
    public List<AccountPlan> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        return overview.keyAccounts(name(filterBy), first, pageSize);
    }

    @Override
    public String getRowKey(AccountPlan row) {
        return String.valueOf(row.accountId());
    }

    @Override
    public AccountPlan getRowData(String rowKey) {
        List<AccountPlan> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(r -> String.valueOf(r.accountId()).equals(rowKey)).findFirst().orElse(null);
    }

    static String name(Map<String, FilterMeta> filterBy) {
        FilterMeta name = filterBy == null ? null : filterBy.get("accountName");
        return name == null || name.getFilterValue() == null ? null : name.getFilterValue().toString();
    }
}
