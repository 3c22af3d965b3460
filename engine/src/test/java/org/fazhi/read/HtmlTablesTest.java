package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

class HtmlTablesTest {
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
    void aRowAlreadyRemovedIsLeftAlone() {
        Element row = Jsoup.parse("<table><tr><td>1</td></tr></table>").selectFirst("tr");
        row.remove();
        HtmlTables.dropWithWhatPrecedes(row);
        assertThat(row.parent()).isNull();
    }
}
