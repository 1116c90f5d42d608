package com.kamplanner.web.executive;

import com.kamplanner.executive.ExecutiveExports;
import com.kamplanner.platform.NotFoundException;
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
 * The executive pages' downloads, in the reader's language: {@code /executive/export?what=portfolio&format=pdf|xlsx},
 * {@code /executive/export?what=investments&format=xlsx} (under the {@code /executive/*} constraint) and
 * {@code /executive/people-export} (its own constraint, which HR shares). The export service checks the roles
 * again, audits and counts.
 */
@WebServlet({"/executive/export", "/executive/people-export"})
public class ExecutiveExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ExecutiveExports exports;

    @Inject
    LanguagePreference language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.chosenOr(request.getLocale());
        Function<String, String> text = key -> Bundle.text(locale, key);
        boolean people = request.getServletPath().endsWith("people-export");
        String what = people ? "people" : String.valueOf(request.getParameter("what"));
        String format = people ? "xlsx" : String.valueOf(request.getParameter("format"));
        DownloadResponse.serve(response, () -> {
            if (people) {
                return exports.peopleXlsx(locale, text);
            } else if ("portfolio".equals(what) && "pdf".equals(format)) {
                return exports.portfolioPdf(locale, text);
            } else if ("portfolio".equals(what) && "xlsx".equals(format)) {
                return exports.portfolioXlsx(locale, text);
            } else if ("investments".equals(what) && "xlsx".equals(format)) {
                return exports.investmentsXlsx(text);
            }
            throw new NotFoundException();
        });
    }
}
