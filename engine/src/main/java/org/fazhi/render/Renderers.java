package org.fazhi.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.fazhi.render.xlsx.XlsxRenderer;

/** The registry of output formats, by the name given to {@code --format}. */
public final class Renderers {
    private static final Map<String, Supplier<Renderer>> AVAILABLE = new LinkedHashMap<>();

    static {
        AVAILABLE.put("console", ConsoleRenderer::new);
        AVAILABLE.put("json", JsonRenderer::new);
        AVAILABLE.put("xlsx", XlsxRenderer::new);
        AVAILABLE.put("html", HtmlRenderer::new);
        AVAILABLE.put("junit", JunitRenderer::new);
        AVAILABLE.put("sarif", SarifRenderer::new);
    }

    private Renderers() {
    }

    /** The renderer of that name (case-insensitive), or empty when the format is not available. */
    public static Optional<Renderer> byName(String name) {
        Supplier<Renderer> supplier = AVAILABLE.get(normalise(name));
        return supplier == null ? Optional.empty() : Optional.of(supplier.get());
    }

    /** Names of the formats this version writes. */
    public static List<String> names() {
        return List.copyOf(AVAILABLE.keySet());
    }

    private static String normalise(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
