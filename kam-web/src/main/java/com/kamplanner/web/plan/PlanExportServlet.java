package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanContent;
import com.kamplanner.plan.PlanDocx;
import com.kamplanner.plan.PlanOutline;
import com.kamplanner.plan.PlanPdf;
import com.kamplanner.plan.PlanService;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.web.faces.BusinessErrors;
import com.kamplanner.web.i18n.Bundle;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code /plan/export?account=&n=&format=pdf|docx}: a plan version as a PDF or a Word document, in the reader's
 * language. Under the {@code /plan/*} constraint of web.xml; the plan service checks the reader's rights.
 */
@WebServlet("/plan/export")
public class PlanExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    PlanService plans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Bundle.supported(request.getLocale());
        try {
            long account = Long.parseLong(request.getParameter("account"));
            String n = request.getParameter("n");
            int number = n != null ? Integer.parseInt(n) : plans.current(account).map(PlanVersion::getNumber)
                    .orElseThrow(NotFoundException::new);
            boolean word = "docx".equals(request.getParameter("format"));
            PlanContent content = plans.content(account, number);
            PlanOutline outline = PlanOutline.of(content, key -> Bundle.text(locale, key));
            String contents = Bundle.text(locale, "plan.contents");
            byte[] file = word ? PlanDocx.bytes(outline, contents) : PlanPdf.bytes(outline, contents);
            response.setContentType(word ? DOCX : "application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"plan-" + account + "-v" + number
                    + (word ? ".docx" : ".pdf") + "\"");
            response.setContentLength(file.length);
            response.getOutputStream().write(file);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (RuntimeException e) {
            if (BusinessErrors.isAccessDenied(e)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else if (BusinessErrors.find(e).filter(b -> b instanceof NotFoundException).isPresent()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                throw e;
            }
        }
    }
}
