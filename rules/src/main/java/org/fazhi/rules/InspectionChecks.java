package org.fazhi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fazhi.catalogue.Text;
import org.fazhi.evaluate.OfficerDirectory;
import org.fazhi.model.Inspection;
import org.fazhi.model.Officer;
import org.fazhi.read.Identifiers;

/**
 * INS-003: an enterprise inspection needs an approval before it, at least two inspecting officers
 * and officers whose certificates are valid on the day. Officers are counted by distinct
 * certificate number as compared ({@link Identifiers#distinct}). Certificates are judged only when
 * officer records were supplied; a certificate number not among them is not judged here.
 */
public final class InspectionChecks {
    private InspectionChecks() {
    }

    /** At least one requirement of INS-003 fails, as recorded. */
    public static boolean breached(Inspection inspection, OfficerDirectory officers) {
        return !problems(inspection, officers).zh().isEmpty();
    }

    /** Each failed requirement of INS-003, in both languages (blank approval named as a blank). */
    public static Text problems(Inspection inspection, OfficerDirectory officers) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        LocalDate day = inspection.getInspectionDate();
        LocalDate approval = inspection.getApprovalDate();
        if (approval == null) {
            Text blank = StepTexts.blank("检查审批日期", "approval date");
            zh.add(blank.zh());
            en.add(blank.en());
        } else if (approval.isAfter(day)) {
            zh.add("审批（" + approval + "）晚于检查（" + day + "）");
            en.add("the approval (" + approval + ") is later than the inspection (" + day + ")");
        }
        Collection<String> written = inspection.getOfficerIds();
        Collection<String> ids = Identifiers.distinct(written);
        if (ids != null && ids.size() < 2) {
            // the numbers as written, so that a number typed twice in two widths shows as such
            zh.add("仅记录" + ids.size() + "名检查人员（" + String.join("、", written) + "）");
            en.add("only " + ids.size() + " inspecting officer is recorded (" + String.join(", ", written) + ")");
        }
        if (ids != null && day != null) {
            for (Officer officer : officers.expiredBefore(ids, day)) {
                Text who = CaseTexts.officer(officer);
                zh.add("检查人员" + who.zh() + "的执法证件有效期至" + officer.getCertificateValidUntil() + "，早于检查日期");
                en.add("the certificate of " + who.en() + " was valid only until " + officer.getCertificateValidUntil()
                        + ", before the inspection");
            }
        }
        return new Text(String.join("；", zh), String.join("; ", en));
    }
}
