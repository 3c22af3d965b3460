package org.fazhi.render.html;

import java.io.IOException;
import java.io.Writer;
import org.fazhi.i18n.Lang;
import org.fazhi.render.present.Labels;

/** Where a section of the page writes: the writer, the words of the report language, and escaping for HTML. */
public final class Html {
    private final Writer out;
    private final Labels labels;

    public Html(Writer out, Labels labels) {
        this.out = out;
        this.labels = labels;
    }

    public Lang lang() {
        return labels.lang();
    }

    public Labels labels() {
        return labels;
    }

    /** The page's writer, for what copies or generates a large part of it (never closed by a section). */
    public Writer writer() {
        return out;
    }

    /** Writes markup as it is. */
    public Html w(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    /** A label of the page in its language. */
    public String label(String key, Object... args) {
        return labels.message(key, args);
    }

    /** Escapes text for HTML content and for attribute values in double or single quotes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** A cell of text. */
    public static String td(String text) {
        return "<td>" + escape(text) + "</td>";
    }

    /** A cell of text with a class. */
    public static String td(String text, String cssClass) {
        return "<td class=\"" + cssClass + "\">" + escape(text) + "</td>";
    }

    /** A header cell with a label. */
    public String th(String key) {
        return "<th>" + escape(label(key)) + "</th>";
    }

    /** A header cell with a label and a class ({@code num} aligns right). */
    public String th(String key, String cssClass) {
        return "<th class=\"" + cssClass + "\">" + escape(label(key)) + "</th>";
    }
}
