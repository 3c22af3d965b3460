package org.fazhi.pack;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.catalogue.Text;

/**
 * What Drools' compiler says about a DRL file, for its author: the errors an author meets most
 * (a token where the grammar wants another, an unknown type or field, a condition that is not a
 * comparison) said in Chinese with what to check; any other error is quoted as Drools' own text,
 * marked as such, so that a Chinese message never passes a library's English off as its own.
 * English keeps Drools' words, which already are the most precise.
 */
final class DrlErrorText {
    private static final Pattern IN_RULE = Pattern.compile("\\s+in rule \"([^\"]*)\"\\s*$");

    private record Known(Pattern pattern, Function<Matcher, String> chinese) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known(Pattern.compile("^no viable alternative at input '(.*)'$"),
                    m -> "“" + m.group(1) + "”处不合 DRL 的写法：请检查比较符后是否缺了值、括号是否成对"),
            new Known(Pattern.compile("^mismatched input '(.*)' expecting (.+)$"),
                    m -> "此处应为 " + m.group(2) + "，却是“" + m.group(1) + "”：请检查括号是否成对、是否漏写了分号或 end"),
            new Known(Pattern.compile("^mismatched input '(.*)'$"),
                    m -> "此处不应出现“" + m.group(1) + "”：请检查括号是否成对、是否漏写了分号或 end"),
            new Known(Pattern.compile("^extraneous input '(.*)' expecting (.+)$"),
                    m -> "多余的“" + m.group(1) + "”，此处应为 " + m.group(2)),
            new Known(Pattern.compile("^missing (.+) at '(.*)'$"),
                    m -> "“" + m.group(2) + "”之前缺少 " + m.group(1)),
            new Known(Pattern.compile("^(?:Unable to find class: |Unable to resolve ObjectType ')([^']*)'?$"),
                    m -> "找不到类型“" + m.group(1) + "”：请检查拼写，并用 import 引入 fazhi 的记录类型"
                            + "（如 import org.fazhi.model.PenaltyCase;）"),
            new Known(Pattern.compile("^Unable to parse left part of expression: (.+)$"),
                    m -> "无法识别条件“" + m.group(1) + "”左边的字段：请检查字段名的拼写"),
            new Known(Pattern.compile("^Predicate '(.+)' must be a Boolean expression$"),
                    m -> "条件“" + m.group(1) + "”不是比较或是非判断：请写成如 fineAmount > 50000 的形式"));

    private DrlErrorText() {
    }

    /** Drools' message, stripped of its "[ERR 102] Line 4:27" prefix, in both languages. */
    static Text of(String drools) {
        String text = drools.strip();
        String rule = null;
        Matcher inRule = IN_RULE.matcher(text);
        if (inRule.find()) {
            rule = inRule.group(1);
            text = text.substring(0, inRule.start());
        }
        String chinese = null;
        for (Known known : KNOWN) {
            Matcher m = known.pattern().matcher(text);
            if (m.matches()) {
                chinese = known.chinese().apply(m);
                break;
            }
        }
        if (chinese == null) {
            chinese = "Drools 编译器报告（原文）：" + text;
        }
        return new Text(rule == null ? chinese : "规则“" + rule + "”中，" + chinese, drools.strip());
    }
}
