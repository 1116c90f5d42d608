package com.kamplanner.bestpractice;

import com.kamplanner.plan.ContingencyItem;
import com.kamplanner.plan.ObjectiveItem;
import com.kamplanner.plan.ProgrammeItem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a marked strategy shows in the library: its orientation, objective tree, action programmes, vision,
 * mission and contingencies. Not its situation potentials, which cite the account's Key Account Database.
 */
public class StrategyView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String vision;
    private String mission;
    private String direction;
    private String statement;
    private String justification;
    private final List<ObjectiveItem> objectives = new ArrayList<>();
    private final List<ProgrammeItem> programmes = new ArrayList<>();
    private final List<ContingencyItem> contingencies = new ArrayList<>();

    public String getVision() {
        return vision;
    }

    void setVision(String vision) {
        this.vision = vision;
    }

    public String getMission() {
        return mission;
    }

    void setMission(String mission) {
        this.mission = mission;
    }

    public String getDirection() {
        return direction;
    }

    void setDirection(String direction) {
        this.direction = direction;
    }

    public String getStatement() {
        return statement;
    }

    void setStatement(String statement) {
        this.statement = statement;
    }

    public String getJustification() {
        return justification;
    }

    void setJustification(String justification) {
        this.justification = justification;
    }

    public List<ObjectiveItem> getObjectives() {
        return objectives;
    }

    public List<ProgrammeItem> getProgrammes() {
        return programmes;
    }

    public List<ContingencyItem> getContingencies() {
        return contingencies;
    }
}
