package io.fluxgate.agent.fallback;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A value fallback answers each call with a value no other caller has changed. */
class ValuePlanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("unused")   // the return types the plans convert to
    private static List<String> names() {
        return null;
    }

    @SuppressWarnings("unused")
    private static Map<String, Integer> stock() {
        return null;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aListIsFreshForEachAnswer() throws Exception {
        ValuePlan plan = ValuePlan.convert(JSON.readTree("[\"a\", \"b\"]"),
                getClass().getDeclaredMethod("names").getGenericReturnType(), null);
        List<String> first = (List<String>) plan.answer(null, new Object[0]);
        first.add("changed by the first caller");
        List<String> second = (List<String>) plan.answer(null, new Object[0]);
        assertEquals(List.of("a", "b"), second);
        assertNotSame(first, second);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMapIsFreshForEachAnswer() throws Exception {
        ValuePlan plan = ValuePlan.convert(JSON.readTree("{\"sku-1\": 0}"),
                getClass().getDeclaredMethod("stock").getGenericReturnType(), null);
        ((Map<String, Integer>) plan.answer(null, new Object[0])).put("sku-2", 5);
        assertEquals(Map.of("sku-1", 0), plan.answer(null, new Object[0]));
    }

    @Test
    void anImmutableValueIsConvertedOnceAndShared() throws Exception {
        ValuePlan plan = ValuePlan.convert(JSON.readTree("\"unknown\""), String.class, null);
        assertSame(plan.answer(null, new Object[0]), plan.answer(null, new Object[0]));
        assertEquals(-1, ValuePlan.convert(JSON.readTree("-1"), int.class, null).answer(null, new Object[0]));
    }
}
