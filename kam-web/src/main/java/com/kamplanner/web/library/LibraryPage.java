package com.kamplanner.web.library;

import com.kamplanner.bestpractice.BestPracticeService;
import com.kamplanner.bestpractice.Candidate;
import com.kamplanner.bestpractice.LibraryQuery;
import com.kamplanner.bestpractice.PracticeKind;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code library/index.xhtml}: the best-practice library with its filters for every KAM and the KA
 * Director, and for the KA Director alone the marking form (kind, then an eligible item of that kind, and the
 * comment) and the unmarking of a line.
 */
@Named
@ViewScoped
public class LibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BestPracticeService library;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private PracticeKind kindFilter;
    private Quadrant segmentFilter;
    private String textFilter;
    private PracticeLazyModel model;
    private boolean director;

    private PracticeKind markKind = PracticeKind.PLAN_VERSION;
    private Long markItem;
    private String comment;
    private List<Candidate> candidates = List.of();
    private PracticeKind presetKind;
    private Long presetItem;

    @PostConstruct
    void init() {
        model = new PracticeLazyModel(library, this);
        director = caller.isDirector();
        if (director) {
            refreshCandidates();
        }
    }

    /** Coming from a plan page ({@code ?kind=PLAN_VERSION&item=}): the form opens on that item if it is eligible. */
    public void preset() {
        if (!director || presetKind == null) {
            return;
        }
        markKind = presetKind;
        refreshCandidates();
        if (presetItem != null && candidates.stream().anyMatch(c -> c.itemId() == presetItem)) {
            markItem = presetItem;
        }
    }

    public PracticeKind getPresetKind() {
        return presetKind;
    }

    public void setPresetKind(PracticeKind presetKind) {
        this.presetKind = presetKind;
    }

    public Long getPresetItem() {
        return presetItem;
    }

    public void setPresetItem(Long presetItem) {
        this.presetItem = presetItem;
    }

    /** The library's filters as they stand on the page. */
    LibraryQuery query() {
        return new LibraryQuery().kind(kindFilter).segment(segmentFilter).text(textFilter);
    }

    /** The eligible, unmarked items of the chosen kind; called again when the kind changes. */
    public void refreshCandidates() {
        candidates = markKind == null ? List.of() : library.candidates(markKind);
        markItem = null;
    }

    public void mark() {
        if (markKind == null || markItem == null) {
            messages.errorOn("mark:item", "library.item.required");
            return;
        }
        library.mark(markKind, markItem, comment);
        messages.info("library.marked");
        comment = null;
        refreshCandidates();
    }

    public void unmark(long practiceId, long version) {
        library.unmark(practiceId, version);
        messages.info("library.unmarked");
        refreshCandidates();
    }

    public PracticeKind[] getKinds() {
        return PracticeKind.values();
    }

    public Quadrant[] getSegments() {
        return Quadrant.values();
    }

    public PracticeLazyModel getModel() {
        return model;
    }

    public boolean isDirector() {
        return director;
    }

    public PracticeKind getKindFilter() {
        return kindFilter;
    }

    public void setKindFilter(PracticeKind kindFilter) {
        this.kindFilter = kindFilter;
    }

    public Quadrant getSegmentFilter() {
        return segmentFilter;
    }

    public void setSegmentFilter(Quadrant segmentFilter) {
        this.segmentFilter = segmentFilter;
    }

    public String getTextFilter() {
        return textFilter;
    }

    public void setTextFilter(String textFilter) {
        this.textFilter = textFilter;
    }

    public PracticeKind getMarkKind() {
        return markKind;
    }

    public void setMarkKind(PracticeKind markKind) {
        this.markKind = markKind;
    }

    public Long getMarkItem() {
        return markItem;
    }

    public void setMarkItem(Long markItem) {
        this.markItem = markItem;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }
}
