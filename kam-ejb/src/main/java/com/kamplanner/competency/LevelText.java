package com.kamplanner.competency;

import com.kamplanner.platform.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** What a level 1–5 of a competency looks like, in English and French. */
@Embeddable
public class LevelText implements java.io.Serializable {

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(name = "descriptor_en", nullable = false, length = 1000)
    private String en;

    @Column(name = "descriptor_fr", nullable = false, length = 1000)
    private String fr;

    protected LevelText() {
    }

    public LevelText(int level, String en, String fr) {
        this.level = level;
        this.en = en;
        this.fr = fr;
    }

    public String text(Locale locale) {
        return Bilingual.pick(locale, en, fr);
    }

    public int getLevel() {
        return level;
    }

    public String getEn() {
        return en;
    }

    public String getFr() {
        return fr;
    }
}
