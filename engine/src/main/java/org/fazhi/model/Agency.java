package org.fazhi.model;

/**
 * 机关年度法治建设台账 — An agency's yearly rule-of-law record (records.md; plan 三(三), 三(四)).
 * One record per agency and year: the pair is the identifier.
 */
@Kind(key = "agency", name = "机关年度法治建设台账", nameEn = "Agency yearly rule-of-law record",
        aliases = {"agencies", "机关台账", "法治建设台账"}, clause = "三(三)、三(四)")
public final class Agency extends Record {
    @Column(key = "agency", header = "机关名称", required = true, meaning = "与年度一起标识一条台账")
    private String agency;

    @Column(key = "year", header = "年度", required = true, meaning = "与机关名称一起标识一条台账")
    private Integer year;

    @Column(key = "is_government", header = "属于人民政府", meaning = "机关是人民政府（而非其工作部门）")
    private Boolean isGovernment;

    @Column(key = "has_legal_adviser", header = "已聘请法律顾问")
    private Boolean hasLegalAdviser;

    @Column(key = "qualified_legal_staff", header = "具备法律职业资格或律师资格且专门从事法律事务人员数")
    private Integer qualifiedLegalStaff;

    @Column(key = "has_public_lawyer", header = "已设立公职律师")
    private Boolean hasPublicLawyer;

    @Column(key = "rule_of_law_lectures", header = "领导班子法治专题讲座期数", meaning = "当年为领导班子举办的法治专题讲座期数")
    private Integer ruleOfLawLectures;

    /**
     * The pair agency and year, written "昆明市司法局 2024" (records.md): the record's name in
     * reports and what DQ-003 compares. Without a year, the agency alone names the record.
     */
    @Override
    public String getId() {
        if (agency == null) {
            return null;
        }
        return year == null ? agency : agency + " " + year;
    }

    @Override
    public String getAgency() {
        return agency;
    }

    public Integer getYear() {
        return year;
    }

    public Boolean getIsGovernment() {
        return isGovernment;
    }

    public Boolean getHasLegalAdviser() {
        return hasLegalAdviser;
    }

    public Integer getQualifiedLegalStaff() {
        return qualifiedLegalStaff;
    }

    public Boolean getHasPublicLawyer() {
        return hasPublicLawyer;
    }

    public Integer getRuleOfLawLectures() {
        return ruleOfLawLectures;
    }
}
