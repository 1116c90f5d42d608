package com.kamplanner.whitespace;

/** How far an open opportunity has gone; stored by name, shown through {@code whitespace.stage.*}. */
public enum OpportunityStage {
    IDENTIFIED, QUALIFIED, PROPOSED, NEGOTIATING
}
