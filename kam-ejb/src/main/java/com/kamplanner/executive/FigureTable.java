package com.kamplanner.executive;

import java.util.ArrayList;
import java.util.List;

/**
 * One titled table of figures (header and rows of text or numbers) in the reader's language: what the executive
 * exports are made of, so that the PDF and the XLSX of one page always show the same figures.
 */
public final class FigureTable {

    private final String title;
    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    public FigureTable(String title, List<String> header) {
        this.title = title;
        this.header = header;
    }

    public FigureTable row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getHeader() {
        return header;
    }

    public List<List<Object>> getRows() {
        return rows;
    }
}
