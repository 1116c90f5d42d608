package com.kamplanner.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What one level (1..10) of a criterion means, in words, so that different raters score alike. */
@Embeddable
public class LevelDescriptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "score_level", nullable = false)
    private int scoreLevel;

    @NotBlank(message = "{criterion.descriptor.required}")
    @Size(max = 500, message = "{criterion.descriptor.size}")
    @Column(name = "descriptor", nullable = false, length = 500)
    private String descriptor;

    protected LevelDescriptor() {
    }

    public LevelDescriptor(int scoreLevel, String descriptor) {
        this.scoreLevel = scoreLevel;
        this.descriptor = descriptor;
    }

    public int getScoreLevel() {
        return scoreLevel;
    }

    public String getDescriptor() {
        return descriptor;
    }

    public void setDescriptor(String descriptor) {
        this.descriptor = descriptor;
    }
}
