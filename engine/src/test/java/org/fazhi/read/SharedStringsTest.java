package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedStringsTest {

    private static SharedStrings table(List<String> strings) throws Exception {
        StringBuilder xml = new StringBuilder("<sst xmlns=\"" + RawXlsx.MAIN + "\">");
        for (String s : strings) {
            xml.append("<si><t>").append(s.replace("&", "&amp;").replace("<", "&lt;")).append("</t></si>");
        }
        xml.append("</sst>");
        return SharedStrings.parse(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyStringComesBackAsItWasAcrossBlocksAndAnOversizedOne() throws Exception {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 150_000; i++) {
            strings.add(switch (i % 4) {
                case 0 -> "昆执罚〔2025〕" + i + "号";
                case 1 -> "C-" + i;
                case 2 -> "𠀀 " + i + " café";
                default -> "";
            });
            if (i == 70_000) {
                strings.add("长".repeat(600_000)); // 1.8 MB of UTF-8: a block of its own
            }
        }
        SharedStrings table = table(strings);

        for (int i = 0; i < strings.size(); i++) {
            assertThat(table.get(String.valueOf(i))).as("string %d", i).isEqualTo(strings.get(i));
        }
    }

    @Test
    void anIndexOutsideTheTableOrNotANumberFindsNothing() throws Exception {
        SharedStrings table = table(List.of("甲", "乙"));

        assertThat(table.get(" 1 ")).isEqualTo("乙");
        assertThat(table.get("2")).isNull();
        assertThat(table.get("-1")).isNull();
        assertThat(table.get("x")).isNull();
        assertThat(SharedStrings.none().get("0")).isNull();
    }
}
