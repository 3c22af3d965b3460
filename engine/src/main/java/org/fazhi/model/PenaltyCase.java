package org.fazhi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** 行政处罚案件 — Administrative penalty case (records.md; plan 二(四)). */
@Kind(key = "case", name = "行政处罚案件", nameEn = "Administrative penalty case", aliases = {"cases", "执法案件", "案件"}, clause = "二(四)")
public final class PenaltyCase extends Record {
    @Column(key = "case_id", header = "案件编号", required = true, meaning = "identifier")
    private String caseId;

    @Column(key = "agency", header = "执法机关", required = true)
    private String agency;

    @Column(key = "field", header = "执法领域", meaning = "e.g. 食品药品, 生态环境, 安全生产")
    private String field;

    @Column(key = "party_name", header = "当事人")
    private String partyName;

    @Column(key = "party_type", header = "当事人类型", values = {"自然人", "法人", "其他组织"})
    private String partyType;

    @Column(key = "officer_ids", header = "执法人员证件号", meaning = "certificate numbers of the officers who handled the case")
    private Set<String> officerIds;

    @Column(key = "violation_date", header = "违法行为发生日期")
    private LocalDate violationDate;

    @Column(key = "violation_end_date", header = "违法行为终了日期", meaning = "end of a continuing or repeated violation")
    private LocalDate violationEndDate;

    @Column(key = "filing_date", header = "立案日期", required = true)
    private LocalDate filingDate;

    @Column(key = "penalty_types", header = "处罚种类", values = {"警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级", "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "不予处罚"})
    private Set<String> penaltyTypes;

    @Column(key = "fine_amount", header = "罚款金额(元)")
    private BigDecimal fineAmount;

    @Column(key = "confiscation_amount", header = "没收金额(元)")
    private BigDecimal confiscationAmount;

    @Column(key = "complex_or_major", header = "情节复杂或重大违法")
    private Boolean complexOrMajor;

    @Column(key = "major_decision", header = "重大执法决定", meaning = "subject to the legal-review (法制审核) system")
    private Boolean majorDecision;

    @Column(key = "basis_type", header = "处罚依据类型", values = {"法律", "行政法规", "地方性法规", "规章", "规范性文件", "会议纪要", "其他"})
    private String basisType;

    @Column(key = "basis", header = "处罚依据", meaning = "citation")
    private String basis;

    @Column(key = "notice_date", header = "告知日期", meaning = "prior notice of the intended penalty and of the rights to state, defend and request a hearing")
    private LocalDate noticeDate;

    @Column(key = "hearing_notified", header = "告知听证权利")
    private Boolean hearingNotified;

    @Column(key = "hearing_requested", header = "申请听证")
    private Boolean hearingRequested;

    @Column(key = "hearing_date", header = "听证日期", mayBeFuture = true, meaning = "may lie in the future (a scheduled hearing)")
    private LocalDate hearingDate;

    @Column(key = "collective_discussion_date", header = "集体讨论日期", meaning = "agency heads' collective discussion")
    private LocalDate collectiveDiscussionDate;

    @Column(key = "legal_review_date", header = "法制审核日期")
    private LocalDate legalReviewDate;

    @Column(key = "legal_reviewer_id", header = "法制审核人员证件号", meaning = "certificate number of the legal reviewer")
    private String legalReviewerId;

    @Column(key = "discretion_explanation", header = "裁量说明", meaning = "how the discretion benchmark was applied")
    private String discretionExplanation;

    @Column(key = "first_offense_minor", header = "初次违法且危害后果轻微")
    private Boolean firstOffenseMinor;

    @Column(key = "corrected", header = "及时改正")
    private Boolean corrected;

    @Column(key = "decision_date", header = "处罚决定日期")
    private LocalDate decisionDate;

    @Column(key = "extension_approved", header = "延期已批准", meaning = "the 90-day time limit was extended by approval")
    private Boolean extensionApproved;

    @Column(key = "service_dispatch_date", header = "交寄或公告日期", meaning = "date the decision was posted (邮寄送达) or the notice published (公告送达)")
    private LocalDate serviceDispatchDate;

    @Column(key = "service_date", header = "送达日期", meaning = "decision served on the party")
    private LocalDate serviceDate;

    @Column(key = "publicity_date", header = "公示日期", meaning = "decision made public")
    private LocalDate publicityDate;

    @Column(key = "full_process_recorded", header = "全过程记录")
    private Boolean fullProcessRecorded;

    @Column(key = "suspected_crime", header = "涉嫌犯罪")
    private Boolean suspectedCrime;

    @Column(key = "transfer_date", header = "移送司法机关日期")
    private LocalDate transferDate;

    @Column(key = "on_platform", header = "已录入执法监督平台")
    private Boolean onPlatform;

    public String getCaseId() {
        return caseId;
    }

    @Override
    public String getAgency() {
        return agency;
    }

    @Override
    public String scopeField() {
        return field;
    }

    public String getField() {
        return field;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getPartyType() {
        return partyType;
    }

    public Set<String> getOfficerIds() {
        return officerIds;
    }

    public LocalDate getViolationDate() {
        return violationDate;
    }

    public LocalDate getViolationEndDate() {
        return violationEndDate;
    }

    public LocalDate getServiceDispatchDate() {
        return serviceDispatchDate;
    }

    public LocalDate getFilingDate() {
        return filingDate;
    }

    public Set<String> getPenaltyTypes() {
        return penaltyTypes;
    }

    public BigDecimal getFineAmount() {
        return fineAmount;
    }

    public BigDecimal getConfiscationAmount() {
        return confiscationAmount;
    }

    public Boolean getComplexOrMajor() {
        return complexOrMajor;
    }

    public Boolean getMajorDecision() {
        return majorDecision;
    }

    public String getBasisType() {
        return basisType;
    }

    public String getBasis() {
        return basis;
    }

    public LocalDate getNoticeDate() {
        return noticeDate;
    }

    public Boolean getHearingNotified() {
        return hearingNotified;
    }

    public Boolean getHearingRequested() {
        return hearingRequested;
    }

    public LocalDate getHearingDate() {
        return hearingDate;
    }

    public LocalDate getCollectiveDiscussionDate() {
        return collectiveDiscussionDate;
    }

    public LocalDate getLegalReviewDate() {
        return legalReviewDate;
    }

    public String getLegalReviewerId() {
        return legalReviewerId;
    }

    public String getDiscretionExplanation() {
        return discretionExplanation;
    }

    public Boolean getFirstOffenseMinor() {
        return firstOffenseMinor;
    }

    public Boolean getCorrected() {
        return corrected;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public Boolean getExtensionApproved() {
        return extensionApproved;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public LocalDate getPublicityDate() {
        return publicityDate;
    }

    public Boolean getFullProcessRecorded() {
        return fullProcessRecorded;
    }

    public Boolean getSuspectedCrime() {
        return suspectedCrime;
    }

    public LocalDate getTransferDate() {
        return transferDate;
    }

    public Boolean getOnPlatform() {
        return onPlatform;
    }
}
