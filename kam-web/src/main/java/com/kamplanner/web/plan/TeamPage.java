package com.kamplanner.web.plan;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountService;
import com.kamplanner.plan.ActionPlanComment;
import com.kamplanner.plan.FollowUpRow;
import com.kamplanner.plan.FollowUpService;
import com.kamplanner.plan.IndicatorSeries;
import com.kamplanner.plan.PlanRights;
import com.kamplanner.plan.PlanService;
import com.kamplanner.plan.TeamFollowUp;
import com.kamplanner.plan.TeamNews;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code plan/team.xhtml?account=}: the KA team's page of the plan. The programmes and their action plans
 * with owners and status, what changed since the reader's last visit, an update form for the action plans the
 * reader may update (in place, in their row), comments, and the indicators charted with their actuals (recorded by the KAM).
 */
@Named
@ViewScoped
public class TeamPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpService followUp;

    @Inject
    PlanService plans;

    @Inject
    AccountService accounts;

    @Inject
    PageMessages messages;

    private Long account;
    private Account accountEntity;
    private boolean kam;
    private boolean canComment;
    private List<FollowUpRow> rows = List.of();
    private ActionPlanEditor editor;
    private List<TeamNews> news = List.of();
    private List<IndicatorSeries> indicators = List.of();
    private List<ActionPlanComment> comments = List.of();
    private java.util.Map<String, String> names = java.util.Map.of();
    private Long commentPlan;
    private String comment;
    private Long chartObjective;
    private Long actualObjective;
    private LocalDate actualPeriod;
    private BigDecimal actualValue;

    public void load() {
        if (account == null) {
            throw new NotFoundException();
        }
        accountEntity = accounts.find(account);
        PlanRights rights = PlanRights.of(accounts.rights(accountEntity));
        kam = rights.canWrite();
        canComment = rights.canComment();
        news = followUp.changesSinceLastVisit(account);
        refresh();
    }

    private void refresh() {
        TeamFollowUp team = followUp.team(account);
        rows = team.rows();
        indicators = team.indicators();
        comments = team.comments();
        List<String> authors = new java.util.ArrayList<>();
        rows.forEach(r -> authors.add(r.getLastBy()));
        news.forEach(n -> authors.add(n.getWho()));
        comments.forEach(c -> authors.add(c.getAuthor()));
        names = followUp.displayNames(authors);
        if (chartObjective == null && !indicators.isEmpty()) {
            chartObjective = indicators.get(0).getObjectiveId();
        }
    }




    public void addComment() {
        followUp.comment(account, commentPlan, comment);
        messages.info("plan.comment.saved");
        comment = null;
        refresh();
    }

    public void recordActual() {
        followUp.recordActual(account, actualObjective, actualPeriod, actualValue);
        messages.info("plan.actual.saved");
        chartObjective = actualObjective;
        actualValue = null;
        refresh();
    }

    public List<FollowUpRow> getUpdatableRows() {
        return rows.stream().filter(FollowUpRow::isUpdatable).toList();
    }


    /** The person's display name, for the login names the updates, comments and news are stored with. */
    public String name(String username) {
        return username == null ? "" : names.getOrDefault(username, username);
    }

    public boolean isCanComment() {
        return canComment;
    }

    /** The chart of the chosen indicator, or null when there is none. */
    public ChartView getChart() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return indicators.stream().filter(s -> s.getObjectiveId() == (chartObjective == null ? -1 : chartObjective))
                .findFirst().map(s -> IndicatorChart.of(s, key -> Bundle.text(locale, key), locale)).orElse(null);
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public Account getAccountEntity() {
        return accountEntity;
    }

    public boolean isKam() {
        return kam;
    }

    public List<FollowUpRow> getRows() {
        return rows;
    }

    public List<TeamNews> getNews() {
        return news;
    }

    public List<ActionPlanComment> getComments() {
        return comments;
    }

    public List<IndicatorSeries> getIndicators() {
        return indicators;
    }








    public Long getCommentPlan() {
        return commentPlan;
    }

    public void setCommentPlan(Long commentPlan) {
        this.commentPlan = commentPlan;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getChartObjective() {
        return chartObjective;
    }

    public void setChartObjective(Long chartObjective) {
        this.chartObjective = chartObjective;
    }

    public Long getActualObjective() {
        return actualObjective;
    }

    public void setActualObjective(Long actualObjective) {
        this.actualObjective = actualObjective;
    }

    public LocalDate getActualPeriod() {
        return actualPeriod;
    }

    public void setActualPeriod(LocalDate actualPeriod) {
        this.actualPeriod = actualPeriod;
    }

    public BigDecimal getActualValue() {
        return actualValue;
    }

    public void setActualValue(BigDecimal actualValue) {
        this.actualValue = actualValue;
    }

    /** The one-line update of the action plans this page lists. */
    public ActionPlanEditor getEditor() {
        if (editor == null) {
            editor = new ActionPlanEditor(followUp, messages, () -> rows, this::refresh);
        }
        return editor;
    }
}
