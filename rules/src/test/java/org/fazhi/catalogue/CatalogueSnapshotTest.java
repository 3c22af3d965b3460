package org.fazhi.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalogue a check starts with is the YAML's, whichever form it was read from. */
class CatalogueSnapshotTest {
    private static final Catalogue.FromYaml YAML = Catalogue.FromYaml.load();

    @Test
    void theBuildsSnapshotHoldsWhatTheYamlSays() {
        Optional<Catalogue> snapshot = CatalogueSnapshot.read();

        assertThat(snapshot).isPresent();
        assertSame(snapshot.get(), YAML.catalogue());
    }

    @Test
    void theBuiltInCatalogueIsTheYamls() {
        assertSame(Catalogue.builtIn(), YAML.catalogue());
    }

    @Test
    void everyValueSurvivesTheRoundTrip() throws IOException {
        Optional<Catalogue> read = CatalogueSnapshot.read(new ByteArrayInputStream(snapshot(YAML.files())));

        assertThat(read).isPresent();
        assertSame(read.get(), YAML.catalogue());
        assertThat(YAML.catalogue().parameters()).extracting(ParameterSpec::type)
                .as("every kind of default is in the round trip")
                .containsAll(List.of(ParameterSpec.Type.values()));
    }

    @Test
    void aSnapshotOfOtherFilesIsNotUsed() throws IOException {
        byte[] bytes = snapshot(YAML.files());
        // the checksum of the sources follows the format's name
        int checksum = 2 + "fazhi-catalogue/1".getBytes(StandardCharsets.UTF_8).length;
        bytes[checksum + 7] ^= 1;

        assertThat(CatalogueSnapshot.read(new ByteArrayInputStream(bytes))).isEmpty();
    }

    @Test
    void noSnapshotIsMadeOfFilesThatAreNotThere() {
        List<String> gone = List.of(Catalogue.INDEX, "org/fazhi/rules/no-such-rules.yaml");

        assertThatThrownBy(() -> snapshot(gone)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-rules.yaml");
    }

    private static byte[] snapshot(List<String> sources) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueSnapshot.write(YAML.catalogue(), sources, out);
        return out.toByteArray();
    }

    private static void assertSame(Catalogue actual, Catalogue expected) {
        assertThat(actual.rules()).isEqualTo(expected.rules());
        assertThat(actual.parameters()).isEqualTo(expected.parameters());
    }
}
