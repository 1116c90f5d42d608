package com.kamplanner.web.competency;

import com.kamplanner.competency.AccessLog;
import com.kamplanner.competency.ProfileRead;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs {@code competency/access-log.xhtml}: who read which KAM's profile, paged in the database, for HR. */
@Named
@ViewScoped
public class AccessLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessLog log;

    private final LazyDataModel<ProfileRead> reads = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, log.count());
        }

        @Override
        public List<ProfileRead> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            return log.page(first, pageSize);
        }

        @Override
        public String getRowKey(ProfileRead read) {
            return String.valueOf(read.getId());
        }
    };

    public LazyDataModel<ProfileRead> getReads() {
        return reads;
    }
}
