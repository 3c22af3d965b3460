package org.fazhi.pack;

import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.error.InputException;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;

/** A rule pack that cannot be used: every problem found in it, each naming its place. */
public final class PackException extends InputException {
    private static final long serialVersionUID = 1L;
    private final transient List<PackProblem> problems;

    PackException(List<PackProblem> problems) {
        super("pack.broken");
        this.problems = List.copyOf(problems);
    }

    @Override
    public String message(Lang lang) {
        return Messages.get(lang, "pack.broken", problems.size()) + "\n"
                + problems.stream().map(p -> "  " + p.render(lang)).collect(Collectors.joining("\n"));
    }
}
