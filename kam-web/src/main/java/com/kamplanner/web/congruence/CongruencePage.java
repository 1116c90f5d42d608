package com.kamplanner.web.congruence;

import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.congruence.CongruenceBoard;
import com.kamplanner.congruence.CongruenceCounts;
import com.kamplanner.congruence.CongruenceSummary;
import com.kamplanner.congruence.CongruenceLine;
import com.kamplanner.congruence.CongruenceRule;
import com.kamplanner.congruence.ProgrammeWorkbooks;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.CategoryChart;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

/**
 * Backs {@code programme/congruence.xhtml}: the counts per rule (and their chart), then the lines a page at a time,
 * optionally of one rule ({@code ?rule=}). Every read goes to the database, so a line fixed on another page is
 * gone when the KA Director comes back: the counts are counted again when the view opens and stored in the
 * congruence summary, which the home page reads, so that both show the same figures; the page says when.
 */
@Named
@ViewScoped
public class CongruencePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CongruenceBoard board;

    @Inject
    CongruenceSummary summary;

    @Inject
    ProgrammeWorkbooks workbooks;

    @Inject
    PageMessages messages;

    @Inject
    FacesContext faces;

    private final LazyDataModel<CongruenceLine> lines = new Lines();
    private String ruleParam;
    private CongruenceRule rule;
    private CongruenceCounts counts;

    /** Reads {@code ?rule=} once the view parameters are set; an unknown name shows a message and every rule. */
    public void open() {
        if (ruleParam != null && !ruleParam.isBlank()) {
            rule = CongruenceRule.parse(ruleParam);
            if (rule == null) {
                messages.error(CongruenceTexts.UNKNOWN_RULE, ruleParam, String.join(", ",
                        java.util.Arrays.stream(CongruenceRule.values()).map(Enum::name).toList()));
            }
        }
    }

    public Map<CongruenceRule, Long> getCounts() {
        if (counts == null) {
            counts = summary.refreshed();
        }
        return counts.counts();
    }

    /** When the counts shown were counted, in the reader's language. */
    public String getCountedAt() {
        getCounts();
        return Bundle.text(locale(), "congruence.countedAt", Formats.of(locale()).dateTime(counts.countedAt()));
    }

    public long getTotal() {
        return getCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    public List<CongruenceRule> getRules() {
        return List.of(CongruenceRule.values());
    }

    /** A bar per rule with its count, in the reader's language, and the same counts as a table. */
    public ChartView getChart() {
        Locale locale = locale();
        List<CongruenceRule> rules = new ArrayList<>(getCounts().keySet());
        return new CategoryChart(Bundle.text(locale, "congruence.summary"), Bundle.text(locale, "congruence.rule"),
                rules.stream().map(this::ruleName).toList(), locale).horizontal()
                .valueAxis(ruleName(null), Formats.of(locale)::number)
                .bars(ruleName(null), rules.stream().map(getCounts()::get).toList())
                .view();
    }

    public String ruleName(CongruenceRule r) {
        return r == null ? Bundle.text(locale(), "congruence.lines") : CongruenceTexts.rule(r, locale());
    }

    public String text(CongruenceLine line) {
        return CongruenceTexts.line(line, locale());
    }

    public LazyDataModel<CongruenceLine> getLines() {
        return lines;
    }

    /** Applied from the rule filter: the table shows that rule's lines (all when none), from the first page. */
    public void filter() {
        counts = null;
    }

    public StreamedContent getXlsx() {
        Locale locale = locale();
        return DownloadResponse.streamed(workbooks.congruence(rule, CongruenceTexts.exportWords(locale),
                r -> CongruenceTexts.rule(r, locale), l -> CongruenceTexts.line(l, locale)));
    }

    public String getRuleParam() {
        return ruleParam;
    }

    public void setRuleParam(String ruleParam) {
        this.ruleParam = ruleParam;
    }

    public CongruenceRule getRule() {
        return rule;
    }

    public void setRule(CongruenceRule rule) {
        this.rule = rule;
    }

    private Locale locale() {
        return faces.getViewRoot().getLocale();
    }

    /** One page of lines at a time, of the chosen rule, paged in the database. */
    private final class Lines extends LazyDataModel<CongruenceLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, rule == null ? getTotal() : getCounts().get(rule));
        }

        @Override
        public List<CongruenceLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            return rule == null ? board.linesOfAll(getCounts(), first, pageSize) : board.lines(rule, first, pageSize);
        }

        @Override
        public String getRowKey(CongruenceLine line) {
            return line.getKey();
        }

        @Override
        public CongruenceLine getRowData(String rowKey) {
            List<CongruenceLine> rows = getWrappedData();
            return rows == null ? null : rows.stream().filter(l -> l.getKey().equals(rowKey)).findFirst().orElse(null);
        }
    }
}
