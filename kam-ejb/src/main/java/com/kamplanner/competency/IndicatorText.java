package com.kamplanner.competency;

import com.kamplanner.platform.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** An observable behaviour that shows a competency, in English and French. */
@Embeddable
public class IndicatorText implements java.io.Serializable {

    @Column(nullable = false)
    private int position;

    @Column(name = "text_en", nullable = false, length = 1000)
    private String en;

    @Column(name = "text_fr", nullable = false, length = 1000)
    private String fr;

    protected IndicatorText() {
    }

    public IndicatorText(int position, String en, String fr) {
        this.position = position;
        this.en = en;
        this.fr = fr;
    }

    public String text(Locale locale) {
        return Bilingual.pick(locale, en, fr);
    }

    public int getPosition() {
        return position;
    }

    public String getEn() {
        return en;
    }

    public String getFr() {
        return fr;
    }
}
