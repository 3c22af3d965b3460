package org.fazhi.model;

import java.time.LocalDate;

/** 司法建议、检察建议 — Judicial and procuratorial suggestions (records.md; plan 二(六)6). */
@Kind(key = "suggestion", name = "司法建议、检察建议", nameEn = "Judicial and procuratorial suggestions",
        aliases = {"suggestions", "司法建议", "检察建议", "司法建议检察建议"}, clause = "二(六)6")
public final class Suggestion extends Record {
    /** The kind whose urgent case has a 15-day reply (行政公益诉讼, before suit). */
    public static final String PRE_SUIT = "诉前检察建议";

    @Column(key = "suggestion_id", header = "建议书编号", required = true,
            meaning = "司法建议书、检察建议书的编号")
    private String suggestionId;

    @Column(key = "agency", header = "被建议机关", required = true, meaning = "收到建议的机关")
    private String agency;

    @Column(key = "kind", header = "建议类型", values = {"司法建议", "检察建议", PRE_SUIT},
            meaning = "诉前检察建议：行政公益诉讼中提起诉讼前的检察建议")
    private String kind;

    @Column(key = "received_date", header = "收到日期", required = true)
    private LocalDate receivedDate;

    @Column(key = "urgent", header = "紧急情形", meaning = "国家利益或社会公共利益损害继续扩大的紧急情形（十五日内回复）")
    private Boolean urgent;

    @Column(key = "reply_date", header = "书面回复日期")
    private LocalDate replyDate;

    @Column(key = "implemented", header = "已落实")
    private Boolean implemented;

    /** Whether the short deadline of an urgent pre-suit procuratorial suggestion applies. */
    public boolean urgentPreSuit() {
        return PRE_SUIT.equals(kind) && Boolean.TRUE.equals(urgent);
    }

    /**
     * The last day on which the written reply is in time (SUG-001, IND-10): {@code urgentDays}
     * after receipt for an urgent 诉前检察建议, else {@code months} after it (a day the month lacks
     * is its last day); null without a receipt date.
     */
    public LocalDate replyDeadline(int months, int urgentDays) {
        if (receivedDate == null) {
            return null;
        }
        return urgentPreSuit() ? receivedDate.plusDays(urgentDays) : receivedDate.plusMonths(months);
    }

    public String getSuggestionId() {
        return suggestionId;
    }

    @Override
    public String getAgency() {
        return agency;
    }

    public String getKind() {
        return kind;
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    public Boolean getUrgent() {
        return urgent;
    }

    public LocalDate getReplyDate() {
        return replyDate;
    }

    public Boolean getImplemented() {
        return implemented;
    }
}
