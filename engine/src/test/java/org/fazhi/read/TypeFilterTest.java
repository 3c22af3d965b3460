package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.Officer;
import org.fazhi.model.Record;
import org.junit.jupiter.api.Test;

/** Reading only some record types: the reference pre-pass reads officers and skips the rest. */
class TypeFilterTest {
    private static final Path SAMPLE = Path.of("..", "samples", "kunming-2025");

    @Test
    void onlyWantedTypesAreRead() throws Exception {
        List<Record> all = new ArrayList<>();
        new InputReader(Mapping.none()).read(List.of(SAMPLE), all::add);
        List<Record> officers = new ArrayList<>();
        new InputReader(Mapping.none()).read(List.of(SAMPLE), type -> type.key().equals("officer"), officers::add);
        assertThat(officers).isNotEmpty().allMatch(Officer.class::isInstance);
        assertThat(officers).extracting(Record::getSource)
                .containsExactlyElementsOf(all.stream().filter(Officer.class::isInstance).map(Record::getSource).toList());
    }
}
