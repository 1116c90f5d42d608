package com.kamplanner.platform;

import java.util.Locale;
import java.util.Objects;

/**
 * A file the application hands out: its name, its media type and its bytes. Every export takes this one shape,
 * from the service that builds, audits and counts it to the one web class that serves it, and the media types
 * every export uses are written here and nowhere else.
 */
public record Download(String fileName, String mediaType, byte[] bytes) {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    public Download {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The format the audit and the export counter name: the file name's extension, lower case ({@code xlsx}). */
    public String format() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
