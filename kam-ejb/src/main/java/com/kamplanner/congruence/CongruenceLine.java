package com.kamplanner.congruence;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of the congruence board: the rule broken, the account or KAM it is about, the account's KAM, a figure
 * where the rule has one (the KAM's load, competencies below target, stale sections) and the page that fixes it.
 */
public class CongruenceLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CongruenceRule rule;
    private final long subjectId;
    private final String subjectName;
    private final String kamName;
    private final BigDecimal figure;

    public CongruenceLine(CongruenceRule rule, long subjectId, String subjectName, String kamName, BigDecimal figure) {
        this.rule = rule;
        this.subjectId = subjectId;
        this.subjectName = subjectName;
        this.kamName = kamName;
        this.figure = figure;
    }

    public CongruenceRule getRule() {
        return rule;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getKamName() {
        return kamName;
    }

    public BigDecimal getFigure() {
        return figure;
    }

    /** The figure as people read it: no trailing zeros ("2.5", "3"). */
    public String getFigureText() {
        return figure == null ? "" : figure.stripTrailingZeros().toPlainString();
    }

    /** The page where this line is fixed, relative to the application. */
    public String getLink() {
        return rule.fixLink(subjectId);
    }

    /** A stable key for the line, for tables that select rows. */
    public String getKey() {
        return rule + "-" + subjectId;
    }
}
