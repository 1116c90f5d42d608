package com.kamplanner.situation;

import com.kamplanner.template.TemplateSection;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * One section of an account's database as the caller sees it: the template section, the stored values, the
 * version to save against (-1 before the first save), who saved it last, whether the caller may write it, its
 * completeness, and whether it is stale against the segment's review period.
 */
public class SectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TemplateSection section;
    private final Map<String, String> values;
    private final long version;
    private final Instant updatedAt;
    private final String updatedBy;
    private final boolean writable;
    private final int completeness;
    private final boolean stale;

    SectionView(TemplateSection section, DatabaseSection stored, boolean writable, int completeness, boolean stale) {
        this.section = section;
        this.values = stored == null ? Map.of() : stored.getValues();
        this.version = stored == null ? -1 : stored.getVersion();
        this.updatedAt = stored == null ? null : stored.getUpdatedAt();
        this.updatedBy = stored == null ? null : stored.getUpdatedBy();
        this.writable = writable;
        this.completeness = completeness;
        this.stale = stale;
    }

    public TemplateSection getSection() {
        return section;
    }

    public String getKey() {
        return section.getKey();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public boolean isWritable() {
        return writable;
    }

    public int getCompleteness() {
        return completeness;
    }

    public boolean isStale() {
        return stale;
    }
}
