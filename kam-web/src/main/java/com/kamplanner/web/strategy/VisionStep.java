package com.kamplanner.web.strategy;

import com.kamplanner.strategy.StrategyService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Step 5 of the workspace: the vision and the mission of the relationship, two short texts. */
@Named
@ViewScoped
public class VisionStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyWorkspace workspace;

    @Inject
    StrategyService strategies;

    @Inject
    PageMessages messages;

    private String vision;
    private String mission;
    private boolean loaded;

    public void save() {
        strategies.saveVisionAndMission(workspace.getAccountId(), workspace.getStrategy().getVersion(), vision,
                mission);
        messages.info("strategy.vision.saved");
        workspace.reload();
    }

    private void init() {
        if (!loaded) {
            vision = workspace.getStrategy().getVision();
            mission = workspace.getStrategy().getMission();
            loaded = true;
        }
    }

    public String getVision() {
        init();
        return vision;
    }

    public void setVision(String vision) {
        init();
        this.vision = vision;
    }

    public String getMission() {
        init();
        return mission;
    }

    public void setMission(String mission) {
        init();
        this.mission = mission;
    }
}
