package com.kamplanner.web.plan;

import com.kamplanner.plan.FollowUpRow;
import com.kamplanner.plan.FollowUpService;
import com.kamplanner.plan.FollowUpStatus;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;

/**
 * The one-line update of an action plan ({@code WEB-INF/plan/action-update.xhtml}), built once for every page that
 * lists action plans (the team page, the home page's work list): which action plan is open, the status, progress
 * and comment typed into it, and its save. The page says which rows it lists and what it reloads after a save.
 */
public final class ActionPlanEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The action plans the page lists, among which the open one is found. */
    @FunctionalInterface
    public interface Rows extends Serializable {
        List<FollowUpRow> get();
    }

    /** What the page reloads once an update is saved. */
    @FunctionalInterface
    public interface Reload extends Serializable {
        void run();
    }

    private static final String FOCUS_BACK = ActionPlanEditor.class.getName() + ".focusBack";

    private final FollowUpService followUp;
    private final PageMessages messages;
    private final Rows rows;
    private final Reload reload;
    private Long editing;
    private FollowUpStatus status;
    private Integer progress;
    private String updateComment;

    public ActionPlanEditor(FollowUpService followUp, PageMessages messages, Rows rows, Reload reload) {
        this.followUp = followUp;
        this.messages = messages;
        this.rows = rows;
        this.reload = reload;
    }

    /** Opens the update of one action plan, pre-filled with what its row shows, so a quick save never moves it back. */
    public void edit(FollowUpRow row) {
        editing = row.getActionPlanId();
        status = row.getRecorded() == null ? FollowUpStatus.NOT_STARTED : row.getRecorded();
        progress = row.getProgress();
        updateComment = null;
    }

    public void cancel() {
        giveFocusBack();
        editing = null;
    }

    /** Saves the open update under the action plan's version (a concurrent change is refused), then reloads. */
    public void save() {
        FollowUpRow row = rows.get().stream().filter(r -> r != null && r.getActionPlanId().equals(editing))
                .findFirst().orElseThrow(NotFoundException::new);
        followUp.update(row.getAccountId(), row.getActionPlanId(), row.getActionPlanVersion(), status, progress,
                updateComment);
        messages.info("plan.update.saved", row.getTitle());
        giveFocusBack();
        editing = null;
        updateComment = null;
        reload.run();
    }

    /**
     * The save or cancel replaces the form that had the keyboard focus: for this response only, the page puts the
     * focus back on the button that opened it (WCAG 2.4.3), so a keyboard user goes on from the row, not from the
     * page's top. A request attribute, not a field, so a later ajax update of the page does not move the focus again.
     */
    private void giveFocusBack() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && editing != null) {
            faces.getExternalContext().getRequestMap().put(FOCUS_BACK, editing);
        }
    }

    /** Whether this response closes the update of the row's action plan, and so gives the focus back to its button. */
    public boolean isFocusBack(FollowUpRow row) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && row != null
                && row.getActionPlanId().equals(faces.getExternalContext().getRequestMap().get(FOCUS_BACK));
    }

    public FollowUpStatus[] getStatuses() {
        return FollowUpStatus.TYPABLE;
    }

    public Long getEditing() {
        return editing;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public void setStatus(FollowUpStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public String getUpdateComment() {
        return updateComment;
    }

    public void setUpdateComment(String updateComment) {
        this.updateComment = updateComment;
    }
}
