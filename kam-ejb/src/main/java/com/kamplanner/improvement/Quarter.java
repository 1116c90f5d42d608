package com.kamplanner.improvement;

import java.io.Serializable;
import java.time.LocalDate;

/** A calendar quarter, the rhythm of the programme review: 2026 Q4 runs from 1 October to 31 December 2026. */
public record Quarter(int year, int number) implements Serializable, Comparable<Quarter> {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    /** How people write it, in both languages: {@code 2026 Q4} (T4 in French is the bundle's business). */
    public String label() {
        return year + " Q" + number;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }
}
