package com.kamplanner.whitespace;

import com.kamplanner.platform.Lifecycle;
import com.kamplanner.platform.Versioned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of the catalogue of our offerings, following the one draft → active → archived lifecycle of the
 * criteria sets and templates: the KA Director prepares a draft, activates it, and the maps show the active one.
 */
@Entity
@Table(name = "offering_catalogue")
public class OfferingCatalogue implements Serializable, Versioned {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "offering_catalogue_seq", sequenceName = "offering_catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offering_catalogue_seq")
    private Long id;

    @Embedded
    @AttributeOverride(name = "number", column = @Column(name = "catalogue_number", nullable = false))
    private Lifecycle lifecycle;

    @Valid
    @OneToMany(mappedBy = "catalogue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Offering> offerings = new ArrayList<>();

    @Version
    private long version;

    protected OfferingCatalogue() {
    }

    /** A new draft numbered {@code number}, empty (the demo company's first catalogue, say). */
    public OfferingCatalogue(int number) {
        this.lifecycle = new Lifecycle(number);
    }

    /** A new draft numbered {@code number} holding copies of {@code source}'s offerings. */
    static OfferingCatalogue draftFrom(int number, OfferingCatalogue source) {
        OfferingCatalogue draft = new OfferingCatalogue(number);
        if (source != null) {
            source.offerings.forEach(o -> draft.add(o.getCode(), o.getNameEn(), o.getNameFr(), o.isActive()));
        }
        return draft;
    }

    public Offering add(String code, String nameEn, String nameFr, boolean active) {
        Offering offering = new Offering(this, offerings.size(), code, nameEn, nameFr, active);
        offerings.add(offering);
        return offering;
    }

    public Optional<Offering> offering(String code) {
        return offerings.stream().filter(o -> o.getCode().equals(code)).findFirst();
    }

    /** The offerings still sold, in order. */
    public List<Offering> activeOfferings() {
        return offerings.stream().filter(Offering::isActive).toList();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    @Override
    public String notDraftKey() {
        return CatalogueService.NOT_A_DRAFT;
    }

    @Override
    public void checkActivable() {
        if (activeOfferings().isEmpty()) {
            throw new com.kamplanner.platform.BusinessRuleException(CatalogueService.EMPTY);
        }
    }

    public List<Offering> getOfferings() {
        return offerings;
    }

    public int getNumber() {
        return lifecycle.getNumber();
    }

    public long getVersion() {
        return version;
    }
}
