package org.fazhi.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.SplittableRandom;

/**
 * Turns values into cells the way real exports spell them (records.md "Value types"): dates as
 * {@code 2025-03-01}, {@code 2025/3/1}, {@code 2025年3月1日}, {@code 2025.3.1}, {@code 20250301} or a
 * real spreadsheet date; yes/no as 是/否, Y/N, √/×; amounts as {@code 12000}, {@code 12,000},
 * {@code 1.2万}, {@code ￥3000}, {@code 3000元}; sets joined by 、 , ； or /.
 *
 * <p>The choices are drawn the same way whatever the format, so one seed gives the same data in
 * CSV and xlsx; only the spreadsheet-native cells (dates, numbers) are written as text in CSV.
 */
final class Speller {
    private final SplittableRandom random;
    private final boolean native_;

    /** @param spreadsheet whether real dates and numbers may be written (xlsx) */
    Speller(SplittableRandom random, boolean spreadsheet) {
        this.random = random;
        this.native_ = spreadsheet;
    }

    Object date(LocalDate date) {
        if (date == null) {
            return null;
        }
        int r = random.nextInt(100);
        int y = date.getYear();
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        if (r < 35) {
            return iso(date);
        }
        if (r < 55) {
            return y + "/" + m + "/" + d;
        }
        if (r < 70) {
            return y + "年" + m + "月" + d + "日";
        }
        if (r < 75) {
            return y + "." + m + "." + d;
        }
        if (r < 80) {
            return String.valueOf(y * 10000 + m * 100 + d);
        }
        return native_ ? date : iso(date);
    }

    static String iso(LocalDate date) {
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        return date.getYear() + (m < 10 ? "-0" : "-") + m + (d < 10 ? "-0" : "-") + d;
    }

    Object bool(Boolean value) {
        if (value == null) {
            return null;
        }
        int r = random.nextInt(100);
        boolean v = value;
        if (r < 65) {
            return v ? "是" : "否";
        }
        if (r < 80) {
            return v ? "Y" : "N";
        }
        return v ? "√" : "×";
    }

    Object amount(BigDecimal value) {
        if (value == null) {
            return null;
        }
        int r = random.nextInt(100);
        String plain = value.toPlainString();
        if (r < 35) {
            return native_ ? (Object) value : plain;
        }
        if (r < 55) {
            return grouped(plain);
        }
        if (r < 70) {
            return value.movePointLeft(4).stripTrailingZeros().toPlainString() + "万";
        }
        if (r < 85) {
            return "￥" + plain;
        }
        return plain + "元";
    }

    Object integer(Integer value) {
        if (value == null) {
            return null;
        }
        return native_ ? (Object) value : value.toString();
    }

    Object set(Collection<String> words) {
        if (words == null || words.isEmpty()) {
            return null;
        }
        int r = random.nextInt(100);
        String separator = r < 70 ? "、" : r < 80 ? "," : r < 90 ? "；" : "/";
        return String.join(separator, words);
    }

    private static String grouped(String plain) {
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder();
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            out.append(',').append(whole, i, i + 3);
        }
        if (dot >= 0) {
            out.append(plain.substring(dot));
        }
        return out.toString();
    }
}
