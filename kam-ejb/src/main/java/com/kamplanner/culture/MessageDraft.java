package com.kamplanner.culture;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;

/**
 * A message as its author writes it: to whom (the segment only for {@link Audience#SEGMENT}) and its English and
 * French texts, either of which may be left empty.
 */
public record MessageDraft(Audience audience, Quadrant segment, String textEn, String textFr) implements Serializable {
}
