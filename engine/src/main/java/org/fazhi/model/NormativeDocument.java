package org.fazhi.model;

import java.time.LocalDate;

/** 行政规范性文件 — Normative document (records.md; plan 二(二)3). */
@Kind(key = "document", name = "行政规范性文件", nameEn = "Normative document", aliases = {"documents", "规范性文件"}, clause = "二(二)3")
public final class NormativeDocument extends Record {
    @Column(key = "doc_id", header = "文件编号", required = true)
    private String docId;

    @Column(key = "title", header = "文件名称")
    private String title;

    @Column(key = "agency", header = "制定机关", required = true)
    private String agency;

    @Column(key = "market_activity", header = "涉及市场主体经济活动", meaning = "concerns economic activity of market entities")
    private Boolean marketActivity;

    @Column(key = "fair_competition_review_date", header = "公平竞争审查日期")
    private LocalDate fairCompetitionReviewDate;

    @Column(key = "legality_review_date", header = "合法性审核日期")
    private LocalDate legalityReviewDate;

    @Column(key = "legality_review_result", header = "合法性审核结论", values = {"合法", "修改后合法", "不合法"})
    private String legalityReviewResult;

    @Column(key = "collective_review_date", header = "集体审议日期", meaning = "the draft discussed by the agency's leadership")
    private LocalDate collectiveReviewDate;

    @Column(key = "issue_date", header = "印发日期")
    private LocalDate issueDate;

    @Column(key = "filing_date", header = "报送备案日期")
    private LocalDate filingDate;

    @Column(key = "filing_review_result", header = "备案审查结论", values = {"无问题", "有问题"})
    private String filingReviewResult;

    @Column(key = "corrected", header = "已纠正")
    private Boolean corrected;

    @Column(key = "published", header = "已公开")
    private Boolean published;

    public String getDocId() {
        return docId;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String getAgency() {
        return agency;
    }

    public Boolean getMarketActivity() {
        return marketActivity;
    }

    public LocalDate getFairCompetitionReviewDate() {
        return fairCompetitionReviewDate;
    }

    public LocalDate getLegalityReviewDate() {
        return legalityReviewDate;
    }

    public String getLegalityReviewResult() {
        return legalityReviewResult;
    }

    public LocalDate getCollectiveReviewDate() {
        return collectiveReviewDate;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getFilingDate() {
        return filingDate;
    }

    public String getFilingReviewResult() {
        return filingReviewResult;
    }

    public Boolean getCorrected() {
        return corrected;
    }

    public Boolean getPublished() {
        return published;
    }
}
