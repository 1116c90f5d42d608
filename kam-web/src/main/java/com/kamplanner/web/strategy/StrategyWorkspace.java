package com.kamplanner.web.strategy;

import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.account.Account;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.strategy.ComplianceIssue;
import com.kamplanner.strategy.EvidenceFlag;
import com.kamplanner.strategy.MatrixStanding;
import com.kamplanner.strategy.MatrixTool;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.StrategyExports;
import com.kamplanner.strategy.Citation;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.StrategyStep;
import com.kamplanner.strategy.StrategyTemplate;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code strategy/workspace.xhtml?account=&step=}: the account's strategy loaded once per request that
 * changes it, the step shown, the caller's rights, the matrix standing, the compliance issues and the items whose
 * evidence changed ({@link EvidenceConfirmation} confirms them). The step beans
 * ({@link PotentialsStep} and the others) edit through the service and reload this.
 */
@Named
@ViewScoped
public class StrategyWorkspace implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyService strategies;

    @Inject
    StrategyExports exports;

    @Inject
    FacesContext faces;

    private Long accountId;
    private Integer step;
    private Strategy strategy;
    private boolean writable;
    private boolean kam;
    private MatrixStanding standing;
    private List<ComplianceIssue> issues = List.of();
    private StrategyTemplate template;
    private List<EvidenceFlag> evidence = List.of();
    private boolean opensWhitespace;

    /** Loads the account named by {@code ?account=}; someone else's account gives the forbidden page. */
    public void load() {
        if (accountId == null) {
            throw new NotFoundException();
        }
        reload();
        writable = strategies.canWrite(accountId);
        kam = strategies.isKamOf(accountId);
        opensWhitespace = strategies.opensWhitespace(accountId);
        standing = strategies.standing(accountId);
    }

    /** Reads the strategy again after a change, so every step shows what is stored. */
    public void reload() {
        StrategyService.StrategyView view = strategies.view(accountId,
                Bundle.supported(faces.getViewRoot().getLocale()));
        strategy = view.strategy();
        template = view.template();
        issues = view.check().issues();
        evidence = view.check().evidence();
    }

    /** The whole strategy as a PowerPoint deck, one slide per step, in the page's language. */
    public StreamedContent getDeck() {
        Locale locale = Bundle.supported(faces.getViewRoot().getLocale());
        return DownloadResponse.streamed(exports.deck(accountId, locale, key -> Bundle.text(locale, key)));
    }

    /** The text of a compliance issue in the page's language. */
    public String describe(ComplianceIssue issue) {
        return describe(issue, faces.getViewRoot().getLocale());
    }

    static String describe(ComplianceIssue issue, Locale locale) {
        String subject = switch (issue.getCheck()) {
            case STEP_EMPTY -> Bundle.text(locale, "strategy.step." + issue.getStep().name());
            case POTENTIALS_TOO_FEW -> Bundle.text(locale, "strategy.potential.kind." + issue.getSubject());
            case TOWS_PAIR_MISSING -> Bundle.text(locale, "strategy.option.type." + issue.getSubject());
            default -> issue.getSubject();
        };
        return Bundle.text(locale, issue.getMessageKey(), subject, issue.getLimit());
    }

    /** The KA Director's guidance for the step shown, from the template in force for the account's segment. */
    public String getGuidance() {
        return template.guidance(getCurrentStep(), faces.getViewRoot().getLocale());
    }

    /** The template the strategy is measured against: its guidance, matrix tools and horizon. */
    public StrategyTemplate getTemplate() {
        return template;
    }

    /** True when the template offers this matrix tool at the orientation step. */
    public boolean offers(String tool) {
        return template.offers(MatrixTool.valueOf(tool));
    }

    public boolean isEmpty(StrategyStep s) {
        return s.isEmptyIn(strategy);
    }

    public StrategyStep getCurrentStep() {
        return StrategyStep.at(step);
    }

    public int getStepIndex() {
        return getCurrentStep().ordinal();
    }

    public StrategyStep[] getSteps() {
        return StrategyStep.values();
    }

    public Account getAccount() {
        return strategy.getAccount();
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer step) {
        this.step = step;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public boolean isWritable() {
        return writable;
    }

    public boolean isKam() {
        return kam;
    }

    /**
     * True when the citation's link opens for the caller: every citation but a whitespace cell's, which only those
     * who may see the whitespace map follow; the others read its label.
     */
    public boolean opens(Citation citation) {
        return citation.getSource() != Citation.Source.WHITESPACE || opensWhitespace;
    }

    public MatrixStanding getStanding() {
        return standing;
    }

    public List<ComplianceIssue> getIssues() {
        return issues;
    }

    /** The items flagged "evidence changed", with the cited and current values. */
    public List<EvidenceFlag> getEvidence() {
        return evidence;
    }
}
