package com.kamplanner.web.conflict;

import com.kamplanner.conflict.ConflictQuery;
import com.kamplanner.conflict.ConflictService;
import com.kamplanner.conflict.ConflictStatus;
import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.web.i18n.Bundle;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code /programme/conflicts/export?status=}: the conflict register as XLSX, in the reader's language. Under
 * the {@code /programme/*} constraint of web.xml (KA Director); the service checks the role again, audits and
 * counts.
 */
@WebServlet("/programme/conflicts/export")
public class ConflictExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ConflictService conflicts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Bundle.supported(request.getLocale());
        DownloadResponse.serve(response, () -> {
            String status = request.getParameter("status");
            ConflictQuery query = new ConflictQuery().status(status == null || status.isBlank() ? null
                    : ConflictStatus.valueOf(status));
            return conflicts.export(query, key -> Bundle.text(locale, key));
        });
    }
}
