package org.fazhi.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.check.Version;
import org.fazhi.error.InputException;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.evaluate.RuleSelection;
import org.fazhi.i18n.Lang;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rule packs of a run ({@code --rules DIR}, repeatable), loaded beside the built-in rules:
 * the catalogue with their entries and parameters, their knowledge bases, the built-in rules
 * they replace, and what was corrected while reading them. A pack is compiled once per content:
 * the module and its entries are cached under the hash of its files.
 */
public final class Packs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Text BUILT_IN_PLACE = new Text("内置规则目录", "the built-in catalogue");

    private final List<RulePack> packs;
    private final Catalogue catalogue;

    private Packs(List<RulePack> packs, Catalogue catalogue) {
        this.packs = List.copyOf(packs);
        this.catalogue = catalogue;
    }

    /** No packs: the built-in rules alone. */
    public static Packs none(Catalogue builtIn) {
        return new Packs(List.of(), builtIn);
    }

    /** Loads every pack; a broken pack, or an ID two places declare, stops the run (exit 2). */
    public static Packs load(List<Path> dirs, Catalogue builtIn, Map<String, String> env) throws InputException {
        PackCache cache = PackCache.standard(env);
        List<RulePack> loaded = new ArrayList<>();
        for (Path dir : dirs) {
            loaded.add(load(dir, builtIn, cache));
        }
        return new Packs(loaded, combined(loaded, builtIn));
    }

    /** Reads a pack in full, tests included, compiling it without the cache: what {@code rules test} needs. */
    public static Tested loadWithCases(List<Path> dirs, Catalogue builtIn) throws InputException {
        List<RulePack> loaded = new ArrayList<>();
        List<RuleCase> cases = new ArrayList<>();
        List<CaseSheet.RuleRef> named = new ArrayList<>();
        List<Path> untested = new ArrayList<>();
        for (Path dir : dirs) {
            checkDirectory(dir);
            Problems problems = new Problems();
            String hash = hash(dir);
            PackReader reader = read(dir, hash, builtIn, problems);
            loaded.add(compile(dir, hash, reader, problems, null));
            cases.addAll(reader.cases);
            named.addAll(reader.caseRules);
            if (reader.cases.stream().noneMatch(RuleCase::isCase)) {
                untested.add(dir);
            }
        }
        Catalogue catalogue = combined(loaded, builtIn);
        Problems problems = new Problems();
        CaseSheet.checkRuleIds(named, catalogue, problems);
        problems.throwIfAny();
        return new Tested(new Packs(loaded, catalogue), cases, untested);
    }

    /**
     * Packs with their test cases.
     *
     * @param untested the packs that hold no case, whose rules the cases do not test
     */
    public record Tested(Packs packs, List<RuleCase> cases, List<Path> untested) {
    }

    public List<RulePack> packs() {
        return packs;
    }

    /** The built-in catalogue with every pack's entries and parameters. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** The rules a run evaluates: the built-in knowledge base, then every pack's beside it. */
    public RuleEngine ruleEngine() {
        return RuleEngine.builtInAnd(packs.stream().map(RulePack::kieBase).toList());
    }

    /** The built-in rules the packs replace ({@code skip} of pack.yaml). */
    public List<String> skipped() {
        return packs.stream().flatMap(p -> p.manifest().skip().stream()).distinct().toList();
    }

    /**
     * The rules a run with these packs evaluates: {@code --only} and {@code --skip} as given, and
     * the built-in rules the packs replace skipped too. {@code check} and {@code rules test} both
     * select by it, so a rule test sees what a check sees.
     */
    public RuleSelection selection(List<String> only, List<String> skip) throws InputException {
        List<String> skipped = new ArrayList<>(skip);
        skipped.addAll(skipped());
        return RuleSelection.of(only, skipped, catalogue);
    }

    /** The IDs of the packs' own rules. */
    public Set<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>();
        packs.forEach(p -> p.rules().forEach(r -> ids.add(r.id())));
        return ids;
    }

    /** What was corrected while reading the packs, one line each. */
    public List<String> notes(Lang lang) {
        return packs.stream().flatMap(p -> p.notes().stream()).map(n -> n.render(lang)).toList();
    }

    private static RulePack load(Path dir, Catalogue builtIn, PackCache cache) throws InputException {
        checkDirectory(dir);
        String hash = hash(dir);
        Optional<RulePack> cached = cached(dir, hash, cache);
        if (cached.isPresent()) {
            return cached.get();
        }
        Problems problems = new Problems();
        return compile(dir, hash, read(dir, hash, builtIn, problems), problems, cache);
    }

    private static PackReader read(Path dir, String hash, Catalogue builtIn, Problems problems) throws InputException {
        PackReader reader = new PackReader(dir, "fazhi.pack.p" + hash.substring(0, 16), problems);
        Set<String> parameterNames = new LinkedHashSet<>();
        builtIn.parameters().forEach(p -> parameterNames.add(p.name()));
        try {
            reader.read(parameterNames);
        } catch (IOException e) {
            throw new InputException(e, "rules.unreadable", dir, InputException.Reason.ofIo(e));
        }
        return reader;
    }

    private static RulePack compile(Path dir, String hash, PackReader reader, Problems problems, PackCache cache)
            throws PackException {
        problems.throwIfAny();
        if (reader.sources.isEmpty()) {
            problems.error(dir.toString(), null, null, "pack.empty");
            problems.throwIfAny();
        }
        ReleaseId releaseId = KieServices.get().newReleaseId("fazhi.pack", "p" + hash, "1");
        byte[] module = PackCompiler.compile(releaseId, reader.sources, problems);
        problems.throwIfAny();
        KieBase kieBase = PackCompiler.load(module);
        checkDrlNames(dir, kieBase, reader, problems);
        problems.throwIfAny();
        Compiled compiled = new Compiled(reader.manifest, reader.rules, reader.places, problems.noteList());
        if (cache != null) {
            try {
                cache.put(hash, "module.jar", module);
                cache.put(hash, "pack.json", JSON.writeValueAsBytes(compiled));
            } catch (IOException e) {
                // the entries could not be written as JSON: the next run compiles again
            }
        }
        return compiled.pack(dir, kieBase);
    }

    /** A DRL file's rule is named by its ID, which needs a catalogue entry (table rules are checked as read). */
    private static void checkDrlNames(Path dir, KieBase kieBase, PackReader reader, Problems problems) {
        Set<String> ids = new LinkedHashSet<>();
        reader.rules.forEach(r -> ids.add(r.id()));
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                boolean table = kiePackage.getName().matches(".*\\.t\\d+s\\d+");
                String id = rule.getName().split(" ", 2)[0];
                if (!table && !ids.contains(id)) {
                    problems.error(dir.toString(), null, null, "pack.noEntry", rule.getName(), id);
                }
            }
        }
    }

    private static Optional<RulePack> cached(Path dir, String hash, PackCache cache) {
        Optional<byte[]> json = cache.get(hash, "pack.json");
        Optional<byte[]> module = json.isPresent() ? cache.get(hash, "module.jar") : Optional.empty();
        if (module.isEmpty()) {
            return Optional.empty();
        }
        try {
            Compiled compiled = JSON.readValue(json.get(), Compiled.class);
            return Optional.of(compiled.pack(dir, PackCompiler.load(module.get())));
        } catch (IOException | RuntimeException e) {
            // an entry from another version or damaged: compile again
            return Optional.empty();
        }
    }

    /** What the cache keeps of a pack beside its module. */
    private record Compiled(PackManifest manifest, List<RuleSpec> rules, Map<String, PackPlace> places,
                            List<PackProblem> notes) {
        RulePack pack(Path dir, KieBase kieBase) {
            return new RulePack(dir, manifest, rules, places, kieBase, notes);
        }
    }

    private static Catalogue combined(List<RulePack> packs, Catalogue builtIn) throws PackException {
        Problems problems = new Problems();
        Map<String, Text> places = new LinkedHashMap<>();
        builtIn.rules().forEach(r -> places.put(r.id(), BUILT_IN_PLACE));
        List<RuleSpec> added = new ArrayList<>();
        Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
        builtIn.parameters().forEach(p -> parameters.put(p.name(), p));
        for (RulePack pack : packs) {
            for (RuleSpec rule : pack.rules()) {
                PackPlace place = pack.places().getOrDefault(rule.id(), PackPlace.file(pack.dir().toString()));
                Text earlier = places.putIfAbsent(rule.id(), place.described());
                if (earlier != null) {
                    problems.error(place.file(), place.sheet(), place.cell(), "pack.collision", rule.id(), earlier);
                } else {
                    added.add(rule);
                }
            }
            for (Map.Entry<String, JsonNode> p : pack.manifest().parameters().entrySet()) {
                ParameterSpec spec = PackParameter.of(pack.dir().resolve("pack.yaml"), p.getKey(), p.getValue(),
                        parameters.get(p.getKey()), problems);
                if (spec != null) {
                    parameters.put(spec.name(), spec);
                }
            }
            for (String token : pack.manifest().skip()) {
                String id = token.strip().toUpperCase(Locale.ROOT);
                if (builtIn.rules().stream().noneMatch(rule -> rule.id().startsWith(id))) {
                    problems.error(pack.dir().resolve("pack.yaml").toString(), null, null, "pack.skipUnknown", token,
                            RuleIdHint.of(builtIn.closestRuleId(id)));
                }
            }
        }
        problems.throwIfAny();
        List<RuleSpec> all = new ArrayList<>(builtIn.rules());
        all.addAll(added);
        try {
            return new Catalogue(all, parameters.values());
        } catch (IllegalStateException e) {
            problems.error(packs.isEmpty() ? "" : packs.get(0).dir().toString(), null, null, "pack.entryInvalid",
                    e.getMessage());
            problems.throwIfAny();
            throw e;
        }
    }

    private static void checkDirectory(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException("rules.notDirectory", dir);
        }
    }

    /**
     * The build of fazhi that compiles packs: the size and time of its jar, so that a new build
     * (which may translate tables differently) does not reuse an older one's modules.
     */
    private static String build() {
        try {
            Path jar = Path.of(Packs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis() : "";
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    /**
     * The hash of a pack's files (names and bytes), of its directory's name and of the fazhi build
     * that compiles it. The cached notes and places name files as {@code 目录/文件}: a copy of the
     * pack under another name must not show the first one's.
     */
    static String hash(Path dir) throws InputException {
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((Version.current() + " " + build()).getBytes(StandardCharsets.UTF_8));
            Path dirName = dir.toAbsolutePath().normalize().getFileName();
            digest.update(String.valueOf(dirName).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(file).toString();
                if (name.contains("~$")) {
                    continue;
                }
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new InputException(e, "rules.unreadable", dir, InputException.Reason.ofIo(e));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
