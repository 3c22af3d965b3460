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

    @Column(key = "complex", header = "重大疑难复杂")
    private Boolean complex;

    @Column(key = "committee_consulted", header = "复议委员会咨询")
    private Boolean committeeConsulted;

    @Column(key = "hearing_date", header = "听证日期", mayBeFuture = true, meaning = "the hearing held or convened; may lie in the future")
    private LocalDate hearingDate;

    @Column(key = "decision_date", header = "复议决定日期")
    private LocalDate decisionDate;

    @Column(key = "published_online", header = "决定书网上公开")
    private Boolean publishedOnline;

    @Column(key = "publication_exempt", header = "依法不予公开", meaning = "the decision is lawfully not published (复议法 第79条)")
    private Boolean publicationExempt;

    public String getCaseId() {
        return caseId;
    }

    @Override
    public String getAgency() {
        return agency;
    }

    public Boolean getComplex() {
        return complex;
    }

    public Boolean getCommitteeConsulted() {
        return committeeConsulted;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public Boolean getPublishedOnline() {
        return publishedOnline;
    }

    public LocalDate getAcceptanceDate() {
        return acceptanceDate;
    }

    public LocalDate getHearingDate() {
        return hearingDate;
    }

    public Boolean getPublicationExempt() {
        return publicationExempt;
    }
}
