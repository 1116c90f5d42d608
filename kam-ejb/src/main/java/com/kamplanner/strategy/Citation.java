package com.kamplanner.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a situation potential comes from in the Key Account Database: one of its fields (section and field key) or
 * one stakeholder, with the label shown and the link back to it. Kept as text, so a citation stays readable even
 * after the cited field is rewritten. A field citation also keeps the value it cited and when (its baseline): a
 * later change of the field is evidence drift ({@link StrategyRules#evidenceChanges}).
 */
@Embeddable
public class Citation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What is cited. */
    public enum Source {
        FIELD, STAKEHOLDER,
        /** An open opportunity of the account's whitespace map. */
        WHITESPACE
    }

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Source source;

    @Size(max = 60)
    @Column(name = "section_key", length = 60)
    private String sectionKey;

    @Size(max = 80)
    @Column(name = "field_key", length = 80)
    private String fieldKey;

    @Column(name = "stakeholder_id")
    private Long stakeholderId;

    @Column(name = "whitespace_cell_id")
    private Long whitespaceCellId;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String label;

    @Size(max = 500)
    @Column(length = 500)
    private String link;

    /** The stored value of the cited field when it was cited (or last confirmed); null for a blank field. */
    @Column(name = "cited_value", length = 100000)
    private String citedValue;

    @Column(name = "cited_at")
    private Instant citedAt;

    protected Citation() {
    }

    /** A field of the Key Account Database, citing its stored {@code value} as of {@code at}. */
    public static Citation ofField(String sectionKey, String fieldKey, String label, String link, String value,
                                   Instant at) {
        Citation c = new Citation();
        c.source = Source.FIELD;
        c.sectionKey = sectionKey;
        c.fieldKey = fieldKey;
        c.label = label;
        c.link = link;
        c.citedValue = value;
        c.citedAt = at;
        return c;
    }

    /** The same citation with {@code value} as its new baseline: the KAM accepted the field's change. */
    Citation rebased(String value, Instant at) {
        Citation c = new Citation();
        c.source = source;
        c.sectionKey = sectionKey;
        c.fieldKey = fieldKey;
        c.stakeholderId = stakeholderId;
        c.whitespaceCellId = whitespaceCellId;
        c.label = label;
        c.link = link;
        c.citedValue = value;
        c.citedAt = at;
        return c;
    }

    /** A stakeholder of the account's buying centre. */
    public static Citation ofStakeholder(long stakeholderId, String label, String link) {
        Citation c = new Citation();
        c.source = Source.STAKEHOLDER;
        c.stakeholderId = stakeholderId;
        c.label = label;
        c.link = link;
        return c;
    }

    /** An open cell of the account's whitespace map: an opportunity for an offering at a buying centre. */
    public static Citation ofWhitespace(long cellId, String label, String link) {
        Citation c = new Citation();
        c.source = Source.WHITESPACE;
        c.whitespaceCellId = cellId;
        c.label = label;
        c.link = link;
        return c;
    }

    /**
     * A key that identifies what is cited, whatever its label: {@code FIELD:section/field}, {@code STAKEHOLDER:id}
     * or {@code WHITESPACE:cellId}.
     */
    public String getKey() {
        return switch (source) {
            case FIELD -> "FIELD:" + sectionKey + "/" + fieldKey;
            case STAKEHOLDER -> "STAKEHOLDER:" + stakeholderId;
            case WHITESPACE -> "WHITESPACE:" + whitespaceCellId;
        };
    }

    public Long getWhitespaceCellId() {
        return whitespaceCellId;
    }

    public Source getSource() {
        return source;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public Long getStakeholderId() {
        return stakeholderId;
    }

    public String getLabel() {
        return label;
    }

    public String getLink() {
        return link;
    }

    public String getCitedValue() {
        return citedValue;
    }

    public Instant getCitedAt() {
        return citedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Citation c && getKey().equals(c.getKey());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getKey());
    }
}
