package com.kamplanner.whitespace;

import com.kamplanner.platform.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/**
 * One product line or solution of a catalogue version. Its code is what the maps' cells keep, so a cell outlives
 * renames and new catalogue versions; a retired offering leaves the maps but its cells stay stored.
 */
@Entity
@Table(name = "offering")
public class Offering implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "offering_seq", sequenceName = "offering_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offering_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "catalogue_id", nullable = false)
    private OfferingCatalogue catalogue;

    @Column(nullable = false)
    private int position;

    @NotBlank(message = "{whitespace.offering.code.required}")
    @Pattern(regexp = "[A-Z0-9_-]{1,20}", message = "{whitespace.offering.code.pattern}")
    @Column(nullable = false, length = 20)
    private String code;

    @NotBlank(message = "{whitespace.offering.name.required}")
    @Size(max = 120)
    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @NotBlank(message = "{whitespace.offering.name.required}")
    @Size(max = 120)
    @Column(name = "name_fr", nullable = false, length = 120)
    private String nameFr;

    @Column(nullable = false)
    private boolean active = true;

    protected Offering() {
    }

    Offering(OfferingCatalogue catalogue, int position, String code, String nameEn, String nameFr, boolean active) {
        this.catalogue = catalogue;
        this.position = position;
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.active = active;
    }

    void rename(String nameEn, String nameFr, boolean active) {
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.active = active;
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

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }
}
