package com.kamplanner.competency;

import com.kamplanner.platform.Bilingual;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An area of the framework (Selling, Managing, Leading, Strategic thinking), grouping its competencies. */
@Entity
@Table(name = "competency_area")
public class CompetencyArea implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "competency_area_seq", sequenceName = "competency_area_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_area_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private CompetencyFramework framework;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "name_fr", nullable = false, length = 120)
    private String nameFr;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Competency> competencies = new ArrayList<>();

    @Version
    private long version;

    protected CompetencyArea() {
    }

    CompetencyArea(CompetencyFramework framework, String code, String nameEn, String nameFr, int position) {
        this.framework = framework;
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.position = position;
    }

    public Competency addCompetency(String code, String nameEn, String nameFr) {
        Competency competency = new Competency(this, code, nameEn, nameFr, competencies.size() + 1);
        competencies.add(competency);
        return competency;
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameFr);
    }

    public Long getId() {
        return id;
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

    public List<Competency> getCompetencies() {
        return competencies;
    }
}
