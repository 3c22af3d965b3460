package org.fazhi.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fazhi.i18n.Messages;
import org.fazhi.pack.StarterPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fazhi rules new DIR}: writes a starter rule pack that {@code fazhi rules test DIR} passes. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        header = "新建规则包 · Write a starter rule pack",
        description = {"写出一个示例规则包：中文决策表（含规则目录与用例工作表）、pack.yaml 和 README。",
            "Writes a starter pack: a Chinese decision table with its catalogue and test sheets, pack.yaml, a README."})
final class RulesNewCommand implements Callable<Integer> {
    @ParentCommand
    RulesCommand rules;

    @Parameters(paramLabel = "DIR", description = "新规则包的目录 Directory of the new pack")
    Path dir;

    @Override
    public Integer call() throws IOException {
        FazhiCommand root = rules.parent;
        try {
            for (Path file : StarterPack.write(dir)) {
                root.io.err().println(Messages.get(root.lang, "pack.new.written", file));
            }
        } catch (FileAlreadyExistsException e) {
            throw new UserError(Messages.get(root.lang, "pack.new.exists", e.getFile()), e);
        }
        root.io.err().flush();
        return ExitCode.PASSED;
    }
}
