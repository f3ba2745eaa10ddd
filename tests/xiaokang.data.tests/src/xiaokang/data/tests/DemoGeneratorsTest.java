package xiaokang.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import xiaokang.core.demo.DemoGenerators;
import xiaokang.core.demo.DemoGenerators.Entry;

class DemoGeneratorsTest {

    private static Map<String, Entry> entries(Entry... entries) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byId.put(entry.id(), entry);
        }
        return byId;
    }

    private static Entry entry(String id, String... requires) {
        return new Entry(id, List.of(requires), context -> {
        });
    }

    @Test
    void eachGeneratorRunsAfterWhatItRequires() {
        List<Entry> ordered = DemoGenerators.inDependencyOrder(
                entries(entry("publicity", "employment", "core"), entry("employment", "core"), entry("core")));

        assertEquals(List.of("core", "employment", "publicity"), ordered.stream().map(Entry::id).toList());
    }

    @Test
    void aCycleIsRefusedWithItsPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoGenerators.inDependencyOrder(entries(entry("a", "b"), entry("b", "a"))));

        assertTrue(e.getMessage().contains("a -> b"), e.getMessage());
    }

    @Test
    void anUnknownRequirementIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoGenerators.inDependencyOrder(entries(entry("industry", "cooperatives"))));

        assertTrue(e.getMessage().contains("cooperatives"), e.getMessage());
    }

    @Test
    void theCoreGeneratorIsContributed() throws Exception {
        assertEquals("core", DemoGenerators.read(Platform.getExtensionRegistry()).get(0).id());
    }
}
