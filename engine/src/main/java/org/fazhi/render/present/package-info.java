/**
 * What every report format shows that is not layout, decided once: the words for a finding's
 * status, severity and record type, percentages, numbers, dates, lists, field names and values,
 * the display width of text and its wrapping, and how untrusted text is made safe for a sink.
 * Renderers only lay these out, so the console, the workbook, the page and the CI formats never
 * disagree.
 */
package org.fazhi.render.present;
