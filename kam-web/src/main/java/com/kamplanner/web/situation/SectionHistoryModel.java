package com.kamplanner.web.situation;

import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.SectionChange;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The history of one section, a page at a time from the database, newest first. */
public class SectionHistoryModel extends LazyDataModel<SectionChange> {

    private static final long serialVersionUID = 1L;

    private final KeyAccountDatabaseService databases;
    private final long account;
    private final String sectionKey;

    SectionHistoryModel(KeyAccountDatabaseService databases, long account, String sectionKey) {
        this.databases = databases;
        this.account = account;
        this.sectionKey = sectionKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) databases.historyCount(account, sectionKey);
    }

    @Override
    public List<SectionChange> load(int first, int pageSize, Map<String, SortMeta> sort,
                                    Map<String, FilterMeta> filters) {
        return databases.historyCount(account, sectionKey) == 0 ? List.of()
                : databases.history(account, sectionKey, first, pageSize);
    }

    @Override
    public String getRowKey(SectionChange change) {
        return String.valueOf(change.getId());
    }

    @Override
    public SectionChange getRowData(String rowKey) {
        return null;
    }
}
