package org.fazhi.render;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.AbstractSequentialList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.i18n.Lang;
import org.fazhi.render.present.Labels;
import org.fazhi.report.Finding;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;

/**
 * SARIF 2.1.0 for code-scanning views: every rule of the catalogue as a reporting descriptor
 * (title, message, the plan's clause and words as help), and one result per finding located at
 * the input file and the row. Baselined and waived findings carry an accepted external
 * suppression, so such views hide them as the gate does.
 */
public final class SarifRenderer implements Renderer {
    private static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .addMixIn(Result.class, LevelAlwaysWritten.class)
            .addMixIn(ReportingConfiguration.class, LevelAlwaysWritten.class);

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        Lang lang = options.lang();
        Labels labels = new Labels(lang, options.catalogue());
        List<RuleSpec> rules = options.catalogue().rules();
        Map<String, Integer> index = new HashMap<>();
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (RuleSpec rule : rules) {
            index.put(rule.id(), index.size());
            descriptors.add(descriptor(rule, lang));
        }
        // Each result is made as it is written, in one pass over the findings (a report's list may
        // only be iterated cheaply), so that a report of 10⁵ findings is not held twice.
        List<Finding> findings = report.findings();
        List<Result> results = new AbstractSequentialList<>() {
            @Override
            public ListIterator<Result> listIterator(int start) {
                if (start != 0) {
                    throw new UnsupportedOperationException("results are written once, from the first");
                }
                return new Results(findings.iterator(),
                        finding -> result(finding, index.get(finding.ruleId()), lang, labels.status(finding, report)));
            }

            @Override
            public int size() {
                return findings.size();
            }
        };
        ToolComponent driver = new ToolComponent()
                .withName(report.tool().name())
                .withVersion(report.tool().version())
                .withSemanticVersion(report.tool().version())
                .withRules(descriptors);
        SarifSchema210 sarif = new SarifSchema210()
                .with$schema(SCHEMA)
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(new Run().withTool(new Tool().withDriver(driver)).withResults(results)));
        MAPPER.writeValue(out, sarif);
        out.write('\n');
        out.flush();
    }

    private static ReportingDescriptor descriptor(RuleSpec rule, Lang lang) {
        String help = rule.clause() + (rule.basis().isBlank() ? "" : "；" + rule.basis())
                + (rule.quote().isBlank() ? "" : "\n“" + rule.quote() + "”");
        return new ReportingDescriptor()
                .withId(rule.id())
                .withName(rule.id())
                .withShortDescription(new MultiformatMessageString().withText(rule.title().in(lang)))
                // the message is a template ({field}, {deadline}): a descriptor says what the rule checks and on what basis
                .withFullDescription(new MultiformatMessageString().withText(rule.basis().isBlank()
                        ? rule.title().in(lang) : rule.title().in(lang) + lang.pick("。依据：", ". Basis: ") + rule.basis()))
                .withHelp(new MultiformatMessageString().withText(help))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configurationLevel(rule.severity())))
                .withProperties(new PropertyBag()
                        .withAdditionalProperty("clause", rule.clause())
                        .withAdditionalProperty("recordType", rule.recordType()));
    }

    private static Result result(Finding finding, Integer ruleIndex, Lang lang, String status) {
        Region region = new Region().withStartLine(Math.max(1, finding.source().row()));
        PhysicalLocation physical = new PhysicalLocation()
                .withArtifactLocation(new ArtifactLocation().withUri(uri(finding.source().file())))
                .withRegion(region);
        PropertyBag where = new PropertyBag().withAdditionalProperty("recordType", finding.recordType());
        putIfPresent(where, "sheet", finding.source().sheet());
        putIfPresent(where, "recordId", finding.recordId());
        putIfPresent(where, "agency", finding.agency());
        where.withAdditionalProperty("status", status);   // the same words as every other format
        Result result = new Result()
                .withRuleId(finding.ruleId())
                .withRuleIndex(ruleIndex)
                .withLevel(resultLevel(finding.severity()))
                .withMessage(new Message().withText(lang.pick(finding.message(), finding.messageEn())))
                .withLocations(List.of(new Location().withPhysicalLocation(physical)))
                .withProperties(where);
        if (finding.isSuppressed()) {
            Suppression suppression = new Suppression()
                    .withKind(Suppression.Kind.EXTERNAL)
                    .withStatus(Suppression.Status.ACCEPTED);
            String reason = finding.suppression().reason();
            suppression.withJustification(reason == null || reason.isBlank() ? status : reason);
            result.withSuppressions(Set.of(suppression));
        }
        return result;
    }

    /** The results of the findings, made one at a time as the writer asks for the next (forward only). */
    private static final class Results implements ListIterator<Result> {
        private final Iterator<Finding> findings;
        private final Function<Finding, Result> make;
        private int next;

        Results(Iterator<Finding> findings, Function<Finding, Result> make) {
            this.findings = findings;
            this.make = make;
        }

        @Override
        public boolean hasNext() {
            return findings.hasNext();
        }

        @Override
        public Result next() {
            next++;
            return make.apply(findings.next());
        }

        @Override
        public int nextIndex() {
            return next;
        }

        @Override
        public int previousIndex() {
            return next - 1;
        }

        @Override
        public boolean hasPrevious() {
            return false;
        }

        @Override
        public Result previous() {
            throw new UnsupportedOperationException("forward only");
        }

        @Override
        public void remove() {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void set(Result result) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void add(Result result) {
            throw new UnsupportedOperationException("read only");
        }
    }

    private static void putIfPresent(PropertyBag bag, String name, String value) {
        if (value != null) {
            bag.withAdditionalProperty(name, value);
        }
    }

    /**
     * The input file as a URI, path segments percent-encoded (spaces, Chinese): a relative path as
     * a relative reference, an absolute one (/…, C:\…, \\server\…) as a {@code file:} URI, which
     * is what SARIF asks of an absolute location.
     */
    static String uri(String file) {
        return uri(file, File.separatorChar);
    }

    /** As {@link #uri(String)}, for paths whose separator is {@code separator} (Windows': backslash). */
    static String uri(String file, char separator) {
        String path = file.replace(separator, '/');
        try {
            if (path.startsWith("//")) {
                int share = path.indexOf('/', 2) < 0 ? path.length() : path.indexOf('/', 2);
                String rest = path.substring(share);
                return new URI("file", path.substring(2, share), rest.isEmpty() ? "/" : rest, null).toASCIIString();
            }
            if (WINDOWS_DRIVE.matcher(path).lookingAt()) {
                path = "/" + path;
            }
            return path.startsWith("/")
                    ? new URI("file", "", path, null).toASCIIString()
                    : new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + file, e);
        }
    }

    private static Result.Level resultLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case INFO -> Result.Level.NOTE;
        };
    }

    private static ReportingConfiguration.Level configurationLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case INFO -> ReportingConfiguration.Level.NOTE;
        };
    }

    /**
     * The SARIF model leaves a level out when it is the schema's default ("warning"); code-scanning
     * views read that right, but a person reading the file should see every level.
     */
    private abstract static class LevelAlwaysWritten {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract Object getLevel();
    }
}
