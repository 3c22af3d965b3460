package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.PenaltyCase;
import org.fazhi.model.Record;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTablesTest {
    @TempDir
    Path dir;

    @Test
    void aRowHandedOnLeavesNothingBeforeItBehind() {
        Document page = Jsoup.parse("<table><tbody>\n <tr><td>1</td></tr>\n <!-- a comment -->\n"
                + " <tr><td>2</td></tr>\n <tr><td>3</td></tr></tbody></table>");
        Element body = page.selectFirst("tbody");
        Element second = body.select("tr").get(1);

        HtmlTables.dropWithWhatPrecedes(second);

        // the white space and the comment between rows went with it: they would pile up otherwise
        assertThat(body.childNodes()).extracting(Node::outerHtml).map(String::strip)
                .containsExactly("", "<tr>\n <td>3</td>\n</tr>");
        assertThat(second.parent()).isNull();
    }

    @Test
    void aTableInACellIsItsOwnTableAndTheCellKeepsItsTextAroundIt() throws Exception {
        Path page = Files.writeString(dir.resolve("nested.html"), "<html><body><table>\n<tr><td>A1</td><td>B1</td></tr>\n"
                + "<tr><td>A2</td><td>before<table>\n<tr><td>x1</td></tr>\n<tr><td>x2</td></tr>\n</table>after</td></tr>\n"
                + "<tr><td>A3</td><td>B3</td></tr>\n</table></body></html>");
        List<String> seen = new ArrayList<>();
        HtmlTables.walk(page, CsvEncoding.of(page), new HtmlTables.Handler() {
            @Override
            public void sheetNames(List<String> names) {
            }

            @Override
            public void row(HtmlTables.Table table, int number, List<HtmlTables.Cell> cells) {
                seen.add(table.index + ":" + number + ":" + cells.stream().map(HtmlTables.Cell::text).toList());
            }

            @Override
            public void end(HtmlTables.Table table) {
                seen.add(table.index + ":end");
            }
        });
        assertThat(seen).containsExactly("0:1:[A1, B1]", "1:1:[x1]", "1:2:[x2]", "1:end",
                "0:2:[A2, beforeafter]", "0:3:[A3, B3]", "0:end");
    }

    @Test
    void aMergeMetFarBelowTheHeaderStillFillsTheRowsItCovers() throws Exception {
        // the page is read in one walk: the sheet had no merge at all when its data began
        StringBuilder page = new StringBuilder("<html><body><table><caption>行政处罚案件</caption>\n"
                + "<tr><td>案件编号</td><td>执法机关</td><td>立案日期</td></tr>\n");
        for (int i = 1; i <= 300; i++) {
            page.append(i == 200 ? "<tr><td>C200</td><td rowspan=\"3\">深处局</td><td>2025-01-10</td></tr>\n"
                    : i == 201 || i == 202 ? "<tr><td>C" + i + "</td><td>2025-01-10</td></tr>\n"
                    : "<tr><td>C" + i + "</td><td>局" + i + "</td><td>2025-01-10</td></tr>\n");
        }
        Path file = Files.writeString(dir.resolve("deep.html"), page + "</table></body></html>");
        List<Record> records = new ArrayList<>();
        new InputReader(Mapping.none()).read(List.of(file), records::add);
        assertThat(records).hasSize(300);
        assertThat(records.subList(198, 203)).extracting(Record::getAgency)
                .containsExactly("局199", "深处局", "深处局", "深处局", "局203");
    }

    @Test
    void aNumberExcelShowsRoundedIsReadAsTheValueItWroteBesideIt() throws Exception {
        Path file = Files.writeString(dir.resolve("导出.xls"), "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
                + "<body><table><caption>行政处罚案件</caption>\n"
                + "<tr><td>案件编号</td><td>执法机关</td><td>立案日期</td><td>罚款金额（万元）</td><td>执法人员证件号</td></tr>\n"
                + "<tr><td x:num=\"1\">001</td><td>局</td><td x:num=\"45721\">2025/3/5</td>"
                + "<td x:num=\"0.99996\">1.00</td><td x:num=\"530100012345\">5.30100E+11</td></tr>\n"
                + "<tr><td>002</td><td>局</td><td>2025/3/6</td><td x:num>1.5</td><td x:num=\"#N/A\">1</td></tr>\n"
                + "</table></body></html>");
        List<Record> records = new ArrayList<>();
        new InputReader(Mapping.none()).read(List.of(file), records::add);
        PenaltyCase rounded = (PenaltyCase) records.get(0);
        assertThat(rounded.getFineAmount()).as("1.00 shown, 0.99996 held").isEqualByComparingTo("9999.6");
        assertThat(rounded.getOfficerIds()).containsExactly("530100012345");
        assertThat(rounded.getCaseId()).as("leading zeros are the identifier as written").isEqualTo("001");
        assertThat(rounded.getFilingDate()).isEqualTo(java.time.LocalDate.of(2025, 3, 5));
        PenaltyCase plain = (PenaltyCase) records.get(1);
        assertThat(plain.getFineAmount()).isEqualByComparingTo("15000");
        assertThat(plain.getOfficerIds()).containsExactly("1");
    }

    @Test
    void aRowAlreadyRemovedIsLeftAlone() {
        Element row = Jsoup.parse("<table><tr><td>1</td></tr></table>").selectFirst("tr");
        row.remove();
        HtmlTables.dropWithWhatPrecedes(row);
        assertThat(row.parent()).isNull();
    }
}
