package com.kamplanner.web.strategy;

import com.kamplanner.strategy.AccountCompliance;
import com.kamplanner.strategy.ComplianceIssue;
import com.kamplanner.strategy.StrategyCompliance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code strategy/compliance.xhtml}: the KA Director's list of key accounts with the compliance issues of
 * their strategies, paged and filtered by name in the database.
 */
@Named
@ViewScoped
public class CompliancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyCompliance compliance;

    @Inject
    FacesContext faces;

    private final LazyDataModel<AccountCompliance> accounts = new Lines();
    private String name;

    public String describe(ComplianceIssue issue) {
        return StrategyWorkspace.describe(issue, faces.getViewRoot().getLocale());
    }

    public LazyDataModel<AccountCompliance> getAccounts() {
        return accounts;
    }

    /** Part of an account name, from {@code ?name=}: the table opens filtered by it. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** One page of key accounts at a time, filtered by name. */
    private final class Lines extends LazyDataModel<AccountCompliance> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, compliance.count(name(filterBy)));
        }

        @Override
        public List<AccountCompliance> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            return compliance.page(name(filterBy), first, pageSize);
        }

        @Override
        public String getRowKey(AccountCompliance line) {
            return String.valueOf(line.getAccountId());
        }

        @Override
        public AccountCompliance getRowData(String rowKey) {
            List<AccountCompliance> rows = getWrappedData();
            return rows == null ? null : rows.stream().filter(r -> String.valueOf(r.getAccountId()).equals(rowKey))
                    .findFirst().orElse(null);
        }

        private String name(Map<String, FilterMeta> filterBy) {
            FilterMeta filter = filterBy == null ? null : filterBy.get("accountName");
            return filter == null || filter.getFilterValue() == null ? name : filter.getFilterValue().toString();
        }
    }
}
