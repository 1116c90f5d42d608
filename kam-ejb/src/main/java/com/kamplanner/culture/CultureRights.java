package com.kamplanner.culture;

import java.io.Serializable;

/** What the caller may do with the programme's messages and recognitions, handed to the pages by the service. */
public record CultureRights(boolean read, boolean publish) implements Serializable {

    public boolean isRead() {
        return read;
    }

    public boolean isPublish() {
        return publish;
    }
}
