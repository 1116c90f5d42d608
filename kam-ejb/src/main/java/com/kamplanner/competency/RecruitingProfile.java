package com.kamplanner.competency;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.ExportTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.Download;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A target profile written out as a DOCX job profile for recruiting: per area, each required competency with its
 * level and what that level looks like, so recruiters and candidates read the same expectations HR assesses.
 * Holds no personal data.
 */
@Stateless
@RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
public class RecruitingProfile {

    @Inject
    FrameworkService frameworks;

    @Inject
    ExportTrail exports;

    /**
     * The job profile of a target profile; a segment profile includes the role's requirements, raised by the
     * segment's; audited and counted. Texts come from the framework and {@code labels} (title, headings) in the reader's language.
     */
    public Download docx(long targetProfileId, Locale locale, Map<String, String> labels) {
        TargetProfile profile = frameworks.targetProfile(targetProfileId);
        CompetencyFramework framework = frameworks.find(profile.getFramework().getId());
        Map<String, Integer> target = profile.getSegment() == null ? profile.getRequiredLevels()
                : frameworks.targetFor(framework.getId(), java.util.EnumSet.of(profile.getSegment()));
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setFontSize(18);
            titleRun.setText(labels.get("title"));
            doc.createParagraph().createRun().setText(labels.get("intro") + " (v" + framework.getNumber() + ")");
            for (CompetencyArea area : framework.getAreas()) {
                XWPFRun heading = doc.createParagraph().createRun();
                heading.setBold(true);
                heading.setFontSize(14);
                heading.setText(area.name(locale));
                XWPFTable table = doc.createTable();
                XWPFTableRow header = table.getRow(0);
                header.getCell(0).setText(labels.get("competency"));
                header.addNewTableCell().setText(labels.get("level"));
                header.addNewTableCell().setText(labels.get("expected"));
                for (Competency c : area.getCompetencies()) {
                    Integer level = target.get(c.getCode());
                    if (level == null) {
                        continue;
                    }
                    XWPFTableRow row = table.createRow();
                    row.getCell(0).setText(c.name(locale));
                    row.getCell(1).setText(level + " / 5");
                    StringBuilder expected = new StringBuilder(c.descriptor(level, locale));
                    c.getIndicators().forEach(i -> expected.append(" • ").append(i.text(locale)));
                    row.getCell(2).setText(expected.toString());
                }
            }
            doc.write(out);
            String name = "job-profile-kam-" + (profile.getSegment() == null ? "all"
                    : profile.getSegment().name().toLowerCase(Locale.ROOT)) + "-" + locale.getLanguage() + ".docx";
            return exports.exported(AuditAction.COMPETENCY_JOB_PROFILE_EXPORTED, "TargetProfile", targetProfileId,
                    new Download(name, Download.DOCX, out.toByteArray()), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
