package com.kamplanner.situation;

import com.kamplanner.platform.BusinessRuleException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** A section was not saved because some of its values are invalid; each problem names its field. */
@ApplicationException(rollback = true)
public class InvalidSectionException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public static final String KEY = "situation.section.invalid";

    private final List<FieldProblem> problems;

    public InvalidSectionException(List<FieldProblem> problems) {
        super(KEY, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
