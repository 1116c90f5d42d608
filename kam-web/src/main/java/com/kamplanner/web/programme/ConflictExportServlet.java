package com.kamplanner.web.programme;

import com.kamplanner.conflict.Conflict;
import com.kamplanner.conflict.ConflictExport;
import com.kamplanner.conflict.ConflictQuery;
import com.kamplanner.conflict.ConflictService;
import com.kamplanner.conflict.ConflictStatus;
import com.kamplanner.platform.ProgrammeMetrics;
import com.kamplanner.web.faces.BusinessErrors;
import com.kamplanner.web.i18n.Bundle;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code /programme/conflicts/export?status=}: the conflict register as XLSX, in the reader's language. Under
 * the {@code /programme/*} constraint of web.xml (KA Director); the service checks the role again and audits.
 */
@WebServlet("/programme/conflicts/export")
public class ConflictExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ConflictService conflicts;

    @Inject
    ProgrammeMetrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Bundle.supported(request.getLocale());
        try {
            String status = request.getParameter("status");
            ConflictQuery query = new ConflictQuery().status(status == null || status.isBlank() ? null
                    : ConflictStatus.valueOf(status));
            List<Conflict> all = conflicts.all(query);
            byte[] file = ConflictExport.xlsx(all, key -> Bundle.text(locale, key));
            conflicts.exported("xlsx", all.size());
            metrics.exportProduced("xlsx");
            response.setContentType(XLSX);
            response.setHeader("Content-Disposition", "attachment; filename=\"conflict-register.xlsx\"");
            response.setContentLength(file.length);
            response.getOutputStream().write(file);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (RuntimeException e) {
            if (BusinessErrors.isAccessDenied(e)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                throw e;
            }
        }
    }
}
