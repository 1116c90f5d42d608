package com.kamplanner.web.culture;

import com.kamplanner.culture.Achieved;
import com.kamplanner.culture.CultureRights;
import com.kamplanner.culture.MessageLine;
import com.kamplanner.culture.ProgrammeMembers;
import com.kamplanner.culture.ProgrammeMessages;
import com.kamplanner.culture.RecognitionLine;
import com.kamplanner.culture.Recognitions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The home page's news from the programme ({@code WEB-INF/culture/news.xhtml}): the latest messages addressed to
 * the caller and the latest recognitions, for programme members only; nobody else sees the section.
 */
@Named
@RequestScoped
public class ProgrammeNews {

    /** How many messages the home page shows. */
    static final int MESSAGES = 3;

    /** How many recognitions the home page shows. */
    static final int RECOGNITIONS = 5;

    @Inject
    ProgrammeMembers members;

    @Inject
    ProgrammeMessages programmeMessages;

    @Inject
    Recognitions recognitions;

    private boolean shown;
    private List<MessageLine> messageLines = List.of();
    private List<RecognitionLine> recognitionLines = List.of();

    @PostConstruct
    void load() {
        CultureRights rights = members.rights();
        shown = rights.read();
        if (shown) {
            messageLines = programmeMessages.forMe(MESSAGES, false);
            recognitionLines = recognitions.latest(0, RECOGNITIONS);
        }
    }

    public String achievement(Achieved achieved) {
        return AchievementText.of(achieved, locale());
    }

    public String text(MessageLine line) {
        return AchievementText.text(line, locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isShown() {
        return shown;
    }

    public List<MessageLine> getMessageLines() {
        return messageLines;
    }

    public List<RecognitionLine> getRecognitionLines() {
        return recognitionLines;
    }
}
