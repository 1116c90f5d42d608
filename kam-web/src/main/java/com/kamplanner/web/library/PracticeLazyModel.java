package com.kamplanner.web.library;

import com.kamplanner.bestpractice.BestPracticeService;
import com.kamplanner.bestpractice.LibraryQuery;
import com.kamplanner.bestpractice.PracticeSummary;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds the library table one page at a time; the database pages and filters (kind, segment, text). */
public class PracticeLazyModel extends LazyDataModel<PracticeSummary> {

    private static final long serialVersionUID = 1L;

    private final transient BestPracticeService library;
    private final LibraryPage page;

    PracticeLazyModel(BestPracticeService library, LibraryPage page) {
        this.library = library;
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, library.count(page.query()));
    }

    @Override
    public List<PracticeSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
        return library.page(page.query().page(first, pageSize));
    }

    @Override
    public String getRowKey(PracticeSummary practice) {
        return String.valueOf(practice.id());
    }

    @Override
    public PracticeSummary getRowData(String rowKey) {
        List<PracticeSummary> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(p -> String.valueOf(p.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
