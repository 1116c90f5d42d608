package com.kamplanner.web.improvement;

import com.kamplanner.improvement.ImprovementAction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The fields of the add/edit form of an improvement action, validated at the boundary. */
public class ImprovementActionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotBlank(message = "{improvement.title.required}")
    @Size(max = 300, message = "{improvement.title.size}")
    private String title;

    @Size(max = 2000, message = "{improvement.description.size}")
    private String description;

    @NotNull(message = "{improvement.owner.required}")
    private Long ownerId;

    private LocalDate dueDate;

    private ImprovementAction.Status status = ImprovementAction.Status.OPEN;

    static ImprovementActionForm of(ImprovementAction action) {
        ImprovementActionForm form = new ImprovementActionForm();
        form.id = action.getId();
        form.version = action.getVersion();
        form.title = action.getTitle();
        form.description = action.getDescription();
        form.ownerId = action.getOwner().getId();
        form.dueDate = action.getDueDate();
        form.status = action.getStatus();
        return form;
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public ImprovementAction.Status getStatus() {
        return status;
    }

    public void setStatus(ImprovementAction.Status status) {
        this.status = status;
    }
}
