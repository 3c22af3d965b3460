package org.fazhi.pack;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles a pack's DRL (its own files and those made from its decision tables) into an
 * executable-model module, kept as bytes so that it can be cached and loaded without compiling.
 * Drools' errors on DRL made from a table are named by the table's cells: the generated DRL
 * says, above every rule, {@code // rule values at B10, header at B5}.
 */
final class PackCompiler {
    private static final Pattern ROW_COMMENT = Pattern.compile("// rule values at ([A-Z]+\\d+), header at ([A-Z]+\\d+)");
    private static final Pattern LINE = Pattern.compile("(\\[ERR \\d+\\] )?Line \\d+:(\\d+) ");
    private static final Pattern INPUT = Pattern.compile("input '([^']*)'");
    /** Drools' last word on a file that did not parse; the errors before it say why. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    /**
     * A DRL source: its place in the module, what it came from, for a table its sheet and the
     * code of each condition cell by rule row.
     */
    record Source(String path, String text, String file, String sheet, Map<Integer, Map<String, String>> fragments) {
    }

    private PackCompiler() {
    }

    static byte[] compile(ReleaseId releaseId, List<Source> sources, Problems problems) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (Source source : sources) {
            files.write("src/main/resources/" + source.path(), source.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message error : errors) {
            Source source = sources.stream().filter(s -> error.getPath() != null
                    && error.getPath().endsWith(s.path())).findFirst().orElse(null);
            Matcher at = LINE.matcher(error.getText());
            int column = at.find() ? Integer.parseInt(at.group(2)) : -1;
            String text = LINE.matcher(error.getText()).replaceAll("").strip();
            if (text.startsWith(NULL_PACKAGE) && errors.size() > 1) {
                continue;
            }
            if (source == null || source.sheet() == null && error.getLine() < 1) {
                String file = source != null ? source.file() : sources.isEmpty() ? "?" : sources.get(0).file();
                problems.error(file, null, null, "pack.compile", DrlErrorText.of(text));
            } else if (source.sheet() == null) {
                problems.error(source.file(), null, null, "pack.compileDrl", error.getLine(), DrlErrorText.of(text));
            } else {
                Matcher input = INPUT.matcher(text);
                boolean token = input.find();
                problems.error(source.file(), source.sheet(), cell(source, error.getLine(), column),
                        token ? "pack.compileTable" : "pack.compileTableOther", token ? input.group(1) : "", text);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    /**
     * The cell a DRL line and column came from: the condition cell whose code covers the column,
     * else the first cell of the rule row (null before the first rule).
     */
    private static String cell(Source source, int line, int column) {
        String[] lines = source.text().split("\n", -1);
        if (line < 1 || line > lines.length) {
            return null;
        }
        for (int i = line - 1; i >= 0; i--) {
            Matcher m = ROW_COMMENT.matcher(lines[i]);
            if (m.find()) {
                String rowCell = m.group(1);
                int row = Integer.parseInt(rowCell.replaceAll("[A-Z]", ""));
                String text = lines[line - 1];
                for (Map.Entry<String, String> fragment : source.fragments().getOrDefault(row, Map.of()).entrySet()) {
                    int start = text.indexOf(fragment.getValue());
                    if (start >= 0 && column >= start && column <= start + fragment.getValue().length()) {
                        return fragment.getKey();
                    }
                }
                return rowCell;
            }
        }
        return null;
    }

    /** Loads a module compiled earlier (from the cache or just now) and returns its knowledge base. */
    static KieBase load(byte[] module) {
        KieServices services = KieServices.get();
        KieModule kieModule = services.getRepository().addKieModule(services.getResources().newByteArrayResource(module));
        return services.newKieContainer(kieModule.getReleaseId()).getKieBase();
    }
}
