package com.kamplanner.plan;

import java.io.Serializable;

/**
 * A contingency of the plan: the trigger and the response.
 */
public class ContingencyItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private String trigger;
    private String response;

    public String getTrigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }
}
