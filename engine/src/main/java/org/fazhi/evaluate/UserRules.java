package org.fazhi.evaluate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.error.InputException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A directory of user rules ({@code --rules DIR}): DRL files, written like the built-in ones
 * (they report through the global {@code hits}), and YAML files with their catalogue entries in
 * the built-in format. They are compiled when the run starts; every DRL rule's name must start
 * with the ID of a catalogue entry, so that its findings have a severity, a message and a clause.
 *
 * @param kieBase   the compiled user rules
 * @param catalogue the built-in catalogue plus the user entries
 */
public record UserRules(KieBase kieBase, Catalogue catalogue) {

    public static UserRules load(Path dir, Catalogue builtIn) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException("rules.notDirectory", dir);
        }
        List<Path> drl = files(dir, ".drl");
        if (drl.isEmpty()) {
            throw new InputException("rules.noDrl", dir);
        }
        Catalogue catalogue = catalogue(dir, builtIn);
        KieBase kieBase = compile(dir, drl);
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String id = RuleEngine.ruleId(rule);
                if (catalogue.rule(id).isEmpty()) {
                    throw new InputException("rules.noEntry", dir, rule.getName(), id);
                }
            }
        }
        return new UserRules(kieBase, catalogue);
    }

    private static Catalogue catalogue(Path dir, Catalogue builtIn) throws InputException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        List<RuleSpec> entries = new ArrayList<>();
        List<Path> files = new ArrayList<>(files(dir, ".yaml"));
        files.addAll(files(dir, ".yml"));
        for (Path file : files) {
            try {
                entries.addAll(yaml.readValue(file.toFile(), new TypeReference<List<RuleSpec>>() { }));
            } catch (IOException e) {
                throw new InputException(e, "rules.badEntry", file, e.getMessage());
            }
        }
        try {
            return builtIn.with(entries);
        } catch (IllegalStateException e) {
            throw new InputException(e, "rules.badCatalogue", dir, e.getMessage());
        }
    }

    private static KieBase compile(Path dir, List<Path> drl) throws InputException {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        for (Path file : drl) {
            try {
                files.write("src/main/resources/user/" + file.getFileName(),
                        Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InputException(e, "rules.unreadable", file, e.getMessage());
            }
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new InputException("rules.compile", dir, errors.stream()
                    .map(m -> m.getPath() + (m.getLine() > 0 ? ":" + m.getLine() : "") + " " + m.getText())
                    .collect(Collectors.joining("\n")));
        }
        return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }

    private static List<Path> files(Path dir, String suffix) throws InputException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new InputException(e, "rules.unreadable", dir, e.getMessage());
        }
    }
}
