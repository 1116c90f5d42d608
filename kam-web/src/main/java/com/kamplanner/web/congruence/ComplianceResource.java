package com.kamplanner.web.congruence;

import com.kamplanner.platform.Download;
import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.congruence.AccountDocuments;
import com.kamplanner.congruence.ComplianceByKam;
import com.kamplanner.congruence.KamCompliance;
import com.kamplanner.congruence.ProgrammeWorkbooks;
import com.kamplanner.web.i18n.Bundle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/programme/compliance}: compliance by KAM as JSON, per KAM the key accounts and how many meet
 * their segment's level in each document; {@code .../{kamId}} drills into one KAM's accounts and {@code .../xlsx}
 * gives the export. The KA Director only (403 for everyone else, from the service).
 */
@Path("programme/compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @Inject
    ComplianceByKam compliance;

    @Inject
    ProgrammeWorkbooks workbooks;

    @Context
    HttpHeaders headers;

    @GET
    public List<KamCompliance> table() {
        return compliance.table();
    }

    @GET
    @Path("{kamId:[0-9]+}")
    public List<AccountDocuments> accounts(@PathParam("kamId") long kamId) {
        return compliance.accountsOf(kamId, locale());
    }

    @GET
    @Path("xlsx")
    @Produces(Download.XLSX)
    public Response xlsx() {
        return DownloadResponse.response(workbooks.compliance(CongruenceTexts.exportWords(locale())));
    }

    private Locale locale() {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : Bundle.supported(headers.getAcceptableLanguages().get(0));
    }
}
