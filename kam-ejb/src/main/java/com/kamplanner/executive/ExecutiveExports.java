package com.kamplanner.executive;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.ExportTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.Download;
import com.kamplanner.platform.Formats;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The executive pages as files: the portfolio at a glance as PDF and XLSX, the investment board and the people
 * figures as XLSX. The figures come from the same services as the pages, under the same roles; the fixed words
 * come from the caller's bundle ({@code text}). Every export is audited and counted.
 */
@Stateless
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
public class ExecutiveExports {

    @Inject
    ExecutivePortfolio portfolio;

    @Inject
    InvestmentBoard investments;

    @Inject
    ExecutivePeople people;

    @Inject
    ExportTrail exports;

    public Download portfolioPdf(Locale locale, Function<String, String> text) {
        PortfolioGlance glance = portfolio.glance();
        Formats formats = Formats.of(locale);
        byte[] bytes = FigureFiles.pdf(text.apply("executive.portfolio.title"),
                text.apply("executive.figures.asOf") + " " + formats.date(glance.getAsOf()),
                portfolioTables(glance, formats, text), text.apply("executive.figures.revenue.definition"), formats);
        return produced(AuditAction.EXECUTIVE_PORTFOLIO_EXPORTED, "executive.portfolio", "pdf", bytes);
    }

    public Download portfolioXlsx(Locale locale, Function<String, String> text) {
        byte[] bytes = FigureFiles.xlsx(portfolioTables(portfolio.glance(), Formats.of(locale), text));
        return produced(AuditAction.EXECUTIVE_PORTFOLIO_EXPORTED, "executive.portfolio", "xlsx", bytes);
    }

    public Download investmentsXlsx(Function<String, String> text) {
        FigureTable lines = new FigureTable(text.apply("executive.investments.lines"), List.of(
                text.apply("executive.investment.year"), text.apply("executive.investment.category"),
                text.apply("executive.investment.label"), text.apply("executive.investment.budget"),
                text.apply("executive.investment.actual"), text.apply("executive.investment.status"),
                text.apply("executive.investment.approvedBy")));
        for (InvestmentLine line : investments.lines()) {
            lines.row(line.getYear(), text.apply("executive.investmentCategory." + line.getCategory().name()), line.getLabel(),
                    line.getBudget(), line.getActual(), text.apply("executive.investmentStatus." + line.getStatus().name()),
                    line.getApprovedBy());
        }
        FigureTable years = new FigureTable(text.apply("executive.investments.byYear"), List.of(
                text.apply("executive.investment.year"), text.apply("executive.investment.budget"),
                text.apply("executive.investment.actual"), text.apply("executive.figures.revenue.byYear")));
        Map<Integer, BigDecimal> revenue = portfolio.revenueByYear();
        investments.totalsByYear().forEach((year, sums) -> years.row(year, sums[0], sums[1], revenue.get(year)));
        byte[] bytes = FigureFiles.xlsx(List.of(lines, years));
        return produced(AuditAction.EXECUTIVE_INVESTMENTS_EXPORTED, "executive.investments", "xlsx", bytes);
    }

    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR, Role.Names.HR})
    public Download peopleXlsx(Locale locale, Function<String, String> text) {
        PeopleFigures figures = people.figures(locale);
        FigureTable summary = new FigureTable(text.apply("executive.people.summary"), List.of(
                text.apply("executive.people.figure"), text.apply("executive.people.value")))
                .row(text.apply("executive.people.headcount"), figures.getKamHeadcount())
                .row(text.apply("executive.people.minAccounts"), figures.getMinAccounts())
                .row(text.apply("executive.people.avgAccounts"), figures.getAverageAccounts())
                .row(text.apply("executive.people.maxAccounts"), figures.getMaxAccounts())
                .row(text.apply("executive.people.assessed"), figures.getAssessedKams());
        FigureTable spread = new FigureTable(text.apply("executive.people.spread"), List.of(
                text.apply("executive.people.accountsHeld"), text.apply("executive.people.kams")));
        figures.getKamsHolding().forEach(spread::row);
        FigureTable areas = new FigureTable(text.apply("executive.people.competency"), List.of(
                text.apply("executive.people.area"), text.apply("executive.people.average"),
                text.apply("executive.people.target")));
        figures.getAreas().forEach(a -> areas.row(a.area(), a.average(), a.target()));
        byte[] bytes = FigureFiles.xlsx(List.of(summary, spread, areas));
        return produced(AuditAction.EXECUTIVE_PEOPLE_EXPORTED, "executive.people", "xlsx", bytes);
    }

    private List<FigureTable> portfolioTables(PortfolioGlance glance, Formats formats, Function<String, String> text) {
        FigureTable segments = new FigureTable(text.apply("executive.portfolio.segments"), List.of(
                text.apply("executive.figures.segment"), text.apply("executive.figures.keyAccounts"),
                text.apply("executive.figures.plans.approved"), text.apply("executive.figures.plans.stale"),
                text.apply("executive.figures.plans.missing"), text.apply("executive.figures.revenue.target"),
                text.apply("executive.figures.revenue.actual"), text.apply("executive.figures.revenue.attainment")));
        for (SegmentFigures s : glance.segments()) {
            segments.row(s.segment() == null ? text.apply("executive.figures.noSegment")
                            : text.apply("quadrant." + s.segment().name()), s.keyAccounts(), s.plansApproved(),
                    s.plansStale(), s.plansMissing(), s.revenueTarget(), s.revenueActual(),
                    formats.percent(s.getAttainment()));
        }
        segments.row(text.apply("executive.figures.total"), glance.getKeyAccounts(), glance.getPlansApproved(),
                glance.getPlansStale(), glance.getPlansMissing(), glance.getRevenueTarget(),
                glance.getRevenueActual(), formats.percent(glance.getAttainment()));
        FigureTable kams = new FigureTable(text.apply("executive.portfolio.kams"), List.of(
                text.apply("executive.figures.kam"), text.apply("executive.figures.revenue.objectives"),
                text.apply("executive.figures.revenue.target"), text.apply("executive.figures.revenue.actual"),
                text.apply("executive.figures.revenue.attainment")));
        for (KamRevenue k : glance.kams()) {
            kams.row(k.kamName() == null ? text.apply("executive.figures.noKam") : k.kamName(), k.revenueObjectives(),
                    k.revenueTarget(), k.revenueActual(), formats.percent(k.getAttainment()));
        }
        return new ArrayList<>(List.of(segments, kams));
    }

    /** {@code executive-portfolio-2026-12-04.pdf}: what, the day, the format. */
    private Download produced(AuditAction action, String what, String format, byte[] bytes) {
        String name = what.replace('.', '-') + "-" + LocalDate.now() + "." + format;
        return exports.exported(action, "Executive", what,
                new Download(name, "pdf".equals(format) ? Download.PDF : Download.XLSX, bytes), null);
    }
}
