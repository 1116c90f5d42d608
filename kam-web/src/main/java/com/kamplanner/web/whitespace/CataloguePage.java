package com.kamplanner.web.whitespace;

import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.whitespace.CatalogueService;
import com.kamplanner.whitespace.Offering;
import com.kamplanner.whitespace.OfferingCatalogue;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code whitespace/catalogue.xhtml}, the KA Director's catalogue of our offerings: the versions, the draft
 * being prepared (add, rename, retire or restore an offering) and its activation.
 */
@Named
@ViewScoped
public class CataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueService catalogues;

    @Inject
    PageMessages messages;

    private List<OfferingCatalogue> versions = List.of();
    private OfferingCatalogue draft;
    private OfferingCatalogue active;
    private String code;
    private String nameEn;
    private String nameFr;
    private boolean offeringActive = true;

    @PostConstruct
    void load() {
        versions = catalogues.all();
        draft = versions.stream().filter(v -> v.getLifecycle().isDraft()).findFirst().orElse(null);
        active = versions.stream().filter(v -> v.getLifecycle().isActive()).findFirst().orElse(null);
    }

    public void newDraft() {
        OfferingCatalogue created = catalogues.newDraft();
        messages.info("whitespace.catalogue.drafted", created.getNumber());
        load();
    }

    public void edit(Offering offering) {
        code = offering.getCode();
        nameEn = offering.getNameEn();
        nameFr = offering.getNameFr();
        offeringActive = offering.isActive();
    }

    public void saveOffering() {
        catalogues.saveOffering(draft.getId(), code, nameEn, nameFr, offeringActive);
        messages.info("whitespace.offering.saved", code);
        code = null;
        nameEn = null;
        nameFr = null;
        offeringActive = true;
        load();
    }

    public void activate() {
        OfferingCatalogue activated = catalogues.activate(draft.getId());
        messages.info("whitespace.catalogue.activated", activated.getNumber());
        load();
    }

    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<OfferingCatalogue> getVersions() {
        return versions;
    }

    public OfferingCatalogue getDraft() {
        return draft;
    }

    public OfferingCatalogue getActive() {
        return active;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public boolean isOfferingActive() {
        return offeringActive;
    }

    public void setOfferingActive(boolean offeringActive) {
        this.offeringActive = offeringActive;
    }
}
