package com.kamplanner.web.conflict;

import com.kamplanner.conflict.Conflict;
import com.kamplanner.conflict.ConflictQuery;
import com.kamplanner.conflict.ConflictService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Feeds the register table one page at a time; the database pages, sorts and filters by status. */
public class ConflictLazyModel extends LazyDataModel<Conflict> {

    private static final long serialVersionUID = 1L;

    private final transient ConflictService conflicts;
    private final ConflictsPage page;

    ConflictLazyModel(ConflictService conflicts, ConflictsPage page) {
        this.conflicts = conflicts;
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, conflicts.count(new ConflictQuery().status(page.getStatusFilter())));
    }

    @Override
    public List<Conflict> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ConflictQuery query = new ConflictQuery().status(page.getStatusFilter()).page(first, pageSize);
        sortBy.values().stream().findFirst().ifPresent(sort -> query.sortBy(column(sort.getField()),
                sort.getOrder() == SortOrder.DESCENDING));
        return conflicts.page(query);
    }

    @Override
    public String getRowKey(Conflict conflict) {
        return String.valueOf(conflict.getId());
    }

    @Override
    public Conflict getRowData(String rowKey) {
        List<Conflict> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(c -> String.valueOf(c.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    static ConflictQuery.SortColumn column(String field) {
        return switch (field == null ? "" : field) {
            case "title" -> ConflictQuery.SortColumn.TITLE;
            case "kind" -> ConflictQuery.SortColumn.KIND;
            case "status" -> ConflictQuery.SortColumn.STATUS;
            default -> ConflictQuery.SortColumn.OPENED_AT;
        };
    }
}
