package com.kamplanner.web.improvement;

import com.kamplanner.improvement.ImprovementAction;
import com.kamplanner.improvement.ProgrammeReviewService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Feeds the improvement actions table a page at a time; the database filters by status, sorts and pages. */
public class ImprovementActionsModel extends LazyDataModel<ImprovementAction> {

    private static final long serialVersionUID = 1L;

    private final transient ProgrammeReviewService review;
    private ImprovementAction.Status status;

    ImprovementActionsModel(ProgrammeReviewService review) {
        this.review = review;
    }

    /** Only actions in this status from now on; all of them when none. */
    void filter(ImprovementAction.Status status) {
        this.status = status;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, review.countActions(status));
    }

    @Override
    public List<ImprovementAction> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        return review.actions(status, first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(ImprovementAction action) {
        return String.valueOf(action.getId());
    }

    @Override
    public ImprovementAction getRowData(String rowKey) {
        List<ImprovementAction> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(a -> String.valueOf(a.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
