package org.fazhi.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's version, written into the build by Maven resource filtering. */
public final class Version {
    private static final String RESOURCE = "org/fazhi/version.properties";

    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
