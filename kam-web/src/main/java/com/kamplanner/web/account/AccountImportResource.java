package com.kamplanner.web.account;

import com.kamplanner.account.imports.AccountImportService;
import com.kamplanner.account.imports.AccountRow;
import com.kamplanner.account.imports.CsvEncoding;
import com.kamplanner.account.imports.CsvPreset;
import com.kamplanner.account.imports.ImportMode;
import com.kamplanner.account.imports.ImportReport;
import com.kamplanner.account.imports.ImportSettings;
import com.kamplanner.account.imports.RowProblem;
import com.kamplanner.web.i18n.Bundle;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/accounts/import}: a CRM export as the body ({@code text/csv} or
 * {@code application/octet-stream}), {@code preset} salesforce|dynamics|suitecrm, {@code mode}
 * validOnly|allOrNothing, {@code dryRun=true} for the preview and validation report alone. Answers the report as
 * JSON, its reasons in the caller's language: 200 once imported (or for a dry run), 422 when all-or-nothing
 * refused the file. For the KA Director only; the service refuses everyone else, which the API reports as 403.
 */
@Path("accounts/import")
@Produces(MediaType.APPLICATION_JSON)
public class AccountImportResource {

    /** The import report as the API shows it. */
    public record ReportView(boolean dryRun, boolean committed, String preset, String mode, int rowsRead,
                             int created, int updated, int rejected, List<RowView> preview,
                             List<ProblemView> problems) {
    }

    /** A row of the preview, as it would go into the portfolio. */
    public record RowView(int line, String action, String crmId, String name, String legalId, String industry,
                          String country, String parent, BigDecimal annualRevenue, String currency,
                          BigDecimal ourSales, BigDecimal categorySpend) {
    }

    /** A refused row: where, what was read, and why, in words and as a stable code. */
    public record ProblemView(int line, String column, String value, String code, String reason) {
    }

    @Inject
    AccountImportService imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    public Response importAccounts(byte[] csv, @QueryParam("preset") String preset,
                                   @QueryParam("mode") @DefaultValue("validOnly") String mode,
                                   @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                   @QueryParam("currency") @DefaultValue("EUR") String currency,
                                   @QueryParam("fileName") @DefaultValue("api-upload.csv") String fileName) {
        ImportSettings settings = new ImportSettings(presetNamed(preset), Map.of(),
                encodingOf(headers.getMediaType()), modeNamed(mode), currency);
        ImportReport report = dryRun ? imports.preview(csv, settings, fileName)
                : imports.importAccounts(csv, settings, fileName);
        int status = dryRun || report.isCommitted() ? 200 : 422;
        return Response.status(status).entity(view(report, dryRun, language())).build();
    }

    private static ReportView view(ImportReport report, boolean dryRun, Locale locale) {
        List<RowView> preview = report.getPreview().stream().map(AccountImportResource::view).toList();
        List<ProblemView> problems = report.getProblems().stream()
                .map(p -> new ProblemView(p.getLine(), p.getColumn(), p.getValue(), p.getReasonKey(),
                        Bundle.text(locale, p.getReasonKey(), p.getArguments())))
                .toList();
        return new ReportView(dryRun, report.isCommitted(), report.getPreset().name(), report.getMode().name(),
                report.getRowsRead(), report.getCreated(), report.getUpdated(), report.getRejected(), preview,
                problems);
    }

    private static RowView view(AccountRow row) {
        return new RowView(row.getLine(), row.getAction() == null ? null : row.getAction().name(), row.getCrmId(),
                row.getName(), row.getLegalId(), row.getIndustry(), row.getCountry(), row.getParentReference(),
                row.getAnnualRevenue(), row.getCurrency(), row.getOurSales(), row.getCategorySpend());
    }

    private static CsvPreset presetNamed(String name) {
        try {
            CsvPreset preset = CsvPreset.named(name);
            if (preset != CsvPreset.CUSTOM) {
                return preset;
            }
        } catch (IllegalArgumentException unknown) {
            // refused below
        }
        throw new BadRequestException("preset must be salesforce, dynamics or suitecrm");
    }

    private static ImportMode modeNamed(String name) {
        try {
            return ImportMode.named(name);
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("mode must be validOnly or allOrNothing");
        }
    }

    /** The charset the client declared, if it is one we read; otherwise detection. */
    private static CsvEncoding encodingOf(MediaType type) {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null) {
            return CsvEncoding.AUTO;
        }
        return switch (charset.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> CsvEncoding.UTF_8;
            case "windows-1252", "cp1252" -> CsvEncoding.WINDOWS_1252;
            default -> CsvEncoding.AUTO;
        };
    }

    private Locale language() {
        return headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.ENGLISH : Bundle.supported(headers.getAcceptableLanguages().get(0));
    }
}
