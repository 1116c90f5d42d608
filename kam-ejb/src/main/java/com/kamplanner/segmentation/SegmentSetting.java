package com.kamplanner.segmentation;

import com.kamplanner.selection.Quadrant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * What a segment asks of its key accounts: how often the plan is reviewed, whether a full Key Account Plan and
 * an executive sponsor are required, how often the sponsor meets the customer, and how much of a KAM's capacity one account takes.
 */
@Entity
@Table(name = "segment_setting")
public class SegmentSetting implements java.io.Serializable {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Quadrant segment;

    @Min(value = 1, message = "{segment.reviewFrequency.range}")
    @Max(value = 24, message = "{segment.reviewFrequency.range}")
    @Column(name = "review_frequency_months", nullable = false)
    private int reviewFrequencyMonths;

    @Column(name = "full_plan_required", nullable = false)
    private boolean fullPlanRequired;

    @Column(name = "sponsor_required", nullable = false)
    private boolean sponsorRequired;

    /** Months between two meetings of an account's executive sponsor with the customer; null when none is set. */
    @Min(value = 1, message = "{segment.sponsorMeetings.range}")
    @Max(value = 24, message = "{segment.sponsorMeetings.range}")
    @Column(name = "sponsor_meeting_months")
    private Integer sponsorMeetingMonths;

    @DecimalMin(value = "0.1", message = "{segment.capacityWeight.range}")
    @DecimalMax(value = "10", message = "{segment.capacityWeight.range}")
    @Column(name = "capacity_weight", nullable = false, precision = 4, scale = 2)
    private BigDecimal capacityWeight;

    @Version
    private long version;

    protected SegmentSetting() {
    }

    public Quadrant getSegment() {
        return segment;
    }

    public int getReviewFrequencyMonths() {
        return reviewFrequencyMonths;
    }

    public void setReviewFrequencyMonths(int reviewFrequencyMonths) {
        this.reviewFrequencyMonths = reviewFrequencyMonths;
    }

    public boolean isFullPlanRequired() {
        return fullPlanRequired;
    }

    public void setFullPlanRequired(boolean fullPlanRequired) {
        this.fullPlanRequired = fullPlanRequired;
    }

    public boolean isSponsorRequired() {
        return sponsorRequired;
    }

    public void setSponsorRequired(boolean sponsorRequired) {
        this.sponsorRequired = sponsorRequired;
    }

    public Integer getSponsorMeetingMonths() {
        return sponsorMeetingMonths;
    }

    public void setSponsorMeetingMonths(Integer sponsorMeetingMonths) {
        this.sponsorMeetingMonths = sponsorMeetingMonths;
    }

    public BigDecimal getCapacityWeight() {
        return capacityWeight;
    }

    public void setCapacityWeight(BigDecimal capacityWeight) {
        this.capacityWeight = capacityWeight;
    }

    public long getVersion() {
        return version;
    }
}
