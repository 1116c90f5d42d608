package com.kamplanner.web.library;

import com.kamplanner.bestpractice.BestPracticeService;
import com.kamplanner.bestpractice.PracticeKind;
import com.kamplanner.bestpractice.PracticeView;
import com.kamplanner.platform.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code library/practice.xhtml?id=} (a marking) or {@code ?kind=&item=} (the item itself): one marked
 * item, read-only, and nothing else of its account. The service refuses an item that is not marked.
 */
@Named
@RequestScoped
public class PracticePage {

    @Inject
    BestPracticeService library;

    private Long id;
    private PracticeKind kind;
    private Long item;
    private PracticeView practice;

    public void load() {
        if (id != null) {
            practice = library.open(id);
        } else if (kind != null && item != null) {
            practice = library.openItem(kind, item);
        } else {
            throw new NotFoundException();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PracticeKind getKind() {
        return kind;
    }

    public void setKind(PracticeKind kind) {
        this.kind = kind;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public PracticeView getPractice() {
        return practice;
    }
}
