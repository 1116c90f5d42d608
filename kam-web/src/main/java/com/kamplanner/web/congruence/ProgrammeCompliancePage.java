package com.kamplanner.web.congruence;

import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.congruence.AccountDocuments;
import com.kamplanner.congruence.ComplianceByKam;
import com.kamplanner.congruence.KamCompliance;
import com.kamplanner.congruence.ProgrammeWorkbooks;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code programme/compliance.xhtml}: KAMs × the three documents, how many of each KAM's key accounts meet
 * their segment's level, and the drill-down into one KAM's accounts. The strategy's own compliance
 * checks are {@code web.strategy.CompliancePage}.
 */
@Named
@ViewScoped
public class ProgrammeCompliancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceByKam compliance;

    @Inject
    ProgrammeWorkbooks workbooks;

    @Inject
    FacesContext faces;

    private List<KamCompliance> table;
    private KamCompliance selected;
    private List<AccountDocuments> accounts;

    public List<KamCompliance> getTable() {
        if (table == null) {
            table = compliance.table();
        }
        return table;
    }

    /** Opens the drill-down into one KAM's key accounts. */
    public void drill(KamCompliance kam) {
        selected = kam;
        accounts = compliance.accountsOf(kam.getKamId(), faces.getViewRoot().getLocale());
    }

    public KamCompliance getSelected() {
        return selected;
    }

    public List<AccountDocuments> getAccounts() {
        return accounts;
    }

    public StreamedContent getXlsx() {
        return DownloadResponse.streamed(workbooks.compliance(
                CongruenceTexts.exportWords(faces.getViewRoot().getLocale())));
    }
}
