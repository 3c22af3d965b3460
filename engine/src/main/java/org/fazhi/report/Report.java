package org.fazhi.report;

import org.fazhi.model.InputSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The one object every renderer takes: what was read, what was found, the indicators and the
 * gate's verdict. Serialised as-is it is the JSON report ({@code fazhi-report/1}); {@code waivers}
 * is there only when a waivers file was given; {@code parameterScopes} shows the defaults and the
 * overrides beside the run's values.
 *
 * <p>{@code findings} is in report order ({@link Finding#REPORT_ORDER}) and may be read from disk
 * as it is iterated (a run with very many findings spills them): its size is known, but it is
 * only ever iterated — never indexed, copied or sorted; another order comes from
 * {@link FindingOrder#sorted}.
 */
public record Report(
        String schema,
        Tool tool,
        String asOf,
        Map<String, Object> parameters,
        @JsonInclude(JsonInclude.Include.NON_NULL) ParameterScopes parameterScopes,
        List<InputSummary> inputs,
        Summary summary,
        List<Indicator> indicators,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<WaiverStatus> waivers,
        List<Finding> findings) {

    public static final String SCHEMA = "fazhi-report/1";

    /** A report without the parameters' defaults and scopes. */
    public Report(String schema, Tool tool, String asOf, Map<String, Object> parameters, List<InputSummary> inputs,
                  Summary summary, List<Indicator> indicators, List<WaiverStatus> waivers, List<Finding> findings) {
        this(schema, tool, asOf, parameters, null, inputs, summary, indicators, waivers, findings);
    }

    /** The tool that wrote the report. */
    public record Tool(String name, String version) {
    }
}
