package com.kamplanner.plan;

import java.io.Serializable;

/**
 * A member of the KA team as the plan lists them.
 */
public class TeamItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String role;
    private boolean external;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public boolean isExternal() {
        return external;
    }

    public void setExternal(boolean external) {
        this.external = external;
    }
}
