package org.fazhi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** 执法人员 — Enforcement officer (records.md; plan 二(四)2, 三(四)). */
@Kind(key = "officer", name = "执法人员", nameEn = "Enforcement officer", aliases = {"officers", "人员"}, clause = "二(四)2, 三(四)")
public final class Officer extends Record {
    @Column(key = "officer_id", header = "执法证件号", required = true, meaning = "certificate number, identifier")
    private String officerId;

    @Column(key = "name", header = "姓名")
    private String name;

    @Column(key = "agency", header = "所属机关")
    private String agency;

    @Column(key = "certificate_valid_until", header = "证件有效期至", mayBeFuture = true)
    private LocalDate certificateValidUntil;

    @Column(key = "legal_qualification", header = "法律职业资格", meaning = "holds the national legal professional qualification")
    private Boolean legalQualification;

    @Column(key = "roles", header = "岗位", values = {"行政执法", "法制审核", "行政复议", "行政裁决", "法律顾问"})
    private Set<String> roles;

    @Column(key = "first_in_role", header = "初次从事该岗位")
    private Boolean firstInRole;

    @Column(key = "training_year", header = "培训年度")
    private Integer trainingYear;

    @Column(key = "training_hours", header = "年度培训学时")
    private BigDecimal trainingHours;

    public String getOfficerId() {
        return officerId;
    }

    public String getName() {
        return name;
    }

    @Override
    public String getAgency() {
        return agency;
    }

    public LocalDate getCertificateValidUntil() {
        return certificateValidUntil;
    }

    public Boolean getLegalQualification() {
        return legalQualification;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public Boolean getFirstInRole() {
        return firstInRole;
    }

    public Integer getTrainingYear() {
        return trainingYear;
    }

    public BigDecimal getTrainingHours() {
        return trainingHours;
    }
}
