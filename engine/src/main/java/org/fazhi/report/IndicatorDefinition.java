package org.fazhi.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.model.Decision;
import org.fazhi.model.Litigation;
import org.fazhi.model.NormativeDocument;
import org.fazhi.model.Officer;
import org.fazhi.model.PenaltyCase;
import org.fazhi.model.Reconsideration;
import org.fazhi.model.Record;
import org.fazhi.model.Suggestion;

/**
 * One indicator of docs/spec/rules.md "Indicators": which records it is measured on ({@code counted}, the
 * denominator), which of them meet it — decided by the record itself ({@code met}) or by the
 * absence of a finding ({@code unmetBy}) — and which records its deciding field leaves out because
 * it is blank ({@code unfilled}); with the words {@code fazhi rules explain} shows.
 *
 * @param needs the rules whose findings decide it; when the run leaves one out it is not computed
 */
public record IndicatorDefinition(String id, Text name, double target, String clause, Text numerator,
                                  Text denominator, Text unfilledText, List<String> needs,
                                  Class<? extends Record> type, Predicate<Record> counted, Predicate<Record> met,
                                  Predicate<Finding> unmetBy, Predicate<Record> unfilled) {

    /** The role whose officers IND-07 measures. */
    static final String ENFORCEMENT_ROLE = "行政执法";
    /** For the definitions' words and needs alone: no predicate is asked. */
    private static final BiFunction<Record, String, BigDecimal> NO_PARAMETERS = (record, name) -> {
        throw new IllegalStateException("no parameters here");
    };
    /** Stands for "every ENF rule of error severity" in {@link #needs}, resolved against the catalogue. */
    public static final String ENF_ERRORS = "ENF-*";

    /**
     * The indicators of a run, in ID order.
     *
     * @param parameter the value of a numeric parameter in force for a record (record, name → value)
     * @param asOf      the run's as-of date
     */
    public static List<IndicatorDefinition> all(BiFunction<Record, String, BigDecimal> parameter, LocalDate asOf) {
        int asOfYear = asOf.getYear();
        return List.of(
                new IndicatorDefinition("IND-01", new Text("重大行政决策风险评估率",
                        "Risk assessment rate of major administrative decisions"), 1.0, "二(三)2",
                        new Text("进入讨论（有集体讨论日期或决定日期）且“存在社会稳定风险”为是、无 DEC-005 的决策",
                                "decisions that reached discussion (discussion or decision date) with stability risk = yes and no DEC-005"),
                        new Text("进入讨论且“存在社会稳定风险”为是的决策",
                                "decisions that reached discussion with stability risk = yes"),
                        new Text("进入讨论但“存在社会稳定风险”未填写的决策",
                                "decisions that reached discussion with stability risk blank"),
                        List.of("DEC-005"), Decision.class,
                        r -> reachedDiscussion((Decision) r) && isYes(((Decision) r).getStabilityRisk()),
                        null, f -> f.ruleId().equals("DEC-005"),
                        r -> reachedDiscussion((Decision) r) && ((Decision) r).getStabilityRisk() == null),
                new IndicatorDefinition("IND-02", new Text("重大行政决策目录化管理率",
                        "Catalogue management rate of major administrative decisions"), 1.0, "二(三)2",
                        new Text("“列入年度目录”为是的决策", "decisions listed in the annual catalogue"),
                        new Text("“列入年度目录”已填写的决策", "decisions with the catalogue field filled in"),
                        new Text("“列入年度目录”未填写的决策", "decisions with the catalogue field blank"),
                        List.of(), Decision.class,
                        r -> ((Decision) r).getInAnnualCatalog() != null,
                        r -> isYes(((Decision) r).getInAnnualCatalog()), null,
                        r -> ((Decision) r).getInAnnualCatalog() == null),
                new IndicatorDefinition("IND-03", new Text("规范性文件报备及时率",
                        "Timely filing rate of normative documents"), 1.0, "二(二)3",
                        new Text("有印发日期且无 DOC-002 的规范性文件", "documents with an issue date and no DOC-002"),
                        new Text("有印发日期的规范性文件", "documents with an issue date"),
                        new Text("印发日期未填写的规范性文件", "documents with the issue date blank"),
                        List.of("DOC-002"), NormativeDocument.class,
                        r -> ((NormativeDocument) r).getIssueDate() != null,
                        null, f -> f.ruleId().equals("DOC-002"),
                        r -> ((NormativeDocument) r).getIssueDate() == null),
                new IndicatorDefinition("IND-04", new Text("行政执法案卷自动核查合格率",
                        "Pass rate of the automated check of enforcement case files"), 0.95, "二(七)3",
                        new Text("已作出处罚决定（有处罚决定日期）且无错误级发现（数据质量问题除外）的案件",
                                "decided cases (decision date present) with no error-severity finding other than DQ-*"),
                        new Text("已作出处罚决定的案件", "decided cases"),
                        new Text("处罚决定日期未填写的案件", "cases with the decision date blank"),
                        List.of(ENF_ERRORS), PenaltyCase.class,
                        r -> ((PenaltyCase) r).getDecisionDate() != null,
                        null, f -> f.severity() == Severity.ERROR && !f.ruleId().startsWith("DQ-"),
                        r -> ((PenaltyCase) r).getDecisionDate() == null),
                new IndicatorDefinition("IND-05", new Text("行政机关负责人出庭应诉率",
                        "Rate of agency heads appearing in court"), 1.0, "二(六)6",
                        new Text("“负责人出庭”为是的应诉案件", "litigation with the head appearing"),
                        new Text("“负责人出庭”已填写的应诉案件", "litigation with head appeared filled in"),
                        new Text("“负责人出庭”未填写的应诉案件", "litigation with head appeared blank"),
                        List.of(), Litigation.class,
                        r -> ((Litigation) r).getHeadAppeared() != null,
                        r -> isYes(((Litigation) r).getHeadAppeared()), null,
                        r -> ((Litigation) r).getHeadAppeared() == null),
                new IndicatorDefinition("IND-06", new Text("执法案件上平台率",
                        "Rate of enforcement cases entered on the platform"), 1.0, "二(八)3",
                        new Text("“已录入执法监督平台”为是的案件", "cases entered on the platform"),
                        new Text("“已录入执法监督平台”已填写的案件", "cases with the platform field filled in"),
                        new Text("“已录入执法监督平台”未填写的案件", "cases with the platform field blank"),
                        List.of(), PenaltyCase.class,
                        r -> ((PenaltyCase) r).getOnPlatform() != null,
                        r -> isYes(((PenaltyCase) r).getOnPlatform()), null,
                        r -> ((PenaltyCase) r).getOnPlatform() == null),
                new IndicatorDefinition("IND-07", new Text("执法人员培训达标率",
                        "Rate of enforcement officers meeting the training hours"), 1.0, "三(四)",
                        new Text("培训年度早于检查年度、学时达到要求的行政执法人员",
                                "enforcement officers with a training year before the as-of year and enough hours"),
                        new Text("培训年度早于检查年度且填写了学时的行政执法人员",
                                "enforcement officers with a training year before the as-of year and hours filled in"),
                        new Text("培训年度或年度培训学时未填写的行政执法人员",
                                "enforcement officers with the training year or hours blank"),
                        List.of(), Officer.class,
                        r -> isEnforcementOfficer((Officer) r) && ((Officer) r).getTrainingYear() != null
                                && ((Officer) r).getTrainingYear() < asOfYear && ((Officer) r).getTrainingHours() != null,
                        r -> ((Officer) r).getTrainingHours()
                                .compareTo(parameter.apply(r, "min_training_hours")) >= 0,
                        null,
                        r -> isEnforcementOfficer((Officer) r)
                                && (((Officer) r).getTrainingYear() == null || ((Officer) r).getTrainingHours() == null)),
                new IndicatorDefinition("IND-08", new Text("行政复议决定书网上公开率",
                        "Online publication rate of reconsideration decisions"), 1.0, "二(六)5",
                        new Text("“决定书网上公开”为是的复议决定", "decisions published online"),
                        new Text("已作出决定、“决定书网上公开”已填写且不属于依法不予公开的复议案件",
                                "decided reconsiderations with published online filled in and not lawfully exempt"),
                        new Text("已作出决定但“决定书网上公开”未填写的复议案件",
                                "decided reconsiderations with published online blank"),
                        List.of(), Reconsideration.class,
                        r -> ((Reconsideration) r).getDecisionDate() != null
                                && ((Reconsideration) r).getPublishedOnline() != null
                                && !isYes(((Reconsideration) r).getPublicationExempt()),
                        r -> isYes(((Reconsideration) r).getPublishedOnline()), null,
                        r -> ((Reconsideration) r).getDecisionDate() != null
                                && ((Reconsideration) r).getPublishedOnline() == null),
                new IndicatorDefinition("IND-09", new Text("生效裁判履行率", "Performance rate of effective judgments"),
                        1.0, "二(六)6",
                        new Text("“已履行生效裁判”为是的应诉案件", "litigation with the effective judgment performed"),
                        new Text("裁判已生效且“已履行生效裁判”已填写的应诉案件",
                                "litigation with an effective judgment and performance filled in"),
                        new Text("裁判已生效但“已履行生效裁判”未填写的应诉案件",
                                "litigation with an effective judgment and performance blank"),
                        List.of(), Litigation.class,
                        r -> isYes(((Litigation) r).getJudgmentEffective())
                                && ((Litigation) r).getJudgmentPerformed() != null,
                        r -> isYes(((Litigation) r).getJudgmentPerformed()), null,
                        r -> isYes(((Litigation) r).getJudgmentEffective())
                                && ((Litigation) r).getJudgmentPerformed() == null),
                new IndicatorDefinition("IND-10", new Text("司法建议、检察建议按期反馈率",
                        "On-time reply rate of judicial and procuratorial suggestions"), 1.0, "二(六)6",
                        new Text("已到期且无 SUG-001 的建议", "suggestions due without SUG-001"),
                        new Text("已到期的建议：已书面回复，或回复期限早于检查基准日",
                                "suggestions due: replied, or the reply deadline before the as-of date"),
                        new Text("无（收到日期为必填）", "none (the receipt date is required)"),
                        List.of("SUG-001"), Suggestion.class,
                        r -> due((Suggestion) r, parameter, asOf),
                        null, f -> f.ruleId().equals("SUG-001"),
                        r -> false));
    }

    /**
     * Per indicator ID, the rules it needs that the selection leaves out, for the run's
     * "not computed"; indicators whose rules all run are absent.
     */
    public static Map<String, List<String>> rulesNotRun(Catalogue catalogue, Predicate<String> selected) {
        Map<String, List<String>> notRun = new java.util.LinkedHashMap<>();
        for (IndicatorDefinition d : all(NO_PARAMETERS, LocalDate.EPOCH)) {
            List<String> missing = new ArrayList<>();
            for (String need : d.needs()) {
                if (need.equals(ENF_ERRORS)) {
                    catalogue.rules().stream()
                            .filter(rule -> rule.id().startsWith("ENF-") && rule.severity() == Severity.ERROR)
                            .map(RuleSpec::id).filter(selected.negate()).forEach(missing::add);
                } else if (!selected.test(need)) {
                    missing.add(need);
                }
            }
            if (!missing.isEmpty()) {
                notRun.put(d.id(), List.copyOf(missing));
            }
        }
        return notRun;
    }

    /** IND-01: "reached discussion" is a discussion or a decision date (docs/spec/rules.md Conventions). */
    private static boolean reachedDiscussion(Decision d) {
        return d.getDiscussionDate() != null || d.getDecisionDate() != null;
    }

    /** IND-10: replied, or the reply deadline lies before the as-of date. */
    private static boolean due(Suggestion s, BiFunction<Record, String, BigDecimal> parameter, LocalDate asOf) {
        LocalDate deadline = s.replyDeadline(parameter.apply(s, "suggestion_reply_months").intValueExact(),
                parameter.apply(s, "suggestion_urgent_reply_days").intValueExact());
        return deadline != null && (s.getReplyDate() != null || deadline.isBefore(asOf));
    }

    private static boolean isYes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static boolean isEnforcementOfficer(Officer officer) {
        return officer.getRoles() != null && officer.getRoles().contains(ENFORCEMENT_ROLE);
    }

    /** The definition of an indicator ID, for {@code fazhi rules explain}. */
    public static java.util.Optional<IndicatorDefinition> byId(String id) {
        return all(NO_PARAMETERS, LocalDate.EPOCH).stream().filter(d -> d.id().equalsIgnoreCase(id)).findFirst();
    }
}
