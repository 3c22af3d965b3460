package org.fazhi.read;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.i18n.Lang;
import org.fazhi.model.AcceptedValues;
import org.fazhi.model.CellProblem;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;
import org.fazhi.read.RowView.CellKind;

/**
 * Turns one cell into the value of one field, by character scanning (records.md "Value types").
 * Every method returns null when the text does not parse; the caller records the problem.
 */
final class ValueParser {

    /** Latest Excel serial date: 9999-12-31. */
    private static final double MAX_SERIAL = 2958465;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final String[] UNITS = {"元", "天", "日", "学时", "小时", "次", "个", "人", "件"};

    /** The accepted words of each enum or set field, by their word as compared; built once per field. */
    private static final Map<FieldSpec, Map<String, String>> ACCEPTED = new ConcurrentHashMap<>();

    private ValueParser() {
    }

    /** The outcome of reading one cell: a value, or a problem kind (never both). */
    record Result(Object value, CellProblem.Kind problem) {
        static final Result ABSENT = new Result(null, null);

        static Result of(Object value) {
            return new Result(value, null);
        }

        static Result bad(CellProblem.Kind kind) {
            return new Result(null, kind);
        }
    }

    /**
     * Reads one cell as a value of the field. {@code words} are the mapping's value words of
     * this field (their word as compared → canonical word), possibly empty. A cell of any kind
     * but {@link CellKind#BLANK} holds more than white space: the readers decide that once.
     */
    static Result parse(FieldSpec field, CellKind kind, String text, boolean date1904, Map<String, String> words) {
        return parse(field, kind, text, date1904, words, null);
    }

    /**
     * As {@link #parse(FieldSpec, CellKind, String, boolean, Map)}, with the scale an amount
     * column's header states ({@code （万元）} = 10000; null for none): it multiplies a number
     * that does not state its own unit ({@code 2万} and {@code 3000元} keep theirs).
     */
    static Result parse(FieldSpec field, CellKind kind, String text, boolean date1904, Map<String, String> words,
                        BigDecimal scale) {
        if (kind == CellKind.BLANK || text == null) {
            return Result.ABSENT;
        }
        if (kind == CellKind.UNCALCULATED) {
            return Result.bad(CellProblem.Kind.NO_RESULT);
        }
        FieldType type = field.type();
        if (kind == CellKind.TEXT && isPlaceholder(text) && (words.isEmpty() || !words.containsKey(Text.word(text)))) {
            // "nothing", written out (unless the mapping gives the word a meaning); in a bool field 无 is 否
            return type == FieldType.BOOL && "无".equals(Text.trim(text)) ? Result.of(Boolean.FALSE) : Result.ABSENT;
        }
        switch (type) {
            case TEXT -> {
                String s = asText(kind, text, date1904);
                if (!words.isEmpty()) {
                    String mapped = words.get(Text.word(s));
                    if (mapped != null) {
                        s = mapped;
                    }
                }
                return s.isEmpty() ? Result.ABSENT : Result.of(s);
            }
            case DATE -> {
                LocalDate d = switch (kind) {
                    case DATE -> serialDate(text, date1904);
                    case NUMBER -> numberDate(text, date1904);
                    case TEXT -> date(text);
                    default -> null;
                };
                return d == null ? Result.bad(CellProblem.Kind.UNPARSEABLE) : Result.of(d);
            }
            case BOOL -> {
                Boolean b;
                if (kind == CellKind.BOOL) {
                    b = "1".equals(text) || "true".equalsIgnoreCase(text);
                } else {
                    String w = Text.word(asText(kind, text, date1904));
                    String mapped = words.get(w);
                    b = bool(mapped == null ? w : Text.word(mapped));
                }
                return b == null ? Result.bad(CellProblem.Kind.UNPARSEABLE) : Result.of(b);
            }
            case INT -> {
                BigDecimal n = kind == CellKind.NUMBER ? rawNumber(text) : kind == CellKind.TEXT ? number(year(text)) : null;
                Integer i = n == null ? null : integer(n);
                return i == null ? Result.bad(CellProblem.Kind.UNPARSEABLE) : Result.of(i);
            }
            case DECIMAL -> {
                BigDecimal n = kind == CellKind.NUMBER ? scaled(rawNumber(text), scale)
                        : kind == CellKind.TEXT ? number(text, scale) : null;
                return n == null ? Result.bad(CellProblem.Kind.UNPARSEABLE) : Result.of(normal(n));
            }
            case ENUM -> {
                String w = enumWord(field, asText(kind, text, date1904), words);
                return w == null ? Result.bad(CellProblem.Kind.UNKNOWN_WORD) : Result.of(w);
            }
            case SET -> {
                return set(field, asText(kind, text, date1904), words);
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    /** What would have been accepted, for a problem report (in Chinese: the export's language). */
    static String expected(FieldSpec field) {
        return AcceptedValues.describe(field, CellProblem.Kind.UNPARSEABLE, Lang.ZH);
    }

    /** A cell as text: numbers keep every digit and no ".0"; dates become ISO dates. */
    static String asText(CellKind kind, String text, boolean date1904) {
        return switch (kind) {
            case BLANK -> "";
            case TEXT -> Text.trim(text);
            case NUMBER -> plain(text);
            case DATE -> {
                LocalDate d = serialDate(text, date1904);
                yield d == null ? plain(text) : d.toString();
            }
            case BOOL -> "1".equals(text) ? "TRUE" : "FALSE";
            case UNCALCULATED -> text;
        };
    }

    private static String plain(String raw) {
        BigDecimal n = rawNumber(raw);
        return n == null ? Text.trim(raw) : normal(n).toPlainString();
    }

    /**
     * The ways exports write "nothing" (records.md "Placeholders"), as compared ({@link Text#word}:
     * NFKC folds ／ to / and — stays —).
     */
    private static final Set<String> PLACEHOLDERS = Set.of("/", "\\", "-", "—", "——", "―", "――", "--", "无", "暂无", "不适用",
            "空", "n/a", "null", "#n/a");

    /** The first characters of the placeholders, in every width. */
    private static final String PLACEHOLDER_STARTS = "/／\\＼-－—―无暂不空NnＮｎ#＃";

    /** Whether a cell's text is a placeholder for an absent value. */
    static boolean isPlaceholder(String text) {
        // Nearly every cell is decided by its first character, without normalising: a placeholder
        // begins with one of these (full-width forms included), and has at most four characters.
        int first = 0;
        int n = text.length();
        while (first < n && Text.isWhite(text.charAt(first))) {
            first++;
        }
        if (first == n || PLACEHOLDER_STARTS.indexOf(text.charAt(first)) < 0) {
            return false;
        }
        if (n - first > 4) {
            String t = Text.trim(text);
            if (t.length() > 4) {
                return false;
            }
            text = t;
        }
        return PLACEHOLDERS.contains(Text.word(text));
    }

    // ---- bool

    /** A bool word (already NFKC, trimmed, lower case), or null when it is none. */
    static Boolean bool(String w) {
        return switch (w) {
            case "是", "有", "y", "yes", "true", "1", "√", "✓", "✔", "对" -> Boolean.TRUE;
            case "否", "无", "n", "no", "false", "0", "×", "✗", "✘", "x" -> Boolean.FALSE;
            default -> null;
        };
    }

    // ---- enum and set

    private static String enumWord(FieldSpec field, String s, Map<String, String> words) {
        String w = Text.word(s);
        String mapped = words.get(w);
        if (mapped != null) {
            w = Text.word(mapped);
        }
        return accepted(field).get(w);
    }

    private static Map<String, String> accepted(FieldSpec field) {
        return ACCEPTED.computeIfAbsent(field, f -> {
            Map<String, String> byWord = new HashMap<>();
            for (String word : f.words()) {
                byWord.putIfAbsent(Text.word(word), word);
            }
            return byWord;
        });
    }

    private static Result set(FieldSpec field, String s, Map<String, String> words) {
        boolean free = field.words().isEmpty();
        Set<String> out = new LinkedHashSet<>();
        boolean unknown = false;
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || isSeparator(s.charAt(i))) {
                String part = Text.trim(s.substring(start, i));
                start = i + 1;
                if (part.isEmpty() || isPlaceholder(part)) {
                    continue;
                }
                if (free) {
                    String mapped = words.isEmpty() ? null : words.get(Text.word(part));
                    out.add(mapped == null ? part : mapped);
                } else {
                    String word = enumWord(field, part, words);
                    if (word == null) {
                        unknown = true;
                    } else {
                        out.add(word);
                    }
                }
            }
        }
        if (unknown) {
            return Result.bad(CellProblem.Kind.UNKNOWN_WORD);
        }
        return out.isEmpty() ? Result.ABSENT : Result.of(Collections.unmodifiableSet(out));
    }

    /** A set separator; white space of any kind (a run of it is one separator) too. */
    private static boolean isSeparator(char c) {
        return switch (c) {
            case '、', ',', '，', ';', '；', '/', '／' -> true;
            default -> Text.isWhite(c);
        };
    }

    // ---- numbers

    /** A raw numeric cell value ({@code 12000}, {@code 1.2E4}), or null. */
    static BigDecimal rawNumber(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(Text.trim(raw));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A number written as text: {@code 12,000}, {@code 1.2万}, {@code ¥3000}, {@code 3000元},
     * {@code 1.5万元}, full-width digits, {@code 30天}. Null when it is none.
     */
    static BigDecimal number(String text) {
        return number(text, null);
    }

    /** {@link #number(String)}, multiplied by the scale unless the text states 元, 万 or 亿 itself. */
    static BigDecimal number(String text, BigDecimal scale) {
        String s = Text.nfkc(text);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c != ',' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        String t = b.toString();
        if (t.startsWith("人民币")) {
            t = t.substring(3);
        } else if (t.startsWith("rmb") || t.startsWith("RMB")) {
            t = t.substring(3);
        }
        if (!t.isEmpty() && (t.charAt(0) == '¥' || t.charAt(0) == '$')) {
            t = t.substring(1);
        }
        boolean ownUnit = t.endsWith("元");
        for (String unit : UNITS) {
            if (t.endsWith(unit)) {
                t = t.substring(0, t.length() - unit.length());
                break;
            }
        }
        BigDecimal factor = null;
        if (t.endsWith("万")) {
            factor = TEN_THOUSAND;
        } else if (t.endsWith("亿")) {
            factor = HUNDRED_MILLION;
        }
        if (factor != null) {
            t = t.substring(0, t.length() - 1);
        }
        if (!isNumber(t)) {
            return null;
        }
        BigDecimal n = new BigDecimal(t);
        return factor != null ? n.multiply(factor) : ownUnit ? n : scaled(n, scale);
    }

    private static BigDecimal scaled(BigDecimal n, BigDecimal scale) {
        return n == null || scale == null ? n : n.multiply(scale);
    }

    /** Sign, digits, at most one point, optional exponent — what BigDecimal accepts, checked first. */
    private static boolean isNumber(String t) {
        int n = t.length();
        int i = 0;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            for (; i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9'; i++) {
                exp++;
            }
            if (exp == 0 || exp > 4) {
                return false;
            }
        }
        return i == n;
    }

    /** Without trailing zeros and never in exponent form: 12000.00 → 12000, 1.50 → 1.5. */
    static BigDecimal normal(BigDecimal n) {
        if (n.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A count of years or a year as written, {@code 2024年}, {@code 2024年度}, {@code 3年}: its number. */
    private static String year(String text) {
        String t = Text.trim(text);
        if (t.endsWith("年度")) {
            return t.substring(0, t.length() - 2);
        }
        return t.endsWith("年") ? t.substring(0, t.length() - 1) : text;
    }

    private static Integer integer(BigDecimal n) {
        BigDecimal s = normal(n);
        if (s.scale() > 0) {
            return null;
        }
        try {
            return s.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    // ---- dates

    /** An Excel serial date (1900 or 1904 system); the time of day is dropped. */
    static LocalDate serialDate(String raw, boolean date1904) {
        BigDecimal n = rawNumber(raw);
        if (n == null) {
            return null;
        }
        double serial = n.doubleValue();
        if (serial < (date1904 ? 0 : 1) || serial > MAX_SERIAL) {
            return null;
        }
        long days = (long) Math.floor(serial);
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        // Excel counts 1900-02-29, which did not exist: serial 60; serials after it are one day ahead.
        if (days < 60) {
            return LocalDate.of(1899, 12, 31).plusDays(days);
        }
        if (days == 60) {
            return null;
        }
        return LocalDate.of(1899, 12, 30).plusDays(days);
    }

    /**
     * A number without a date format in a date column: 8 digits yyyymmdd, else an Excel serial —
     * unless it names a year (2025) or a month (202503): no day is known, and as a serial it
     * would be a day of 1905 or of the 2450s.
     */
    static LocalDate numberDate(String raw, boolean date1904) {
        BigDecimal n = rawNumber(raw);
        if (n == null) {
            return null;
        }
        BigDecimal s = normal(n);
        if (s.scale() <= 0 && s.signum() > 0 && s.precision() == 8) {
            return ymd(s.intValue());
        }
        if (s.scale() <= 0 && (s.precision() == 4 && isYear(s.intValue())
                || s.precision() == 6 && isYear(s.intValue() / 100) && s.intValue() % 100 >= 1 && s.intValue() % 100 <= 12)) {
            return null;
        }
        return serialDate(raw, date1904);
    }

    /** A year an export's dates lie in, as a number written alone would be. */
    private static boolean isYear(int value) {
        return value >= 1900 && value <= 2100;
    }

    private static LocalDate ymd(int v) {
        return of(v / 10000, v / 100 % 100, v % 100);
    }

    private static LocalDate of(int y, int m, int d) {
        if (y < 1000) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A date written as text: {@code 2023-01-11}, {@code 2023/1/11}, {@code 2023.1.11},
     * {@code 20230111}, {@code 2023年1月11日}, optionally followed by a time
     * ({@code 2023-01-11 10:30}, {@code 2023-01-11T10:30:00}), which is dropped.
     */
    static LocalDate date(String text) {
        String s = Text.trim(Text.nfkc(text));
        int n = s.length();
        int i = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int y;
        int m;
        int d;
        if (i == 8) {
            int v = Integer.parseInt(s, 0, 8, 10);
            y = v / 10000;
            m = v / 100 % 100;
            d = v % 100;
        } else if (i == 4 && i < n) {
            y = Integer.parseInt(s, 0, 4, 10);
            char sep = s.charAt(i);
            char sep2;
            switch (sep) {
                case '-', '/', '.' -> sep2 = sep;
                case '年' -> sep2 = '月';
                default -> {
                    return null;
                }
            }
            i++;
            int from = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i - from < 1 || i - from > 2 || i >= n || s.charAt(i) != sep2) {
                return null;
            }
            m = Integer.parseInt(s, from, i, 10);
            i++;
            from = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i - from < 1 || i - from > 2) {
                return null;
            }
            d = Integer.parseInt(s, from, i, 10);
            if (sep == '年' && i < n && (s.charAt(i) == '日' || s.charAt(i) == '号')) {
                i++;
            }
        } else {
            return null;
        }
        if (i < n && !isTime(s, i)) {
            return null;
        }
        return of(y, m, d);
    }

    /** After a date: a space or {@code T}, then a time of digits, colons and points (or nothing). */
    private static boolean isTime(String s, int i) {
        char c = s.charAt(i);
        if (c != ' ' && c != 'T' && c != 't') {
            return false;
        }
        int digits = 0;
        for (int j = i + 1, n = s.length(); j < n; j++) {
            char x = s.charAt(j);
            if (isDigit(x)) {
                digits++;
            } else if (x != ':' && x != '.' && x != ' ' && !(x == 'Z' && j == n - 1)) {
                return false;
            }
        }
        return digits > 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
