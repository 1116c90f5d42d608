package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanExports;
import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.web.i18n.LanguagePreference;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code /plan/export?account=&n=&format=pdf|docx}: a plan version as a PDF or a Word document, in the reader's
 * language. Under the {@code /plan/*} constraint of web.xml; the export service checks the reader's rights, audits
 * and counts.
 */
@WebServlet("/plan/export")
public class PlanExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanExports exports;

    @Inject
    LanguagePreference language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.chosenOr(request.getLocale());
        Function<String, String> text = key -> Bundle.text(locale, key);
        DownloadResponse.serve(response, () -> {
            long account = Long.parseLong(request.getParameter("account"));
            String n = request.getParameter("n");
            Integer number = n != null ? Integer.valueOf(n) : null;
            return "docx".equals(request.getParameter("format")) ? exports.docx(account, number, locale, text)
                    : exports.pdf(account, number, locale, text);
        });
    }
}
