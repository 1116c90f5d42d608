package com.kamplanner.situation;

import java.io.Serializable;

/** One coverage gap: a stakeholder and what is missing in our relationships with them. */
public record CoverageGap(long stakeholderId, CoverageGapKind kind) implements Serializable {
}
