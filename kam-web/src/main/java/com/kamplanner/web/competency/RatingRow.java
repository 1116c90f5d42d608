package com.kamplanner.web.competency;

import com.kamplanner.competency.Competency;
import com.kamplanner.competency.Rating;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** One competency on the assessment form: its texts in the reader's language and the levels being entered. */
public class RatingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String area;
    private final String name;
    private final List<String> descriptors;
    private final List<String> indicators;
    private Integer self;
    private Integer manager;
    private Integer finalLevel;
    private String comment;

    RatingRow(Competency competency, Rating rating, Locale locale) {
        this.code = competency.getCode();
        this.area = competency.getArea().name(locale);
        this.name = competency.name(locale);
        this.descriptors = IntStream.rangeClosed(1, 5).mapToObj(l -> l + ": " + competency.descriptor(l, locale))
                .toList();
        this.indicators = competency.getIndicators().stream().map(i -> i.text(locale)).toList();
        if (rating != null) {
            self = rating.getSelfLevel();
            manager = rating.getManagerLevel();
            finalLevel = rating.getFinalLevel();
            comment = rating.getFinalComment();
        }
        if (finalLevel == null) {
            finalLevel = manager != null ? manager : self;
        }
    }

    public String getCode() {
        return code;
    }

    public String getArea() {
        return area;
    }

    public String getName() {
        return name;
    }

    public List<String> getDescriptors() {
        return descriptors;
    }

    public List<String> getIndicators() {
        return indicators;
    }

    public Integer getSelf() {
        return self;
    }

    public void setSelf(Integer self) {
        this.self = self;
    }

    public Integer getManager() {
        return manager;
    }

    public void setManager(Integer manager) {
        this.manager = manager;
    }

    public Integer getFinalLevel() {
        return finalLevel;
    }

    public void setFinalLevel(Integer finalLevel) {
        this.finalLevel = finalLevel;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isDisagreement() {
        return self != null && manager != null && Math.abs(self - manager) >= 2;
    }
}
