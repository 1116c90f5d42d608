package com.kamplanner.competency;

import com.kamplanner.platform.Bilingual;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A competency of an area, with its observable behaviours and what each level 1–5 looks like, in English and
 * French. Its code stays the same across framework versions, so ratings and targets compare over time.
 */
@Entity
@Table(name = "competency")
public class Competency implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "competency_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    private CompetencyArea area;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 160)
    private String nameEn;

    @Column(name = "name_fr", nullable = false, length = 160)
    private String nameFr;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competency_level", joinColumns = @JoinColumn(name = "competency_id"))
    @OrderBy("level")
    private List<LevelText> levels = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competency_indicator", joinColumns = @JoinColumn(name = "competency_id"))
    @OrderBy("position")
    private List<IndicatorText> indicators = new ArrayList<>();

    @Version
    private long version;

    protected Competency() {
    }

    Competency(CompetencyArea area, String code, String nameEn, String nameFr, int position) {
        this.area = area;
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.position = position;
    }

    public void describeLevel(int level, String en, String fr) {
        levels.removeIf(l -> l.getLevel() == level);
        levels.add(new LevelText(level, en, fr));
        levels.sort(java.util.Comparator.comparingInt(LevelText::getLevel));
    }

    public void addIndicator(String en, String fr) {
        indicators.add(new IndicatorText(indicators.size() + 1, en, fr));
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameFr);
    }

    /** The descriptor of a level in the reader's language, or an empty text when the level is not described. */
    public String descriptor(int level, Locale locale) {
        return levels.stream().filter(l -> l.getLevel() == level).findFirst().map(l -> l.text(locale)).orElse("");
    }

    public Long getId() {
        return id;
    }

    public CompetencyArea getArea() {
        return area;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public int getPosition() {
        return position;
    }

    public List<LevelText> getLevels() {
        return levels;
    }

    public List<IndicatorText> getIndicators() {
        return indicators;
    }
}
