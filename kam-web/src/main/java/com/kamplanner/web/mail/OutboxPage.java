package com.kamplanner.web.mail;

import com.kamplanner.mail.MailStatus;
import com.kamplanner.mail.Outbox;
import com.kamplanner.mail.OutboxMail;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code admin/outbox.xhtml}: whether e-mail is on, the count of mails in each status, and the mails of
 * the chosen status (all by default), paged in the database. Read only: the sender does the work.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    private boolean mailOn;
    private Map<MailStatus, Long> counts;
    private MailStatus status;

    private final LazyDataModel<OutboxMail> mails = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, outbox.count(Optional.ofNullable(status)));
        }

        @Override
        public List<OutboxMail> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return outbox.page(Optional.ofNullable(status), first, pageSize);
        }

        @Override
        public String getRowKey(OutboxMail mail) {
            return String.valueOf(mail.getId());
        }
    };

    @PostConstruct
    void load() {
        mailOn = outbox.isMailOn();
        counts = outbox.counts();
    }

    public boolean isMailOn() {
        return mailOn;
    }

    public Map<MailStatus, Long> getCounts() {
        return counts;
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public LazyDataModel<OutboxMail> getMails() {
        return mails;
    }
}
