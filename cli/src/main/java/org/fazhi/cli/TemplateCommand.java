package org.fazhi.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fazhi.i18n.Messages;
import org.fazhi.template.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fazhi template -o FILE.xlsx}: an empty input workbook with every record type's headers. */
@Command(name = "template",
        mixinStandardHelpOptions = true,
        header = "生成空白台账模板 · Write an empty input workbook",
        description = {"每种记录类型一个工作表，中文表头带批注，是/否与枚举列带下拉框。",
            "One sheet per record type, Chinese headers with comments, drop-downs for yes/no and enum columns."})
final class TemplateCommand implements Callable<Integer> {
    @ParentCommand
    FazhiCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.xlsx",
            description = "模板文件 The workbook to write")
    Path output;

    @Override
    public Integer call() {
        OutputPath target = OutputPath.of(spec);
        if (target.namesDirectory() || !target.extension().equals("xlsx")) {
            throw new UserError(Messages.get(parent.lang, "template.output.xlsx", target.spelled()));
        }
        target.requireParent(parent.lang);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
            new TemplateWriter(parent.lang).write(out);
        } catch (IOException e) {
            throw WriteFailure.of(parent.lang, "cli.output.write", output, e);
        }
        parent.io.err().println(Messages.get(parent.lang, "cli.output.written", output));
        parent.io.err().flush();
        return ExitCode.PASSED;
    }
}
