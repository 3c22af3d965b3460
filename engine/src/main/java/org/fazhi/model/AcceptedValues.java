package org.fazhi.model;

import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;

/**
 * What a cell of a field may hold, in words a person can act on, in each language: the one
 * description the reader puts on a problem cell, {@code fazhi inspect} shows and DQ-001/DQ-002
 * messages quote. The words of an enum or set field are data (the export's own spelling) and are
 * shown as they are in both languages.
 */
public final class AcceptedValues {
    /** The spellings of yes and no a bool cell may hold. */
    public static final String BOOL_SPELLINGS = "是/否、有/无、Y/N、yes/no、true/false、1/0、√/×";

    private AcceptedValues() {
    }

    /** What would have been accepted in a cell of this field that has this problem. */
    public static String describe(FieldSpec field, CellProblem.Kind problem, Lang lang) {
        if (problem == CellProblem.Kind.TOO_LONG) {
            return Messages.get(lang, "accepted.tooLong");
        }
        if (problem == CellProblem.Kind.NO_RESULT) {
            return Messages.get(lang, "accepted.formulaResult");
        }
        String separator = Messages.get(lang, "accepted.separator");
        return switch (field.type()) {
            case TEXT -> Messages.get(lang, "accepted.text");
            case DATE -> Messages.get(lang, "accepted.date");
            case BOOL -> Messages.get(lang, "accepted.bool", BOOL_SPELLINGS);
            case INT -> Messages.get(lang, "accepted.int");
            case DECIMAL -> Messages.get(lang, "accepted.decimal");
            case ENUM -> String.join(separator, field.words());
            case SET -> field.words().isEmpty() ? Messages.get(lang, "accepted.setOfText")
                    : Messages.get(lang, "accepted.setOf", String.join(separator, field.words()));
        };
    }
}
