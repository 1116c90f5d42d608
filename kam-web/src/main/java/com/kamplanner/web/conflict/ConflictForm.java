package com.kamplanner.web.conflict;

import com.kamplanner.conflict.ConflictKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the KA Director types for a register entry, validated at the page's boundary before the service runs. */
public class ConflictForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long loadedVersion;

    @NotBlank(message = "{conflict.title.required}")
    @Size(max = 200, message = "{conflict.title.size}")
    private String title;

    @NotNull(message = "{conflict.kind.required}")
    private ConflictKind kind;

    private List<Long> accountIds = new ArrayList<>();

    @Size(max = 500, message = "{conflict.otherParties.size}")
    private String otherParties;

    @NotBlank(message = "{conflict.description.required}")
    @Size(max = 4000, message = "{conflict.description.size}")
    private String description;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getLoadedVersion() {
        return loadedVersion;
    }

    public void setLoadedVersion(long loadedVersion) {
        this.loadedVersion = loadedVersion;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public void setKind(ConflictKind kind) {
        this.kind = kind;
    }

    public List<Long> getAccountIds() {
        return accountIds;
    }

    public void setAccountIds(List<Long> accountIds) {
        this.accountIds = accountIds == null ? new ArrayList<>() : accountIds;
    }

    public String getOtherParties() {
        return otherParties;
    }

    public void setOtherParties(String otherParties) {
        this.otherParties = otherParties;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
