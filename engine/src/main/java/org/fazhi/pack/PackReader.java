package org.fazhi.pack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.fazhi.catalogue.RuleSpec;

/**
 * Reads a pack's files before compilation: {@code pack.yaml}, DRL files with their YAML entries,
 * and decision-table workbooks ({@code *.drl.xlsx}) with their 规则目录 and 用例 sheets. Every
 * problem is collected with its place.
 */
final class PackReader {
    static final String MANIFEST = "pack.yaml";
    static final String WORKBOOK = ".drl.xlsx";
    /** A decision table saved in Excel 97–2003's format (LibreOffice and WPS offer it) reads the same. */
    static final String OLD_WORKBOOK = ".drl.xls";
    /** Files a legal officer may take for rules or tests; those the pack does not read are refused. */
    private static final List<String> SPREADSHEETS = List.of(".xlsx", ".xls", ".xlsm", ".et", ".ods", ".csv");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Path dir;
    private final String packageName;
    private final Problems problems;
    final List<PackCompiler.Source> sources = new ArrayList<>();
    final List<RuleSpec> rules = new ArrayList<>();
    final Map<String, PackPlace> places = new LinkedHashMap<>();
    final List<RuleCase> cases = new ArrayList<>();
    /** The rule IDs the cases name, with their cells. */
    final List<CaseSheet.RuleRef> caseRules = new ArrayList<>();
    PackManifest manifest;

    PackReader(Path dir, String packageName, Problems problems) {
        this.dir = dir;
        this.packageName = packageName;
        this.problems = problems;
    }

    void read(Set<String> parameterNames) throws IOException {
        Path manifestFile = dir.resolve(MANIFEST);
        manifest = new PackManifest(dir.getFileName().toString(), null, null, null, null, null);
        if (Files.isRegularFile(manifestFile)) {
            try {
                PackManifest read = YAML.readValue(manifestFile.toFile(), PackManifest.class);
                manifest = read.name() == null ? new PackManifest(manifest.name(), read.title(), read.plan(),
                        read.version(), read.skip(), read.parameters()) : read;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                YamlMistake mistake = YamlMistake.of(e, false);
                problems.error(name(manifestFile), null, null, mistake.key(), mistake.args());
            }
        }
        for (Path file : files(dir, ".drl")) {
            sources.add(new PackCompiler.Source("pack/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8),
                    name(file), null, Map.of()));
        }
        Set<String> parameters = new LinkedHashSet<>(parameterNames);
        parameters.addAll(manifest.parameters().keySet());
        StringBuilder drlText = new StringBuilder();
        sources.forEach(source -> drlText.append(source.text()).append('\n'));
        for (Path file : yamlEntries()) {
            YamlEntries entries = new YamlEntries(name(file), parameters, drlText.toString(), problems);
            try {
                for (RuleSpec written : YAML.readValue(file.toFile(), new TypeReference<List<RuleSpec>>() { })) {
                    entries.normalised(written).ifPresent(rule -> {
                        rules.add(rule);
                        places.putIfAbsent(rule.id(), PackPlace.file(name(file)));
                    });
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                YamlMistake mistake = YamlMistake.of(e, true);
                problems.error(name(file), null, null, mistake.key(), mistake.args());
            }
        }
        List<Path> workbooks = new ArrayList<>(files(dir, WORKBOOK));
        workbooks.addAll(files(dir, OLD_WORKBOOK));
        for (int i = 0; i < workbooks.size(); i++) {
            workbook(workbooks.get(i), i, parameterNames);
        }
        Path tests = dir.resolve("tests");
        if (Files.isDirectory(tests)) {
            List<Path> testBooks = new ArrayList<>(files(tests, ".xlsx"));
            testBooks.addAll(files(tests, ".xls"));
            testBooks.forEach(this::testWorkbook);
            notRead(tests, testBooks);
        }
        notRead(dir, workbooks);
    }

    /**
     * A spreadsheet in the pack that is not read (「规则.xlsx」 without {@code .drl}, a {@code .drl.csv}):
     * its author takes its rules or cases for run, so it is an error, never passed over.
     */
    private void notRead(Path folder, List<Path> read) throws IOException {
        for (Path file : files(folder, "")) {
            String lower = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!read.contains(file) && SPREADSHEETS.stream().anyMatch(lower::endsWith)) {
                problems.error(name(file), null, null, "pack.notRead", WORKBOOK, OLD_WORKBOOK);
            }
        }
    }

    private List<Path> yamlEntries() throws IOException {
        List<Path> files = new ArrayList<>(files(dir, ".yaml"));
        files.addAll(files(dir, ".yml"));
        files.removeIf(f -> f.getFileName().toString().equals(MANIFEST));
        return files;
    }

    private void workbook(Path file, int index, Set<String> parameterNames) {
        String fileName = name(file);
        List<TableSheet.ReportedRule> reported = new ArrayList<>();
        List<CatalogueSheet.Entry> entries = new ArrayList<>();
        boolean catalogue = false;
        try (Workbook workbook = open(file)) {
            if (workbook == null) {
                return;
            }
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                Grid grid = grid(fileName, sheet);
                if (sheet.getSheetName().strip().equals(CatalogueSheet.NAME)) {
                    catalogue = true;
                    entries.addAll(CatalogueSheet.read(fileName, grid, parameterNames, problems));
                } else if (sheet.getSheetName().strip().equals(CaseSheet.NAME)) {
                    cases.addAll(CaseSheet.read(fileName, grid, problems, caseRules));
                } else {
                    TableSheet table = new TableSheet(fileName, grid, problems);
                    String part = "t" + index + "s" + s;
                    table.drl(packageName + "." + part).ifPresent(drl -> sources.add(
                            new PackCompiler.Source("pack/" + part + ".drl", drl, fileName, sheet.getSheetName(),
                                    table.fragments())));
                    reported.addAll(table.reported());
                }
            }
        } catch (IOException e) {
            problems.error(fileName, null, null, "pack.workbook");
            return;
        }
        if (!catalogue) {
            problems.error(fileName, null, null, "pack.catalogue.absent", CatalogueSheet.NAME);
        }
        matchCatalogue(fileName, reported, entries);
    }

    /** Every rule ID reported needs its catalogue row, and every catalogue row a rule. */
    private void matchCatalogue(String file, List<TableSheet.ReportedRule> reported, List<CatalogueSheet.Entry> entries) {
        Map<String, CatalogueSheet.Entry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.rule().id(), e));
        Set<String> used = new java.util.HashSet<>();
        for (TableSheet.ReportedRule rule : reported) {
            CatalogueSheet.Entry entry = byId.get(rule.id());
            if (entry == null) {
                problems.error(file, rule.sheet(), rule.cell(), "pack.catalogue.noEntry", rule.id(), CatalogueSheet.NAME);
            } else if (!entry.rule().recordType().equals(rule.recordType())) {
                problems.error(file, CatalogueSheet.NAME, entry.cell(), "pack.catalogue.typeDiffers", rule.id(),
                        rule.sheet() + "!" + rule.cell());
            }
            used.add(rule.id());
        }
        for (CatalogueSheet.Entry entry : entries) {
            if (!used.contains(entry.rule().id())) {
                problems.error(file, CatalogueSheet.NAME, entry.cell(), "pack.catalogue.noRule", entry.rule().id());
                continue;
            }
            List<String> fields = new ArrayList<>(entry.rule().fields());
            reported.stream().filter(r -> r.id().equals(entry.rule().id())).forEach(r -> r.fields().stream()
                    .filter(f -> !fields.contains(f)).forEach(fields::add));
            RuleSpec spec = entry.rule();
            rules.add(new RuleSpec(spec.id(), spec.severity(), spec.recordType(), spec.title(), spec.message(),
                    spec.clause(), spec.basis(), spec.quote(), fields, List.of(), Map.of(), List.of(), false, Map.of()));
            places.putIfAbsent(spec.id(), new PackPlace(file, CatalogueSheet.NAME, entry.cell()));
        }
    }

    /** The sheet's cells; a formula saved without its result is an error at its cell. */
    private Grid grid(String file, Sheet sheet) {
        Grid grid = new Grid(sheet);
        grid.unsavedFormulas().forEach((cell, formula) ->
                problems.error(file, sheet.getSheetName(), cell, "pack.formulaUnsaved", formula));
        return grid;
    }

    /** The workbook, or null when the file is none (not a workbook, encrypted, broken): the author is told. */
    private Workbook open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            problems.error(name(file), null, null, "pack.workbook.encrypted");
            return null;
        } catch (IOException | RuntimeException e) {
            problems.error(name(file), null, null, "pack.workbook");
            return null;
        }
    }

    private void testWorkbook(Path file) {
        try (Workbook workbook = open(file)) {
            if (workbook == null) {
                return;
            }
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().strip().equals(CaseSheet.NAME)) {
                    cases.addAll(CaseSheet.read(name(file), grid(name(file), sheet), problems, caseRules));
                }
            }
        } catch (IOException e) {
            problems.error(name(file), null, null, "pack.workbook");
        }
    }

    /** A file as messages name it: relative to the pack's parent, e.g. {@code 裁量基准/规则.drl.xlsx}. */
    private String name(Path file) {
        Path base = dir.toAbsolutePath().getParent();
        return base == null ? file.toString() : base.relativize(file.toAbsolutePath()).toString();
    }

    /** The pack's files ending so, in name order; Excel's lock files ({@code ~$…}) are left out. */
    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> {
                String n = p.getFileName().toString();
                return n.toLowerCase(java.util.Locale.ROOT).endsWith(suffix) && !n.startsWith("~$") && !n.startsWith(".") && Files.isRegularFile(p);
            }).sorted().toList();
        }
    }
}
