package com.kamplanner.account.imports;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Why one row of the file cannot go in: the line it starts on, the file's column (its header), the value read,
 * and the reason as a bundle key with arguments, translated by the page or the API in the user's language.
 */
public class RowProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String NAME_MISSING = "import.problem.nameMissing";
    public static final String TOO_LONG = "import.problem.tooLong";
    public static final String NOT_A_NUMBER = "import.problem.notANumber";
    public static final String TOO_LARGE = "import.problem.tooLarge";
    public static final String NEGATIVE = "import.problem.negative";
    public static final String UNKNOWN_COUNTRY = "import.problem.unknownCountry";
    public static final String UNKNOWN_CURRENCY = "import.problem.unknownCurrency";
    public static final String OWN_PARENT = "import.problem.ownParent";
    public static final String UNKNOWN_PARENT = "import.problem.unknownParent";
    public static final String PARENT_REJECTED = "import.problem.parentRejected";
    public static final String POSSIBLE_DUPLICATE = "import.problem.possibleDuplicate";
    public static final String SAME_NAME_IN_FILE = "import.problem.sameNameInFile";
    public static final String CONTROL_CHARACTER = "import.problem.controlCharacter";

    /** Every reason a row can be refused for, so that a test can check each has a text in both languages. */
    public static final java.util.List<String> REASONS = java.util.List.of(NAME_MISSING, TOO_LONG, NOT_A_NUMBER,
            TOO_LARGE, NEGATIVE, UNKNOWN_COUNTRY, UNKNOWN_CURRENCY, OWN_PARENT, UNKNOWN_PARENT, PARENT_REJECTED,
            POSSIBLE_DUPLICATE, SAME_NAME_IN_FILE, CONTROL_CHARACTER);

    private final int line;
    private final String column;
    private final String value;
    private final String reasonKey;
    private final Object[] arguments;

    public RowProblem(int line, String column, String value, String reasonKey, Object... arguments) {
        this.line = line;
        this.column = column;
        this.value = value;
        this.reasonKey = reasonKey;
        this.arguments = arguments.clone();
    }

    /** The line of the file where the row starts (the header is line 1), as a text editor counts it. */
    public int getLine() {
        return line;
    }

    public String getColumn() {
        return column;
    }

    public String getValue() {
        return value;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return "line " + line + " [" + column + "] " + reasonKey + Arrays.toString(arguments);
    }
}
