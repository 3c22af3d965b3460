package org.fazhi.pack;

import org.fazhi.catalogue.Text;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;

/**
 * Where a pack declares a rule ID: its file, and for a workbook the sheet and cell (else null), so
 * that a clash can be reported at the later place and name the earlier one in the reader's words.
 */
public record PackPlace(String file, String sheet, String cell) {

    static PackPlace file(String file) {
        return new PackPlace(file, null, null);
    }

    /** 文件 a.drl.xlsx 工作表「规则目录」单元格 A2 / File a.drl.xlsx sheet "规则目录" cell A2. */
    Text described() {
        return new Text(describe(Lang.ZH), describe(Lang.EN));
    }

    private String describe(Lang lang) {
        return sheet == null ? Messages.get(lang, "pack.in.file", file)
                : Messages.get(lang, "pack.in.cell", file, sheet, cell);
    }
}
