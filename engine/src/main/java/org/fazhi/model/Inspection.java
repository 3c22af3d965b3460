package org.fazhi.model;

import java.time.LocalDate;
import java.util.Set;

/** 涉企行政检查 — Enterprise inspection (records.md; plan 二(一)5, 二(四)2). */
@Kind(key = "inspection", name = "涉企行政检查", nameEn = "Enterprise inspection", aliases = {"inspections", "涉企检查", "行政检查"}, clause = "二(一)5, 二(四)2")
public final class Inspection extends Record {
    @Column(key = "inspection_id", header = "检查编号", required = true)
    private String inspectionId;

    @Column(key = "agency", header = "检查机关", required = true)
    private String agency;

    @Column(key = "enterprise_code", header = "统一社会信用代码", meaning = "the inspected enterprise")
    private String enterpriseCode;

    @Column(key = "enterprise_name", header = "企业名称")
    private String enterpriseName;

    @Column(key = "inspection_date", header = "检查日期", required = true)
    private LocalDate inspectionDate;

    @Column(key = "method", header = "检查方式", values = {"双随机", "专项检查", "投诉举报", "转办交办", "数据监测", "其他"})
    private String method;

    @Column(key = "approval_date", header = "检查审批日期", meaning = "the inspection was approved")
    private LocalDate approvalDate;

    @Column(key = "officer_ids", header = "检查人员证件号", meaning = "certificate numbers of the inspecting officers")
    private Set<String> officerIds;

    @Column(key = "legal_basis_type", header = "检查依据类型", values = {"法律", "行政法规", "地方性法规", "规章", "国务院决定", "规范性文件", "其他"})
    private String legalBasisType;

    @Column(key = "legal_basis", header = "检查依据")
    private String legalBasis;

    public String getInspectionId() {
        return inspectionId;
    }

    @Override
    public String getAgency() {
        return agency;
    }

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public LocalDate getInspectionDate() {
        return inspectionDate;
    }

    public String getMethod() {
        return method;
    }

    public LocalDate getApprovalDate() {
        return approvalDate;
    }

    public Set<String> getOfficerIds() {
        return officerIds;
    }

    public String getLegalBasisType() {
        return legalBasisType;
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
