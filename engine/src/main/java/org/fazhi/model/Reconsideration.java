package org.fazhi.model;

import java.time.LocalDate;

/** 行政复议 — Administrative reconsideration (records.md; plan 二(六)4–5). */
@Kind(key = "reconsideration", name = "行政复议", nameEn = "Administrative reconsideration", aliases = {"复议案件"}, clause = "二(六)4–5")
public final class Reconsideration extends Record {
    @Column(key = "case_id", header = "复议案号", required = true)
    private String caseId;

    @Column(key = "agency", header = "复议机关", required = true)
    private String agency;

    @Column(key = "acceptance_date", header = "受理日期")
    private LocalDate acceptanceDate;

    @Column(key = "procedure", header = "适用程序", values = {"普通程序", "简易程序"})
    private String procedure;

    @Column(key = "complex", header = "重大疑难复杂")
    private Boolean complex;

    @Column(key = "technical", header = "专业性技术性较强")
    private Boolean technical;

    @Column(key = "committee_consulted", header = "复议委员会咨询")
    private Boolean committeeConsulted;

    @Column(key = "hearing_date", header = "听证日期", mayBeFuture = true, meaning = "the hearing held or convened")
    private LocalDate hearingDate;

    @Column(key = "extension_approved", header = "延期已批准", meaning = "the 60-day limit extended by approval")
    private Boolean extensionApproved;

    @Column(key = "suspended_days", header = "中止天数", meaning = "days the review was suspended")
    private Integer suspendedDays;

    @Column(key = "decision_date", header = "复议决定日期")
    private LocalDate decisionDate;

    @Column(key = "outcome", header = "复议结果", values = {"维持", "撤销", "变更", "确认违法", "责令履行", "驳回", "终止", "调解"})
    private String outcome;

    @Column(key = "published_online", header = "决定书网上公开")
    private Boolean publishedOnline;

    @Column(key = "publication_exempt", header = "依法不予公开", meaning = "the decision is lawfully not published")
    private Boolean publicationExempt;

    public String getCaseId() {
        return caseId;
    }

    @Override
    public String getAgency() {
        return agency;
    }

    public LocalDate getAcceptanceDate() {
        return acceptanceDate;
    }

    public String getProcedure() {
        return procedure;
    }

    public Boolean getComplex() {
        return complex;
    }

    public Boolean getTechnical() {
        return technical;
    }

    public Boolean getCommitteeConsulted() {
        return committeeConsulted;
    }

    public LocalDate getHearingDate() {
        return hearingDate;
    }

    public Boolean getExtensionApproved() {
        return extensionApproved;
    }

    public Integer getSuspendedDays() {
        return suspendedDays;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getOutcome() {
        return outcome;
    }

    public Boolean getPublishedOnline() {
        return publishedOnline;
    }

    public Boolean getPublicationExempt() {
        return publicationExempt;
    }
}
