package org.fazhi.render.html;

import org.fazhi.render.present.Labels;

/** The name an agency is shown and filtered under: a record without one is （未填写单位）. */
final class AgencyName {
    private AgencyName() {
    }

    static String of(Labels labels, String agency) {
        return agency == null || agency.isBlank() ? labels.message("story.noAgency") : agency;
    }
}
