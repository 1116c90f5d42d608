package com.kamplanner.web.plan;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountService;
import com.kamplanner.plan.PlanCompliance;
import com.kamplanner.plan.PlanContent;
import com.kamplanner.plan.PlanEvent;
import com.kamplanner.plan.PlanReading;
import com.kamplanner.plan.PlanService;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.plan.VersionStatus;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code plan/plan.xhtml?account=&n=}: one version of an account's plan (the newest by default) with its
 * compliance and review history; the KAM's edit, submit and roll-forward, the KA Director's return and approve.
 * The services decide every right again; the page only hides what the user may not do.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanService plans;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    PageMessages messages;

    private Long account;
    private Integer n;
    private Account accountEntity;
    private List<PlanVersion> versions = List.of();
    private PlanVersion selected;
    private PlanContent content;
    private PlanCompliance compliance;
    private List<PlanEvent> history = List.of();
    private boolean kam;
    private boolean director;
    private String summary;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private long loadedVersion;
    private String reviewComment;
    private Integer compareWith;

    public void load() {
        if (account == null) {
            throw new NotFoundException();
        }
        accountEntity = accounts.find(account);
        kam = plans.isKamOf(account);
        director = caller.isDirector();
        versions = plans.versions(account);
        selected = n == null ? versions.stream().findFirst().orElse(null)
                : versions.stream().filter(v -> v.getNumber() == n).findFirst().orElseThrow(NotFoundException::new);
        if (selected == null) {
            content = null;
            return;
        }
        PlanReading reading = plans.reading(account, selected.getNumber(), locale());
        content = reading.content();
        compliance = reading.compliance();
        history = plans.history(account);
        summary = selected.getSummary();
        periodStart = selected.getPeriodStart();
        periodEnd = selected.getPeriodEnd();
        loadedVersion = selected.getVersion();
        compareWith = versions.size() > 1 ? versions.get(1).getNumber() : null;
    }

    public void start() {
        plans.start(account);
        messages.info("plan.started");
        reload(null);
    }

    public void save() {
        plans.saveWorking(account, selected.getNumber(), loadedVersion, summary, periodStart, periodEnd);
        messages.info("plan.saved");
        reload(selected.getNumber());
    }

    public void submit() {
        plans.submit(account, selected.getNumber(), loadedVersion, locale());
        messages.info("plan.submitted");
        reload(selected.getNumber());
    }

    public void rollForward() {
        PlanVersion next = plans.rollForward(account);
        messages.info("plan.rolledForward", next.getNumber());
        reload(next.getNumber());
    }

    public void approve() {
        plans.approve(account, selected.getNumber(), loadedVersion, reviewComment);
        messages.info("plan.approved");
        reviewComment = null;
        reload(selected.getNumber());
    }

    public void returnToKam() {
        plans.returnWithComments(account, selected.getNumber(), loadedVersion, reviewComment);
        messages.info("plan.returned");
        reviewComment = null;
        reload(selected.getNumber());
    }

    private void reload(Integer number) {
        n = number;
        load();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isEditable() {
        return kam && selected != null && selected.getStatus().isEditable();
    }

    public boolean isReviewable() {
        return director && selected != null && selected.getStatus() == VersionStatus.SUBMITTED;
    }

    public boolean isRollable() {
        return kam && !versions.isEmpty() && versions.get(0).getStatus() == VersionStatus.APPROVED;
    }

    /** While the selected version is returned: the comments the KA Director returned it with, newest first. */
    public List<PlanEvent> getReturns() {
        if (selected == null || selected.getStatus() != VersionStatus.RETURNED) {
            return List.of();
        }
        return history.stream().filter(e -> e.getKind() == PlanEvent.Kind.RETURNED
                && e.getVersionNumber() == selected.getNumber()).toList();
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public Integer getN() {
        return n;
    }

    public void setN(Integer n) {
        this.n = n;
    }

    public Account getAccountEntity() {
        return accountEntity;
    }

    public List<PlanVersion> getVersions() {
        return versions;
    }

    public PlanVersion getSelected() {
        return selected;
    }

    public PlanContent getContent() {
        return content;
    }

    public PlanCompliance getCompliance() {
        return compliance;
    }

    public List<PlanEvent> getHistory() {
        return history;
    }

    public boolean isKam() {
        return kam;
    }

    public boolean isDirector() {
        return director;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }

    public Integer getCompareWith() {
        return compareWith;
    }

    public void setCompareWith(Integer compareWith) {
        this.compareWith = compareWith;
    }
}
