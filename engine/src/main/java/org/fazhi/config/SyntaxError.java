package org.fazhi.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.error.InputException;

/**
 * Why a YAML or JSON file a user wrote (mapping, parameters, calendar, waivers, baseline) could
 * not be parsed, in words of the user's language: where (line and column), and the cause a
 * person can act on — the file not saved as UTF-8, a key written twice, or the syntax near that
 * place. The parser's own English text goes to the log with the exception, not into the message.
 */
public final class SyntaxError {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private SyntaxError() {
    }

    /** The reason to put into a message, as an argument that is worded in the message's language. */
    public static InputException.Reason of(IOException e) {
        if (isEncoding(e)) {
            return new InputException.Reason("syntax.encoding");
        }
        if (e instanceof JsonProcessingException parse) {
            JsonLocation at = parse.getLocation();
            String line = at == null || at.getLineNr() < 1 ? "?" : String.valueOf(at.getLineNr());
            String column = at == null || at.getColumnNr() < 1 ? "?" : String.valueOf(at.getColumnNr());
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
            if (duplicate.find()) {
                return new InputException.Reason("syntax.duplicateKey", duplicate.group(1), line);
            }
            return new InputException.Reason("syntax.at", line, column);
        }
        return new InputException.Reason("syntax.unreadable");
    }

    private static boolean isEncoding(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharConversionException || t instanceof CharacterCodingException
                    || String.valueOf(t.getMessage()).contains("Invalid UTF-8")) {
                return true;
            }
        }
        return false;
    }
}
