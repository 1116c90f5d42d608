package com.kamplanner.situation;

import com.kamplanner.platform.Bilingual;
import java.io.Serializable;
import java.util.Locale;

/**
 * A filled field of an account's Key Account Database that another document (a strategy item, say) can cite and
 * link back to. The link is {@link #getUrl()}: {@code /situation/database.xhtml?account=ID#section-SECTIONKEY},
 * relative to the application's context root; the field itself carries the anchor
 * {@code field-SECTIONKEY-FIELDKEY} on that page.
 */
public class CitableField implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String sectionKey;
    private final String fieldKey;
    private final String sectionLabelEn;
    private final String sectionLabelFr;
    private final String labelEn;
    private final String labelFr;
    private final String value;

    /** {@code value} is the field's stored form, which a citation keeps as its baseline. */
    public CitableField(long accountId, String sectionKey, String fieldKey, String sectionLabelEn,
                        String sectionLabelFr, String labelEn, String labelFr, String value) {
        this.accountId = accountId;
        this.sectionKey = sectionKey;
        this.fieldKey = fieldKey;
        this.sectionLabelEn = sectionLabelEn;
        this.sectionLabelFr = sectionLabelFr;
        this.labelEn = labelEn;
        this.labelFr = labelFr;
        this.value = value;
    }

    /** The field's stored value now: text, ISO date, choice code, sanitised HTML or a table's JSON rows. */
    public String getValue() {
        return value;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelFr() {
        return labelFr;
    }

    /** The field's label in the reader's language (French or English). */
    public String label(Locale locale) {
        return Bilingual.pick(locale, labelEn, labelFr);
    }

    public String sectionLabel(Locale locale) {
        return Bilingual.pick(locale, sectionLabelEn, sectionLabelFr);
    }

    /** The page and anchor of the field's section: {@code /situation/database.xhtml?account=ID#section-KEY}. */
    public String getUrl() {
        return url(accountId, sectionKey);
    }

    public static String url(long accountId, String sectionKey) {
        return "/situation/database.xhtml?account=" + accountId + "#section-" + sectionKey;
    }
}
