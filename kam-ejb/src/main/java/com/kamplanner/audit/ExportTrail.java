package com.kamplanner.audit;

import com.kamplanner.platform.Download;
import com.kamplanner.platform.ProgrammeMetrics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The two marks every export leaves, written the same way by each service that builds a file: one audit line and
 * one count in {@code kam_exports_total}. The audit action of an export is always
 * {@code <feature>.<document>.exported} (the feature is the kam-ejb package: {@code plan.version.exported},
 * {@code priority.board.exported}); its detail starts with the file's format.
 */
@Stateless
public class ExportTrail {

    @Inject
    AuditTrail audit;

    @Inject
    ProgrammeMetrics metrics;

    /**
     * Audits and counts a file that is leaving the application, in the caller's transaction, and hands it back.
     *
     * @param action the export's audit action, for instance {@link AuditAction#SITUATION_DATABASE_EXPORTED}
     * @param detail what else the audit line says (rows, filter), or null
     */
    public Download exported(AuditAction action, String subjectType, Object subjectId, Download file, String detail) {
        audit.record(action, subjectType, subjectId,
                detail == null || detail.isBlank() ? file.format() : file.format() + ", " + detail);
        metrics.exportProduced(file.format());
        return file;
    }
}
