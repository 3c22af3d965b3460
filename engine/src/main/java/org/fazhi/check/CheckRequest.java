package org.fazhi.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.evaluate.Parameters;
import org.fazhi.gate.Baseline;
import org.fazhi.gate.Waiver;
import org.fazhi.evaluate.RuleSelection;
import org.fazhi.evaluate.WorkCalendar;
import org.fazhi.read.Mapping;
import org.fazhi.read.ReadProgress;
import org.fazhi.report.FailOn;
import org.fazhi.report.spill.Spill;

/**
 * Everything a check run needs, already loaded and validated.
 *
 * @param inputs     files and directories to read
 * @param mapping    header/value mapping ({@link Mapping#none()} when none)
 * @param parameters rule parameters (defaults plus overrides)
 * @param calendar   the work calendar
 * @param asOf       the date the check is made on
 * @param selection  which rules run
 * @param failOn     the gate's threshold
 * @param baseline   findings of an earlier report that do not count again ({@link Baseline#none()})
 * @param waivers    accepted exceptions (empty when none)
 * @param progress   told how reading goes ({@link ReadProgress#NONE} when nobody watches)
 * @param spill      where findings go beyond those held in memory; the caller closes it once the
 *                   report is rendered
 */
public record CheckRequest(List<Path> inputs, Mapping mapping, Parameters parameters, WorkCalendar calendar,
                           LocalDate asOf, RuleSelection selection, FailOn failOn, Baseline baseline,
                           List<Waiver> waivers, ReadProgress progress, Spill spill) {
}
