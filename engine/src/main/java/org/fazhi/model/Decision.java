package org.fazhi.model;

import java.time.LocalDate;
import java.util.Set;

/** 重大行政决策 — Major administrative decision (records.md; plan 二(三)). */
@Kind(key = "decision", name = "重大行政决策", nameEn = "Major administrative decision", aliases = {"decisions", "决策"}, clause = "二(三)")
public final class Decision extends Record {
    @Column(key = "decision_id", header = "决策编号", required = true, meaning = "identifier")
    private String decisionId;

    @Column(key = "title", header = "决策事项")
    private String title;

    @Column(key = "agency", header = "决策机关", required = true)
    private String agency;

    @Column(key = "in_annual_catalog", header = "列入年度目录", meaning = "listed in the published annual catalogue of major decisions")
    private Boolean inAnnualCatalog;

    @Column(key = "public_interest", header = "涉及公众切身利益", meaning = "concerns the public's vital interests")
    private Boolean publicInterest;

    @Column(key = "market_activity", header = "涉及市场主体经济活动", meaning = "concerns economic activity of market entities")
    private Boolean marketActivity;

    @Column(key = "stability_risk", header = "存在社会稳定风险", meaning = "may create social-stability or public-safety risk")
    private Boolean stabilityRisk;

    @Column(key = "technical", header = "专业性技术性较强", meaning = "highly specialised/technical")
    private Boolean technical;

    @Column(key = "public_participation_date", header = "公众参与日期", meaning = "start of public consultation")
    private LocalDate publicParticipationDate;

    @Column(key = "public_comment_days", header = "征求意见天数", meaning = "length of the public comment period")
    private Integer publicCommentDays;

    @Column(key = "hearing_date", header = "听证会日期")
    private LocalDate hearingDate;

    @Column(key = "expert_review_date", header = "专家论证日期")
    private LocalDate expertReviewDate;

    @Column(key = "risk_assessment_date", header = "风险评估日期")
    private LocalDate riskAssessmentDate;

    @Column(key = "fair_competition_review_date", header = "公平竞争审查日期")
    private LocalDate fairCompetitionReviewDate;

    @Column(key = "legality_review_date", header = "合法性审查日期")
    private LocalDate legalityReviewDate;

    @Column(key = "legality_review_method", header = "合法性审查方式", values = {"合法性审查", "征求意见", "会签", "其他"}, meaning = "how the review was done")
    private String legalityReviewMethod;

    @Column(key = "legality_review_result", header = "合法性审查结论", values = {"合法", "修改后合法", "不合法"})
    private String legalityReviewResult;

    @Column(key = "legality_review_scope", header = "合法性审查内容", values = {"决策主体", "决策依据", "决策内容", "决策权限", "决策程序"}, meaning = "aspects covered")
    private Set<String> legalityReviewScope;

    @Column(key = "party_report_date", header = "向党委请示报告日期", meaning = "report to the Party committee at the same level")
    private LocalDate partyReportDate;

    @Column(key = "discussion_date", header = "集体讨论日期", meaning = "executive/plenary meeting that discussed the draft")
    private LocalDate discussionDate;

    @Column(key = "decision_date", header = "决定日期")
    private LocalDate decisionDate;

    @Column(key = "published_date", header = "决策公布日期", meaning = "the decision made public")
    private LocalDate publishedDate;

    @Column(key = "execution_owner", header = "执行主体")
    private String executionOwner;

    @Column(key = "execution_deadline", header = "执行时限", mayBeFuture = true)
    private LocalDate executionDeadline;

    @Column(key = "execution_feedback", header = "执行反馈", meaning = "how execution is reported back")
    private String executionFeedback;

    @Column(key = "archived", header = "已归档", meaning = "full-process record archived")
    private Boolean archived;

    public String getDecisionId() {
        return decisionId;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String getAgency() {
        return agency;
    }

    public Boolean getInAnnualCatalog() {
        return inAnnualCatalog;
    }

    public Boolean getPublicInterest() {
        return publicInterest;
    }

    public Boolean getMarketActivity() {
        return marketActivity;
    }

    public Boolean getStabilityRisk() {
        return stabilityRisk;
    }

    public Boolean getTechnical() {
        return technical;
    }

    public LocalDate getPublicParticipationDate() {
        return publicParticipationDate;
    }

    public Integer getPublicCommentDays() {
        return publicCommentDays;
    }

    public LocalDate getHearingDate() {
        return hearingDate;
    }

    public LocalDate getExpertReviewDate() {
        return expertReviewDate;
    }

    public LocalDate getRiskAssessmentDate() {
        return riskAssessmentDate;
    }

    public LocalDate getFairCompetitionReviewDate() {
        return fairCompetitionReviewDate;
    }

    public LocalDate getLegalityReviewDate() {
        return legalityReviewDate;
    }

    public String getLegalityReviewMethod() {
        return legalityReviewMethod;
    }

    public String getLegalityReviewResult() {
        return legalityReviewResult;
    }

    public Set<String> getLegalityReviewScope() {
        return legalityReviewScope;
    }

    public LocalDate getPartyReportDate() {
        return partyReportDate;
    }

    public LocalDate getDiscussionDate() {
        return discussionDate;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getPublishedDate() {
        return publishedDate;
    }

    public String getExecutionOwner() {
        return executionOwner;
    }

    public LocalDate getExecutionDeadline() {
        return executionDeadline;
    }

    public String getExecutionFeedback() {
        return executionFeedback;
    }

    public Boolean getArchived() {
        return archived;
    }
}
