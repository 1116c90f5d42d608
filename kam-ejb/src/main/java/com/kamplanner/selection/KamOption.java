package com.kamplanner.selection;

import java.io.Serializable;

/** A KAM a list can be filtered by (the matrix, the portfolio): the id and the name. */
public class KamOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;

    public KamOption(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
