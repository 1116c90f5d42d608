package com.kamplanner.web.congruence;

import com.kamplanner.platform.Download;
import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.congruence.CongruenceBoard;
import com.kamplanner.congruence.CongruenceCounts;
import com.kamplanner.congruence.CongruenceSummary;
import com.kamplanner.congruence.CongruenceLine;
import com.kamplanner.congruence.CongruenceRule;
import com.kamplanner.congruence.ProgrammeWorkbooks;
import com.kamplanner.web.i18n.Bundle;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/programme/congruence}: the congruence board as JSON, counts per rule and one page of lines
 * ({@code ?rule=}, {@code offset}, {@code limit}), each line with its text in the caller's language and the page
 * that fixes it; {@code .../xlsx} gives the export. The KA Director only: the service refuses everyone else (403).
 */
@Path("programme/congruence")
@Produces(MediaType.APPLICATION_JSON)
public class CongruenceResource {

    static final int MAX_LIMIT = 1000;

    @Inject
    CongruenceBoard board;

    @Inject
    CongruenceSummary summary;

    @Inject
    ProgrammeWorkbooks workbooks;

    @Context
    HttpHeaders headers;

    /**
     * The board's answer: counts of every rule (counted now and stored in the summary the home page reads, as the
     * board's page does), when they were counted, the filter, and one page of lines.
     */
    public record Board(Map<CongruenceRule, Long> counts, Instant countedAt, String rule, long total, int offset,
                        int limit, List<Line> lines) {
    }

    /** One line: its rule, subject, KAM, figure, text and the page (relative to the application) that fixes it. */
    public record Line(CongruenceRule rule, long subjectId, String subject, String kam, String figure, String text,
                       String link) {
    }

    @GET
    public Board get(@QueryParam("rule") String ruleName, @QueryParam("offset") @DefaultValue("0") int offset,
                     @QueryParam("limit") @DefaultValue("50") int limit) {
        Locale locale = locale();
        CongruenceRule rule = rule(ruleName, locale);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException(Bundle.text(locale, "congruence.api.paging", MAX_LIMIT));
        }
        CongruenceCounts counted = summary.refreshed();
        Map<CongruenceRule, Long> counts = counted.counts();
        long total = rule == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(rule);
        List<Line> lines = (rule == null ? board.linesOfAll(counts, offset, limit) : board.lines(rule, offset, limit))
                .stream().map(l -> line(l, locale)).toList();
        return new Board(counts, counted.countedAt(), rule == null ? null : rule.name(), total, offset, limit, lines);
    }

    @GET
    @Path("xlsx")
    @Produces(Download.XLSX)
    public Response xlsx(@QueryParam("rule") String ruleName) {
        Locale locale = locale();
        CongruenceRule rule = rule(ruleName, locale);
        return DownloadResponse.response(workbooks.congruence(rule, CongruenceTexts.exportWords(locale),
                r -> CongruenceTexts.rule(r, locale), l -> CongruenceTexts.line(l, locale)));
    }

    private static Line line(CongruenceLine l, Locale locale) {
        return new Line(l.getRule(), l.getSubjectId(), l.getSubjectName(), l.getKamName(),
                l.getFigure() == null ? null : l.getFigureText(), CongruenceTexts.line(l, locale), l.getLink());
    }

    private static CongruenceRule rule(String name, Locale locale) {
        if (name == null || name.isBlank()) {
            return null;
        }
        CongruenceRule rule = CongruenceRule.parse(name);
        if (rule == null) {
            throw new BadRequestException(CongruenceTexts.unknownRule(name, locale));
        }
        return rule;
    }

    private Locale locale() {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : Bundle.supported(headers.getAcceptableLanguages().get(0));
    }
}
