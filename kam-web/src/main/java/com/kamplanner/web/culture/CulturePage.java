package com.kamplanner.web.culture;

import com.kamplanner.culture.Achievement;
import com.kamplanner.culture.AchievementKind;
import com.kamplanner.culture.Audience;
import com.kamplanner.culture.CultureRights;
import com.kamplanner.culture.MessageDraft;
import com.kamplanner.culture.MessageLine;
import com.kamplanner.culture.ProgrammeMembers;
import com.kamplanner.culture.ProgrammeMessages;
import com.kamplanner.culture.RecognitionLine;
import com.kamplanner.culture.Recognitions;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code culture/index.xhtml}: the programme's messages addressed to the caller and every recognition, for
 * programme members; for executives and the KA Director, the forms that publish a message and recognise a team
 * (only for an achievement the records show), and the withdrawal of their own messages.
 */
@Named
@ViewScoped
public class CulturePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many messages and recognitions the page lists. */
    static final int SHOWN = 50;

    @Inject
    ProgrammeMessages programmeMessages;

    @Inject
    Recognitions recognitions;

    @Inject
    ProgrammeMembers members;

    @Inject
    PageMessages messages;

    private CultureRights rights;
    private List<MessageLine> messageLines = List.of();
    private List<RecognitionLine> recognitionLines = List.of();
    private List<Achievement> achievements = List.of();

    private Audience audience = Audience.EVERYONE;
    private Quadrant segment;
    private String textEn;
    private String textFr;
    private String achievementKey;
    private String citation;

    public void load() {
        rights = members.rights();
        if (!rights.read()) {
            throw new AccessDeniedException();
        }
        messageLines = programmeMessages.forMe(SHOWN, true);
        recognitionLines = recognitions.latest(0, SHOWN);
        achievements = rights.publish() ? recognitions.open() : List.of();
    }

    public void publish() {
        programmeMessages.publish(new MessageDraft(audience, segment, textEn, textFr));
        messages.info("culture.message.published");
        textEn = null;
        textFr = null;
        load();
    }

    public void withdraw(MessageLine line) {
        programmeMessages.withdraw(line.id(), line.version());
        messages.info("culture.message.withdrawn");
        load();
    }

    public void recognise() {
        Achievement chosen = achievements.stream().filter(a -> a.key().equals(achievementKey)).findFirst()
                .orElse(null);
        recognitions.recognise(chosen == null ? null : chosen.kind(), chosen == null ? -1 : chosen.evidenceId(),
                citation);
        messages.info("culture.recognised", chosen.accountName());
        achievementKey = null;
        citation = null;
        load();
    }

    public String achievement(com.kamplanner.culture.Achieved achieved) {
        return AchievementText.of(achieved, locale());
    }

    public String text(MessageLine line) {
        return AchievementText.text(line, locale());
    }

    public String audience(MessageLine line) {
        return AchievementText.audience(line, locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public CultureRights getRights() {
        return rights;
    }

    public List<MessageLine> getMessageLines() {
        return messageLines;
    }

    public List<RecognitionLine> getRecognitionLines() {
        return recognitionLines;
    }

    public List<Achievement> getAchievements() {
        return achievements;
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public Quadrant[] getSegments() {
        return Quadrant.values();
    }

    public AchievementKind[] getKinds() {
        return AchievementKind.values();
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public void setSegment(Quadrant segment) {
        this.segment = segment;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextFr() {
        return textFr;
    }

    public void setTextFr(String textFr) {
        this.textFr = textFr;
    }

    public String getAchievementKey() {
        return achievementKey;
    }

    public void setAchievementKey(String achievementKey) {
        this.achievementKey = achievementKey;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }
}
