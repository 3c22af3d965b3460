package org.fazhi.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.i18n.Lang;
import org.fazhi.render.html.DetailsSection;
import org.fazhi.render.html.FindingsData;
import org.fazhi.render.html.FindingsSection;
import org.fazhi.render.html.Html;
import org.fazhi.render.html.StorySection;
import org.fazhi.render.present.Labels;
import org.fazhi.report.Report;

/**
 * The report as one self-contained web page, for people who prefer a browser to a spreadsheet:
 * the story of the workbook's 概览 first (the sentence, the agencies ranked, the agency ×
 * indicator grid, the most frequent problems), then the findings with filters for agency,
 * severity, rule and status and a text search, then what the workbook keeps in 说明 (gate, files
 * read, totals, indicators in full, waivers). Styles and script are inline and the page refers to
 * nothing outside itself; a content security policy forbids any request.
 *
 * <p>The findings travel as JSON inside the page and the script draws one page of the table at a
 * time, so a page of 10⁵ findings opens in seconds. The report's findings are iterated once: they
 * are written to a temporary file while the story's counts are taken, and the file is copied into
 * the page after the story.
 *
 * <p>The view can be given in the address's fragment, e.g.
 * {@code report.html#agency=昆明市司法局&severity=error&rule=ENF-001&status=counted&q=KM-1&sort=row&dir=desc&page=2};
 * the script keeps the fragment up to date, so a view can be bookmarked or handed to a headless
 * browser. When the script has run, {@code <html>} carries {@code data-ready="true"}.
 */
public final class HtmlRenderer implements Renderer {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        Labels labels = new Labels(options.lang(), options.catalogue());
        FindingsData data = new FindingsData(labels, report.summary().gate().failOn());
        Path findings = Files.createTempFile("fazhi-findings", ".json");
        try {
            try (Writer json = Files.newBufferedWriter(findings, StandardCharsets.UTF_8)) {
                data.writeFindings(report.findings(), json);
            }
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            try (Reader json = Files.newBufferedReader(findings, StandardCharsets.UTF_8)) {
                page(report, options, data, json, new Html(writer, labels));
            }
            writer.flush();
        } finally {
            Files.deleteIfExists(findings);
        }
    }

    private static void page(Report report, RenderOptions options, FindingsData data, Reader findings, Html html)
            throws IOException {
        Lang lang = options.lang();
        String title = html.label("html.title", report.tool().name());
        DetailsSection details = new DetailsSection(report, options.catalogue(), html);
        html.w("<!DOCTYPE html>\n<html lang=\"" + lang.pick("zh-CN", "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.w("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
        html.w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.w("<meta name=\"generator\" content=\"" + Html.escape(report.tool().name() + " " + report.tool().version())
                + "\">\n");
        html.w("<title>" + Html.escape(title + " · " + report.asOf()) + "</title>\n");
        html.w("<style>\n" + HtmlAssets.CSS + "</style>\n</head>\n<body>\n");
        html.w("<header>\n<h1>" + Html.escape(title) + "</h1>\n<p class=\"meta\"><span>"
                + Html.escape(html.label("html.asOf")) + " <b>" + Html.escape(report.asOf()) + "</b></span><span class=\"verdict "
                + details.verdictClass() + "\">" + Html.escape(details.verdict()) + "</span></p>\n</header>\n<main>\n");
        new StorySection(report, data, html).write();
        new FindingsSection(data, html).write(findings);
        details.write();
        html.w("</main>\n<footer>" + Html.escape(html.label("html.footer", report.tool().name(), report.tool().version()))
                + "</footer>\n");
        html.w("<script>\n" + HtmlAssets.JS + "</script>\n</body>\n</html>\n");
    }
}
