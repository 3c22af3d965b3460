package org.fazhi.model;

import java.time.LocalDate;

/** 行政应诉 — Administrative litigation (records.md; plan 二(六)6). */
@Kind(key = "litigation", name = "行政应诉", nameEn = "Administrative litigation", aliases = {"应诉案件"}, clause = "二(六)6")
public final class Litigation extends Record {
    @Column(key = "case_id", header = "案号", required = true)
    private String caseId;

    @Column(key = "agency", header = "被诉机关", required = true)
    private String agency;

    @Column(key = "category", header = "案件类别", values = {"食品药品安全", "生态环境和资源保护", "公共卫生安全", "房屋土地征收", "移民搬迁安置", "旧城改造", "群体性事件风险", "其他"})
    private String category;

    @Column(key = "court_notice", header = "法院书面通知负责人出庭")
    private Boolean courtNotice;

    @Column(key = "head_appeared", header = "负责人出庭")
    private Boolean headAppeared;

    @Column(key = "hearing_date", header = "开庭日期", mayBeFuture = true, meaning = "may lie in the future (a scheduled hearing)")
    private LocalDate hearingDate;

    @Column(key = "judgment_effective", header = "裁判已生效")
    private Boolean judgmentEffective;

    @Column(key = "judgment_performed", header = "已履行生效裁判")
    private Boolean judgmentPerformed;

    public String getCaseId() {
        return caseId;
    }

    @Override
    public String getAgency() {
        return agency;
    }

    public String getCategory() {
        return category;
    }

    public Boolean getCourtNotice() {
        return courtNotice;
    }

    public Boolean getHeadAppeared() {
        return headAppeared;
    }

    public LocalDate getHearingDate() {
        return hearingDate;
    }

    public Boolean getJudgmentEffective() {
        return judgmentEffective;
    }

    public Boolean getJudgmentPerformed() {
        return judgmentPerformed;
    }
}
