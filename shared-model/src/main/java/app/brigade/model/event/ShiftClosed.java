package app.brigade.model.event;

import java.util.Map;
import java.util.TreeMap;

/**
 * The shift ended with a blind count: {@code denominations} maps a note or coin value in minor units
 * to how many were counted; {@code countedCash} is their sum.
 */
public record ShiftClosed(String shiftId, long countedCash, Map<Long, Integer> denominations) implements ShiftEvent {
    public ShiftClosed {
        Require.id(shiftId, "shiftId");
        denominations = denominations == null ? Map.of() : Map.copyOf(new TreeMap<>(denominations));
        long sum = 0;
        for (Map.Entry<Long, Integer> e : denominations.entrySet()) {
            if (e.getKey() <= 0 || e.getValue() < 0) {
                throw new IllegalArgumentException("denomination counts must be positive values with counts >= 0");
            }
            sum = Math.addExact(sum, Math.multiplyExact(e.getKey(), (long) e.getValue()));
        }
        if (!denominations.isEmpty() && sum != countedCash) {
            throw new IllegalArgumentException(
                    "counted cash " + countedCash + " does not equal the sum of denominations " + sum);
        }
        if (countedCash < 0) {
            throw new IllegalArgumentException("counted cash must not be negative");
        }
    }
}
