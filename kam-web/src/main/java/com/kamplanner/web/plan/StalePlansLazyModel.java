package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanFilter;
import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanStanding;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Feeds the review page's stale plans one page at a time: the database keeps the stale plans, filters by account
 * name, sorts and pages, so the list holds every stale plan however many accounts the programme has.
 */
public class StalePlansLazyModel extends LazyDataModel<PlanStanding> {

    private static final long serialVersionUID = 1L;

    private final transient PlanOverview overview;

    StalePlansLazyModel(PlanOverview overview) {
        this.overview = overview;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, overview.readableCount(filter(filterBy)));
    }

    @Override
    public List<PlanStanding> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
        return overview.readable(filter(filterBy), first, pageSize);
    }

    @Override
    public String getRowKey(PlanStanding row) {
        return String.valueOf(row.getAccountId());
    }

    @Override
    public PlanStanding getRowData(String rowKey) {
        List<PlanStanding> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(r -> String.valueOf(r.getAccountId()).equals(rowKey)).findFirst().orElse(null);
    }

    private static PlanFilter filter(Map<String, FilterMeta> filterBy) {
        return new PlanFilter(PlansLazyModel.name(filterBy), true);
    }
}
